#pragma once

#include <QString>
#include <array>
#include <optional>

namespace Simutasi {

// The rules of DOMAIN.md "When a PNS may be transferred", in its order.
enum class EligibilityRuleId
{
    Status,         // 1. a CPNS cannot be transferred; PPPK are flagged
    TimeInPost,     // 2. at least 2 years in the current jabatan; 5 years = rotation due
    Discipline,     // 3. no sanction being served, no pending disciplinary or court process
    Performance,    // 4. SKP at least Baik in each of the last 2 years
    StudyLeave,     // 5. not on tugas belajar or ikatan dinas
    NearRetirement, // 6. not within 1 year of the pensiun date
    Qualification,  // 7. golongan in the target's range, education level and field match
    CpnsTenure      // 8. no self-requested transfer within 10 years of the CPNS appointment
};
constexpr int EligibilityRuleCount = 8;

enum class RuleSeverity
{
    Warning, // may proceed with a recorded justification
    Blocking // cannot be proposed
};

// What a threshold of a rule counts, so that an editor can label and bound it.
enum class RuleThresholdUnit
{
    None,
    Months,
    Years
};

// How one rule is applied, as an administrator configured it. `threshold` and
// `secondThreshold` mean what EligibilityRuleSettings::thresholdUnit() says; unused ones are 0.
struct EligibilityRuleConfig
{
    EligibilityRuleId id = EligibilityRuleId::Status;
    bool enabled = true;
    RuleSeverity severity = RuleSeverity::Blocking;
    int threshold = 0;
    int secondThreshold = 0; // TimeInPost: months after which rotation is due

    bool operator==(const EligibilityRuleConfig &) const = default;
};

// The configuration of all rules, indexed by rule. The defaults of DOMAIN.md are kept here and
// nowhere else; the database stores only what an administrator changed.
class EligibilityRuleSettings
{
public:
    EligibilityRuleSettings(); // the defaults

    static EligibilityRuleSettings defaults() { return {}; }
    static EligibilityRuleConfig defaultConfig(EligibilityRuleId id);
    static RuleThresholdUnit thresholdUnit(EligibilityRuleId id);
    static RuleThresholdUnit secondThresholdUnit(EligibilityRuleId id);
    static QString code(EligibilityRuleId id); // stable storage key, e.g. "time_in_post"
    static std::optional<EligibilityRuleId> fromCode(const QString &code);
    static std::array<EligibilityRuleId, EligibilityRuleCount> allRules();

    const EligibilityRuleConfig &rule(EligibilityRuleId id) const
    {
        return m_rules[static_cast<std::size_t>(id)];
    }
    void setRule(const EligibilityRuleConfig &config)
    {
        m_rules[static_cast<std::size_t>(config.id)] = config;
    }

    bool operator==(const EligibilityRuleSettings &) const = default;

private:
    std::array<EligibilityRuleConfig, EligibilityRuleCount> m_rules;
};

} // namespace Simutasi
