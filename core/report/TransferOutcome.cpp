#include "TransferOutcome.h"

#include "TransferMoves.h"

#include <algorithm>

namespace Simutasi {

std::optional<double> OutcomeGroup::meanBefore() const
{
    return compared > 0 ? std::optional<double>(sumBefore / compared) : std::nullopt;
}

std::optional<double> OutcomeGroup::meanAfter() const
{
    return compared > 0 ? std::optional<double>(sumAfter / compared) : std::nullopt;
}

std::optional<double> OutcomeGroup::meanChange() const
{
    return compared > 0 ? std::optional<double>((sumAfter - sumBefore) / compared) : std::nullopt;
}

std::optional<double> OutcomeGroup::improvedShare() const
{
    return compared > 0 ? std::optional<double>(double(improved) / compared) : std::nullopt;
}

TransferBasis TransferOutcome::basis(const TransferMove &move)
{
    if (!move.fromProposal)
        return TransferBasis::Unknown;
    const bool ranked = move.sourceCode == u"ranking" || move.sourceCode == u"shortlist";
    return ranked && move.jpm && *move.jpm >= DataDrivenJpm ? TransferBasis::DataDriven
                                                            : TransferBasis::Manual;
}

std::optional<double> TransferOutcome::meanPredicate(const QMap<int, int> &skpByYear, int firstYear,
                                                     int lastYear)
{
    int sum = 0;
    int count = 0;
    for (auto it = skpByYear.lowerBound(firstYear); it != skpByYear.end() && it.key() <= lastYear;
         ++it) {
        sum += it.value();
        ++count;
    }
    return count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt;
}

OutcomeCase TransferOutcome::caseOf(const TransferMove &move, const QMap<int, int> &skpByYear,
                                    int lastCompleteYear)
{
    const int year = move.tmt.year();
    OutcomeCase c;
    c.kind = move.effectiveKind();
    c.basis = basis(move);
    c.before = meanPredicate(skpByYear, year - YearsCompared, std::min(year - 1, lastCompleteYear));
    c.after = meanPredicate(skpByYear, year + 1, std::min(year + YearsCompared, lastCompleteYear));
    return c;
}

QList<OutcomeGroup> TransferOutcome::summarize(const QList<OutcomeCase> &cases)
{
    QList<OutcomeGroup> groups;
    for (const OutcomeCase &c : cases) {
        auto group = std::find_if(groups.begin(), groups.end(), [&c](const OutcomeGroup &g) {
            return g.kind == c.kind && g.basis == c.basis;
        });
        if (group == groups.end()) {
            groups.append(OutcomeGroup{c.kind, c.basis});
            group = groups.end() - 1;
        }
        ++group->transfers;
        if (!c.before || !c.after)
            continue;
        ++group->compared;
        group->sumBefore += *c.before;
        group->sumAfter += *c.after;
        if (*c.after > *c.before)
            ++group->improved;
        else if (*c.after < *c.before)
            ++group->worse;
        else
            ++group->same;
    }
    std::sort(groups.begin(), groups.end(), [](const OutcomeGroup &a, const OutcomeGroup &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.basis < b.basis;
    });
    return groups;
}

QString TransferOutcome::basisName(TransferBasis basis)
{
    switch (basis) {
    case TransferBasis::DataDriven:
        return tr("Data-driven (ranked, JPM ≥ %1%)").arg(DataDrivenJpm);
    case TransferBasis::Manual:
        return tr("Manual");
    case TransferBasis::Unknown:
        return tr("Not known (riwayat jabatan only)");
    }
    return {};
}

} // namespace Simutasi
