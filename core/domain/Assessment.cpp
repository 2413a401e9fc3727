#include "Assessment.h"

#include "CodeTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

constexpr std::array<Detail::CodeEntry<AssessmentKind>, 3> KindCodes{{
    {AssessmentKind::Managerial, "managerial"_L1},
    {AssessmentKind::SocioCultural, "socio_cultural"_L1},
    {AssessmentKind::Potential, "potential"_L1},
}};

constexpr std::array<Detail::CodeEntry<PotentialLevel>, 3> PotentialCodes{{
    {PotentialLevel::Low, "low"_L1},
    {PotentialLevel::Medium, "medium"_L1},
    {PotentialLevel::High, "high"_L1},
}};

} // namespace

QString assessmentKindCode(AssessmentKind kind)
{
    return Detail::codeOf(KindCodes, kind);
}

std::optional<AssessmentKind> assessmentKindFromCode(const QString &code)
{
    return Detail::valueOf<AssessmentKind>(KindCodes, code);
}

QString potentialLevelCode(PotentialLevel level)
{
    return Detail::codeOf(PotentialCodes, level);
}

PotentialLevel potentialLevelFromCode(const QString &code)
{
    return Detail::valueOf<PotentialLevel>(PotentialCodes, code).value_or(PotentialLevel::Unknown);
}

} // namespace Simutasi
