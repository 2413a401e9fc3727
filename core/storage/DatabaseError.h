#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace Simutasi {

// What went wrong with the database, in words an officer can act on. `message` is translated
// and names the file; `detail` keeps the driver's text for the log and for support.
struct DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseError)
public:
    enum class Kind
    {
        None,
        NotFound,
        NotADatabase,
        ForeignDatabase, // an SQLite file, but not one of Simutasi's
        Corrupt,
        NewerSchema,
        ReadOnly,
        Locked,
        DiskFull,
        Constraint,
        Io,
        Cancelled, // the user stopped a long operation; it was rolled back
        Forbidden, // the logged-in user lacks the role the change needs
        Refused,   // a rule of the workflow refused the change (state, conflict, eligibility)
        Other
    };

    Kind kind = Kind::None;
    QString path;
    QString message;
    QString detail;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static DatabaseError make(Kind kind, const QString &path, const QString &detail = {});
    // Classifies a driver error (SQLite result code) while doing `what` on `path`.
    static DatabaseError fromSql(const QSqlError &error, const QString &path);
    static QString describe(Kind kind, const QString &path);
};

} // namespace Simutasi
