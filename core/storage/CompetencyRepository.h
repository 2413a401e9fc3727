#pragma once

#include "DatabaseError.h"
#include "domain/Competency.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace Simutasi {

class Database;

// How much stored data names one competency: a competency in use is retired, never removed.
struct CompetencyUsage
{
    int employeeLevels = 0; // assessed levels of employees
    int requirements = 0;   // lines of jabatan requirement profiles

    bool isUsed() const { return employeeLevels > 0 || requirements > 0; }
};

// The competency dictionary, the levels employees were assessed at, and the requirement
// profiles of jabatan. Writes do not open a transaction: callers wrap a batch in one.
class CompetencyRepository
{
public:
    explicit CompetencyRepository(Database &database);

    DatabaseError addCompetency(Competency &competency); // sets competency.id
    DatabaseError updateCompetency(const Competency &competency);
    std::optional<Competency> competency(qint64 id) const;
    QList<Competency> competencies() const; // by kind, then name
    CompetencyUsage usage(qint64 competencyId) const;
    DatabaseError removeCompetency(qint64 id); // only for an unused one: see usage()

    // One current level per employee and competency: setting it again replaces it.
    DatabaseError setEmployeeLevel(const EmployeeCompetency &level);
    DatabaseError removeEmployeeLevel(qint64 employeeId, qint64 competencyId);
    QList<EmployeeCompetency> employeeLevels(qint64 employeeId) const;

    // One line per jabatan and competency: setting it again replaces it.
    DatabaseError setRequirement(const CompetencyRequirement &requirement);
    DatabaseError removeRequirement(qint64 jabatanId, qint64 competencyId);
    QList<CompetencyRequirement> requirements(qint64 jabatanId) const;
    QList<CompetencyRequirement> allRequirements() const;

private:
    Database &m_database;
    QSqlQuery m_upsertLevel;
    QSqlQuery m_upsertRequirement;
};

} // namespace Simutasi
