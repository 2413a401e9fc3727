#include "AnalysisReports.h"

#include "analysis/CandidatePool.h"
#include "analysis/DataQuality.h"
#include "analysis/TalentGrid.h"
#include "storage/OrgRepository.h"

#include <algorithm>

namespace Simutasi {

namespace {

DatabaseError produceCompleteness(Database &database, const ReportFilters &filters,
                                  ReportData &data)
{
    DatabaseError error;
    const QList<DataQualityRow> board =
        DataQuality::board(database, filters.referenceDate(), &error);
    if (error)
        return error;
    DataQualityRow total;
    total.opdName = AnalysisReports::tr("Total");
    const auto add = [&data](const DataQualityRow &row) {
        const DataQualityCounts &c = row.counts;
        const int complete = c.employees - c.count(DataQualityProblem::IncompleteCompetency);
        return data.addRow(0, {row.opdName, c.employees, complete, row.completeCompetencyShare(),
                               c.count(DataQualityProblem::IncompleteCompetency),
                               c.count(DataQualityProblem::MissingSkp),
                               c.count(DataQualityProblem::InconsistentNip),
                               c.count(DataQualityProblem::MissingEducationField)});
    };
    for (const DataQualityRow &row : board) {
        if (filters.opdId > 0 && row.opdId != filters.opdId)
            continue;
        if (!add(row))
            return {};
        total.counts.employees += row.counts.employees;
        for (std::size_t i = 0; i < total.counts.problems.size(); ++i)
            total.counts.problems[i] += row.counts.problems[i];
    }
    add(total);
    return {};
}

double shareOf(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0.0;
}

DatabaseError produceTalentGrid(Database &database, const ReportFilters &filters, ReportData &data)
{
    CandidatePool::LoadOptions options;
    options.scope.opdId = filters.opdId;
    options.competencies = false;
    DatabaseError error;
    const CandidatePool pool =
        CandidatePool::load(database, filters.referenceDate(), options, &error);
    if (error)
        return error;
    const TalentGridResult grid = TalentGrid::compute(pool, filters.opdId);
    for (int box = TalentGridResult::BoxCount; box >= 1; --box) {
        const int count = int(grid.box(box).size());
        if (!data.addRow(0, {box, TalentGrid::boxTitle(box), count, shareOf(count, grid.placed())}))
            return {};
    }
    data.addRow(0, {QVariant(), AnalysisReports::tr("Not placed: no SKP in the last two years"),
                    grid.withoutPerformance, QVariant()});
    data.addRow(0, {QVariant(), AnalysisReports::tr("Not placed: potential never assessed"),
                    grid.withoutPotential, QVariant()});
    data.addRow(
        0, {QVariant(), AnalysisReports::tr("Employees in scope"), grid.employees, QVariant()});

    // Per OPD: one pass over the loaded pool for each OPD that has employees in it.
    QList<qint64> opdIds;
    for (const CandidateFacts &c : pool.candidates()) {
        if (!opdIds.contains(c.opdId))
            opdIds.append(c.opdId);
    }
    QHash<qint64, QString> names;
    for (const OrgUnit &unit : OrgRepository(database).units()) {
        if (unit.kind == OrgUnit::Kind::Opd)
            names.insert(unit.id, unit.name);
    }
    std::sort(opdIds.begin(), opdIds.end(), [&names](qint64 a, qint64 b) {
        return QString::localeAwareCompare(names.value(a), names.value(b)) < 0;
    });
    for (const qint64 opdId : opdIds) {
        if (opdId <= 0)
            continue;
        const TalentGridResult opd = TalentGrid::compute(pool, opdId);
        QVariantList row{names.value(opdId), opd.employees};
        for (int box = 1; box <= TalentGridResult::BoxCount; ++box)
            row.append(int(opd.box(box).size()));
        row << opd.unplaced() << shareOf(int(opd.successionPool().size()), opd.employees);
        if (!data.addRow(1, row))
            return {};
    }
    return {};
}

} // namespace

Report AnalysisReports::completeness()
{
    return {
        QStringLiteral("kelengkapan"),
        tr("Competency data completeness"),
        tr("Per OPD: employees whose competency data is complete (every competency the "
           "jabatan requires is assessed), and the other data problems."),
        {ReportFilterKind::Opd, ReportFilterKind::AsOf},
        {{tr("Completeness"),
          {{QStringLiteral("OPD"), ColumnType::Text, 40},
           {tr("Employees"), ColumnType::Integer, 10},
           {tr("Competency complete"), ColumnType::Integer, 12},
           {tr("Complete (%)"), ColumnType::Percentage, 11},
           {DataQuality::problemTitle(DataQualityProblem::IncompleteCompetency),
            ColumnType::Integer, 14},
           {DataQuality::problemTitle(DataQualityProblem::MissingSkp), ColumnType::Integer, 14},
           {DataQuality::problemTitle(DataQualityProblem::InconsistentNip), ColumnType::Integer,
            14},
           {DataQuality::problemTitle(DataQualityProblem::MissingEducationField),
            ColumnType::Integer, 14}}}},
        produceCompleteness,
    };
}

Report AnalysisReports::talentGrid()
{
    QList<ReportColumn> perOpd{{QStringLiteral("OPD"), ColumnType::Text, 40},
                               {tr("Employees"), ColumnType::Integer, 10}};
    for (int box = 1; box <= TalentGridResult::BoxCount; ++box)
        perOpd.append({tr("Box %1").arg(box), ColumnType::Integer, 7});
    perOpd.append({tr("Not placed"), ColumnType::Integer, 10});
    perOpd.append({tr("Succession pool (boxes 7-9)"), ColumnType::Percentage, 12});
    return {
        QStringLiteral("9box"),
        tr("9-box distribution"),
        tr("Employees per box of the talent grid (SKP of the last two years against the latest "
           "potential assessment), for the scope and per OPD."),
        {ReportFilterKind::Opd, ReportFilterKind::AsOf},
        {{tr("Distribution"),
          {{tr("Box"), ColumnType::Integer, 6},
           {tr("Description"), ColumnType::Text, 52},
           {tr("Employees"), ColumnType::Integer, 10},
           {tr("Share of placed"), ColumnType::Percentage, 12}}},
         {tr("Per OPD"), perOpd}},
        produceTalentGrid,
    };
}

} // namespace Simutasi
