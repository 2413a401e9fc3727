#include "EmployeeFlag.h"

#include "CodeTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

using Kind = EmployeeFlag::Kind;

constexpr std::array<Detail::CodeEntry<Kind>, 4> KindCodes{{
    {Kind::TugasBelajar, "tugas_belajar"_L1},
    {Kind::IkatanDinas, "ikatan_dinas"_L1},
    {Kind::DisciplinaryProcess, "disciplinary_process"_L1},
    {Kind::CourtProcess, "court_process"_L1},
}};

} // namespace

QString employeeFlagKindCode(EmployeeFlag::Kind kind)
{
    return Detail::codeOf(KindCodes, kind);
}

std::optional<EmployeeFlag::Kind> employeeFlagKindFromCode(const QString &code)
{
    return Detail::valueOf<Kind>(KindCodes, code);
}

} // namespace Simutasi
