#include "DatabaseError.h"

#include <QDir>

namespace Simutasi {

namespace {

// SQLite primary result codes (sqlite3.h); Qt passes the code as the native error code.
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26
};

DatabaseError::Kind kindForSqliteCode(int code)
{
    switch (code & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return DatabaseError::Kind::Locked;
    case SqliteReadOnly:
        return DatabaseError::Kind::ReadOnly;
    case SqliteIoErr:
    case SqliteCantOpen:
        return DatabaseError::Kind::Io;
    case SqliteCorrupt:
        return DatabaseError::Kind::Corrupt;
    case SqliteFull:
        return DatabaseError::Kind::DiskFull;
    case SqliteConstraint:
        return DatabaseError::Kind::Constraint;
    case SqliteNotADb:
        return DatabaseError::Kind::NotADatabase;
    default:
        return DatabaseError::Kind::Other;
    }
}

} // namespace

DatabaseError DatabaseError::make(Kind kind, const QString &path, const QString &detail)
{
    DatabaseError error;
    error.kind = kind;
    error.path = path;
    error.message = describe(kind, path);
    error.detail = detail;
    return error;
}

DatabaseError DatabaseError::fromSql(const QSqlError &error, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    Kind kind = ok ? kindForSqliteCode(code) : Kind::Other;
    // Some failures only show in the text (e.g. when Qt reports the statement, not the step).
    const QString text = error.text();
    if (kind == Kind::Other) {
        if (text.contains(u"database is locked"))
            kind = Kind::Locked;
        else if (text.contains(u"readonly database"))
            kind = Kind::ReadOnly;
        else if (text.contains(u"disk is full") || text.contains(u"database or disk is full"))
            kind = Kind::DiskFull;
        else if (text.contains(u"file is not a database"))
            kind = Kind::NotADatabase;
        else if (text.contains(u"malformed"))
            kind = Kind::Corrupt;
    }
    return make(kind, path, text);
}

QString DatabaseError::describe(Kind kind, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("The database %1 does not exist.").arg(file);
    case Kind::NotADatabase:
        return tr("%1 is not a Simutasi database (it is not an SQLite file). Nothing was changed.")
            .arg(file);
    case Kind::ForeignDatabase:
        return tr("%1 is an SQLite file of another program, not a Simutasi database. Nothing was "
                  "changed.")
            .arg(file);
    case Kind::Corrupt:
        return tr("The database %1 is damaged (the integrity check failed). Nothing was changed; "
                  "restore it from a backup copy.")
            .arg(file);
    case Kind::NewerSchema:
        return tr("The database %1 was made by a newer version of Simutasi. Install the newer "
                  "version to open it; nothing was changed.")
            .arg(file);
    case Kind::ReadOnly:
        return tr("The database %1 is read-only: this program may not write to the file or to its "
                  "folder. Nothing was changed.")
            .arg(file);
    case Kind::Locked:
        return tr("The database %1 is locked by another program. Close the other program or try "
                  "again later; nothing was changed.")
            .arg(file);
    case Kind::DiskFull:
        return tr("The disk holding %1 is full. The change was not saved; free some space and try "
                  "again.")
            .arg(file);
    case Kind::Constraint:
        return tr("The change to %1 was refused because it conflicts with stored data (a duplicate "
                  "or a missing reference). Nothing was changed.")
            .arg(file);
    case Kind::Io:
        return tr("The database %1 could not be read or written (input/output error). Nothing was "
                  "changed.")
            .arg(file);
    case Kind::Cancelled:
        return tr("The operation on %1 was cancelled; nothing was changed.").arg(file);
    case Kind::Forbidden:
        return tr("You may not make this change to %1; nothing was changed.").arg(file);
    case Kind::Refused:
        return tr("The change to %1 was refused; nothing was changed.").arg(file);
    case Kind::Other:
        break;
    }
    return tr("The database %1 reported an error. Nothing was changed.").arg(file);
}

} // namespace Simutasi
