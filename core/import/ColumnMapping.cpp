#include "ColumnMapping.h"

#include <QJsonValue>
#include <QSet>
#include <algorithm>

namespace Simutasi {

namespace {

// Every spelling that names the field: its aliases, its key and its label.
QSet<QString> spellingsOf(const ImportField &field)
{
    QSet<QString> result;
    for (const QString &alias : field.aliases)
        result.insert(ColumnMapping::normalizeHeader(alias));
    result.insert(ColumnMapping::normalizeHeader(field.key));
    result.insert(ColumnMapping::normalizeHeader(field.label));
    result.remove(QString());
    return result;
}

int countRecognised(const QList<ImportField> &fields, const QStringList &row)
{
    return int(ColumnMapping::detect(fields, row).mappedFields().size());
}

// The column whose header reads `name`, compared as headers are; -1 when none does.
int columnNamed(const QStringList &header, const QString &name)
{
    const QString wanted = ColumnMapping::normalizeHeader(name);
    for (int column = 0; column < header.size(); ++column) {
        if (!wanted.isEmpty() && ColumnMapping::normalizeHeader(header.at(column)) == wanted)
            return column;
    }
    return -1;
}

bool isKnownField(const QList<ImportField> &fields, const QString &key)
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const ImportField &field) { return field.key == key; });
}

} // namespace

QString ColumnMapping::normalizeHeader(const QString &header)
{
    QString result;
    result.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

ColumnMapping ColumnMapping::detect(const QList<ImportField> &fields, const QStringList &header)
{
    // Exact matches of whole headers only: "NIP Lama" (the old 9-digit id) must not be taken
    // for the NIP, nor "TMT Jabatan" for the jabatan.
    ColumnMapping mapping;
    QSet<int> used;
    for (const ImportField &field : fields) {
        const QSet<QString> spellings = spellingsOf(field);
        for (int column = 0; column < header.size(); ++column) {
            if (!used.contains(column) && spellings.contains(normalizeHeader(header.at(column)))) {
                mapping.set(field.key, column);
                used.insert(column);
                break;
            }
        }
    }
    return mapping;
}

int ColumnMapping::guessHeaderIndex(const QList<ImportField> &fields, const ImportTable &table)
{
    constexpr int RowsToTry = 10;
    const QList<ImportRow> &rows = table.allRows();
    int best = -1;
    int bestCount = 0;
    for (int i = 0; i < rows.size() && i < RowsToTry; ++i) {
        const int count = countRecognised(fields, rows.at(i).cells);
        if (count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

QList<ImportField> ColumnMapping::missingRequired(const QList<ImportField> &fields) const
{
    QList<ImportField> result;
    for (const ImportField &field : fields) {
        if (field.required && !isMapped(field.key))
            result.append(field);
    }
    return result;
}

QJsonObject ColumnMapping::toJson(const QStringList &header) const
{
    QJsonObject json;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const int column = it.value();
        const QString name = column < header.size() ? header.at(column) : QString();
        // A header that is empty or not unique cannot find its column again: use the number.
        const bool byName = !name.trimmed().isEmpty() && columnNamed(header, name) == column;
        json.insert(it.key(), byName ? QJsonValue(name.trimmed()) : QJsonValue(column + 1));
    }
    return json;
}

bool ColumnMapping::apply(const QJsonObject &json, const QList<ImportField> &fields,
                          const QStringList &header, QString *error)
{
    ColumnMapping result = *this;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!isKnownField(fields, it.key())) {
            *error = tr("The mapping names the field \"%1\", which this kind of import does not "
                        "have.")
                         .arg(it.key());
            return false;
        }
        const QJsonValue value = it.value();
        int column = -1;
        if (value.isDouble()) {
            column = value.toInt() - 1;
            if (column < 0 || column >= header.size()) {
                *error = tr("The mapping puts \"%1\" in column %2, but the file has %3 columns.")
                             .arg(it.key())
                             .arg(value.toInt())
                             .arg(header.size());
                return false;
            }
        } else if (value.isString()) {
            column = columnNamed(header, value.toString());
            if (column < 0) {
                *error = tr("The mapping puts \"%1\" in the column \"%2\", but the file has no "
                            "such column.")
                             .arg(it.key(), value.toString());
                return false;
            }
        }
        if (column < 0)
            result.unset(it.key());
        else
            result.set(it.key(), column);
    }
    *this = result;
    return true;
}

} // namespace Simutasi
