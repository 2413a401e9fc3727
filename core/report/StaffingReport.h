#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace Simutasi {

// Formasi against bezetting (NeedsAnalysis): the roll-up per OPD, every post (jabatan in a
// unit), and the shortage and surplus lists, as four parts. Filters: OPD, kabupaten/kota.
class StaffingReport
{
    Q_DECLARE_TR_FUNCTIONS(StaffingReport)
public:
    static Report definition();
};

} // namespace Simutasi
