#include "OrgUnit.h"

#include "CodeTable.h"

#include <QCoreApplication>

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

QString orgUnitKindName(OrgUnit::Kind kind)
{
    switch (kind) {
    case Kind::Province:
        return QCoreApplication::translate("OrgUnit", "Province");
    case Kind::Opd:
        return QCoreApplication::translate("OrgUnit", "OPD");
    case Kind::Sekretariat:
        return QCoreApplication::translate("OrgUnit", "Sekretariat");
    case Kind::Bidang:
        return QCoreApplication::translate("OrgUnit", "Bidang");
    case Kind::Seksi:
        return QCoreApplication::translate("OrgUnit", "Seksi");
    case Kind::Upt:
        return QCoreApplication::translate("OrgUnit", "UPT");
    case Kind::Sekolah:
        return QCoreApplication::translate("OrgUnit", "School");
    case Kind::Puskesmas:
        return QCoreApplication::translate("OrgUnit", "Puskesmas");
    case Kind::Rumahsakit:
        return QCoreApplication::translate("OrgUnit", "Hospital");
    }
    return {};
}

QList<OrgUnit::Kind> orgUnitKinds()
{
    QList<Kind> kinds;
    for (const auto &entry : KindCodes)
        kinds.append(entry.value);
    return kinds;
}

} // namespace Simutasi
