#include "OrgUnit.h"

#include "CodeTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

using Kind = OrgUnit::Kind;

constexpr std::array<Detail::CodeEntry<Kind>, 9> KindCodes{{
    {Kind::Province, "province"_L1},
    {Kind::Opd, "opd"_L1},
    {Kind::Sekretariat, "sekretariat"_L1},
    {Kind::Bidang, "bidang"_L1},
    {Kind::Seksi, "seksi"_L1},
    {Kind::Upt, "upt"_L1},
    {Kind::Sekolah, "sekolah"_L1},
    {Kind::Puskesmas, "puskesmas"_L1},
    {Kind::Rumahsakit, "rumahsakit"_L1},
}};

} // namespace

QString orgUnitKindCode(OrgUnit::Kind kind)
{
    return Detail::codeOf(KindCodes, kind);
}

std::optional<OrgUnit::Kind> orgUnitKindFromCode(const QString &code)
{
    return Detail::valueOf<Kind>(KindCodes, code);
}

} // namespace Simutasi
