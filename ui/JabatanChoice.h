#pragma once

class QComboBox;

namespace Simutasi {

class Database;

// The jabatan pickers of the Kompetensi page: a combo box of the whole catalogue by name, in
// which the officer can also type part of a name (the catalogue runs to hundreds of entries).
namespace JabatanChoice {

void makeSearchable(QComboBox *combo);
// Replaces the items with every jabatan (name, id as data), sorted by name; none without a
// database. Emits no signals; the current item is left unset.
void fill(QComboBox *combo, Database *database);

} // namespace JabatanChoice

} // namespace Simutasi
