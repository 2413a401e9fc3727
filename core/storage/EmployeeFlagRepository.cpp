#include "EmployeeFlagRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"

namespace Simutasi {

using namespace SqlValues;
using namespace SqlRows;

EmployeeFlagRepository::EmployeeFlagRepository(Database &database)
    : m_database(database)
{}

DatabaseError EmployeeFlagRepository::add(EmployeeFlag &flag)
{
    if (!prepareOnce(m_insert, m_database.connection(),
                     QStringLiteral("INSERT INTO employee_flag (employee_id, kind, start_date, "
                                    "end_date, note) VALUES (?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insert.lastError());
    m_insert.addBindValue(flag.employeeId);
    m_insert.addBindValue(employeeFlagKindCode(flag.kind));
    m_insert.addBindValue(fromDate(flag.startDate));
    m_insert.addBindValue(fromDate(flag.endDate));
    m_insert.addBindValue(fromText(flag.note));
    return executeInsert(m_database, m_insert, &flag.id);
}

DatabaseError EmployeeFlagRepository::close(qint64 flagId, const QDate &endDate)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE employee_flag SET end_date = ? WHERE id = ?"));
    query.addBindValue(fromDate(endDate));
    query.addBindValue(flagId);
    return execute(m_database, query);
}

QList<EmployeeFlag> EmployeeFlagRepository::flags(qint64 employeeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, employee_id, kind, start_date, end_date, note FROM "
                                 "employee_flag WHERE employee_id = ? ORDER BY start_date, id"));
    query.addBindValue(employeeId);
    return readAll<EmployeeFlag>(query, [](const QSqlQuery &q) {
        EmployeeFlag flag;
        flag.id = q.value(0).toLongLong();
        flag.employeeId = q.value(1).toLongLong();
        flag.kind = employeeFlagKindFromCode(q.value(2).toString())
                        .value_or(EmployeeFlag::Kind::TugasBelajar);
        flag.startDate = toDate(q.value(3));
        flag.endDate = toDate(q.value(4));
        flag.note = q.value(5).toString();
        return flag;
    });
}

} // namespace Simutasi
