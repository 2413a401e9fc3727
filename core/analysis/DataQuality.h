#pragma once

#include "storage/DataQualityRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Simutasi {

class Database;

// One OPD on the data-quality board.
struct DataQualityRow
{
    qint64 opdId = 0;
    QString opdName;
    DataQualityCounts counts;

    // Share of the OPD's employees with the problem, 0..1.
    double share(DataQualityProblem problem) const;
    // Share with complete competency data: the board's headline figure.
    double completeCompetencyShare() const
    {
        return 1.0 - share(DataQualityProblem::IncompleteCompetency);
    }
};

// The data-quality board (the seed names inaccurate competency data as an obstacle to good
// placements): per OPD, how complete the competency data is and how many records miss the SKP
// of last year, have a NIP that disagrees with the birth date or gender, or lack the education
// field; with the list of employees behind each count.
class DataQuality
{
    Q_DECLARE_TR_FUNCTIONS(DataQuality)
public:
    // The SKP year checked: the last completed year before the reference date.
    static int skpYear(const QDate &referenceDate) { return referenceDate.year() - 1; }

    static QList<DataQualityRow> board(Database &database, const QDate &referenceDate,
                                       DatabaseError *error = nullptr); // by OPD name
    static QList<DataQualityEmployee> employees(Database &database, qint64 opdId,
                                                DataQualityProblem problem,
                                                const QDate &referenceDate,
                                                DatabaseError *error = nullptr);
    static QString problemTitle(DataQualityProblem problem);
};

} // namespace Simutasi
