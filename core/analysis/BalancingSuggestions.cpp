#include "BalancingSuggestions.h"

#include <QHash>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

// The level words that end the name of a fungsional jabatan.
constexpr std::array<QLatin1StringView, 8> LevelSuffixes{{
    " Ahli Utama"_L1,
    " Ahli Madya"_L1,
    " Ahli Muda"_L1,
    " Ahli Pertama"_L1,
    " Penyelia"_L1,
    " Mahir"_L1,
    " Terampil"_L1,
    " Pemula"_L1,
}};

bool isFungsional(JabatanType type)
{
    const JabatanCategory category = JabatanTypes::category(type);
    return category == JabatanCategory::FungsionalKeahlian ||
           category == JabatanCategory::FungsionalKeterampilan;
}

// The key under which surpluses are grouped: compatible posts share it.
QString groupKey(const StaffingRow &row)
{
    return QString::number(int(JabatanTypes::category(row.jabatanType))) + u'|' +
           BalancingSuggestions::family(row.jabatanName, row.jabatanType);
}

bool better(const BalancingSource &a, const BalancingSource &b)
{
    if (a.sameRegion != b.sameRegion)
        return a.sameRegion;
    if (a.sameJabatan != b.sameJabatan)
        return a.sameJabatan;
    if (a.post.surplus() != b.post.surplus())
        return a.post.surplus() > b.post.surplus();
    if (a.post.remote != b.post.remote)
        return !a.post.remote;
    return a.post.unitName < b.post.unitName;
}

} // namespace

QString BalancingSuggestions::family(const QString &jabatanName, JabatanType type)
{
    const QString name = jabatanName.simplified();
    if (!isFungsional(type))
        return name;
    for (const QLatin1StringView suffix : LevelSuffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return name.left(name.size() - suffix.size());
    }
    return name;
}

bool BalancingSuggestions::compatible(const StaffingRow &a, const StaffingRow &b)
{
    return a.jabatanId == b.jabatanId || groupKey(a) == groupKey(b);
}

QList<BalancingSuggestion> BalancingSuggestions::suggest(const QList<StaffingRow> &shortages,
                                                         const QList<StaffingRow> &surpluses)
{
    QHash<QString, QList<const StaffingRow *>> surplusByGroup;
    for (const StaffingRow &row : surpluses) {
        if (row.surplus() > 0)
            surplusByGroup[groupKey(row)].append(&row);
    }
    QList<BalancingSuggestion> suggestions;
    for (const StaffingRow &need : shortages) {
        BalancingSuggestion suggestion{need, {}};
        for (const StaffingRow *source : surplusByGroup.value(groupKey(need))) {
            if (source->unitId == need.unitId)
                continue;
            suggestion.sources.append({*source, std::min(source->surplus(), need.shortage()),
                                       source->jabatanId == need.jabatanId,
                                       source->regionId == need.regionId});
        }
        std::sort(suggestion.sources.begin(), suggestion.sources.end(), better);
        suggestions.append(suggestion);
    }
    return suggestions;
}

} // namespace Simutasi
