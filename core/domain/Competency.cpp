#include "Competency.h"

#include "CodeTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

constexpr std::array<Detail::CodeEntry<CompetencyKind>, 3> KindCodes{{
    {CompetencyKind::Technical, "technical"_L1},
    {CompetencyKind::Managerial, "managerial"_L1},
    {CompetencyKind::SocioCultural, "socio_cultural"_L1},
}};

} // namespace

QString competencyKindCode(CompetencyKind kind)
{
    return Detail::codeOf(KindCodes, kind);
}

std::optional<CompetencyKind> competencyKindFromCode(const QString &code)
{
    return Detail::valueOf<CompetencyKind>(KindCodes, code);
}

} // namespace Simutasi
