#pragma once

#include "DemoRandom.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/DatabaseError.h"
#include "storage/EmployeeFlagRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Simutasi {

class Database;
class DemoOrganization;
struct EmployeeFactsRow;

// Adds competency data to a demo province whose organisation and employees are written: the
// competency dictionary, a requirement profile for every jabatan, assessed levels for about 60%
// of the employees (complete in some OPDs, sparse in others, as the seed says competency data
// often is), potential and managerial assessments, certificates, study leave, service bonds and
// pending processes, and ABK tasks for some posts. It draws from its own random stream, so the
// registry of a seed is the same with or without it. Writes inside the caller's transaction.
class DemoCompetencies
{
public:
    struct Summary
    {
        int competencies = 0;
        int requirements = 0;
        int assessedEmployees = 0;
        int levels = 0;
        int assessments = 0;
        int certifications = 0;
        int flags = 0;
        int abkTasks = 0;
    };

    DemoCompetencies(Database &database, const DemoOrganization &organization, quint64 seed,
                     const QDate &referenceDate);

    DatabaseError write();
    Summary summary() const { return m_summary; }

private:
    struct Profile; // the requirement profile of one jabatan
    struct Person;  // what the generator knows of one employee

    DatabaseError writeDictionary();
    DatabaseError writeProfiles();
    DatabaseError writePeople();
    DatabaseError writePerson(const Person &person);
    DatabaseError writeLevels(const Person &person, int talent);
    DatabaseError writeAssessments(const Person &person, int talent);
    DatabaseError writeCertificate(const Person &person);
    DatabaseError writeFlags(const Person &person);
    int assessedPermilleOfOpd(qint64 opdUnitId) const;
    QString sourceFor(const Person &person, const QDate &day) const;

    Database &m_database;
    CompetencyRepository m_competencies; // kept: their prepared inserts are reused
    AssessmentRepository m_assessments;
    EmployeeFlagRepository m_flags;
    const DemoOrganization &m_organization;
    DemoRandom m_random;
    QDate m_reference;
    Summary m_summary;
    QHash<QString, qint64> m_competencyIds;                  // by code
    QHash<qint64, QList<std::pair<qint64, int>>> m_profiles; // jabatan -> (competency, min level)
    QHash<qint64, int> m_jabatanIndex;                       // id -> index in organization
    QHash<qint64, int> m_opdIndex;                           // OPD unit id -> index in catalogue
};

} // namespace Simutasi
