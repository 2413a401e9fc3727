#pragma once

#include "ReportColumn.h"
#include "ReportData.h"
#include "ReportFilters.h"
#include "storage/DatabaseError.h"

#include <functional>

namespace Simutasi {

class Database;

// One report of the catalogue: its command-line name, what it is called, which filters apply,
// its parts (tables) with typed columns, and the producer that runs its SQL and adds the rows
// to a ReportData made from `parts`. A producer stops when ReportData::addRow() returns false.
struct Report
{
    using Producer = std::function<DatabaseError(Database &, const ReportFilters &, ReportData &)>;

    QString id; // "duk", "rekap-mutasi", ...
    QString title;
    QString description;
    QList<ReportFilterKind> filters;
    QList<ReportPart> parts;
    Producer produce;
};

} // namespace Simutasi
