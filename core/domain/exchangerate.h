#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

/// An exchange rate: how many units of the firm's currency one unit of another currency is
/// worth (16,245.50 IDR per USD; 0.000061 USD per IDR). Kept exactly as a decimal with at
/// most ten places, as an integer count of 10⁻¹⁰ (never a double), so a rate typed or
/// imported reads back digit for digit.
class ExchangeRate
{
    Q_DECLARE_TR_FUNCTIONS(cd::ExchangeRate)

public:
    static constexpr int kDecimals = 10;
    static constexpr qint64 kScale = 10'000'000'000; ///< 10^kDecimals
    /// The largest rate: 99,999,999.9999999999 (the value times kScale stays in a qint64).
    static constexpr qint64 kMaxScaled = 999'999'999'999'999'999;

    ExchangeRate() = default;
    /// From the stored integer (the rate times kScale); 0 is no rate.
    static ExchangeRate fromScaled(qint64 scaled);

    qint64 scaled() const { return m_scaled; }
    bool isValid() const { return m_scaled > 0; }

    /// Parses a rate as found in CSV files and on the command line: digits with '.' as the
    /// decimal point, at most kDecimals decimals, more than zero, at most kMaxScaled. The
    /// error is one sentence that quotes the text.
    static Result<ExchangeRate> parse(const QString &text);
    /// The same for what a user typed in `locale` (group separators allowed, the locale's
    /// decimal point).
    static Result<ExchangeRate> parseLocalized(const QString &text, const QLocale &locale);

    /// "16245.5", "0.000061": '.' and no trailing zeros (CSV, JSON, what parse() reads back).
    QString toPlainString() const;
    /// "16,245.50" in en, "16.245,50" in id: grouped, at least two decimals, then as many as
    /// the rate has.
    QString format(const QLocale &locale = QLocale()) const;

    /// 1 / this rate, rounded half away from zero to kDecimals; invalid when that rounds to 0.
    ExchangeRate inverse() const;
    /// this ÷ other, rounded half away from zero to kDecimals (re-expressing a rate against
    /// another currency); invalid when either is invalid or the result is out of range.
    ExchangeRate dividedBy(const ExchangeRate &other) const;

    /// `minor` units of `from` at this rate, in minor units of `to`, rounded half away from
    /// zero (the currencies' decimals from Money::decimals). nullopt when the result is
    /// beyond Money::kMaxMinorUnits.
    std::optional<qint64> convert(qint64 minor, const QString &from, const QString &to) const;

    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;

private:
    qint64 m_scaled = 0;
};

/// One stored rate: on `date`, one unit of `currency` is worth `rate` units of the firm's
/// currency.
struct RateEntry
{
    QDate date;
    QString currency;
    ExchangeRate rate;
    friend bool operator==(const RateEntry &, const RateEntry &) = default;
};

/// The conversion rule, in one place: an amount dated D in currency C converts at the latest
/// rate for C on or before D; the converted amount is rounded half away from zero to the
/// firm's minor unit, per amount. An amount in the firm's currency is itself. An amount with
/// no rate on or before its date does not convert (nullopt); whoever sums counts and names it.
class RateTable
{
public:
    RateTable() = default;
    explicit RateTable(QString firmCurrency) : m_firm(std::move(firmCurrency)) { }

    const QString &firmCurrency() const { return m_firm; }
    /// Adds a rate; entries may come in any order (sorted on first use).
    void add(const QDate &date, const QString &currency, const ExchangeRate &rate);
    void add(const RateEntry &entry) { add(entry.date, entry.currency, entry.rate); }
    bool isEmpty() const { return m_rates.isEmpty(); }

    /// The rate in force for `currency` on `date` (the latest on or before it); an invalid
    /// rate when there is none. The firm's currency has no rate (it is 1).
    ExchangeRate rateOn(const QString &currency, const QDate &date) const;
    /// The first day `currency` has a rate; null when it has none.
    QDate firstDate(const QString &currency) const;
    /// `minor` units of `currency` dated `date` in the firm's minor units; nullopt without a
    /// rate on or before `date` or beyond Money::kMaxMinorUnits.
    std::optional<qint64> convert(qint64 minor, const QString &currency, const QDate &date) const;

private:
    struct Point
    {
        QDate date;
        qint64 scaled;
    };
    const std::vector<Point> *points(const QString &currency) const;

    QString m_firm;
    mutable QHash<QString, std::vector<Point>> m_rates;
    mutable bool m_sorted = true;
    /// The last currency looked up: a run of entries in one currency skips the hash.
    mutable QString m_lastCurrency;
    mutable const std::vector<Point> *m_last = nullptr;
};

} // namespace cd
