#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace cd {

/// Amounts in one currency that could not be converted to the firm's currency (no rate on or
/// before their date): how many entries and their sum in that currency's minor units.
struct UnconvertedAmount
{
    QString currency;
    qint64 entries = 0;
    qint64 minor = 0; ///< the sum of the original amounts

    friend bool operator==(const UnconvertedAmount &, const UnconvertedAmount &) = default;
};

/// What the figures shown beside it leave out, by currency (the conversion rule's "counted
/// and named"): added up from several places and phrased for a tooltip, a footnote or a
/// report line.
class Unconverted
{
    Q_DECLARE_TR_FUNCTIONS(cd::Unconverted)

public:
    /// Adds `entries` entries summing `minor` in `currency` (nothing for 0 entries).
    void add(const QString &currency, qint64 entries, qint64 minor);
    void add(const UnconvertedAmount &amount)
    {
        add(amount.currency, amount.entries, amount.minor);
    }
    void add(const Unconverted &other);

    bool isEmpty() const { return m_amounts.isEmpty(); }
    /// By currency code.
    const QList<UnconvertedAmount> &amounts() const { return m_amounts; }
    qint64 entries() const;

    /// One sentence per currency: "3 USD entries from before the first USD rate, 12,000.00 USD,
    /// are not in these figures — add rates in Settings."; empty when nothing is left out.
    QStringList sentences(const QLocale &locale = QLocale()) const;
    QString text(const QLocale &locale = QLocale()) const { return sentences(locale).join(u' '); }
    /// The same for contracts (entries counts contracts, minor sums their monthly fees, no
    /// rate on or before today): "1 USD contract, 3,000.00 USD a month, has no USD rate yet
    /// and is not in these figures — add rates in Settings."
    QStringList contractSentences(const QLocale &locale = QLocale()) const;
    /// "12000.00 USD|5.00 SGD": plain amounts for CSV and JSON.
    QString plainText() const;

private:
    QList<UnconvertedAmount> m_amounts;
};

} // namespace cd
