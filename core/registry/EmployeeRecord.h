#pragma once

#include "domain/Employee.h"
#include "domain/EmployeeHistory.h"

#include <QList>

namespace Simutasi {

// An employee with every history kept for them: what the employee dialog edits and
// EmployeeEditor saves at once. A history row with id 0 is new.
struct EmployeeRecord
{
    Employee employee;
    QList<JabatanHistoryEntry> jabatanHistory;
    QList<PangkatHistoryEntry> pangkatHistory;
    QList<SkpRating> skpRatings;
    QList<DiklatEntry> diklat;
    QList<Sanction> sanctions;
};

} // namespace Simutasi
