#include "EmployeeFactsRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"

#include <QHash>

namespace Simutasi {

using namespace SqlValues;
using namespace SqlRows;

namespace {

// Conditions restricting a table with an employee_id column to the scope, with their values.
struct ScopeSql
{
    QString condition; // starts with " AND ", or empty
    QVariantList values;
};

ScopeSql scopeSql(const EmployeeFactsScope &scope, const QString &employeeColumn)
{
    if (scope.employeeId > 0)
        return {QStringLiteral(" AND %1 = ?").arg(employeeColumn), {scope.employeeId}};
    if (scope.opdId > 0)
        return {QStringLiteral(" AND %1 IN (SELECT e.id FROM employee e JOIN org_unit u ON "
                               "u.id = e.unit_id WHERE u.opd_id = ?)")
                    .arg(employeeColumn),
                {scope.opdId}};
    return {};
}

// Dates arrive as the number yyyymmdd (the SQL drops the dashes of the ISO text): turning
// 100,000s of them into QDate this way avoids a string per value.
QDate dateOfNumber(const QVariant &value)
{
    if (value.isNull())
        return {};
    const qint64 n = value.toLongLong();
    return QDate(int(n / 10000), int(n / 100 % 100), int(n % 100));
}

// NIP digits 9-14 are the year and month of the CPNS appointment, read as the number yyyymm.
QDate cpnsDateOfNumber(const QVariant &value)
{
    const qint64 n = value.toLongLong();
    const int year = int(n / 100);
    const int month = int(n % 100);
    return year >= 1900 && month >= 1 && month <= 12 ? QDate(year, month, 1) : QDate();
}

// "CASE column WHEN 'code' THEN n ... ELSE fallback END", generated from a domain code table so
// that SQL hands over small integers instead of text for the 100,000-row read.
template<typename E, typename Values, typename Code>
QString caseOf(const QString &column, const Values &values, Code code, E fallback)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (const E value : values)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(code(value)).arg(int(value));
    return sql + QStringLiteral(" ELSE %1 END").arg(int(fallback));
}

QString statusColumn()
{
    static const QList<EmployeeStatus> all = {EmployeeStatus::Pns, EmployeeStatus::Cpns,
                                              EmployeeStatus::Pppk};
    return caseOf(QStringLiteral("e.status"), all, employeeStatusCode, EmployeeStatus::Pns);
}

QString educationColumn()
{
    return caseOf(QStringLiteral("e.education_level"), EducationLevels::all(),
                  EducationLevels::code, EducationLevel::Unknown);
}

} // namespace

EmployeeFactsRepository::EmployeeFactsRepository(Database &database)
    : m_database(database)
{}

