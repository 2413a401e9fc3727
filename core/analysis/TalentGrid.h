#pragma once

#include "CandidatePool.h"

#include <QCoreApplication>
#include <QList>
#include <array>

namespace Simutasi {

class Database;

enum class PerformanceLevel
{
    Unknown,
    Below,
    Meets,
    Above
};

// The employees of a scope placed on the grid, and how many could not be placed.
struct TalentGridResult
{
    static constexpr int BoxCount = 9;
    std::array<QList<qint64>, BoxCount> boxes; // employee ids, index 0 = box 1
    int employees = 0;                         // in scope
    int withoutPerformance = 0;                // no SKP in the last two years
    int withoutPotential = 0;                  // never assessed for potential

    const QList<qint64> &box(int number) const { return boxes[number - 1]; }
    int placed() const;
    int unplaced() const { return employees - placed(); }
    QList<qint64> successionPool() const;     // boxes 7-9
    QList<qint64> rotationCandidates() const; // boxes 4, 7 and 8
};

// The 9-box talent grid of DOMAIN.md: performance from the SKP of the last two years before
// the reference year, potential from the latest potential assessment up to that date.
//  Performance: Above when every available predicate of the two years is Sangat Baik and both
//  years are there; Below when any is under Baik (Butuh Perbaikan or worse); Meets otherwise
//  (one year missing counts as Meets unless the other is under Baik); Unknown when neither
//  year has an SKP.
//  Boxes: 1 below/low, 2 meets/low, 3 below/medium, 4 above/low, 5 meets/medium,
//  6 below/high, 7 above/medium, 8 meets/high, 9 above/high. An employee with unknown
//  performance or potential is not placed and is counted apart.
class TalentGrid
{
    Q_DECLARE_TR_FUNCTIONS(TalentGrid)
public:
    // Predicates as SkpPredicate values, 0 = none; lastYear is the year before the reference.
    static PerformanceLevel performance(int lastYear, int yearBefore);
    static int box(PerformanceLevel performance, PotentialLevel potential); // 1-9, 0 = not placed
    static bool isSuccessionBox(int box) { return box >= 7; }
    static bool isRotationBox(int box) { return box == 4 || box == 7 || box == 8; }

    // The grid of one OPD, or of the whole pool when opdId is 0. The pool needs potentials.
    static TalentGridResult compute(const CandidatePool &pool, qint64 opdId = 0);
    // Reads what the grid needs (SKP, potentials) for one OPD or the province, and places it.
    static TalentGridResult compute(Database &database, const QDate &referenceDate,
                                    qint64 opdId = 0, DatabaseError *error = nullptr);

    static QString boxTitle(int box); // "Box 9: above expectations, high potential"
    static QString performanceName(PerformanceLevel level);
    static QString potentialName(PotentialLevel level);
    // How the axes and boxes are derived (the rule above), in words for the UI's help.
    static QString helpText();
};

} // namespace Simutasi
