#pragma once

#include "ReportColumn.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>
#include <atomic>

namespace Simutasi {

// The rows of one run of a report, part by part, kept compactly: one flat list of cells per
// part, and repeated texts (unit, jabatan and OPD names) sharing one string. 100,000 employee
// rows fit in a few tens of megabytes. A producer adds rows; addRow() returns false once the
// run was cancelled, and the producer stops.
// Sharing costs a hash of every text cell, which at 100,000 rows is a good part of a report's
// time; a text column whose first rows hardly repeat (names of people) stops being shared, and a
// text equal to the column's previous one is shared without hashing. Neither changes a value.
class ReportData
{
public:
    explicit ReportData(const QList<ReportPart> &parts = {});

    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

    // Values in the order and types of the part's columns (see ColumnType).
    bool addRow(int part, const QVariantList &values);

    int partCount() const { return int(m_parts.size()); }
    const ReportPart &part(int index) const { return m_parts[index].definition; }
    int rowCount(int part) const;
    int columnCount(int part) const { return int(m_parts[part].definition.columns.size()); }
    qint64 totalRows() const;
    const QVariant &cell(int part, int row, int column) const
    {
        const Part &p = m_parts[part];
        return p.cells[qsizetype(row) * p.definition.columns.size() + column];
    }
    QVariantList row(int part, int row) const;

private:
    // Whether a text column's values are shared, judged on its first rows.
    struct Sharing
    {
        bool on = true;
        int seen = 0;
        int repeated = 0;
        QString previous;
    };
    struct Part
    {
        ReportPart definition;
        QList<QVariant> cells;
        QList<Sharing> sharing; // per column
    };
    QString shared(Sharing &column, const QString &text);

    QList<Part> m_parts;
    QSet<QString> m_texts; // interned texts
    const std::atomic<bool> *m_cancelled = nullptr;
};

} // namespace Simutasi
