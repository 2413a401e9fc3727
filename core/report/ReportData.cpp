#include "ReportData.h"

namespace Simutasi {

namespace {

// Only short texts repeat often enough to be worth sharing (names of units, jabatan, OPDs).
constexpr qsizetype MaxInternedLength = 120;
// A text column is judged on its first rows: when fewer than one in four of them repeats an
// earlier text (names), sharing would cost a hash per cell and save next to nothing. Enough
// rows that a province's 2,500 unit names show their repeats.
constexpr int JudgedRows = 4000;
constexpr int MinRepeatedPerJudged = JudgedRows / 4;

} // namespace

ReportData::ReportData(const QList<ReportPart> &parts)
{
    for (const ReportPart &part : parts)
        m_parts.append(Part{part, {}, QList<Sharing>(part.columns.size())});
}

QString ReportData::shared(Sharing &column, const QString &text)
{
    // Sorted reports repeat a text on consecutive rows (the OPD of a DUK): no hash needed.
    if (!column.previous.isNull() && text == column.previous) {
        if (column.seen < JudgedRows) {
            ++column.seen;
            ++column.repeated;
        }
        return column.previous;
    }
    auto found = m_texts.constFind(text);
    const bool repeated = found != m_texts.constEnd();
    if (!repeated)
        found = m_texts.insert(text);
    if (column.seen < JudgedRows) {
        ++column.seen;
        column.repeated += repeated ? 1 : 0;
        if (column.seen == JudgedRows && column.repeated < MinRepeatedPerJudged)
            column.on = false;
    }
    column.previous = *found;
    return column.previous;
}

bool ReportData::addRow(int part, const QVariantList &values)
{
    if (isCancelled())
        return false;
    Part &p = m_parts[part];
    const qsizetype columns = p.definition.columns.size();
    for (qsizetype i = 0; i < columns; ++i) {
        if (i >= values.size()) {
            p.cells.append(QVariant());
            continue;
        }
        const QVariant &value = values.at(i);
        Sharing &sharing = p.sharing[i];
        if (sharing.on && value.typeId() == QMetaType::QString &&
            p.definition.columns[i].type == ColumnType::Text) {
            const QString &text = *static_cast<const QString *>(value.constData());
            p.cells.append(text.size() <= MaxInternedLength ? QVariant(shared(sharing, text))
                                                            : value);
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
