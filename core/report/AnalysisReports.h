#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace Simutasi {

// Reports over the analyses of issue 4: the data-quality board (competency data completeness
// per OPD, DataQuality) and the 9-box distribution (TalentGrid), for the province and per OPD.
class AnalysisReports
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReports)
public:
    static Report completeness();
    static Report talentGrid();
};

} // namespace Simutasi
