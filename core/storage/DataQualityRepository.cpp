#include "DataQualityRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "domain/Employee.h"

namespace Simutasi {

using namespace SqlRows;

namespace {

// A boolean SQL expression over employee `e`; MissingSkp binds the SKP year.
QString condition(DataQualityProblem problem)
{
    switch (problem) {
    case DataQualityProblem::IncompleteCompetency:
        return QStringLiteral(
            "(CASE WHEN EXISTS (SELECT 1 FROM jabatan_requirement r WHERE r.jabatan_id = "
            "e.jabatan_id) THEN EXISTS (SELECT 1 FROM jabatan_requirement r WHERE r.jabatan_id = "
            "e.jabatan_id AND NOT EXISTS (SELECT 1 FROM employee_competency c WHERE "
            "c.employee_id = e.id AND c.competency_id = r.competency_id)) ELSE NOT EXISTS "
            "(SELECT 1 FROM employee_competency c WHERE c.employee_id = e.id) END)");
    case DataQualityProblem::MissingSkp:
        return QStringLiteral("(NOT EXISTS (SELECT 1 FROM skp_rating s WHERE s.employee_id = e.id "
                              "AND s.year = ?))");
    case DataQualityProblem::InconsistentNip:
        return QStringLiteral("(substr(e.nip, 1, 8) <> replace(e.birth_date, '-', '') OR "
                              "substr(e.nip, 15, 1) <> CASE e.gender WHEN 'L' THEN '1' "
                              "ELSE '2' END)");
    case DataQualityProblem::MissingEducationField:
        return QStringLiteral("(trim(e.education_field) = '')");
    }
    return QStringLiteral("0");
}

bool bindsYear(DataQualityProblem problem)
{
    return problem == DataQualityProblem::MissingSkp;
}

} // namespace

DataQualityRepository::DataQualityRepository(Database &database)
    : m_database(database)
{}

QList<DataQualityCounts> DataQualityRepository::countsByOpd(int skpYear, DatabaseError *error) const
{
    QString sums;
    QVariantList values;
    for (int i = 0; i < DataQualityProblemCount; ++i) {
        const auto problem = static_cast<DataQualityProblem>(i);
        sums += QStringLiteral(", sum(%1)").arg(condition(problem));
        if (bindsYear(problem))
            values << skpYear;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT u.opd_id, count(*)") + sums +
                  QStringLiteral(" FROM employee e JOIN org_unit u ON u.id = e.unit_id "
                                 "WHERE u.opd_id IS NOT NULL GROUP BY u.opd_id"));
    bindAll(query, values);
    QList<DataQualityCounts> rows;
    const DatabaseError result = forEachRow(m_database, query, [&rows](const QSqlQuery &q) {
        DataQualityCounts counts;
        counts.opdId = q.value(0).toLongLong();
        counts.employees = q.value(1).toInt();
        for (int i = 0; i < DataQualityProblemCount; ++i)
            counts.problems[i] = q.value(2 + i).toInt();
        rows.append(counts);
    });
    if (error)
        *error = result;
    return rows;
}

QList<DataQualityEmployee> DataQualityRepository::employees(qint64 opdId,
                                                            DataQualityProblem problem, int skpYear,
                                                            DatabaseError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT e.id, e.nip, e.front_title, e.name, e.back_title, "
                                 "j.name, u.name FROM employee e "
                                 "JOIN org_unit u ON u.id = e.unit_id "
                                 "LEFT JOIN jabatan j ON j.id = e.jabatan_id "
                                 "WHERE u.opd_id = ? AND ") +
                  condition(problem) + QStringLiteral(" ORDER BY e.name COLLATE NOCASE, e.id"));
    query.addBindValue(opdId);
    if (bindsYear(problem))
        query.addBindValue(skpYear);
    QList<DataQualityEmployee> rows;
    const DatabaseError result = forEachRow(m_database, query, [&rows](const QSqlQuery &q) {
        Employee names;
        names.frontTitle = q.value(2).toString();
        names.name = q.value(3).toString();
        names.backTitle = q.value(4).toString();
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), names.fullName(),
                     q.value(5).toString(), q.value(6).toString()});
    });
    if (error)
        *error = result;
    return rows;
}

} // namespace Simutasi
