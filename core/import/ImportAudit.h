#pragma once

#include "storage/AuditLog.h"

namespace Simutasi {

class Database;

// Where an import records what it did in the audit trail, inside the import's transaction (so
// the entries vanish with a rollback). Every entry has the action "import": an entry without a
// field says a record was created, one with a field gives that field's old and new value.
class ImportAudit
{
public:
    ImportAudit(Database &database, const QString &user);

    DatabaseError created(const QString &entity, qint64 id, const QString &summary);
    DatabaseError changed(const QString &entity, qint64 id, const QString &field,
                          const QString &oldValue, const QString &newValue);

private:
    AuditLog m_log;
    QString m_user;
};

} // namespace Simutasi
