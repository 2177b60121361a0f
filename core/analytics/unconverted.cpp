#include "analytics/unconverted.h"

#include "domain/money.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

bool Unconverted::add(const QString &currency, qint64 count, qint64 minor)
{
    if (count == 0 && minor == 0)
        return true;
    auto it = std::lower_bound(
        m_amounts.begin(), m_amounts.end(), currency,
        [](const UnconvertedAmount &a, const QString &code) { return a.currency < code; });
    if (it == m_amounts.end() || it->currency != currency)
        it = m_amounts.insert(it, UnconvertedAmount { currency, 0, 0 });
    return !__builtin_add_overflow(it->count, count, &it->count)
        && !__builtin_add_overflow(it->minor, minor, &it->minor);
}

bool Unconverted::add(const Unconverted &other)
{
    for (const UnconvertedAmount &a : other.m_amounts) {
        if (!add(a.currency, a.count, a.minor))
            return false;
    }
    return true;
}

qint64 Unconverted::count() const
{
    qint64 n = 0;
    for (const UnconvertedAmount &a : m_amounts)
        n += a.count;
    return n;
}

QStringList Unconverted::sentences(What what, const QHash<QString, QDate> &firstRates,
                                   const QLocale &locale) const
{
    QStringList out;
    for (const UnconvertedAmount &a : m_amounts) {
        const QString amount = Money(a.minor, a.currency).formatNumber(locale) + u' ' + a.currency;
        const int n = int(std::min<qint64>(a.count, std::numeric_limits<int>::max()));
        const bool rated = firstRates.contains(a.currency);
        QString text;
        switch (what) {
        case What::Entries:
            text = rated ? tr("%Ln %2 entries from before the first %2 rate, %3, are not in "
                              "these figures — add rates in Settings.",
                              nullptr, n)
                         : tr("%Ln %2 entries, %3, have no %2 rate and are not in these "
                              "figures — add rates in Settings.",
                              nullptr, n);
            break;
        case What::Contracts:
            text = tr("%Ln %2 contracts, %3 a month, have no %2 rate on or before today and are "
                      "not in these figures — add rates in Settings.",
                      nullptr, n);
            break;
        case What::Deals:
            text = tr("%Ln %2 deals, %3, have no %2 rate on or before today and are not in "
                      "these figures — add rates in Settings.",
                      nullptr, n);
            break;
        }
        out.append(text.arg(a.currency, amount));
    }
    return out;
}

QString Unconverted::note(What what, const QHash<QString, QDate> &firstRates,
                          const QLocale &locale) const
{
    return sentences(what, firstRates, locale).join(u' ');
}

QString Unconverted::ruleSentence()
{
    return tr("Amounts in other currencies are converted at the latest rate on or before their "
              "date, rounded to the cent per entry.");
}

} // namespace cd
