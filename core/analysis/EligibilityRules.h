#pragma once

#include "CandidateFacts.h"
#include "VacancyProfile.h"
#include "domain/EligibilityRule.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>

namespace Simutasi {

enum class RuleOutcome : quint8
{
    Pass,
    Warning,
    Blocking,
    NotChecked // the rule is switched off
};

// The result of one rule for one candidate, compact (a ranking keeps none of these, but
// computes them for the visible rows) and self-describing through EligibilityRules::describe().
struct RuleResult
{
    // Which case of the rule applied. The *Bits reasons keep the failing parts in `bits`.
    enum class Reason : quint8
    {
        Ok,
        Disabled,
        IsCpns,
        IsPppk,
        ShortInPost,
        RotationDue,
        NoTmtJabatan,
        DisciplineBits,
        SkpBelowBaik,
        SkpMissing,
        StudyLeaveBits,
        NearPensiun,
        NoBirthDate,
        QualificationBits,
        AgencyOrdered,
        SoonAfterCpns,
        NoTmtCpns
    };
    // Parts of DisciplineBits, StudyLeaveBits and QualificationBits.
    enum Bit : quint8
    {
        Sanction = 1,
        DisciplinaryProcess = 2,
        CourtProcess = 4,
        TugasBelajar = 1,
        IkatanDinas = 2,
        GolonganOutOfRange = 1,
        EducationTooLow = 2,
        FieldNotAccepted = 4,
        FieldMissing = 8
    };

    EligibilityRuleId rule = EligibilityRuleId::Status;
    RuleOutcome outcome = RuleOutcome::Pass;
    Reason reason = Reason::Ok;
    quint8 bits = 0;
    int value = 0; // months, or the SKP year concerned
    int limit = 0; // the threshold compared with, or the SKP predicate

    bool operator==(const RuleResult &) const = default;
};
using RuleResults = std::array<RuleResult, EligibilityRuleCount>;

// How a candidate stands after all rules: clean, with warnings (may be proposed with a recorded
// justification) or blocked (may be shown, never proposed).
enum class CandidateStanding : quint8
{
    Clean,
    Warning,
    Blocked
};

// The eligibility rules of DOMAIN.md applied to candidates for one vacancy, as configured.
// Boundaries: time thresholds are whole months by QDate::addMonths, so "at least 24 months in
// the jabatan" passes on exactly the second anniversary of the TMT, and "not within 12 months
// of pensiun" passes when the reference date plus 12 months falls on or before the pensiun date
// (exactly 12 months before passes, one day later is refused). The BUP is the target jabatan's,
// since it is the one that will apply. Missing data (no TMT, no SKP, no birth date) gives a
// warning rather than a block: the officer checks the file instead of losing the candidate.
class EligibilityRules
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityRules)
public:
    EligibilityRules(const EligibilityRuleSettings &settings, const VacancyProfile &vacancy,
                     const QDate &referenceDate, TransferKind kind);

    RuleResults evaluate(const CandidateFacts &candidate) const;
    RuleResult check(EligibilityRuleId rule, const CandidateFacts &candidate) const;
    static CandidateStanding standing(const RuleResults &results);
    // The same as standing(evaluate(candidate)), faster: the cheap rules that block most
    // candidates (qualification, status) are checked first and the first block ends it.
    CandidateStanding standingOf(const CandidateFacts &candidate) const;

    // The sentence an officer reads for a result, e.g. "Time in current jabatan 1 year
    // 4 months, less than 2 years". `educationField` is the candidate's field text.
    QString describe(const RuleResult &result, const CandidateFacts &candidate,
                     const QString &educationField) const;

    static QString title(EligibilityRuleId rule);       // "Time in jabatan"
    static QString explanation(EligibilityRuleId rule); // what the rule checks and why
    static QString outcomeName(RuleOutcome outcome);    // "pass", "warning", ...
    QDate pensiunDate(const CandidateFacts &candidate) const;

private:
    RuleResult fail(EligibilityRuleId rule, RuleResult::Reason reason, quint8 bits = 0,
                    int value = 0, int limit = 0) const;
    RuleResult checkStatus(const CandidateFacts &c) const;
    RuleResult checkTimeInPost(const CandidateFacts &c) const;
    RuleResult checkDiscipline(const CandidateFacts &c) const;
    RuleResult checkPerformance(const CandidateFacts &c) const;
    RuleResult checkStudyLeave(const CandidateFacts &c) const;
    RuleResult checkNearRetirement(const CandidateFacts &c) const;
    RuleResult checkQualification(const CandidateFacts &c) const;
    RuleResult checkCpnsTenure(const CandidateFacts &c) const;
    int skpYear(int index) const { return m_referenceDate.year() - 1 - index; }
    QString describeBits(const RuleResult &r, const CandidateFacts &c,
                         const QString &educationField) const;
    QString describeQualificationBit(RuleResult::Bit bit, const CandidateFacts &c,
                                     const QString &educationField) const;

    EligibilityRuleSettings m_settings;
    const VacancyProfile &m_vacancy;
    QDate m_referenceDate;
    TransferKind m_kind;
};

} // namespace Simutasi
