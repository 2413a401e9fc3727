#include "ImportRecord.h"

namespace Simutasi {

ImportRecord::ImportRecord(const ImportRow &row, const QStringList &header,
                           const ColumnMapping &mapping, const QList<ImportField> &fields)
    : m_row(row)
    , m_header(header)
    , m_mapping(mapping)
    , m_fields(fields)
{}

QString ImportRecord::value(const QString &field) const
{
    const int column = m_mapping.column(field);
    return column >= 0 && column < m_row.cells.size() ? m_row.cells.at(column).simplified()
                                                      : QString();
}

QString ImportRecord::column(const QString &field) const
{
    const int column = m_mapping.column(field);
    if (column >= 0 && column < m_header.size() && !m_header.at(column).trimmed().isEmpty())
        return m_header.at(column).simplified();
    if (column >= 0)
        return tr("column %1").arg(column + 1);
    for (const ImportField &f : m_fields) {
        if (f.key == field)
            return f.label;
    }
    return field;
}

void ImportRecord::reject(const QString &field, const QString &reason)
{
    reject(field, value(field), reason);
}

void ImportRecord::reject(const QString &field, const QString &value, const QString &reason)
{
    m_issues.append({row(), column(field), value, reason});
}

void ImportRecord::rejectRow(const QString &reason)
{
    m_issues.append({row(), QString(), QString(), reason});
}

} // namespace Simutasi
