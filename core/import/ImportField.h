#pragma once

#include <QString>
#include <QStringList>

namespace Simutasi {

// One thing an import kind can read from a column: its stable key (used in mapping files), the
// label the officer sees, and the header spellings that are recognised as meaning it.
struct ImportField
{
    QString key;         // "nip", "birth_date", ...: stable, used in saved mappings
    QString label;       // translated, for the wizard and messages
    QStringList aliases; // header spellings, compared after ColumnMapping::normalizeHeader
    bool required = false;
};

} // namespace Simutasi
