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
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    /// Number of decimals of an ISO 4217 currency (2 unless listed otherwise).
    static int decimals(const QString &currency);
    /// True for a three-letter upper-case code.
    static bool isValidCurrency(const QString &currency);

    /// Parses a plain amount as found in CSV files and on the command line: optional sign,
    /// digits, '.' as the decimal point, at most the currency's decimals.
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
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Money)
