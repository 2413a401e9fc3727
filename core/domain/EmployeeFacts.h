#pragma once

#include "Employee.h"
#include "YearsMonths.h"

#include <QDate>
#include <optional>

namespace Simutasi {

// What the employee dialog computes from a record on a reference date: masa kerja (from the
// TMT CPNS in the NIP), time in the current post, age, and the pensiun date from the BUP of
// the jabatan type. A fact whose input is missing comes back invalid (or a null date).
namespace EmployeeFacts {

// BUP of an employee without a jabatan: the earliest one, so no retirement is missed.
constexpr int BupWithoutJabatan = 58;

YearsMonths masaKerja(const Employee &employee, const QDate &today);
YearsMonths timeInPost(const Employee &employee, const QDate &today);
YearsMonths age(const Employee &employee, const QDate &today);
int bup(std::optional<JabatanType> jabatanType);
QDate pensiun(const Employee &employee, std::optional<JabatanType> jabatanType);

} // namespace EmployeeFacts
} // namespace Simutasi
