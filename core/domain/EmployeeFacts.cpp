#include "EmployeeFacts.h"

namespace Simutasi::EmployeeFacts {

YearsMonths masaKerja(const Employee &employee, const QDate &today)
{
    return YearsMonths::between(employee.nip.isValid() ? employee.nip.tmtCpns() : QDate(), today);
}

YearsMonths timeInPost(const Employee &employee, const QDate &today)
{
    return YearsMonths::between(employee.tmtJabatan, today);
}

YearsMonths age(const Employee &employee, const QDate &today)
{
    return YearsMonths::between(employee.birthDate, today);
}

int bup(std::optional<JabatanType> jabatanType)
{
    return jabatanType ? JabatanTypes::defaultBup(*jabatanType) : BupWithoutJabatan;
}

QDate pensiun(const Employee &employee, std::optional<JabatanType> jabatanType)
{
    return pensiunDate(employee.birthDate, bup(jabatanType));
}

} // namespace Simutasi::EmployeeFacts
