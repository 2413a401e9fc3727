#pragma once

#include "DatabaseError.h"
#include "domain/EmployeeFlag.h"

#include <QList>
#include <QSqlQuery>

namespace Simutasi {

class Database;

// Periods of study leave, service bond and pending processes of employees (the eligibility
// rules read them). Writes do not open a transaction: callers wrap a batch in one.
class EmployeeFlagRepository
{
public:
    explicit EmployeeFlagRepository(Database &database);

    DatabaseError add(EmployeeFlag &flag); // sets flag.id
    // Ends a running period, e.g. when the study leave is over or the process was decided.
    DatabaseError close(qint64 flagId, const QDate &endDate);
    QList<EmployeeFlag> flags(qint64 employeeId) const; // by start date

private:
    Database &m_database;
    QSqlQuery m_insert;
};

} // namespace Simutasi
