#include "domain/money.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// Builds minor units from sign, integer digits and fraction digits, refusing overflow.
std::optional<qint64> compose(bool negative, const QString &intDigits, QString fracDigits,
                              int decimals)
{
    while (fracDigits.size() < decimals)
        fracDigits.append(u'0');
    const QString all = intDigits + fracDigits;
    qint64 value = 0;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    for (QChar c : all) {
        const int d = c.digitValue();
        if (value > (max - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
    }
    return negative ? -value : value;
}

bool allAsciiDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits), m_currency(std::move(currency))
{ }

int Money::decimals(const QString &currency)
{
    static const QStringList zero { u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"ISK"_s, u"JPY"_s,
                                    u"KMF"_s, u"KRW"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s, u"UYI"_s,
                                    u"VND"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s };
    static const QStringList three { u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s,
                                     u"LYD"_s, u"OMR"_s, u"TND"_s };
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

bool Money::isValidCurrency(const QString &currency)
{
    if (currency.size() != 3)
        return false;
    for (QChar c : currency) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

bool Money::isKnownCurrency(const QString &currency)
{
    static const QSet<QString> known = [] {
        QSet<QString> codes;
        const QList<QLocale> locales = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (isValidCurrency(code))
                codes.insert(code);
        }
        return codes;
    }();
    return known.contains(currency);
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    return parse(text, currency, nullptr);
}

Result<Money> Money::parse(const QString &text, const QString &currency, bool *outOfBounds)
{
    if (!isValidCurrency(currency))
        return Error { tr("“%1” is not a currency code such as IDR or USD.").arg(currency) };
    QString s = text.trimmed();
    if (s.isEmpty())
        return Error { tr("The amount is empty.") };
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    const int dot = s.indexOf(u'.');
    const QString intPart = dot < 0 ? s : s.left(dot);
    const QString fracPart = dot < 0 ? QString() : s.mid(dot + 1);
    const int dec = decimals(currency);
    if (intPart.isEmpty() || !allAsciiDigits(intPart) || !allAsciiDigits(fracPart)
        || (dot >= 0 && fracPart.isEmpty())) {
        return Error { tr("“%1” is not an amount; write digits with “.” as the decimal point, "
                          "for example 1250.50.")
                           .arg(text.trimmed()) };
    }
    if (fracPart.size() > dec) {
        return Error { tr("“%1” has more than %n decimal(s), the most %2 allows.", nullptr, dec)
                           .arg(text.trimmed(), currency) };
    }
    const auto minor = compose(negative, intPart, fracPart, dec);
    if (!minor || !isWithinBounds(*minor)) {
        if (outOfBounds)
            *outOfBounds = true;
        return Error {
            tr("“%1” is too large an amount. %2").arg(text.trimmed(), boundsSentence(currency))
        };
    }
    return Money(*minor, currency);
}

Result<Money> Money::parseLocalized(const QString &text, const QString &currency,
                                    const QLocale &locale)
{
    QString s = text.trimmed();
    // Drop a currency symbol or code and every kind of space the user or locale put in.
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (!symbol.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        s.remove(symbol);
    s.remove(currency, Qt::CaseInsensitive);
    QString cleaned;
    for (QChar c : s) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        cleaned.append(c);
    }
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    if (!group.isEmpty() && group != point && cleaned.contains(group)) {
        // A group separator only between groups of three digits before the decimal point:
        // "12.5" typed in a locale that groups with "." is a mistake, not 125.
        const QString whole = cleaned.section(point, 0, 0);
        const QStringList groups = whole.split(group);
        bool grouped = cleaned.section(point, 1).indexOf(group) < 0;
        for (qsizetype i = 1; grouped && i < groups.size(); ++i)
            grouped = groups.at(i).size() == 3;
        const QString first = groups.constFirst();
        grouped = grouped && !first.isEmpty() && first != locale.negativeSign();
        if (!grouped)
            return Error { tr("“%1” is not an amount in %2: “%3” separates thousands here, "
                              "and “%4” the decimals.")
                               .arg(text.trimmed(), currency, group, point) };
        cleaned.remove(group);
    }
    cleaned.replace(point, u"."_s);
    cleaned.replace(locale.negativeSign(), u"-"_s);
    bool outOfBounds = false;
    auto parsed = parse(cleaned, currency, &outOfBounds);
    if (outOfBounds)
        return Error {
            tr("“%1” is too large an amount. %2").arg(text.trimmed(), boundsSentence(currency))
        };
    if (!parsed)
        return Error { tr("“%1” is not an amount in %2.").arg(text.trimmed(), currency) };
    return parsed;
}

QString Money::boundsSentence(const QString &currency)
{
    return tr("The largest amount is %1 %2.")
        .arg(Money(kMaxMinorUnits, currency).toPlainString(), currency);
}

QString Money::toPlainString() const
{
    const int dec = decimals(m_currency);
    const quint64 abs = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(dec));
    QString out = QString::number(abs / scale);
    if (dec > 0)
        out += u'.' + QString::number(abs % scale).rightJustified(dec, u'0');
    return m_minor < 0 ? u'-' + out : out;
}

QString Money::formatNumber(const QLocale &locale, bool omitZeroFraction) const
{
    const int dec = decimals(m_currency);
    const quint64 abs = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(dec));
    QString out = locale.toString(qulonglong(abs / scale));
    if (dec > 0 && !(omitZeroFraction && abs % scale == 0))
        out += locale.decimalPoint() + QString::number(abs % scale).rightJustified(dec, u'0');
    return m_minor < 0 ? locale.negativeSign() + out : out;
}

QString Money::format(const QLocale &locale, bool omitZeroFraction) const
{
    // Let the locale place the symbol and sign around a marker, then put our digits in:
    // QLocale::toCurrencyString would need a double for the fraction.
    QString symbol = m_currency;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    const qlonglong marker = m_minor < 0 ? -7 : 7;
    QString pattern = locale.toCurrencyString(marker, symbol);
    const Money absolute(m_minor < 0 ? -m_minor : m_minor, m_currency);
    const int at = pattern.indexOf(locale.toString(7));
    if (at < 0)
        return symbol + u' ' + formatNumber(locale, omitZeroFraction);
    // Drop the ".00" some locales append to the marker.
    int end = at + 1;
    const QString point = locale.decimalPoint();
    if (pattern.mid(end, point.size()) == point) {
        end += point.size();
        while (end < pattern.size() && pattern.at(end).isDigit())
            ++end;
    }
    pattern.replace(at, end - at, absolute.formatNumber(locale, omitZeroFraction));
    // Some locales (the C locale among them) glue a currency code to the digits
    // ("1,000.00EUR"); a code, unlike a symbol, needs a space to be read.
    if (symbol == m_currency) {
        const int code = int(pattern.indexOf(symbol));
        const int after = code + int(symbol.size());
        constexpr QChar nbsp(0x00A0);
        if (after < pattern.size() && pattern.at(after).isDigit())
            pattern.insert(after, nbsp);
        else if (code > 0 && pattern.at(code - 1).isDigit())
            pattern.insert(code, nbsp);
    }
    return pattern;
}

Result<Money> Money::plus(const Money &other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return Error {
            tr("The sum of %1 and %2 is too large.").arg(toPlainString(), other.toPlainString())
        };
    return Money(sum, m_currency.isEmpty() ? other.m_currency : m_currency);
}

} // namespace cd
