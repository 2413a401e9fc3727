#include "AssessmentRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlValues.h"

namespace Simutasi {

using namespace SqlValues;
using namespace SqlRows;

namespace {

Assessment assessmentFromQuery(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.employeeId = q.value(1).toLongLong();
    a.kind = assessmentKindFromCode(q.value(2).toString()).value_or(AssessmentKind::Potential);
    a.assessedOn = toDate(q.value(3));
    if (!q.value(4).isNull())
        a.score = q.value(4).toDouble();
    a.potential = potentialLevelFromCode(q.value(5).toString());
    a.source = q.value(6).toString();
    return a;
}

Certification certificationFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),   toDate(q.value(4)),      toDate(q.value(5))};
}

} // namespace

AssessmentRepository::AssessmentRepository(Database &database)
    : m_database(database)
{}

DatabaseError AssessmentRepository::addAssessment(Assessment &assessment)
{
    if (!prepareOnce(
            m_insertAssessment, m_database.connection(),
            QStringLiteral("INSERT INTO assessment (employee_id, kind, assessed_on, score, "
                           "potential, source) VALUES (?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertAssessment.lastError());
    QSqlQuery &q = m_insertAssessment;
    q.addBindValue(assessment.employeeId);
    q.addBindValue(assessmentKindCode(assessment.kind));
    q.addBindValue(fromDate(assessment.assessedOn));
    q.addBindValue(assessment.score ? QVariant(*assessment.score) : QVariant());
    q.addBindValue(assessment.potential == PotentialLevel::Unknown
                       ? QVariant()
                       : QVariant(potentialLevelCode(assessment.potential)));
    q.addBindValue(fromText(assessment.source));
    return executeInsert(m_database, q, &assessment.id);
}

QList<Assessment> AssessmentRepository::assessments(qint64 employeeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, employee_id, kind, assessed_on, score, potential, "
                                 "source FROM assessment WHERE employee_id = ? "
                                 "ORDER BY assessed_on DESC, id DESC"));
    query.addBindValue(employeeId);
    return readAll<Assessment>(query, assessmentFromQuery);
}

DatabaseError AssessmentRepository::addCertification(Certification &certification)
{
    if (!prepareOnce(m_insertCertification, m_database.connection(),
                     QStringLiteral("INSERT INTO certification (employee_id, name, issuer, "
                                    "issued_on, valid_until) VALUES (?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertCertification.lastError());
    QSqlQuery &q = m_insertCertification;
    q.addBindValue(certification.employeeId);
    q.addBindValue(fromText(certification.name));
    q.addBindValue(fromText(certification.issuer));
    q.addBindValue(fromDate(certification.issuedOn));
    q.addBindValue(fromDate(certification.validUntil));
    return executeInsert(m_database, q, &certification.id);
}

QList<Certification> AssessmentRepository::certifications(qint64 employeeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, employee_id, name, issuer, issued_on, valid_until "
                                 "FROM certification WHERE employee_id = ? "
                                 "ORDER BY issued_on DESC, id DESC"));
    query.addBindValue(employeeId);
    return readAll<Certification>(query, certificationFromQuery);
}

} // namespace Simutasi
