#include "domain/unconverted.h"

#include "domain/money.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

void Unconverted::add(const QString &currency, qint64 entries, qint64 minor)
{
    if (entries == 0)
        return;
    auto it = std::lower_bound(
        m_amounts.begin(), m_amounts.end(), currency,
        [](const UnconvertedAmount &a, const QString &code) { return a.currency < code; });
    if (it == m_amounts.end() || it->currency != currency)
        it = m_amounts.insert(it, UnconvertedAmount { currency, 0, 0 });
    it->entries += entries;
    // Sums of bounded amounts; saturate rather than wrap for the sake of a footnote.
    if (__builtin_add_overflow(it->minor, minor, &it->minor))
        it->minor
            = minor < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
}

void Unconverted::add(const Unconverted &other)
{
    for (const UnconvertedAmount &a : other.m_amounts)
        add(a);
}

qint64 Unconverted::entries() const
{
    qint64 n = 0;
    for (const UnconvertedAmount &a : m_amounts)
        n += a.entries;
    return n;
}

QStringList Unconverted::sentences(const QLocale &locale) const
{
    QStringList out;
    for (const UnconvertedAmount &a : m_amounts) {
        const QString amount
            = Money(a.minor, a.currency).formatNumber(locale) + QChar(0x00A0) + a.currency;
        out.append(a.entries == 1
                       ? tr("1 %1 entry from before the first %1 rate, %2, is not in these "
                            "figures — add rates in Settings.")
                             .arg(a.currency, amount)
                       : tr("%1 %2 entries from before the first %2 rate, %3, are not in these "
                            "figures — add rates in Settings.")
                             .arg(locale.toString(a.entries), a.currency, amount));
    }
    return out;
}

QStringList Unconverted::contractSentences(const QLocale &locale) const
{
    QStringList out;
    for (const UnconvertedAmount &a : m_amounts) {
        const QString amount
            = Money(a.minor, a.currency).formatNumber(locale) + QChar(0x00A0) + a.currency;
        out.append(a.entries == 1
                       ? tr("1 %1 contract, %2 a month, has no %1 rate yet and is not in these "
                            "figures — add rates in Settings.")
                             .arg(a.currency, amount)
                       : tr("%1 %2 contracts, %3 a month, have no %2 rate yet and are not in "
                            "these figures — add rates in Settings.")
                             .arg(locale.toString(a.entries), a.currency, amount));
    }
    return out;
}

QString Unconverted::plainText() const
{
    QStringList parts;
    for (const UnconvertedAmount &a : m_amounts)
        parts.append(Money(a.minor, a.currency).toPlainString() + u' ' + a.currency);
    return parts.join(u'|');
}

} // namespace cd
