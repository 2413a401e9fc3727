#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Simutasi {

class Database;

// The filters a report may take. A report names the kinds that apply to it; the others are
// ignored (and refused on the command line).
enum class ReportFilterKind
{
    Period, // from / to: dates inclusive, on the report's own date (TMT of a transfer, ...)
    Opd,    // one OPD by id
    Region, // one kabupaten/kota by id
    State,  // a workflow state code
    AsOf    // the "today" of age, time in post, pensiun and SKP year
};

struct ReportFilters
{
    QDate from; // null = open
    QDate to;   // null = open
    qint64 opdId = 0;
    qint64 regionId = 0;
    QString state;
    QDate asOf; // null = today

    QDate referenceDate() const { return asOf.isValid() ? asOf : QDate::currentDate(); }
    bool inPeriod(const QDate &date) const
    {
        return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
    }
    bool operator==(const ReportFilters &) const = default;
};

// Reads and describes filters: "key=value" on the command line, one line of text in the title
// block of an export.
class ReportFilterText
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilterText)
public:
    // The command-line key of a kind's filter(s): "from"/"to", "opd", "region", "state", "date".
    static QStringList keys(ReportFilterKind kind);
    // Applies "key=value" items; false with *error set on an unknown, unsupported or bad item.
    static bool parse(const QStringList &items, const QList<ReportFilterKind> &supported,
                      ReportFilters *filters, QString *error);
    // "OPD: Dinas Pendidikan; period 01/01/2026 - 31/12/2026; as of 27/11/2026" (names read
    // from the database); "all data" when nothing narrows the report.
    static QString describe(Database &database, const ReportFilters &filters,
                            const QList<ReportFilterKind> &supported);
};

} // namespace Simutasi
