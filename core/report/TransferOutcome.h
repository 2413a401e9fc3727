#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Simutasi {

struct TransferMove;

// How the person moved was chosen.
enum class TransferBasis
{
    DataDriven, // a ranked (or shortlisted) candidate with a job-person match >= the threshold
    Manual,     // proposed by hand, or with a lower match
    Unknown     // recorded only in riwayat jabatan: no proposal says how
};

// One transfer with the SKP around it: the mean predicate (Sangat Kurang 1 .. Sangat Baik 5) of
// the years before and after the transfer year.
struct OutcomeCase
{
    QString kind; // TransferMove::effectiveKind()
    TransferBasis basis = TransferBasis::Unknown;
    std::optional<double> before;
    std::optional<double> after;

    std::optional<double> change() const
    {
        return before && after ? std::optional<double>(*after - *before) : std::nullopt;
    }
};

// The transfers of one kind and basis, and how their SKP changed. Only transfers with an SKP
// both before and after are compared; the others are counted in `transfers` only.
struct OutcomeGroup
{
    QString kind;
    TransferBasis basis = TransferBasis::Unknown;
    int transfers = 0;
    int compared = 0;
    double sumBefore = 0;
    double sumAfter = 0;
    int improved = 0;
    int same = 0;
    int worse = 0;

    std::optional<double> meanBefore() const;
    std::optional<double> meanAfter() const;
    std::optional<double> meanChange() const;
    std::optional<double> improvedShare() const;
};

// Outcome of transfers (the seed's claim: data-driven transfers adapt faster and perform
// better). For a transfer with TMT in year Y: "before" is the mean SKP predicate of Y-2 and Y-1,
// "after" the mean of Y+1 and Y+2 (the transfer year itself is mixed and left out), each over
// the years that have an SKP and are complete (before the reference year). Data-driven means
// the proposal line came from the ranking or the shortlist with a JPM of at least
// DataDrivenJpm percent.
class TransferOutcome
{
    Q_DECLARE_TR_FUNCTIONS(TransferOutcome)
public:
    static constexpr double DataDrivenJpm = 70.0;
    static constexpr int YearsCompared = 2;
    static constexpr int SmallGroup = 10; // fewer compared transfers: flagged as small

    static TransferBasis basis(const TransferMove &move);
    // Mean of the predicates of firstYear..lastYear present in `skpByYear` (year -> predicate).
    static std::optional<double> meanPredicate(const QMap<int, int> &skpByYear, int firstYear,
                                               int lastYear);
    // lastCompleteYear: the latest year whose SKP can exist (the year before the reference).
    static OutcomeCase caseOf(const TransferMove &move, const QMap<int, int> &skpByYear,
                              int lastCompleteYear);
    // One group per kind and basis present, by kind then basis.
    static QList<OutcomeGroup> summarize(const QList<OutcomeCase> &cases);
    static QString basisName(TransferBasis basis);
};

} // namespace Simutasi
