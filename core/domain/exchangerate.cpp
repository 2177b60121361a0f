#include "domain/exchangerate.h"

#include "domain/money.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

__extension__ typedef __int128 Wide; // products of two 64-bit values

Wide pow10(int n)
{
    Wide r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

/// numerator ÷ denominator rounded half away from zero (denominator > 0).
Wide divideRounded(Wide numerator, Wide denominator)
{
    const bool negative = numerator < 0;
    const Wide n = negative ? -numerator : numerator;
    const Wide q = (n + denominator / 2) / denominator;
    return negative ? -q : q;
}

} // namespace

ExchangeRate ExchangeRate::fromScaled(qint64 scaled)
{
    ExchangeRate rate;
    rate.m_scaled = scaled > 0 && scaled <= kMaxScaled ? scaled : 0;
    return rate;
}

Result<ExchangeRate> ExchangeRate::parse(const QString &input)
{
    const QString text = input.trimmed();
    const auto notARate = [&] {
        return Error { tr("“%1” is not an exchange rate; write a number above zero such as "
                          "16245.50 or 0.000061.")
                           .arg(input) };
    };
    if (text.isEmpty())
        return Error { tr("The exchange rate is empty; write a number above zero such as "
                          "16245.50.") };
    if (text.startsWith(u'-'))
        return Error { tr("The exchange rate “%1” is negative; a rate is above zero.").arg(input) };
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction)
        || (dot >= 0 && fraction.isEmpty()))
        return notARate();
    if (fraction.size() > kDecimals)
        return Error {
            tr("The exchange rate “%1” has more than %2 decimals.").arg(input).arg(kDecimals)
        };
    Wide value = 0;
    for (QChar c : whole + fraction.leftJustified(kDecimals, u'0')) {
        value = value * 10 + c.digitValue();
        if (value > kMaxScaled)
            return Error { tr("The exchange rate “%1” is too large; the largest is "
                              "99999999.9999999999.")
                               .arg(input) };
    }
    if (value == 0)
        return Error { tr("The exchange rate “%1” is zero; a rate is above zero.").arg(input) };
    return fromScaled(qint64(value));
}

Result<ExchangeRate> ExchangeRate::parseLocalized(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed();
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    text.replace(locale.decimalPoint(), u"."_s);
    Result<ExchangeRate> rate = parse(text);
    if (!rate.ok() && text != input.trimmed())
        return parse(input); // the error quotes what the user typed
    return rate;
}

QString ExchangeRate::toPlainString() const
{
    QString whole = QString::number(m_scaled / kScale);
    QString fraction = QString::number(m_scaled % kScale).rightJustified(kDecimals, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

QString ExchangeRate::format(const QLocale &locale) const
{
    QString fraction = QString::number(m_scaled % kScale).rightJustified(kDecimals, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return locale.toString(m_scaled / kScale) + locale.decimalPoint() + fraction;
}

ExchangeRate ExchangeRate::inverse() const
{
    if (!isValid())
        return {};
    const Wide q = divideRounded(Wide(kScale) * kScale, m_scaled);
    return q > 0 && q <= kMaxScaled ? fromScaled(qint64(q)) : ExchangeRate();
}

ExchangeRate ExchangeRate::dividedBy(const ExchangeRate &other) const
{
    if (!isValid() || !other.isValid())
        return {};
    const Wide q = divideRounded(Wide(m_scaled) * kScale, other.m_scaled);
    return q > 0 && q <= kMaxScaled ? fromScaled(qint64(q)) : ExchangeRate();
}

std::optional<qint64> ExchangeRate::convert(qint64 minor, const QString &from,
                                            const QString &to) const
{
    if (!isValid())
        return std::nullopt;
    const Wide numerator = Wide(minor) * m_scaled * pow10(Money::decimals(to));
    const Wide result = divideRounded(numerator, pow10(kDecimals + Money::decimals(from)));
    if (result > Money::kMaxMinorUnits || result < -Money::kMaxMinorUnits)
        return std::nullopt;
    return qint64(result);
}

void RateTable::add(const QDate &date, const QString &currency, const ExchangeRate &rate)
{
    std::vector<Point> &points = m_rates[currency];
    if (!points.empty() && points.back().date >= date)
        m_sorted = false;
    points.push_back({ date, rate.scaled() });
    m_last = nullptr;
    m_lastCurrency.clear();
}

const std::vector<RateTable::Point> *RateTable::points(const QString &currency) const
{
    if (!m_sorted) {
        for (auto &points : m_rates)
            std::stable_sort(points.begin(), points.end(),
                             [](const Point &a, const Point &b) { return a.date < b.date; });
        m_sorted = true;
    }
    if (m_last && currency == m_lastCurrency)
        return m_last;
    const auto it = m_rates.constFind(currency);
    m_lastCurrency = currency;
    m_last = it == m_rates.constEnd() ? nullptr : &*it;
    return m_last;
}

ExchangeRate RateTable::rateOn(const QString &currency, const QDate &date) const
{
    const std::vector<Point> *list = points(currency);
    if (!list)
        return {};
    // The first point after `date`; the one before it is in force.
    const auto after = std::upper_bound(list->begin(), list->end(), date,
                                        [](const QDate &d, const Point &p) { return d < p.date; });
    return after == list->begin() ? ExchangeRate() : ExchangeRate::fromScaled((after - 1)->scaled);
}

QDate RateTable::firstDate(const QString &currency) const
{
    const std::vector<Point> *list = points(currency);
    return list && !list->empty() ? list->front().date : QDate();
}

std::optional<qint64> RateTable::convert(qint64 minor, const QString &currency,
                                         const QDate &date) const
{
    if (currency == m_firm)
        return minor;
    return rateOn(currency, date).convert(minor, currency, m_firm);
}

} // namespace cd
