#include "EmployeeHistory.h"

#include "CodeTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

// Indonesian terms as printed on SKP forms and in sanction decrees: never translated.
constexpr std::array<Detail::CodeEntry<SkpPredicate>, 5> SkpPredicateNames{{
    {SkpPredicate::SangatBaik, "Sangat Baik"_L1},
    {SkpPredicate::Baik, "Baik"_L1},
    {SkpPredicate::ButuhPerbaikan, "Butuh Perbaikan"_L1},
    {SkpPredicate::Kurang, "Kurang"_L1},
    {SkpPredicate::SangatKurang, "Sangat Kurang"_L1},
}};

constexpr std::array<Detail::CodeEntry<SanctionLevel>, 3> SanctionLevelNames{{
    {SanctionLevel::Ringan, "Ringan"_L1},
    {SanctionLevel::Sedang, "Sedang"_L1},
    {SanctionLevel::Berat, "Berat"_L1},
}};

} // namespace

QString skpPredicateName(SkpPredicate predicate)
{
    return Detail::codeOf(SkpPredicateNames, predicate);
}

bool skpPredicateFromName(const QString &name, SkpPredicate *out)
{
    const auto predicate = Detail::valueOf<SkpPredicate>(SkpPredicateNames, name);
    if (predicate && out)
        *out = *predicate;
    return predicate.has_value();
}

QString sanctionLevelName(SanctionLevel level)
{
    return Detail::codeOf(SanctionLevelNames, level);
}

} // namespace Simutasi
