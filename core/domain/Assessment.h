#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace Simutasi {

enum class AssessmentKind
{
    Managerial,
    SocioCultural,
    Potential
};
QString assessmentKindCode(AssessmentKind kind); // "managerial", "socio_cultural", "potential"
std::optional<AssessmentKind> assessmentKindFromCode(const QString &code);

// Potential as an assessment centre reports it; Unknown when never assessed.
enum class PotentialLevel
{
    Unknown,
    Low,
    Medium,
    High
};
QString potentialLevelCode(PotentialLevel level); // "low", "medium", "high"; "" for Unknown
PotentialLevel potentialLevelFromCode(const QString &code);

// One result of an assessment (managerial, socio-cultural or potential) of an employee.
struct Assessment
{
    qint64 id = 0;
    qint64 employeeId = 0;
    AssessmentKind kind = AssessmentKind::Potential;
    QDate assessedOn;
    std::optional<double> score; // the assessor's score, when the method gives one
    PotentialLevel potential = PotentialLevel::Unknown;
    QString source;
};

// A professional certificate held by an employee (sertifikat pendidik, BNSP, ...).
struct Certification
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString name;
    QString issuer;
    QDate issuedOn;
    QDate validUntil; // null = does not expire
};

} // namespace Simutasi
