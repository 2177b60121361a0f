#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace cd {

/// The amounts of one currency that the conversion rule (RateTable) could not convert.
struct UnconvertedAmount
{
    QString currency;
    qint64 count = 0; ///< entries, contracts or deals
    qint64 minor = 0; ///< their own amounts added up, in minor units of `currency`
    friend bool operator==(const UnconvertedAmount &, const UnconvertedAmount &) = default;
};

/// What a figure in the firm's currency leaves out because no rate converts it, by currency:
/// counted and named in one sentence per currency ("3 USD entries from before the first USD
/// rate, 12,000.00 USD, are not in these figures — add rates in Settings."), for a footnote,
/// a tooltip, a report line or the command line's stderr.
class Unconverted final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Unconverted)

public:
    /// What the amounts are, for the sentence.
    enum class What {
        Entries, ///< revenue entries, converted at their own date
        Contracts, ///< active contracts' monthly fees, converted at today's rate
        Deals, ///< open deals' expected values, converted at today's rate
    };

    /// Counts `count` amounts of `currency` adding up to `minor` (nothing when `count` is 0);
    /// false when a sum no longer fits in a qint64.
    bool add(const QString &currency, qint64 count, qint64 minor);
    bool add(const UnconvertedAmount &amount)
    {
        return add(amount.currency, amount.count, amount.minor);
    }
    /// Adds another's amounts; false when a sum no longer fits.
    bool add(const Unconverted &other);

    bool isEmpty() const { return m_amounts.isEmpty(); }
    /// By currency code.
    const QList<UnconvertedAmount> &amounts() const { return m_amounts; }
    /// Every amount counted, whatever its currency.
    qint64 count() const;

    /// One sentence per currency. For entries, `firstRates` holds the first day each
    /// currency has a rate: entries of a currency in it come "from before the first rate",
    /// the others "have no rate".
    QStringList sentences(What what, const QHash<QString, QDate> &firstRates,
                          const QLocale &locale = QLocale()) const;
    /// The sentences joined by spaces; "" when nothing is left out.
    QString note(What what, const QHash<QString, QDate> &firstRates,
                 const QLocale &locale = QLocale()) const;
    /// Entries, where which currencies have rates is not at hand: "… have no USD rate on or
    /// before their date …".
    QStringList sentences(const QLocale &locale = QLocale()) const;
    QString text(const QLocale &locale = QLocale()) const { return sentences(locale).join(u' '); }
    /// "12000.00 USD|5.00 SGD": plain amounts for CSV and JSON.
    QString plainText() const;

    /// The conversion rule as the Numbers tables' footnote states it.
    static QString ruleSentence();

    friend bool operator==(const Unconverted &, const Unconverted &) = default;

private:
    enum class Rate { Before, None, Unknown };
    static QString sentence(What what, Rate rate, const UnconvertedAmount &amount,
                            const QLocale &locale);

    QList<UnconvertedAmount> m_amounts; ///< sorted by currency
};

} // namespace cd
