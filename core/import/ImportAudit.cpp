#include "ImportAudit.h"

namespace Simutasi {

namespace {

const QString ImportAction = QStringLiteral("import");

} // namespace

ImportAudit::ImportAudit(Database &database, const QString &user)
    : m_log(database)
    , m_user(user)
{}

DatabaseError ImportAudit::created(const QString &entity, qint64 id, const QString &summary)
{
    AuditEntry entry;
    entry.user = m_user;
    entry.action = ImportAction;
    entry.entity = entity;
    entry.entityId = id;
    entry.newValue = summary;
    return m_log.append(entry);
}

DatabaseError ImportAudit::changed(const QString &entity, qint64 id, const QString &field,
                                   const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.user = m_user;
    entry.action = ImportAction;
    entry.entity = entity;
    entry.entityId = id;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return m_log.append(entry);
}

} // namespace Simutasi
