#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace Simutasi {

// Proposal pipeline by state (the workflow's proposal tables, schema step 3): per state the
// number of proposals and of their active and approved lines with the oldest one waiting, and
// the list of proposals. Filters: period (created), state, OPD (a line leaves or enters it).
// On a database without the workflow tables the report is empty.
class ProposalReport
{
    Q_DECLARE_TR_FUNCTIONS(ProposalReport)
public:
    static Report definition();
};

} // namespace Simutasi
