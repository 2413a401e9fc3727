#pragma once

#include "RegistryWrite.h"
#include "domain/Competency.h"
#include "domain/Jabatan.h"
#include "storage/AuditLog.h"
#include "storage/CompetencyRepository.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace Simutasi {

class Database;

// The changes an officer makes on the Kompetensi page: the competency dictionary, the level an
// employee was assessed at, and the requirement profile of a jabatan. Each change is checked,
// written and recorded in the audit trail in ONE transaction; a refused change comes back as a
// Constraint error whose message says why, in words for the officer (as OrgEditor does). Every
// change needs the role of DataAction::EditCompetencies (see RegistryWrite).
//
// Audit convention:
//  - dictionary entries: entity "competency", fields as the table names them (code, name, kind,
//    description, level_1 .. level_5, retired);
//  - assessed levels: entity "employee" and the employee's id, so the employee's own history of
//    changes shows them; fields "competency[<code>].level", ".assessed_on" and ".source";
//  - requirement profiles: entity "jabatan" (as OrgEditor), fields min_education,
//    education_fields, gol_min, gol_max and "requirement[<code>].min_level" / ".weight".
//
// Retiring: the schema has no column for it, so the retired competencies are one database-wide
// setting (RetiredSettingKey: their ids, comma-separated). A retired competency stays in the
// dictionary and in every profile and assessment that names it (the JPM still counts them), but
// is no longer offered for new assessments or requirements. Only a competency nothing names may
// be removed.
class CompetencyEditor
{
    Q_DECLARE_TR_FUNCTIONS(CompetencyEditor)
public:
    static inline const QString Entity = QStringLiteral("competency");
    static inline const QString EmployeeEntity = QStringLiteral("employee");
    static inline const QString JabatanEntity = QStringLiteral("jabatan");
    static inline const QString RetiredSettingKey = QStringLiteral("competency/retired");

    CompetencyEditor(Database &database, const QString &user);

    DatabaseError addCompetency(Competency &competency); // sets competency.id
    DatabaseError updateCompetency(const Competency &competency);
    DatabaseError retireCompetency(qint64 competencyId);
    DatabaseError reinstateCompetency(qint64 competencyId);
    DatabaseError removeCompetency(qint64 competencyId);
    // Why the competency cannot be removed; empty when it can.
    QString removalBlocker(qint64 competencyId) const;
    QSet<qint64> retiredIds() const;
    bool isRetired(qint64 competencyId) const { return retiredIds().contains(competencyId); }

    // Records (or replaces) the level an employee was assessed at, with its date and source.
    DatabaseError setEmployeeLevel(const EmployeeCompetency &level);
    DatabaseError removeEmployeeLevel(qint64 employeeId, qint64 competencyId);

    // Saves the requirement profile of `jabatan.id`: its education level and accepted fields and
    // its golongan range from `jabatan` (name and type stay as stored), and exactly
    // `requirements` as its competency lines (lines not listed are removed).
    DatabaseError saveRequirementProfile(const Jabatan &jabatan,
                                         const QList<CompetencyRequirement> &requirements);

    CompetencyRepository &repository() { return m_competencies; }

private:
    QString dictionaryProblem(const Competency &competency) const;
    QString requirementProblem(const Jabatan &jabatan,
                               const QList<CompetencyRequirement> &requirements,
                               const QList<CompetencyRequirement> &before) const;
    DatabaseError writeRetired(const QSet<qint64> &ids);
    QString codeOf(qint64 competencyId) const;

    Database &m_database;
    QString m_user;
    RegistryWrite m_write;
    CompetencyRepository m_competencies;
    AuditLog m_audit;
};

} // namespace Simutasi
