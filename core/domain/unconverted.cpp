#include "domain/unconverted.h"

#include "domain/money.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

bool Unconverted::add(const QString &currency, qint64 count, qint64 minor)
{
    if (count == 0)
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
    bool fits = true;
    for (const UnconvertedAmount &a : other.m_amounts)
        fits = add(a) && fits;
    return fits;
}

qint64 Unconverted::count() const
{
    qint64 n = 0;
    for (const UnconvertedAmount &a : m_amounts)
        n += a.count;
    return n;
}

QString Unconverted::sentence(What what, Rate rate, const UnconvertedAmount &a,
                              const QLocale &locale)
{
    const QString amount = Money(a.minor, a.currency).formatNumber(locale) + u' ' + a.currency;
    const bool one = a.count == 1;
    QString text;
    switch (what) {
    case What::Entries:
        switch (rate) {
        case Rate::Before:
            text = one ? tr("1 %2 entry from before the first %2 rate, %3, is not in these "
                            "figures — add rates in Settings.")
                       : tr("%1 %2 entries from before the first %2 rate, %3, are not in these "
                            "figures — add rates in Settings.");
            break;
        case Rate::None:
            text = one ? tr("1 %2 entry, %3, has no %2 rate and is not in these figures — add "
                            "rates in Settings.")
                       : tr("%1 %2 entries, %3, have no %2 rate and are not in these figures — "
                            "add rates in Settings.");
            break;
        case Rate::Unknown:
            text = one ? tr("1 %2 entry, %3, has no %2 rate on or before its date and is not in "
                            "these figures — add rates in Settings.")
                       : tr("%1 %2 entries, %3, have no %2 rate on or before their date and are "
                            "not in these figures — add rates in Settings.");
            break;
        }
        break;
    case What::Contracts:
        text = one ? tr("1 %2 contract, %3 a month, has no %2 rate on or before today and is not "
                        "in these figures — add rates in Settings.")
                   : tr("%1 %2 contracts, %3 a month, have no %2 rate on or before today and are "
                        "not in these figures — add rates in Settings.");
        break;
    case What::Deals:
        text = one ? tr("1 %2 deal, %3, has no %2 rate on or before today and is not in these "
                        "figures — add rates in Settings.")
                   : tr("%1 %2 deals, %3, have no %2 rate on or before today and are not in "
                        "these figures — add rates in Settings.");
        break;
    }
    // %1 is left out of the singular forms: arg() fills the lowest number first.
    return one ? text.arg(a.currency, amount)
               : text.arg(locale.toString(a.count), a.currency, amount);
}

QStringList Unconverted::sentences(What what, const QHash<QString, QDate> &firstRates,
                                   const QLocale &locale) const
{
    QStringList out;
    for (const UnconvertedAmount &a : m_amounts)
        out.append(
            sentence(what, firstRates.contains(a.currency) ? Rate::Before : Rate::None, a, locale));
    return out;
}

QString Unconverted::note(What what, const QHash<QString, QDate> &firstRates,
                          const QLocale &locale) const
{
    return sentences(what, firstRates, locale).join(u' ');
}

QStringList Unconverted::sentences(const QLocale &locale) const
{
    QStringList out;
    for (const UnconvertedAmount &a : m_amounts)
        out.append(sentence(What::Entries, Rate::Unknown, a, locale));
    return out;
}

QString Unconverted::plainText() const
{
    QStringList parts;
    for (const UnconvertedAmount &a : m_amounts)
        parts.append(Money(a.minor, a.currency).toPlainString() + u' ' + a.currency);
    return parts.join(u'|');
}

QString Unconverted::ruleSentence()
{
    return tr("Amounts in other currencies are converted at the latest rate on or before their "
              "date, rounded to the cent per entry.");
}

} // namespace cd
