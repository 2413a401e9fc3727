#include "EligibilityRule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

using enum EligibilityRuleId;
using Unit = RuleThresholdUnit;

struct RuleDefault
{
    EligibilityRuleId id;
    QLatin1StringView code;
    RuleSeverity severity;
    int threshold;
    Unit unit;
    int secondThreshold;
    Unit secondUnit;
};

// DOMAIN.md's defaults. Every rule blocks by default; durations are in months so that "2 years"
// and "1 year 6 months" are both expressible. Rows are in enum order (checked below).
constexpr std::array<RuleDefault, EligibilityRuleCount> Defaults{{
    {Status, "status"_L1, RuleSeverity::Blocking, 0, Unit::None, 0, Unit::None},
    {TimeInPost, "time_in_post"_L1, RuleSeverity::Blocking, 24, Unit::Months, 60, Unit::Months},
    {Discipline, "discipline"_L1, RuleSeverity::Blocking, 0, Unit::None, 0, Unit::None},
    {Performance, "performance"_L1, RuleSeverity::Blocking, 2, Unit::Years, 0, Unit::None},
    {StudyLeave, "study_leave"_L1, RuleSeverity::Blocking, 0, Unit::None, 0, Unit::None},
    {NearRetirement, "near_retirement"_L1, RuleSeverity::Blocking, 12, Unit::Months, 0, Unit::None},
    {Qualification, "qualification"_L1, RuleSeverity::Blocking, 0, Unit::None, 0, Unit::None},
    {CpnsTenure, "cpns_tenure"_L1, RuleSeverity::Blocking, 120, Unit::Months, 0, Unit::None},
}};

constexpr bool isInEnumOrder()
{
    for (std::size_t i = 0; i < Defaults.size(); ++i) {
        if (static_cast<std::size_t>(Defaults[i].id) != i)
            return false;
    }
    return true;
}
static_assert(isInEnumOrder(), "Defaults must list the rules in enum order");

const RuleDefault &row(EligibilityRuleId id)
{
    return Defaults[static_cast<std::size_t>(id)];
}

} // namespace

EligibilityRuleSettings::EligibilityRuleSettings()
{
    for (const RuleDefault &d : Defaults)
        m_rules[static_cast<std::size_t>(d.id)] = defaultConfig(d.id);
}

EligibilityRuleConfig EligibilityRuleSettings::defaultConfig(EligibilityRuleId id)
{
    const RuleDefault &d = row(id);
    return {d.id, true, d.severity, d.threshold, d.secondThreshold};
}

RuleThresholdUnit EligibilityRuleSettings::thresholdUnit(EligibilityRuleId id)
{
    return row(id).unit;
}

RuleThresholdUnit EligibilityRuleSettings::secondThresholdUnit(EligibilityRuleId id)
{
    return row(id).secondUnit;
}

QString EligibilityRuleSettings::code(EligibilityRuleId id)
{
    return QString(row(id).code);
}

std::optional<EligibilityRuleId> EligibilityRuleSettings::fromCode(const QString &code)
{
    const auto it = std::find_if(Defaults.begin(), Defaults.end(),
                                 [&](const RuleDefault &d) { return code == d.code; });
    if (it == Defaults.end())
        return std::nullopt;
    return it->id;
}

std::array<EligibilityRuleId, EligibilityRuleCount> EligibilityRuleSettings::allRules()
{
    std::array<EligibilityRuleId, EligibilityRuleCount> ids{};
    for (std::size_t i = 0; i < Defaults.size(); ++i)
        ids[i] = Defaults[i].id;
    return ids;
}

} // namespace Simutasi
