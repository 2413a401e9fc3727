#include "TalentGrid.h"

#include "domain/EmployeeHistory.h"

namespace Simutasi {

namespace {

constexpr int SangatBaik = static_cast<int>(SkpPredicate::SangatBaik);
constexpr int Baik = static_cast<int>(SkpPredicate::Baik);

// Box numbers by potential (rows: low, medium, high) and performance (below, meets, above).
constexpr int BoxTable[3][3] = {
    {1, 2, 4},
    {3, 5, 7},
    {6, 8, 9},
};

QList<qint64> joinBoxes(const TalentGridResult &grid, std::initializer_list<int> numbers)
{
    QList<qint64> ids;
    for (const int number : numbers)
        ids += grid.box(number);
    return ids;
}

} // namespace

int TalentGridResult::placed() const
{
    int count = 0;
    for (const QList<qint64> &members : boxes)
        count += int(members.size());
    return count;
}

QList<qint64> TalentGridResult::successionPool() const
{
    return joinBoxes(*this, {7, 8, 9});
}

QList<qint64> TalentGridResult::rotationCandidates() const
{
    return joinBoxes(*this, {4, 7, 8});
}

PerformanceLevel TalentGrid::performance(int lastYear, int yearBefore)
{
    if (lastYear == 0 && yearBefore == 0)
        return PerformanceLevel::Unknown;
    const auto below = [](int predicate) {
        return predicate != 0 && predicate < Baik;
    };
    if (below(lastYear) || below(yearBefore))
        return PerformanceLevel::Below;
    if (lastYear == SangatBaik && yearBefore == SangatBaik)
        return PerformanceLevel::Above;
    return PerformanceLevel::Meets;
}

int TalentGrid::box(PerformanceLevel performance, PotentialLevel potential)
{
    if (performance == PerformanceLevel::Unknown || potential == PotentialLevel::Unknown)
        return 0;
    const int row = static_cast<int>(potential) - static_cast<int>(PotentialLevel::Low);
    const int column = static_cast<int>(performance) - static_cast<int>(PerformanceLevel::Below);
    return BoxTable[row][column];
}

TalentGridResult TalentGrid::compute(const CandidatePool &pool, qint64 opdId)
{
    TalentGridResult grid;
    for (const CandidateFacts &c : pool.candidates()) {
        if (opdId > 0 && c.opdId != opdId)
            continue;
        ++grid.employees;
        const PerformanceLevel level = performance(c.skp[0], c.skp[1]);
        if (level == PerformanceLevel::Unknown)
            ++grid.withoutPerformance;
        if (c.potential == PotentialLevel::Unknown)
            ++grid.withoutPotential;
        const int number = box(level, c.potential);
        if (number > 0)
            grid.boxes[number - 1].append(c.id);
    }
    return grid;
}

TalentGridResult TalentGrid::compute(Database &database, const QDate &referenceDate, qint64 opdId,
                                     DatabaseError *error)
{
    CandidatePool::LoadOptions options;
    options.scope.opdId = opdId;
    options.competencies = false;
    return compute(CandidatePool::load(database, referenceDate, options, error), opdId);
}

QString TalentGrid::boxTitle(int box)
{
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            if (BoxTable[row][column] != box)
                continue;
            return tr("Box %1: %2, %3")
                .arg(box)
                .arg(performanceName(static_cast<PerformanceLevel>(column + 1)),
                     potentialName(static_cast<PotentialLevel>(row + 1)));
        }
    }
    return {};
}

QString TalentGrid::performanceName(PerformanceLevel level)
{
    switch (level) {
    case PerformanceLevel::Unknown:
        return tr("performance unknown");
    case PerformanceLevel::Below:
        return tr("below expectations");
    case PerformanceLevel::Meets:
        return tr("meets expectations");
    case PerformanceLevel::Above:
        return tr("above expectations");
    }
    return {};
}

QString TalentGrid::potentialName(PotentialLevel level)
{
    switch (level) {
    case PotentialLevel::Unknown:
        return tr("potential unknown");
    case PotentialLevel::Low:
        return tr("low potential");
    case PotentialLevel::Medium:
        return tr("medium potential");
    case PotentialLevel::High:
        return tr("high potential");
    }
    return {};
}

QString TalentGrid::helpText()
{
    return tr("The 9-box talent grid places each employee by performance and potential. "
              "Performance comes from the SKP predicates of the last two years before the "
              "reference year: above expectations when both years are there and both are Sangat "
              "Baik; below expectations when either is under Baik (Butuh Perbaikan or worse); "
              "meets expectations otherwise (one year missing counts as meets unless the other "
              "is under Baik); unknown when neither year has an SKP. Potential (low, medium, "
              "high) is the latest potential assessment up to the reference date. Boxes: 1 "
              "below/low, 2 meets/low, 3 below/medium, 4 above/low, 5 meets/medium, 6 "
              "below/high, 7 above/medium, 8 meets/high, 9 above/high. Boxes 7-9 form the "
              "succession pool; boxes 4, 7 and 8 are rotation candidates. Employees with unknown "
              "performance or potential are not placed and are counted apart.");
}

} // namespace Simutasi
