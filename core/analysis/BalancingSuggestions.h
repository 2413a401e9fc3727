#pragma once

#include "NeedsAnalysis.h"

#include <QList>

namespace Simutasi {

// A post with a surplus that could give staff to a shortage.
struct BalancingSource
{
    StaffingRow post;
    int movable = 0; // min(surplus here, shortage there)
    bool sameJabatan = false;
    bool sameRegion = false;
};

struct BalancingSuggestion
{
    StaffingRow shortage;
    QList<BalancingSource> sources; // best first
};

// Suggests, for each shortage, the posts with a surplus of the same or a compatible jabatan
// (DOMAIN.md's example: teachers from developed areas to remote schools).
//  Compatible: same jabatan, or the same family in the same category: a fungsional jabatan's
//  family is its name without the level ("Guru Ahli Muda" and "Guru Ahli Pertama" are both
//  "Guru", fungsional keahlian); a structural or pelaksana jabatan is only its own family.
//  Order of sources: same kabupaten/kota first, then same jabatan before compatible ones, then
//  the larger surplus, then units outside remote areas (they can spare staff more easily).
// Each shortage is considered alone: two shortages may be offered the same surplus.
class BalancingSuggestions
{
public:
    static QList<BalancingSuggestion> suggest(const QList<StaffingRow> &shortages,
                                              const QList<StaffingRow> &surpluses);
    static QList<BalancingSuggestion> suggest(const NeedsReport &report)
    {
        return suggest(report.shortages(), report.surpluses());
    }

    static QString family(const QString &jabatanName, JabatanType type);
    static bool compatible(const StaffingRow &a, const StaffingRow &b);
};

} // namespace Simutasi
