#include "ReportData.h"

namespace Simutasi {

namespace {

// Only short texts repeat often enough to be worth sharing (names of units, jabatan, OPDs).
constexpr qsizetype MaxInternedLength = 120;

} // namespace

ReportData::ReportData(const QList<ReportPart> &parts)
{
    for (const ReportPart &part : parts)
        m_parts.append(Part{part, {}});
}

bool ReportData::addRow(int part, const QVariantList &values)
{
    if (isCancelled())
        return false;
    Part &p = m_parts[part];
    const qsizetype columns = p.definition.columns.size();
    for (qsizetype i = 0; i < columns; ++i) {
        const QVariant value = values.value(i);
        if (value.typeId() == QMetaType::QString &&
            p.definition.columns[i].type == ColumnType::Text &&
            value.toString().size() <= MaxInternedLength) {
            const QString text = value.toString();
            auto found = m_texts.constFind(text);
            if (found == m_texts.constEnd())
                found = m_texts.insert(text, text);
            p.cells.append(QVariant(found.value()));
        } else {
            p.cells.append(value);
        }
    }
    return true;
}

int ReportData::rowCount(int part) const
{
    const Part &p = m_parts[part];
    const qsizetype columns = p.definition.columns.size();
    return columns == 0 ? 0 : int(p.cells.size() / columns);
}

qint64 ReportData::totalRows() const
{
    qint64 total = 0;
    for (int i = 0; i < partCount(); ++i)
        total += rowCount(i);
    return total;
}

QVariantList ReportData::row(int part, int row) const
{
    QVariantList values;
    for (int column = 0; column < columnCount(part); ++column)
        values.append(cell(part, row, column));
    return values;
}

} // namespace Simutasi
