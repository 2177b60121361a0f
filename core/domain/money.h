#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>

namespace cd {

/// An amount of money: an integer count of the currency's minor units plus its ISO 4217
/// code. Never a double: parsing and formatting work on the digits.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(cd::Money)

public:
    /// The largest amount one value may hold, in minor units, either sign: a revenue entry, a
    /// contract's fee, a product's price, a sale line, an opportunity's value, whatever a user
    /// types or a file gives (9,999,999,999,999.99 in a currency with two decimals). Fifteen
    /// digits stay exact in a double and leave room to add up 9,223 such values in a qint64;
    /// sums beyond that are checked (Money::plus, the database's rollup guards). Parsing, the
    /// repositories and the database (migration 6) all refuse larger values.
    static constexpr qint64 kMaxMinorUnits = 999'999'999'999'999;

    Money() = default;
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    /// True when |minorUnits()| <= kMaxMinorUnits.
    bool isWithinBounds() const { return isWithinBounds(m_minor); }
    static bool isWithinBounds(qint64 minorUnits)
    {
        return minorUnits >= -kMaxMinorUnits && minorUnits <= kMaxMinorUnits;
    }
    /// "The largest amount is 9999999999999.99 in USD." for messages about a value out of bounds.
    static QString boundsSentence(const QString &currency);

    /// Number of decimals of an ISO 4217 currency (2 unless listed otherwise).
    static int decimals(const QString &currency);
    /// True for a three-letter upper-case code.
    static bool isValidCurrency(const QString &currency);
    /// True for a currency code in use somewhere (ISO 4217): the codes of every locale Qt
    /// knows (IDR, USD, SGD, EUR, JPY, KWD…), read once. "ABC" is well formed but unknown.
    static bool isKnownCurrency(const QString &currency);

    /// Parses a plain amount as found in CSV files and on the command line: optional sign,
    /// digits, '.' as the decimal point, at most the currency's decimals; at most
    /// kMaxMinorUnits either way.
    static Result<Money> parse(const QString &text, const QString &currency);
    /// Parses what a user typed in the given locale (group separators allowed, the locale's
    /// decimal point, an optional currency symbol or code).
    static Result<Money> parseLocalized(const QString &text, const QString &currency,
                                        const QLocale &locale);

    /// "1234.50": major units with the currency's decimals and '.' (CSV, JSON).
    QString toPlainString() const;
    /// Formatted for people: "Rp 1.234,50", "$1,234.50", "1.234,50 €".
    /// With `omitZeroFraction`, a whole amount shows no decimals ("Rp 1.234"): for cards and
    /// headings where the room is short.
    QString format(const QLocale &locale = QLocale(), bool omitZeroFraction = false) const;
    /// The digits only, grouped per locale, no symbol: "1.234,50".
    QString formatNumber(const QLocale &locale = QLocale(), bool omitZeroFraction = false) const;

    /// Sum with overflow detection; an error names both amounts.
    Result<Money> plus(const Money &other) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    static Result<Money> parse(const QString &text, const QString &currency, bool *outOfBounds);

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Money)
