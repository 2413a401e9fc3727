#include "Employee.h"

#include "CodeTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

constexpr std::array<Detail::CodeEntry<EmployeeStatus>, 3> StatusCodes{{
    {EmployeeStatus::Pns, "PNS"_L1},
    {EmployeeStatus::Cpns, "CPNS"_L1},
    {EmployeeStatus::Pppk, "PPPK"_L1},
}};

} // namespace

QString employeeStatusCode(EmployeeStatus status)
{
    return Detail::codeOf(StatusCodes, status);
}

std::optional<EmployeeStatus> employeeStatusFromCode(const QString &code)
{
    return Detail::valueOf<EmployeeStatus>(StatusCodes, code);
}

QString Employee::fullName() const
{
    // Titles are typed by hand in several places: stray spaces must not double up.
    const QString front = frontTitle.trimmed();
    const QString back = backTitle.trimmed();
    QString result = name.trimmed();
    if (!front.isEmpty())
        result = front + u' ' + result;
    if (!back.isEmpty())
        result += u", "_s + back;
    return result;
}

} // namespace Simutasi
