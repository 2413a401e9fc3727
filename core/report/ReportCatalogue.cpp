#include "ReportCatalogue.h"

#include "AnalysisReports.h"
#include "EmployeeListReports.h"
#include "NoticeReport.h"
#include "ProposalReport.h"
#include "StaffingReport.h"
#include "TransferReports.h"
#include "storage/Database.h"

namespace Simutasi {

QList<Report> ReportCatalogue::all()
{
    return {
        TransferReports::recap(),          StaffingReport::definition(),
        EmployeeListReports::duk(),        EmployeeListReports::rotationDue(),
        EmployeeListReports::nearingBup(), AnalysisReports::completeness(),
        AnalysisReports::talentGrid(),     TransferReports::outcome(),
        ProposalReport::definition(),      NoticeReport::definition(),
    };
}

std::optional<Report> ReportCatalogue::find(const QString &id)
{
    for (const Report &report : all()) {
        if (report.id == id)
            return report;
    }
    return std::nullopt;
}

DatabaseError ReportCatalogue::run(Database &database, const Report &report,
                                   const ReportFilters &filters, ReportData *data,
                                   const std::atomic<bool> *cancelled)
{
    *data = ReportData(report.parts);
    data->setCancelFlag(cancelled);
    DatabaseError error = report.produce(database, filters, *data);
    if (!error && data->isCancelled())
        error = DatabaseError::make(DatabaseError::Kind::Cancelled, database.path());
    return error;
}

} // namespace Simutasi
