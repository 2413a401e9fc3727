#pragma once

#include <QDate>
#include <QtGlobal>
#include <iterator>
#include <span>

namespace Simutasi {

// The demo generator's random numbers: SplitMix64 (Steele, Lea and Flood, 2014) with a few
// helpers. The sequence is fixed by the definition below, unlike std:: distributions or
// QRandomGenerator whose outputs may differ between library versions, so the same seed gives the
// same demo province on every machine. Only integer arithmetic, for the same reason.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next();
    int below(int bound);                       // 0 <= x < bound, for bound > 0 (0 when bound <= 0)
    int between(int low, int high);             // low <= x <= high
    bool chance(int permille);                  // true permille times in a thousand
    int weighted(std::span<const int> weights); // an index, chosen in proportion to the weights
    QDate dateBetween(const QDate &first, const QDate &last); // inclusive; first when last < first
    // value rounded up or down at random so that the expected result is value / 1000.
    int roundPermille(qint64 valueTimesThousand);

    template<typename Container>
    const auto &pick(const Container &items)
    {
        return items[below(static_cast<int>(std::size(items)))];
    }

private:
    quint64 m_state;
};

} // namespace Simutasi
