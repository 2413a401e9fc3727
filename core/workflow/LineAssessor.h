#pragma once

#include "Proposal.h"
#include "analysis/CandidatePool.h"
#include "analysis/VacancyProfile.h"
#include "domain/EligibilityRule.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace Simutasi {

class Database;

// What the eligibility rules and the job-person match say about one employee for one target
// post, as recorded on a proposal line at proposal time.
struct LineAssessment
{
    bool found = false; // the employee exists
    CandidateStanding standing = CandidateStanding::Clean;
    QStringList warnings;      // one sentence per rule that warns
    QStringList blocking;      // one sentence per rule that blocks
    std::optional<double> jpm; // none for outgoing lines (no target jabatan)
};

// Judges employees for target posts with EligibilityRules and JobPersonMatch, the same rules
// as the ranking and the shortlist. Loads the facts of one employee per call, or takes a pool
// loaded once for many lines (batch proposals, the demo).
class LineAssessor
{
    Q_DECLARE_TR_FUNCTIONS(LineAssessor)
public:
    LineAssessor(Database &database, const QDate &referenceDate);
    // Uses `pool` (which must outlive the assessor) instead of loading per employee.
    void usePool(const CandidatePool *pool)
    {
        m_pool = pool;
        m_vacancies.clear();
    }
    bool hasPool() const { return m_pool != nullptr; }
    void setReferenceDate(const QDate &date) { m_reference = date; }
    // The whole province as of the reference date, with what the rules and JPM need, for a
    // batch of lines (one load instead of one per line).
    CandidatePool loadPool(DatabaseError *error) const;

    // `toJabatanId` 0 (outgoing): the employee's own jabatan stands in, so that the rules on
    // the person (status, discipline, time in post...) still apply; no JPM then.
    LineAssessment assess(qint64 employeeId, qint64 toUnitId, qint64 toJabatanId,
                          bool selfRequested, DatabaseError *error);

private:
    // The vacancies of the shared pool are kept: a batch asks for the same post many times.
    const VacancyProfile *sharedVacancy(qint64 jabatanId, qint64 unitId, DatabaseError *error);

    Database &m_database;
    QDate m_reference;
    EligibilityRuleSettings m_settings;
    const CandidatePool *m_pool = nullptr;
    QHash<QString, std::shared_ptr<VacancyProfile>> m_vacancies; // "jabatan:unit", shared pool
};

} // namespace Simutasi