DatabaseError
EmployeeFactsRepository::employees(const EmployeeFactsScope &scope,
                                   const std::function<void(const EmployeeFactsRow &)> &visit) const
{
    // Only the province's active employees: who left is no candidate, no talent and no gap.
    static const QString columns =
        QStringLiteral(
            "SELECT e.id, %1, e.golongan, e.jabatan_id, e.unit_id, u.opd_id, "
            "CAST(replace(e.tmt_jabatan, '-', '') AS INTEGER), "
            "CAST(replace(e.birth_date, '-', '') AS INTEGER), "
            "CASE WHEN length(e.nip) = 18 THEN CAST(substr(e.nip, 9, 6) AS INTEGER) END, "
            "%2, e.education_field FROM employee e "
            "LEFT JOIN org_unit u ON u.id = e.unit_id WHERE e.left_on IS NULL")
            .arg(statusColumn(), educationColumn());
    QString sql = columns;
    QVariantList values;
    if (scope.employeeId > 0) {
        sql += QStringLiteral(" AND e.id = ?");
        values << scope.employeeId;
    } else if (scope.opdId > 0) {
        sql += QStringLiteral(" AND u.opd_id = ?");
        values << scope.opdId;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(sql + QStringLiteral(" ORDER BY e.id"));
    bindAll(query, values);

    EmployeeFactsRow row;
    return forEachRow(m_database, query, [&](const QSqlQuery &q) {
        row.id = q.value(0).toLongLong();
        row.status = static_cast<EmployeeStatus>(q.value(1).toInt());
        row.golonganRank = q.value(2).toInt();
        row.jabatanId = q.value(3).toLongLong();
        row.unitId = q.value(4).toLongLong();
        row.opdId = q.value(5).toLongLong();
        row.tmtJabatan = dateOfNumber(q.value(6));
        row.birthDate = dateOfNumber(q.value(7));
        row.tmtCpns = cpnsDateOfNumber(q.value(8));
        row.educationLevel = static_cast<EducationLevel>(q.value(9).toInt());
        row.educationField = q.value(10).toString();
        visit(row);
    });
}

DatabaseError
EmployeeFactsRepository::skpOfYear(const EmployeeFactsScope &scope, int year,
                                   const std::function<void(qint64, int)> &visit) const
{
    const ScopeSql where = scopeSql(scope, QStringLiteral("employee_id"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT employee_id, predicate FROM skp_rating WHERE year = ?") +
                  where.condition);
    query.addBindValue(year);
    bindAll(query, where.values);
    return forEachRow(m_database, query, [&](const QSqlQuery &q) {
        visit(q.value(0).toLongLong(), q.value(1).toInt());
    });
}

DatabaseError EmployeeFactsRepository::sanctionedOn(const EmployeeFactsScope &scope,
                                                    const QDate &day,
                                                    const std::function<void(qint64)> &visit) const
{
    const ScopeSql where = scopeSql(scope, QStringLiteral("employee_id"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT employee_id FROM sanction WHERE start_date <= ? "
                                 "AND (end_date IS NULL OR end_date >= ?)") +
                  where.condition);
    query.addBindValue(fromDate(day));
    query.addBindValue(fromDate(day));
    bindAll(query, where.values);
    return forEachRow(m_database, query,
                      [&](const QSqlQuery &q) { visit(q.value(0).toLongLong()); });
}

DatabaseError
EmployeeFactsRepository::flagsOn(const EmployeeFactsScope &scope, const QDate &day,
                                 const std::function<void(qint64, EmployeeFlag::Kind)> &visit) const
{
    const ScopeSql where = scopeSql(scope, QStringLiteral("employee_id"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT employee_id, kind FROM employee_flag WHERE "
                                 "start_date <= ? AND (end_date IS NULL OR end_date >= ?)") +
                  where.condition);
    query.addBindValue(fromDate(day));
    query.addBindValue(fromDate(day));
    bindAll(query, where.values);
    return forEachRow(m_database, query, [&](const QSqlQuery &q) {
        if (const auto kind = employeeFlagKindFromCode(q.value(1).toString()))
            visit(q.value(0).toLongLong(), *kind);
    });
}

DatabaseError EmployeeFactsRepository::competencyLevels(
    const EmployeeFactsScope &scope, const std::function<void(qint64, qint64, int)> &visit) const
{
    const ScopeSql where = scopeSql(scope, QStringLiteral("employee_id"));
    QSqlQuery query(m_database.connection());
    // Competency and level in one value (competency * 8 + level; levels are 1-5): the rows of
    // this table are the most numerous a pool reads, and each value read costs.
    query.prepare(QStringLiteral("SELECT employee_id, competency_id * 8 + level FROM "
                                 "employee_competency WHERE 1 = 1") +
                  where.condition);
    bindAll(query, where.values);
    return forEachRow(m_database, query, [&](const QSqlQuery &q) {
        const qint64 packed = q.value(1).toLongLong();
        visit(q.value(0).toLongLong(), packed / 8, int(packed % 8));
    });
}

DatabaseError
EmployeeFactsRepository::potentials(const EmployeeFactsScope &scope, const QDate &day,
                                    const std::function<void(qint64, PotentialLevel)> &visit) const
{
    const ScopeSql where = scopeSql(scope, QStringLiteral("employee_id"));
    QSqlQuery query(m_database.connection());
    static const QList<PotentialLevel> levels = {PotentialLevel::Low, PotentialLevel::Medium,
                                                 PotentialLevel::High};
    static const QString potential =
        caseOf(QStringLiteral("potential"), levels, potentialLevelCode, PotentialLevel::Unknown);
    query.prepare(QStringLiteral("SELECT employee_id, ") + potential +
                  QStringLiteral(" FROM assessment WHERE kind = 'potential' AND potential IS NOT "
                                 "NULL AND assessed_on <= ?") +
                  where.condition + QStringLiteral(" ORDER BY employee_id, assessed_on, id"));
    query.addBindValue(fromDate(day));
    bindAll(query, where.values);
    return forEachRow(m_database, query, [&](const QSqlQuery &q) {
        visit(q.value(0).toLongLong(), static_cast<PotentialLevel>(q.value(1).toInt()));
    });
}

QHash<qint64, EmployeeLabel> EmployeeFactsRepository::labels(const QList<qint64> &employeeIds) const
{
    // In batches: SQLite limits the number of bound values of one statement.
    constexpr qsizetype Batch = 500;
    QHash<qint64, EmployeeLabel> labels;
    for (qsizetype from = 0; from < employeeIds.size(); from += Batch) {
        const QList<qint64> ids = employeeIds.mid(from, Batch);
        const QStringList marks(ids.size(), QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT e.id, e.nip, e.front_title, e.name, e.back_title, "
                                     "j.name, u.name, o.name FROM employee e "
                                     "LEFT JOIN jabatan j ON j.id = e.jabatan_id "
                                     "LEFT JOIN org_unit u ON u.id = e.unit_id "
                                     "LEFT JOIN org_unit o ON o.id = u.opd_id WHERE e.id IN (") +
                      marks.join(u',') + u')');
        for (const qint64 id : ids)
            query.addBindValue(id);
        forEachRow(m_database, query, [&labels](const QSqlQuery &q) {
            Employee names;
            names.nip = Nip::parse(q.value(1).toString());
            names.frontTitle = q.value(2).toString();
            names.name = q.value(3).toString();
            names.backTitle = q.value(4).toString();
            const qint64 id = q.value(0).toLongLong();
            labels.insert(id, {id, names.nip.formatted(), names.fullName(), q.value(5).toString(),
                               q.value(6).toString(), q.value(7).toString()});
        });
    }
    return labels;
}

} // namespace Simutasi
