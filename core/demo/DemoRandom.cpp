#include "DemoRandom.h"

#include <numeric>

namespace Simutasi {

quint64 DemoRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int DemoRandom::below(int bound)
{
    if (bound <= 0)
        return 0;
    // Lemire's multiply-shift: the high 32 bits scaled to [0, bound) without a slow modulo.
    return static_cast<int>(((next() >> 32) * static_cast<quint64>(bound)) >> 32);
}

int DemoRandom::between(int low, int high)
{
    return high <= low ? low : low + below(high - low + 1);
}

bool DemoRandom::chance(int permille)
{
    return below(1000) < permille;
}

int DemoRandom::weighted(std::span<const int> weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int roll = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return static_cast<int>(i);
        roll -= weights[i];
    }
    return 0;
}

QDate DemoRandom::dateBetween(const QDate &first, const QDate &last)
{
    const qint64 days = first.daysTo(last);
    return days <= 0 ? first : first.addDays(below(static_cast<int>(days) + 1));
}

int DemoRandom::roundPermille(qint64 valueTimesThousand)
{
    const qint64 whole = valueTimesThousand / 1000;
    return static_cast<int>(whole) + (chance(static_cast<int>(valueTimesThousand % 1000)) ? 1 : 0);
}

} // namespace Simutasi
