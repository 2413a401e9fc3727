#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <atomic>

namespace Simutasi {

// Every report Simutasi offers, in the order the Laporan page and `simutasi-cli report --list`
// show them. Titles and columns follow the user's language, so the list is built on each call.
class ReportCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalogue)
public:
    static QList<Report> all();
    static std::optional<Report> find(const QString &id);

    // Runs `report` into *data (made from its parts). `cancelled` (may be null) stops it; then
    // the returned error is of kind Cancelled.
    static DatabaseError run(Database &database, const Report &report, const ReportFilters &filters,
                             ReportData *data, const std::atomic<bool> *cancelled = nullptr);
};

} // namespace Simutasi
