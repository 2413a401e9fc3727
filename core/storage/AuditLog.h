#pragma once

#include "DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace Simutasi {

class Database;

// One change recorded in the audit trail: who changed which field of which record, from what
// to what. `hash` is a SHA-256 over the entry and the previous entry's hash, so the entries form
// a chain that an edit, a deletion or a reordering made outside Simutasi breaks.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // "create", "update", "import", "execute", ...
    QString entity; // "employee", "org_unit", "formasi", ...
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString prevHash;
    QString hash;
};

// One field's change, for recording a whole edit at once.
struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

struct AuditFilter
{
    QString user;
    QString entity;
    qint64 entityId = 0;
    QDateTime from;
    QDateTime to;
    int limit = 1000;
};

// Appends to and reads the hash-chained audit trail. Appends take part in the caller's
// transaction, so a change and its audit entry are stored together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Verification
    {
        bool intact = true;
        int checked = 0;
        qint64 firstBrokenId = 0; // 0 when intact
        QString reason;
    };

    explicit AuditLog(Database &database);

    // Sets entry.id, at (now, when unset), prevHash and hash.
    DatabaseError append(AuditEntry &entry);
    // One entry per changed field (one entry with no field when `changes` is empty).
    DatabaseError appendChanges(const QString &user, const QString &action, const QString &entity,
                                qint64 entityId, const QList<FieldChange> &changes);
    QList<AuditEntry> entries(const AuditFilter &filter) const;
    Verification verify() const;

    static QString computeHash(const AuditEntry &entry);

private:
    Database &m_database;
    QSqlQuery m_last;
    QSqlQuery m_insert;
};

} // namespace Simutasi
