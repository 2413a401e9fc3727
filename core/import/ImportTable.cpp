#include "ImportTable.h"

#include <algorithm>

namespace Simutasi {

bool ImportRow::isBlank() const
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

ImportTable::ImportTable(QList<ImportRow> rows)
    : m_rows(std::move(rows))
{
    const auto firstFilled = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const ImportRow &row) { return !row.isBlank(); });
    m_headerIndex = firstFilled == m_rows.cend() ? -1 : int(firstFilled - m_rows.cbegin());
}

void ImportTable::setHeaderIndex(int index)
{
    m_headerIndex = index >= 0 && index < m_rows.size() ? index : -1;
}

QStringList ImportTable::header() const
{
    return m_headerIndex >= 0 ? m_rows.at(m_headerIndex).cells : QStringList();
}

int ImportTable::headerRow() const
{
    return m_headerIndex >= 0 ? m_rows.at(m_headerIndex).sourceRow : 0;
}

int ImportTable::dataRowCount() const
{
    return m_headerIndex >= 0 ? int(m_rows.size()) - m_headerIndex - 1 : 0;
}

const ImportRow &ImportTable::dataRow(int index) const
{
    return m_rows.at(m_headerIndex + 1 + index);
}

} // namespace Simutasi
