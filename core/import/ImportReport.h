#pragma once

#include "storage/DatabaseError.h"

#include <QList>
#include <QString>

namespace Simutasi {

// One reason a row is not imported: where (row of the file, column as headed there), what (the
// cell as read) and why, in a sentence an officer can act on.
struct ImportIssue
{
    int row = 0;
    QString column;
    QString value;
    QString reason;

    bool operator==(const ImportIssue &) const = default;
};

// A unit, OPD or jabatan that rows name but the database does not have, with those rows.
// With "create missing" the import creates it (as `guess` describes); without, the rows are
// rejected.
struct MissingReference
{
    enum class Kind
    {
        Opd,
        Unit,
        Jabatan
    };
    Kind kind = Kind::Unit;
    QString name;
    QString parent; // the OPD a unit is to be created in; empty for the province root
    QString guess;  // the kind of unit or jabatan type it would be created as
    QList<int> rows;
};

// What an import found (preview) or did (after writing): counts, every rejected row's issues,
// the missing references, and the database error that stopped it, if any.
struct ImportReport
{
    int rowsRead = 0;
    int inserted = 0;  // "would insert" in a preview
    int updated = 0;   // rows whose stored data changes
    int unchanged = 0; // rows already stored exactly so
    int rejectedRows = 0;
    int created = 0; // units, OPDs and jabatan created for the rows
    QList<ImportIssue> rejects;
    QList<MissingReference> missing;

    bool written = false; // true once the transaction committed
    // A problem with the file or the mapping as a whole: nothing was checked or written.
    QString fatal;
    DatabaseError error; // the write failed or was cancelled and was rolled back
    int failedRow = 0;   // the row being written when `error` happened

    bool hasRejects() const { return rejectedRows > 0; }
};

} // namespace Simutasi
