#pragma once

#include <QLatin1String>
#include <QString>
#include <optional>

namespace Simutasi::Detail {

// One row of a table mapping an enum value to its stable text (a storage code or a domain term).
// Several domain enums are stored and imported as text; this keeps their mappings to plain
// tables instead of one hand-written switch and one hand-written parser per enum.
template<typename E>
struct CodeEntry
{
    E value;
    QLatin1String code;
};

// The code of value in table, or an empty string for a value the table does not list.
template<typename Table, typename E>
QString codeOf(const Table &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString(entry.code);
    }
    return {};
}

// The value whose code equals text. Surrounding and repeated inner whitespace is ignored because
// the text often comes from spreadsheets typed by hand.
template<typename E, typename Table>
std::optional<E> valueOf(const Table &table, const QString &text,
                         Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    const QString wanted = text.simplified();
    for (const auto &entry : table) {
        if (QString::compare(wanted, entry.code, cs) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace Simutasi::Detail
