#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace Simutasi {

// The reports that list employees, one row each, read in one SQL statement so that 100,000
// employees take well under a second:
//  - DUK (Daftar Urut Kepangkatan) of PNS and CPNS per OPD. Order within an OPD: golongan
//    (highest first), TMT golongan (earliest first), jabatan level (JPT, then Administrator and
//    Ahli Utama/Madya, then Pengawas and Ahli Muda, then Ahli Pertama and Penyelia, then the
//    rest, then no jabatan), masa kerja (TMT CPNS from the NIP, earliest first), hours of
//    diklat (most first), age (oldest first), NIP. Numbering restarts in each OPD.
//  - Due for rotation: in the same jabatan at least the rotation period of the eligibility
//    rule "time in post" (default 60 months); CPNS are left out (they cannot be transferred).
//  - Nearing BUP: pensiun date (BUP of the jabatan type, as EmployeeRepository computes it)
//    within 12 months of the reference date, or already past.
class EmployeeListReports
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeListReports)
public:
    static constexpr int BupWindowMonths = 12;

    static Report duk();
    static Report rotationDue();
    static Report nearingBup();
};

} // namespace Simutasi
