#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace cd::sample {

/// The sample portfolio's only source of chance. QRandomGenerator with a seed is a
/// Mersenne Twister: the same seed gives the same sequence on every machine.
class SampleRandom final
{
public:
    explicit SampleRandom(quint32 seed) : m_generator(seed) { }

    /// A whole number from lo to hi, both included.
    int between(int lo, int hi)
    {
        return hi <= lo ? lo : lo + int(m_generator.bounded(quint32(hi - lo + 1)));
    }
    qint64 between64(qint64 lo, qint64 hi)
    {
        return hi <= lo ? lo : lo + qint64(m_generator.bounded(quint64(hi - lo + 1)));
    }
    bool chance(int percent) { return int(m_generator.bounded(100u)) < percent; }

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    /// A date from `from` to `to`, both included; `from` when the range is empty.
    QDate dateBetween(const QDate &from, const QDate &to)
    {
        const qint64 days = from.daysTo(to);
        return days <= 0 ? from : from.addDays(between64(0, days));
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = between(0, total - 1);
        for (int i = 0; i < weights.size(); ++i) {
            if (roll < weights.at(i))
                return i;
            roll -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    QRandomGenerator m_generator;
};

} // namespace cd::sample
