#include "CheckQueries.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace Simutasi {

CheckQueries::CheckQueries(Database &database)
    : m_database(database)
{}

DatabaseError
CheckQueries::forEachEmployee(const std::function<void(const CheckEmployeeRow &)> &visit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool ok = query.exec(QStringLiteral(
        "SELECT e.id, e.nip, e.front_title, e.name, e.back_title, e.gender, e.birth_date, "
        "e.status, e.golongan, e.jabatan_id, j.id, j.name, j.gol_min, j.gol_max, e.unit_id, u.id, "
        "u.name, EXISTS (SELECT 1 FROM formasi f WHERE f.unit_id = e.unit_id "
        "AND f.jabatan_id = e.jabatan_id AND f.required > 0), e.left_on IS NOT NULL "
        "FROM employee e LEFT JOIN jabatan j ON j.id = e.jabatan_id "
        "LEFT JOIN org_unit u ON u.id = e.unit_id ORDER BY e.id"));
    if (!ok)
        return m_database.errorFrom(query.lastError());
    CheckEmployeeRow row;
    Employee names;
    while (query.next()) {
        row.id = query.value(0).toLongLong();
        row.nip = query.value(1).toString();
        names.frontTitle = query.value(2).toString();
        names.name = query.value(3).toString();
        names.backTitle = query.value(4).toString();
        row.fullName = names.fullName();
        row.gender = genderFromCode(query.value(5).toString());
        row.birthDate = SqlValues::toDate(query.value(6));
        row.status =
            employeeStatusFromCode(query.value(7).toString()).value_or(EmployeeStatus::Pns);
        row.golonganRank = query.value(8).toInt();
        row.jabatanId = query.value(9).toLongLong();
        row.jabatanExists = !query.value(10).isNull();
        row.jabatanName = query.value(11).toString();
        row.golonganMin = query.value(12).toInt();
        row.golonganMax = query.value(13).toInt();
        row.unitId = query.value(14).toLongLong();
        row.unitExists = !query.value(15).isNull();
        row.unitName = query.value(16).toString();
        row.hasFormasi = query.value(17).toBool();
        row.departed = query.value(18).toBool();
        visit(row);
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return {};
}

DatabaseError CheckQueries::integrityProblems(QStringList *problems) const
{
    problems->clear();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return m_database.errorFrom(query.lastError());
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems->append(line);
    }
    return {};
}

} // namespace Simutasi
