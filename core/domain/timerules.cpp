#include "domain/timerules.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

QString timeStateCode(TimeState state)
{
    return state == TimeState::Invoiced ? u"invoiced"_s : u"open"_s;
}

std::optional<TimeState> timeStateFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"open"_s)
        return TimeState::Open;
    if (c == u"invoiced"_s)
        return TimeState::Invoiced;
    return std::nullopt;
}

namespace {

__extension__ typedef __int128 Wide; // products of two 64-bit values

/// "h.f" hours (f: decimal digits, at most 9) in whole minutes, rounded half away from zero;
/// nullopt when it is far beyond a day.
std::optional<qint64> decimalHoursToMinutes(const QString &whole, const QString &fraction)
{
    if (whole.size() > 6 || fraction.size() > 9)
        return std::nullopt;
    const qint64 hours = whole.isEmpty() ? 0 : whole.toLongLong();
    qint64 scale = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const qint64 digits = fraction.isEmpty() ? 0 : fraction.toLongLong();
    // digits / scale hours = digits × 60 / scale minutes, rounded half away from zero.
    const qint64 numerator = digits * 60;
    qint64 minutes = numerator / scale;
    if ((numerator % scale) * 2 >= scale)
        ++minutes;
    return hours * 60 + minutes;
}

} // namespace

Result<int> TimeRules::parseDuration(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return Error { tr("Type a duration such as 1:30, 1.5, 90m or 2h 15m.") };
    const QString quoted = input.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'\u2212')) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    const QString point = locale.decimalPoint();
    if (!point.isEmpty() && point != u"."_s && point != u","_s)
        text.replace(point, u"."_s);

    static const QRegularExpression clock(u"^(\\d{1,4}):(\\d{2})$"_s);
    static const QRegularExpression decimal(u"^(\\d*)(?:[.,](\\d*))?$"_s);
    static const QRegularExpression units(
        u"^(?:(\\d*)(?:[.,](\\d+))?\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d+)\\s*m(?:in(?:utes?|s)?)?)?$"_s);

    std::optional<qint64> minutes;
    if (const auto m = clock.match(text); m.hasMatch()) {
        const int mins = m.captured(2).toInt();
        if (mins >= 60)
            return Error { tr("“%1” has %2 minutes after the colon; type at most 59, as in 1:30.")
                               .arg(quoted)
                               .arg(mins) };
        minutes = m.captured(1).toLongLong() * 60 + mins;
    } else if (const auto d = decimal.match(text);
               d.hasMatch() && !(d.captured(1).isEmpty() && d.captured(2).isEmpty())) {
        minutes = decimalHoursToMinutes(d.captured(1), d.captured(2));
    } else if (const auto u = units.match(text);
               u.hasMatch() && (text.contains(u'h') || text.contains(u'm'))) {
        const bool hasHours = !u.captured(1).isEmpty() || !u.captured(2).isEmpty();
        const bool hasMinutes = !u.captured(3).isEmpty();
        if (!hasHours && !hasMinutes)
            return Error { tr("“%1” is not a duration; type one such as 1:30, 1.5, 90m or "
                              "2h 15m.")
                               .arg(quoted) };
        const std::optional<qint64> hours
            = hasHours ? decimalHoursToMinutes(u.captured(1), u.captured(2)) : qint64(0);
        if (hours && (!hasMinutes || u.captured(3).size() <= 6))
            minutes = *hours + (hasMinutes ? u.captured(3).toLongLong() : 0);
        else
            minutes = std::numeric_limits<qint64>::max();
    } else {
        return Error {
            tr("“%1” is not a duration; type one such as 1:30, 1.5, 90m or 2h 15m.").arg(quoted)
        };
    }
    if (!minutes)
        minutes = std::numeric_limits<qint64>::max();
    if (negative && *minutes > 0)
        return Error { tr("A duration cannot be negative: “%1”.").arg(quoted) };
    if (*minutes == 0)
        return Error {
            tr("A duration must be more than zero: “%1” is no time at all.").arg(quoted)
        };
    if (*minutes > kMaxMinutesPerDay)
        return Error {
            tr("“%1” is more than 24 hours; one entry covers at most one day.").arg(quoted)
        };
    return int(*minutes);
}

QString TimeRules::formatDuration(qint64 minutes)
{
    const bool negative = minutes < 0;
    const quint64 m = negative ? quint64(0) - quint64(minutes) : quint64(minutes);
    return (negative ? u"-"_s : QString()) + QString::number(m / 60) + u':'
        + QString::number(m % 60).rightJustified(2, u'0');
}

qint64 TimeRules::value(int minutes, qint64 rateMinor)
{
    const Wide product = Wide(minutes) * Wide(rateMinor);
    Wide quotient = product / 60;
    const Wide remainder = product % 60;
    // Half away from zero: a remainder of 30 or more (either sign) moves one unit outwards.
    if (remainder * 2 >= 60)
        ++quotient;
    else if (remainder * 2 <= -60)
        --quotient;
    return qint64(quotient);
}

Result<Money> TimeRules::parseRate(const QString &text, const QString &currency)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'-'))
        return Error {
            tr("The rate “%1” is negative; an hourly rate is zero or more.").arg(trimmed)
        };
    const int decimals = Money::decimals(currency);
    const qsizetype point = trimmed.indexOf(u'.');
    if (point >= 0 && trimmed.size() - point - 1 > decimals) {
        return Error {
            decimals == 0
                ? tr("The rate “%1” has decimals, but %2 has none.").arg(trimmed, currency)
                : tr("The rate “%1” has more decimals than %2 has (%3).")
                      .arg(trimmed, currency)
                      .arg(decimals)
        };
    }
    Result<Money> rate = Money::parse(trimmed, currency);
    if (!rate)
        return Error {
            tr("The rate “%1” is not an amount in %2: %3").arg(trimmed, currency, rate.error())
        };
    return rate;
}

QString TimeRules::futureDateProblem(const QDate &date, const QDate &today)
{
    if (!date.isValid() || !today.isValid() || date <= today)
        return {};
    return tr("%1 is in the future; time is logged on today or earlier.")
        .arg(date.toString(Qt::ISODate));
}

bool TimeRules::defaultBillable(const Contract *contract)
{
    return contract && contract->billingModel == BillingModel::Hourly;
}

QList<TimeRules::RetainerMonth> TimeRules::retainerMonths(int includedMinutes, bool rollover,
                                                          const QList<qint64> &usedPerMonth)
{
    QList<RetainerMonth> months;
    months.reserve(usedPerMonth.size());
    const qint64 included = std::max(0, includedMinutes);
    qint64 carried = 0;
    for (const qint64 used : usedPerMonth) {
        RetainerMonth month;
        month.includedMinutes = int(included);
        month.carriedMinutes = int(carried);
        month.usedMinutes = used;
        month.overageMinutes = std::max<qint64>(0, used - included - carried);
        months.append(month);
        // What is left of this month's own minutes (those carried in are used first) rolls
        // over to the next month, never further.
        carried = rollover ? std::clamp<qint64>(included + carried - used, 0, included) : 0;
    }
    return months;
}

} // namespace cd
