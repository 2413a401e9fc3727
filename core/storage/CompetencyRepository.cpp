#include "CompetencyRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"

namespace Simutasi {

using namespace SqlValues;
using namespace SqlRows;

namespace {

const QString competencyColumns =
    QStringLiteral("id, code, name, kind, description, level_1, level_2, level_3, level_4, "
                   "level_5 FROM competency");
constexpr int FirstLevelColumn = 5;
// Technical competencies first, as the dictionary is usually read by field of work.
const QString kindOrder = QStringLiteral(
    "CASE c.kind WHEN 'technical' THEN 0 WHEN 'managerial' THEN 1 ELSE 2 END, c.name");

Competency competencyFromQuery(const QSqlQuery &q)
{
    Competency c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = competencyKindFromCode(q.value(3).toString()).value_or(CompetencyKind::Technical);
    c.description = q.value(4).toString();
    // Trailing empty levels are not described; inner empty ones keep their place.
    for (int level = Competency::MinLevel; level <= Competency::MaxLevel; ++level)
        c.levelDescriptions.append(q.value(FirstLevelColumn + level - 1).toString());
    while (!c.levelDescriptions.isEmpty() && c.levelDescriptions.constLast().isEmpty())
        c.levelDescriptions.removeLast();
    return c;
}

void bindCompetency(QSqlQuery &q, const Competency &c)
{
    q.addBindValue(fromText(c.code));
    q.addBindValue(fromText(c.name));
    q.addBindValue(competencyKindCode(c.kind));
    q.addBindValue(fromText(c.description));
    for (int index = 0; index < Competency::MaxLevel; ++index)
        q.addBindValue(fromText(c.levelDescriptions.value(index)));
}

EmployeeCompetency levelFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
            toDate(q.value(3)), q.value(4).toString()};
}

CompetencyRequirement requirementFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
            q.value(3).toDouble()};
}

DatabaseError deletePair(const Database &db, const QString &sql, qint64 first, qint64 second)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(first);
    query.addBindValue(second);
    return execute(db, query);
}

} // namespace

CompetencyRepository::CompetencyRepository(Database &database)
    : m_database(database)
{}

DatabaseError CompetencyRepository::addCompetency(Competency &competency)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO competency (code, name, kind, description, level_1, "
                                 "level_2, level_3, level_4, level_5) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindCompetency(query, competency);
    return executeInsert(m_database, query, &competency.id);
}

DatabaseError CompetencyRepository::updateCompetency(const Competency &competency)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE competency SET code = ?, name = ?, kind = ?, "
                                 "description = ?, level_1 = ?, level_2 = ?, level_3 = ?, "
                                 "level_4 = ?, level_5 = ? WHERE id = ?"));
    bindCompetency(query, competency);
    query.addBindValue(competency.id);
    return execute(m_database, query);
}

std::optional<Competency> CompetencyRepository::competency(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + competencyColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return competencyFromQuery(query);
    return std::nullopt;
}

QList<Competency> CompetencyRepository::competencies() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + competencyColumns + QStringLiteral(" c ORDER BY ") +
                  kindOrder);
    return readAll<Competency>(query, competencyFromQuery);
}

CompetencyUsage CompetencyRepository::usage(qint64 competencyId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM employee_competency WHERE competency_id = ?), "
                       "(SELECT count(*) FROM jabatan_requirement WHERE competency_id = ?)"));
    query.addBindValue(competencyId);
    query.addBindValue(competencyId);
    CompetencyUsage usage;
    if (query.exec() && query.next()) {
        usage.employeeLevels = query.value(0).toInt();
        usage.requirements = query.value(1).toInt();
    }
    return usage;
}

DatabaseError CompetencyRepository::removeCompetency(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM competency WHERE id = ?"));
    query.addBindValue(id);
    return execute(m_database, query);
}

DatabaseError CompetencyRepository::setEmployeeLevel(const EmployeeCompetency &level)
{
    if (!prepareOnce(m_upsertLevel, m_database.connection(),
                     QStringLiteral("INSERT INTO employee_competency (employee_id, competency_id, "
                                    "level, assessed_on, source) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT (employee_id, competency_id) DO UPDATE SET "
                                    "level = excluded.level, assessed_on = excluded.assessed_on, "
                                    "source = excluded.source")))
        return m_database.errorFrom(m_upsertLevel.lastError());
    m_upsertLevel.addBindValue(level.employeeId);
    m_upsertLevel.addBindValue(level.competencyId);
    m_upsertLevel.addBindValue(level.level);
    m_upsertLevel.addBindValue(fromDate(level.assessedOn));
    m_upsertLevel.addBindValue(fromText(level.source));
    return execute(m_database, m_upsertLevel);
}

DatabaseError CompetencyRepository::removeEmployeeLevel(qint64 employeeId, qint64 competencyId)
{
    return deletePair(m_database,
                      QStringLiteral("DELETE FROM employee_competency WHERE employee_id = ? AND "
                                     "competency_id = ?"),
                      employeeId, competencyId);
}

QList<EmployeeCompetency> CompetencyRepository::employeeLevels(qint64 employeeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT ec.employee_id, ec.competency_id, ec.level, ec.assessed_on, ec.source "
            "FROM employee_competency ec JOIN competency c ON c.id = ec.competency_id "
            "WHERE ec.employee_id = ? ORDER BY ") +
        kindOrder);
    query.addBindValue(employeeId);
    return readAll<EmployeeCompetency>(query, levelFromQuery);
}

DatabaseError CompetencyRepository::setRequirement(const CompetencyRequirement &requirement)
{
    if (!prepareOnce(m_upsertRequirement, m_database.connection(),
                     QStringLiteral("INSERT INTO jabatan_requirement (jabatan_id, competency_id, "
                                    "min_level, weight) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (jabatan_id, competency_id) DO UPDATE SET "
                                    "min_level = excluded.min_level, weight = excluded.weight")))
        return m_database.errorFrom(m_upsertRequirement.lastError());
    m_upsertRequirement.addBindValue(requirement.jabatanId);
    m_upsertRequirement.addBindValue(requirement.competencyId);
    m_upsertRequirement.addBindValue(requirement.minLevel);
    m_upsertRequirement.addBindValue(requirement.weight);
    return execute(m_database, m_upsertRequirement);
}

DatabaseError CompetencyRepository::removeRequirement(qint64 jabatanId, qint64 competencyId)
{
    return deletePair(m_database,
                      QStringLiteral("DELETE FROM jabatan_requirement WHERE jabatan_id = ? AND "
                                     "competency_id = ?"),
                      jabatanId, competencyId);
}

QList<CompetencyRequirement> CompetencyRepository::requirements(qint64 jabatanId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT jabatan_id, competency_id, min_level, weight FROM "
                       "jabatan_requirement WHERE jabatan_id = ? ORDER BY competency_id"));
    query.addBindValue(jabatanId);
    return readAll<CompetencyRequirement>(query, requirementFromQuery);
}

QList<CompetencyRequirement> CompetencyRepository::allRequirements() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT jabatan_id, competency_id, min_level, weight FROM "
                                 "jabatan_requirement ORDER BY jabatan_id, competency_id"));
    return readAll<CompetencyRequirement>(query, requirementFromQuery);
}

} // namespace Simutasi
