#pragma once

#include "ColumnMapping.h"
#include "ImportReport.h"
#include "ImportTable.h"

#include <QCoreApplication>

namespace Simutasi {

// One data row seen through the mapping: the value of a field, the column it came from, and
// the issues found while checking it. Import kinds read and reject through this, so that every
// reject names the column the way the officer's file heads it.
class ImportRecord
{
    Q_DECLARE_TR_FUNCTIONS(ImportRecord)
public:
    ImportRecord(const ImportRow &row, const QStringList &header, const ColumnMapping &mapping,
                 const QList<ImportField> &fields);

    int row() const { return m_row.sourceRow; }
    bool isMapped(const QString &field) const { return m_mapping.isMapped(field); }
    // The cell of the field's column with surrounding and doubled spaces removed; empty when
    // the field is not mapped or the row is shorter than that.
    QString value(const QString &field) const;
    bool hasValue(const QString &field) const { return !value(field).isEmpty(); }
    // The column's header, or the field's label when it has no column.
    QString column(const QString &field) const;

    void reject(const QString &field, const QString &reason);
    void reject(const QString &field, const QString &value, const QString &reason);
    // A problem with the row as a whole, e.g. its number of cells.
    void rejectRow(const QString &reason);

    bool isRejected() const { return !m_issues.isEmpty(); }
    const QList<ImportIssue> &issues() const { return m_issues; }

private:
    const ImportRow &m_row;
    const QStringList &m_header;
    const ColumnMapping &m_mapping;
    const QList<ImportField> &m_fields;
    QList<ImportIssue> m_issues;
};

} // namespace Simutasi
