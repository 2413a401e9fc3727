#include "EligibilityRules.h"

#include "Duration.h"
#include "domain/EmployeeHistory.h"

#include <QLocale>
#include <algorithm>

namespace Simutasi {

namespace {

using Reason = RuleResult::Reason;
using Rule = EligibilityRuleId;

RuleResult pass(Rule rule, Reason reason = Reason::Ok, int value = 0, int limit = 0)
{
    return {rule, RuleOutcome::Pass, reason, 0, value, limit};
}

RuleResult warn(Rule rule, Reason reason, int value = 0)
{
    return {rule, RuleOutcome::Warning, reason, 0, value, 0};
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString golonganText(int rank)
{
    const auto golongan = Golongan::fromRank(rank);
    return golongan ? golongan->toString() : QStringLiteral("-");
}

// "2024, 2025": the SKP years a pass of the performance rule covers, oldest first.
QString yearsChecked(int lastYear, int count)
{
    QStringList years;
    for (int year = lastYear - count + 1; year <= lastYear; ++year)
        years << QString::number(year);
    return years.join(QStringLiteral(", "));
}

constexpr int PredicateBaik = static_cast<int>(SkpPredicate::Baik);

} // namespace

EligibilityRules::EligibilityRules(const EligibilityRuleSettings &settings,
                                   const VacancyProfile &vacancy, const QDate &referenceDate,
                                   TransferKind kind)
    : m_settings(settings)
    , m_vacancy(vacancy)
    , m_referenceDate(referenceDate)
    , m_kind(kind)
{}

RuleResult EligibilityRules::check(EligibilityRuleId rule, const CandidateFacts &c) const
{
    using Check = RuleResult (EligibilityRules::*)(const CandidateFacts &) const;
    static constexpr std::array<Check, EligibilityRuleCount> Checks = {
        &EligibilityRules::checkStatus,        &EligibilityRules::checkTimeInPost,
        &EligibilityRules::checkDiscipline,    &EligibilityRules::checkPerformance,
        &EligibilityRules::checkStudyLeave,    &EligibilityRules::checkNearRetirement,
        &EligibilityRules::checkQualification, &EligibilityRules::checkCpnsTenure};
    if (!m_settings.rule(rule).enabled)
        return {rule, RuleOutcome::NotChecked, Reason::Disabled, 0, 0, 0};
    return (this->*Checks[static_cast<std::size_t>(rule)])(c);
}

RuleResults EligibilityRules::evaluate(const CandidateFacts &c) const
{
    RuleResults results;
    for (const Rule rule : EligibilityRuleSettings::allRules())
        results[static_cast<std::size_t>(rule)] = check(rule, c);
    return results;
}

CandidateStanding EligibilityRules::standingOf(const CandidateFacts &c) const
{
    static constexpr std::array<Rule, EligibilityRuleCount> CheapestFirst = {
        Rule::Qualification, Rule::Status,     Rule::StudyLeave, Rule::Discipline,
        Rule::Performance,   Rule::TimeInPost, Rule::CpnsTenure, Rule::NearRetirement};
    bool warned = false;
    for (const Rule rule : CheapestFirst) {
        const RuleOutcome outcome = check(rule, c).outcome;
        if (outcome == RuleOutcome::Blocking)
            return CandidateStanding::Blocked;
        warned = warned || outcome == RuleOutcome::Warning;
    }
    return warned ? CandidateStanding::Warning : CandidateStanding::Clean;
}

CandidateStanding EligibilityRules::standing(const RuleResults &results)
{
    const auto has = [&results](RuleOutcome outcome) {
        return std::any_of(results.begin(), results.end(),
                           [outcome](const RuleResult &r) { return r.outcome == outcome; });
    };
    if (has(RuleOutcome::Blocking))
        return CandidateStanding::Blocked;
    return has(RuleOutcome::Warning) ? CandidateStanding::Warning : CandidateStanding::Clean;
}

RuleResult EligibilityRules::fail(Rule rule, Reason reason, quint8 bits, int value, int limit) const
{
    const bool blocking = m_settings.rule(rule).severity == RuleSeverity::Blocking;
    return {rule, blocking ? RuleOutcome::Blocking : RuleOutcome::Warning, reason, bits, value,
            limit};
}

RuleResult EligibilityRules::checkStatus(const CandidateFacts &c) const
{
    switch (c.status) {
    case EmployeeStatus::Cpns:
        return fail(Rule::Status, Reason::IsCpns);
    case EmployeeStatus::Pppk:
        return warn(Rule::Status, Reason::IsPppk); // DOMAIN.md: flag, do not block
    case EmployeeStatus::Pns:
        break;
    }
    return pass(Rule::Status);
}

RuleResult EligibilityRules::checkTimeInPost(const CandidateFacts &c) const
{
    if (c.tmtJabatan.isNull())
        return warn(Rule::TimeInPost, Reason::NoTmtJabatan);
    const EligibilityRuleConfig &config = m_settings.rule(Rule::TimeInPost);
    const int months = Duration::wholeMonths(c.tmtJabatan, m_referenceDate);
    if (months < config.threshold)
        return fail(Rule::TimeInPost, Reason::ShortInPost, 0, months, config.threshold);
    if (config.secondThreshold > 0 && months >= config.secondThreshold)
        return pass(Rule::TimeInPost, Reason::RotationDue, months, config.secondThreshold);
    return pass(Rule::TimeInPost, Reason::Ok, months, config.threshold);
}

RuleResult EligibilityRules::checkDiscipline(const CandidateFacts &c) const
{
    quint8 bits = 0;
    if (c.has(CandidateFacts::SanctionActive))
        bits |= RuleResult::Sanction;
    if (c.has(CandidateFacts::DisciplinaryProcess))
        bits |= RuleResult::DisciplinaryProcess;
    if (c.has(CandidateFacts::CourtProcess))
        bits |= RuleResult::CourtProcess;
    return bits ? fail(Rule::Discipline, Reason::DisciplineBits, bits) : pass(Rule::Discipline);
}

RuleResult EligibilityRules::checkPerformance(const CandidateFacts &c) const
{
    // A predicate below Baik in any year decides; a missing year only warns.
    const int years =
        std::clamp(m_settings.rule(Rule::Performance).threshold, 0, CandidateFacts::SkpYears);
    int missingYear = 0;
    for (int index = 0; index < years; ++index) {
        const int predicate = c.skp[index];
        if (predicate == 0 && missingYear == 0)
            missingYear = skpYear(index);
        else if (predicate != 0 && predicate < PredicateBaik)
            return fail(Rule::Performance, Reason::SkpBelowBaik, 0, skpYear(index), predicate);
    }
    if (missingYear != 0)
        return warn(Rule::Performance, Reason::SkpMissing, missingYear);
    return pass(Rule::Performance, Reason::Ok, years);
}

RuleResult EligibilityRules::checkStudyLeave(const CandidateFacts &c) const
{
    quint8 bits = 0;
    if (c.has(CandidateFacts::TugasBelajar))
        bits |= RuleResult::TugasBelajar;
    if (c.has(CandidateFacts::IkatanDinas))
        bits |= RuleResult::IkatanDinas;
    return bits ? fail(Rule::StudyLeave, Reason::StudyLeaveBits, bits) : pass(Rule::StudyLeave);
}

QDate EligibilityRules::pensiunDate(const CandidateFacts &c) const
{
    return Simutasi::pensiunDate(c.birthDate, JabatanTypes::defaultBup(m_vacancy.jabatan().type));
}

RuleResult EligibilityRules::checkNearRetirement(const CandidateFacts &c) const
{
    if (c.birthDate.isNull())
        return warn(Rule::NearRetirement, Reason::NoBirthDate);
    const int threshold = m_settings.rule(Rule::NearRetirement).threshold;
    const QDate pensiun = pensiunDate(c);
    const int monthsLeft = Duration::wholeMonths(m_referenceDate, pensiun);
    if (m_referenceDate.addMonths(threshold) > pensiun)
        return fail(Rule::NearRetirement, Reason::NearPensiun, 0, monthsLeft, threshold);
    return pass(Rule::NearRetirement, Reason::Ok, monthsLeft, threshold);
}

RuleResult EligibilityRules::checkQualification(const CandidateFacts &c) const
{
    // PPPK have a grade, not a golongan: the range does not apply to them.
    const Jabatan &target = m_vacancy.jabatan();
    quint8 bits = 0;
    if (c.status != EmployeeStatus::Pppk) {
        const auto golongan = Golongan::fromRank(c.golonganRank);
        if (!golongan || !target.golonganRange.contains(*golongan))
            bits |= RuleResult::GolonganOutOfRange;
    }
    if (target.minEducation != EducationLevel::Unknown && c.educationLevel < target.minEducation)
        bits |= RuleResult::EducationTooLow;
    if (m_vacancy.requiresField() && c.educationFieldId < 0)
        bits |= RuleResult::FieldMissing;
    else if (!m_vacancy.acceptsField(c.educationFieldId))
        bits |= RuleResult::FieldNotAccepted;
    return bits ? fail(Rule::Qualification, Reason::QualificationBits, bits)
                : pass(Rule::Qualification);
}

RuleResult EligibilityRules::checkCpnsTenure(const CandidateFacts &c) const
{
    if (m_kind == TransferKind::AgencyOrdered)
        return pass(Rule::CpnsTenure, Reason::AgencyOrdered);
    if (c.tmtCpns.isNull())
        return warn(Rule::CpnsTenure, Reason::NoTmtCpns);
    const int threshold = m_settings.rule(Rule::CpnsTenure).threshold;
    const int months = Duration::wholeMonths(c.tmtCpns, m_referenceDate);
    if (months < threshold)
        return fail(Rule::CpnsTenure, Reason::SoonAfterCpns, 0, months, threshold);
    return pass(Rule::CpnsTenure, Reason::Ok, months, threshold);
}

QString EligibilityRules::describe(const RuleResult &r, const CandidateFacts &c,
                                   const QString &educationField) const
{
    const int bup = JabatanTypes::defaultBup(m_vacancy.jabatan().type);
    switch (r.reason) {
    case Reason::Ok:
        break;
    case Reason::Disabled:
        return tr("Not checked: the rule is switched off");
    case Reason::IsCpns:
        return tr("Status CPNS: a CPNS cannot be transferred before appointment as PNS");
    case Reason::IsPppk:
        return tr("Status PPPK: a transfer must follow the employment contract");
    case Reason::ShortInPost:
        return tr("Time in current jabatan %1, less than %2")
            .arg(Duration::text(r.value), Duration::text(r.limit));
    case Reason::RotationDue:
        return tr("Time in current jabatan %1: rotation is due (%2 or more)")
            .arg(Duration::text(r.value), Duration::text(r.limit));
    case Reason::NoTmtJabatan:
        return tr("Start date (TMT) of the current jabatan is not recorded");
    case Reason::SkpBelowBaik:
        return tr("SKP %1: %2, below Baik")
            .arg(r.value)
            .arg(skpPredicateName(static_cast<SkpPredicate>(r.limit)));
    case Reason::SkpMissing:
        return tr("SKP %1 is not recorded").arg(r.value);
    case Reason::NearPensiun:
        return tr("Pensiun on %1 (BUP %2 years), less than %3 away")
            .arg(longDate(pensiunDate(c)))
            .arg(bup)
            .arg(Duration::text(r.limit));
    case Reason::NoBirthDate:
        return tr("Birth date is not recorded: the pensiun date is unknown");
    case Reason::AgencyOrdered:
        return tr("Agency-ordered transfer: the years since the CPNS appointment do not matter");
    case Reason::SoonAfterCpns:
        return tr("CPNS appointment %1 ago, less than %2: a self-requested transfer is not "
                  "allowed")
            .arg(Duration::text(r.value), Duration::text(r.limit));
    case Reason::NoTmtCpns:
        return tr("Date of the CPNS appointment is unknown (NIP digits 9-14)");
    case Reason::DisciplineBits:
    case Reason::StudyLeaveBits:
    case Reason::QualificationBits:
        return describeBits(r, c, educationField);
    }
    switch (r.rule) {
    case Rule::Status:
        return tr("Status PNS");
    case Rule::TimeInPost:
        return tr("Time in current jabatan %1").arg(Duration::text(r.value));
    case Rule::Discipline:
        return tr("No disciplinary sanction and no pending process");
    case Rule::Performance:
        return tr("SKP %1: at least Baik").arg(yearsChecked(skpYear(0), r.value));
    case Rule::StudyLeave:
        return tr("Not on tugas belajar or ikatan dinas");
    case Rule::NearRetirement:
        return tr("Pensiun on %1 (BUP %2 years)").arg(longDate(pensiunDate(c))).arg(bup);
    case Rule::Qualification:
        return tr("Golongan and education match the jabatan");
    case Rule::CpnsTenure:
        return tr("CPNS appointment %1 ago").arg(Duration::text(r.value));
    }
    return {};
}

QString EligibilityRules::describeBits(const RuleResult &r, const CandidateFacts &c,
                                       const QString &educationField) const
{
    QStringList parts;
    const auto add = [&](quint8 bit, const QString &text) {
        if (r.bits & bit)
            parts << text;
    };
    if (r.reason == Reason::DisciplineBits) {
        add(RuleResult::Sanction, tr("Serving a disciplinary sanction"));
        add(RuleResult::DisciplinaryProcess, tr("Disciplinary process pending"));
        add(RuleResult::CourtProcess, tr("Court process pending"));
    } else if (r.reason == Reason::StudyLeaveBits) {
        add(RuleResult::TugasBelajar, tr("On tugas belajar (study leave)"));
        add(RuleResult::IkatanDinas, tr("Bound by ikatan dinas"));
    } else {
        for (const auto bit : {RuleResult::GolonganOutOfRange, RuleResult::EducationTooLow,
                               RuleResult::FieldMissing, RuleResult::FieldNotAccepted})
            add(bit, describeQualificationBit(bit, c, educationField));
    }
    return parts.join(QStringLiteral("; "));
}

QString EligibilityRules::describeQualificationBit(RuleResult::Bit bit, const CandidateFacts &c,
                                                   const QString &educationField) const
{
    const Jabatan &target = m_vacancy.jabatan();
    switch (bit) {
    case RuleResult::GolonganOutOfRange:
        return tr("Golongan %1 outside the range %2")
            .arg(golonganText(c.golonganRank), target.golonganRange.toString());
    case RuleResult::EducationTooLow:
        return c.educationLevel == EducationLevel::Unknown
                   ? tr("Education is not recorded; at least %1 required")
                         .arg(EducationLevels::code(target.minEducation))
                   : tr("Education %1; at least %2 required")
                         .arg(EducationLevels::code(c.educationLevel),
                              EducationLevels::code(target.minEducation));
    case RuleResult::FieldMissing:
        return tr("Education field is not recorded");
    case RuleResult::FieldNotAccepted:
        return tr("Education field %1 is not accepted for this jabatan").arg(educationField);
    default:
        return {};
    }
}

QString EligibilityRules::title(EligibilityRuleId rule)
{
    switch (rule) {
    case Rule::Status:
        return tr("Status PNS");
    case Rule::TimeInPost:
        return tr("Time in jabatan");
    case Rule::Discipline:
        return tr("Discipline");
    case Rule::Performance:
        return tr("Performance (SKP)");
    case Rule::StudyLeave:
        return tr("Tugas belajar / ikatan dinas");
    case Rule::NearRetirement:
        return tr("Retirement (BUP)");
    case Rule::Qualification:
        return tr("Golongan and education");
    case Rule::CpnsTenure:
        return tr("Years since CPNS appointment");
    }
    return {};
}

QString EligibilityRules::explanation(EligibilityRuleId rule)
{
    switch (rule) {
    case Rule::Status:
        return tr("A CPNS cannot be transferred. A PPPK is flagged with a warning: the transfer "
                  "must follow the employment contract.");
    case Rule::TimeInPost:
        return tr("The employee must have held the current jabatan for at least the threshold "
                  "(default 24 months), counted from its TMT. From the second threshold "
                  "(default 60 months) the result notes that rotation is due.");
    case Rule::Discipline:
        return tr("No disciplinary sanction being served on the reference date, and no "
                  "pending disciplinary or court process.");
    case Rule::Performance:
        return tr("The SKP predicate must be at least Baik in each of the last years before "
                  "the reference year (default 2). A missing SKP gives a warning.");
    case Rule::StudyLeave:
        return tr("An employee on tugas belajar (study leave) or bound by ikatan dinas cannot "
                  "be transferred.");
    case Rule::NearRetirement:
        return tr("The pensiun date (by the BUP of the target jabatan) must be at least the "
                  "threshold (default 12 months) after the reference date. Exactly 12 months "
                  "passes.");
    case Rule::Qualification:
        return tr("The golongan must lie in the target jabatan's range (not checked for PPPK), "
                  "and the education level and field must meet its requirement.");
    case Rule::CpnsTenure:
        return tr("Within the threshold (default 120 months) after the CPNS appointment, a "
                  "transfer the employee asked for is not allowed; one the agency orders is.");
    }
    return {};
}

QString EligibilityRules::outcomeName(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Pass:
        return tr("pass");
    case RuleOutcome::Warning:
        return tr("warning");
    case RuleOutcome::Blocking:
        return tr("blocking");
    case RuleOutcome::NotChecked:
        return tr("not checked");
    }
    return {};
}

} // namespace Simutasi
