#pragma once

#include "ImportAudit.h"
#include "ImportRecord.h"
#include "ReferenceResolver.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace Simutasi {

class Database;

// What an import kind works with during one run: the database and its repositories, the
// shared name resolver, the audit trail, and the keys rows have claimed so far (so that a
// second row for the same NIP, or the same NIP and year, is caught in any kind).
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)
public:
    struct Options
    {
        bool createMissing = false;
        QString user; // recorded in the audit trail
    };

    ImportSession(Database &database, const Options &options);

    Database &database() { return m_database; }
    EmployeeRepository &employees() { return m_employees; }
    OrgRepository &org() { return m_org; }
    ReferenceResolver &references() { return m_references; }
    ImportAudit &audit() { return m_audit; }

    // Claims `key` for this row; when an earlier row has claimed it, rejects the row on `field`
    // naming that row and returns false. `what` ("NIP", "NIP and year") is marked with
    // QT_TRANSLATE_NOOP("ImportSession", ...) and translated only when a row is rejected,
    // because claim() runs for every row.
    bool claim(const QString &key, ImportRecord &record, const QString &field, const char *what);

private:
    Database &m_database;
    EmployeeRepository m_employees;
    OrgRepository m_org;
    ReferenceResolver m_references;
    ImportAudit m_audit;
    QHash<QString, int> m_claimedBy; // key -> first row
};

} // namespace Simutasi
