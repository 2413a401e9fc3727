#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace Simutasi {

// Notification status by decree (the decree module's tables, schema step 4): per decree how
// many of its employees were informed, acknowledged, objected (still open or decided) and are
// pending, counted by DecreeNotifications::overview; and every employee of each decree with
// the channel, the answer and the decision on a keberatan. Filters: period (decree date), OPD
// (a line of the decree leaves or enters it). On a database without the decree tables the
// report is empty.
class NoticeReport
{
    Q_DECLARE_TR_FUNCTIONS(NoticeReport)
public:
    static Report definition();
};

} // namespace Simutasi
