#include "DataQuality.h"

#include "storage/OrgRepository.h"

#include <QHash>
#include <algorithm>

namespace Simutasi {

double DataQualityRow::share(DataQualityProblem problem) const
{
    return counts.employees > 0 ? double(counts.count(problem)) / counts.employees : 0.0;
}

QList<DataQualityRow> DataQuality::board(Database &database, const QDate &referenceDate,
                                         DatabaseError *error)
{
    QHash<qint64, QString> names;
    for (const OrgUnit &unit : OrgRepository(database).units())
        names.insert(unit.id, unit.name);
    QList<DataQualityRow> rows;
    for (const DataQualityCounts &counts :
         DataQualityRepository(database).countsByOpd(skpYear(referenceDate), error))
        rows.append({counts.opdId, names.value(counts.opdId), counts});
    std::sort(rows.begin(), rows.end(), [](const DataQualityRow &a, const DataQualityRow &b) {
        return QString::localeAwareCompare(a.opdName, b.opdName) < 0;
    });
    return rows;
}

QList<DataQualityEmployee> DataQuality::employees(Database &database, qint64 opdId,
                                                  DataQualityProblem problem,
                                                  const QDate &referenceDate, DatabaseError *error)
{
    return DataQualityRepository(database).employees(opdId, problem, skpYear(referenceDate), error);
}

QString DataQuality::problemTitle(DataQualityProblem problem)
{
    switch (problem) {
    case DataQualityProblem::IncompleteCompetency:
        return tr("Competency data incomplete");
    case DataQualityProblem::MissingSkp:
        return tr("SKP of last year missing");
    case DataQualityProblem::InconsistentNip:
        return tr("NIP disagrees with birth date or gender");
    case DataQualityProblem::MissingEducationField:
        return tr("Education field missing");
    }
    return {};
}

} // namespace Simutasi
