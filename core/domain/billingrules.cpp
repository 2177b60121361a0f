#include "domain/billingrules.h"

#include "domain/timeamounts.h"
#include "domain/timerules.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

__extension__ typedef __int128 Wide; // products of two 64-bit values

/// numerator ÷ denominator rounded half away from zero (denominator > 0).
qint64 divideRounded(Wide numerator, Wide denominator)
{
    const Wide magnitude = numerator < 0 ? -numerator : numerator;
    const Wide rounded = (magnitude * 2 + denominator) / (denominator * 2);
    return qint64(numerator < 0 ? -rounded : rounded);
}

QDate monthEnd(const QDate &monthStart)
{
    return monthStart.addMonths(1).addDays(-1);
}

QString monthName(const QDate &monthStart)
{
    return QLocale().standaloneMonthName(monthStart.month()) + u' '
        + QString::number(monthStart.year());
}

} // namespace

Result<QDate> BillingRules::parsePeriod(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    const QDate first = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1)
        : QDate();
    if (!first.isValid() || first.year() < 1900)
        return Error { tr("The period “%1” is not a month such as 2026-03.").arg(text) };
    return first;
}

QString BillingRules::periodCode(const QDate &anyDay)
{
    return anyDay.toString(u"yyyy-MM"_s);
}

Result<BillingRules::RunDates> BillingRules::runDates(const QDate &monthStart,
                                                      std::optional<QDate> date, const QDate &today)
{
    const QDate last = monthEnd(monthStart);
    const QString period = periodCode(monthStart);
    if (!date) {
        if (last >= today)
            return Error {
                tr("%1 has not ended yet: bill it with a date, today or earlier.").arg(period)
            };
        return RunDates { last, last, true };
    }
    if (!date->isValid())
        return Error { tr("The invoice date is not a valid date.") };
    if (*date > today)
        return Error { tr("The invoice date %1 is in the future: bill with today's date or an "
                          "earlier one.")
                           .arg(date->toString(Qt::ISODate)) };
    if (*date < monthStart)
        return Error { tr("The invoice date %1 is before %2, the month billed.")
                           .arg(date->toString(Qt::ISODate), period) };
    const QDate cutOff = std::min(*date, last);
    return RunDates { *date, cutOff, cutOff == last };
}

QDate BillingRules::billingEnd(ContractStatus status, const QDate &end, const QDate &terminatedOn,
                               bool autoRenew)
{
    if (status == ContractStatus::Terminated && terminatedOn.isValid())
        return end.isValid() ? std::min(end, terminatedOn) : terminatedOn;
    if (status == ContractStatus::Active && autoRenew)
        return {};
    return end;
}

qint64 BillingRules::proRata(qint64 feeMinor, int days, int daysInMonth)
{
    return divideRounded(Wide(feeMinor) * days, daysInMonth);
}

std::optional<BillingRules::RetainerShare> BillingRules::retainerShare(qint64 feeMinor,
                                                                       const QDate &start,
                                                                       const QDate &end,
                                                                       const QDate &monthStart)
{
    const QDate last = monthEnd(monthStart);
    const QDate from = start.isValid() ? std::max(start, monthStart) : monthStart;
    const QDate to = end.isValid() ? std::min(end, last) : last;
    if (from > to)
        return std::nullopt;
    RetainerShare share;
    share.from = from;
    share.to = to;
    share.days = int(from.daysTo(to)) + 1;
    share.daysInMonth = monthStart.daysInMonth();
    share.amountMinor
        = share.partial() ? proRata(feeMinor, share.days, share.daysInMonth) : feeMinor;
    return share;
}

bool BillingRules::instalmentDue(const Instalment &instalment, const QDate &monthEnd)
{
    if (instalment.milestone)
        return instalment.doneOn.isValid() && instalment.doneOn <= monthEnd;
    return instalment.dueDate.isValid() && instalment.dueDate <= monthEnd;
}

qint64 BillingRules::overageMinutes(const QDate &start, const QDate &end, int includedMinutes,
                                    bool rollover, const QHash<int, qint64> &usedPerMonth,
                                    const QDate &monthStart)
{
    const int wanted = monthIndex(monthStart);
    int first = start.isValid() ? monthIndex(start) : wanted;
    for (auto it = usedPerMonth.cbegin(); it != usedPerMonth.cend(); ++it)
        first = std::min(first, it.key());
    if (first > wanted)
        return 0;
    const int startMonth = start.isValid() ? monthIndex(start) : first;
    const int endMonth = end.isValid() ? monthIndex(end) : wanted;
    QList<qint64> included, used;
    for (int m = first; m <= wanted; ++m) {
        included.append(m >= startMonth && m <= endMonth ? includedMinutes : 0);
        used.append(usedPerMonth.value(m));
    }
    const QList<timeamounts::RetainerMonth> months
        = timeamounts::retainerMonths(included, rollover, used);
    return months.isEmpty() ? 0 : months.constLast().overage;
}

QList<BillingRules::OverageShare>
BillingRules::overageEntries(const QList<OverageCandidate> &latestFirst, qint64 overageMinutes)
{
    QList<OverageShare> shares;
    qint64 left = overageMinutes;
    for (const OverageCandidate &c : latestFirst) {
        if (left <= 0)
            break;
        const qint64 share = std::min<qint64>(left, c.minutes);
        left -= share;
        shares.append({ c.id, share });
    }
    return shares;
}

qint64 BillingRules::hoursMilli(qint64 minutes)
{
    return divideRounded(Wide(minutes) * 1000, 60);
}

QString BillingRules::retainerKey(qint64 contractId, const QString &period)
{
    return u"retainer:%1:%2"_s.arg(contractId).arg(period);
}

QString BillingRules::overageKey(qint64 contractId, const QString &period)
{
    return u"overage:%1:%2"_s.arg(contractId).arg(period);
}

QString BillingRules::instalmentKey(qint64 instalmentId)
{
    return u"instalment:%1"_s.arg(instalmentId);
}

QString BillingRules::retainerDescription(const RetainerShare &share, const QDate &monthStart)
{
    if (!share.partial())
        return tr("Retainer %1").arg(monthName(monthStart));
    return tr("Retainer %1 (%2 of %3 days, %4 to %5)")
        .arg(monthName(monthStart))
        .arg(share.days)
        .arg(share.daysInMonth)
        .arg(share.from.toString(Qt::ISODate), share.to.toString(Qt::ISODate));
}

QString BillingRules::overageDescription(qint64 minutes, const QDate &monthStart)
{
    return tr("Overage %1: %2 hours above the included hours")
        .arg(monthName(monthStart), TimeRules::formatDuration(minutes));
}

QString BillingRules::hoursDescription(const QString &person, const QDate &first, const QDate &last)
{
    if (first == last)
        return tr("Hours of %1, %2").arg(person, first.toString(Qt::ISODate));
    return tr("Hours of %1, %2 to %3")
        .arg(person, first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

} // namespace cd
