#include "ImportSession.h"

namespace Simutasi {

ImportSession::ImportSession(Database &database, const Options &options)
    : m_database(database)
    , m_employees(database)
    , m_org(database)
    , m_references(m_org, options.createMissing)
    , m_audit(database, options.user)
{}

bool ImportSession::claim(const QString &key, ImportRecord &record, const QString &field,
                          const char *what)
{
    const auto it = m_claimedBy.constFind(key);
    if (it == m_claimedBy.constEnd()) {
        m_claimedBy.insert(key, record.row());
        return true;
    }
    record.reject(field, tr("The same %1 is already in row %2; it may appear only once in a "
                            "file.")
                             .arg(tr(what))
                             .arg(*it));
    return false;
}

} // namespace Simutasi
