#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace Simutasi {

// The reports on executed transfers (TransferMoves): the Rekap mutasi in the layout officers
// send upward, and the outcome of transfers (TransferOutcome) as a summary per kind and basis
// with the transfers behind it.
class TransferReports
{
    Q_DECLARE_TR_FUNCTIONS(TransferReports)
public:
    static Report recap();
    static Report outcome();
};

} // namespace Simutasi
