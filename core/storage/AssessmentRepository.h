#pragma once

#include "DatabaseError.h"
#include "domain/Assessment.h"

#include <QList>
#include <QSqlQuery>

namespace Simutasi {

class Database;

// Assessment results (managerial, socio-cultural, potential) and certifications of employees.
// Writes do not open a transaction: callers wrap a batch in one.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database &database);

    DatabaseError addAssessment(Assessment &assessment);    // sets assessment.id
    QList<Assessment> assessments(qint64 employeeId) const; // newest first

    DatabaseError addCertification(Certification &certification); // sets certification.id
    QList<Certification> certifications(qint64 employeeId) const; // newest first

private:
    Database &m_database;
    QSqlQuery m_insertAssessment;
    QSqlQuery m_insertCertification;
};

} // namespace Simutasi
