#pragma once

#include <QList>

#include <algorithm>

// A retainer's months over its whole history for `clientdesk time` (docs/design.md, "Time"):
// the rule of TimeRules::retainerMonths (carried minutes used first, unused own minutes roll
// over one month), with the included minutes given per month, so that months outside the
// contract's term include none.
namespace cd::timeamounts {

/// One month of a retainer: the included minutes, the unused minutes of the month before
/// (when it rolls over), the minutes used and those over both.
struct RetainerMonth
{
    qint64 included = 0;
    qint64 carried = 0;
    qint64 used = 0;
    qint64 overage = 0;
};

/// The months of a retainer in order, from the minutes included and used in each
/// (consecutive months; 0 included outside the contract's term). Used minutes take the
/// carried minutes first, then the month's own; the month's own that are left roll over to
/// the next month only (one month at most) when `rollover`.
inline QList<RetainerMonth> retainerMonths(const QList<qint64> &includedPerMonth, bool rollover,
                                           const QList<qint64> &usedPerMonth)
{
    QList<RetainerMonth> months;
    months.reserve(usedPerMonth.size());
    qint64 carried = 0;
    for (qsizetype i = 0; i < usedPerMonth.size(); ++i) {
        const qint64 included = includedPerMonth.value(i);
        const qint64 used = usedPerMonth.at(i);
        months.append({ included, carried, used, std::max<qint64>(0, used - included - carried) });
        const qint64 ownUsed = std::max<qint64>(0, used - carried);
        carried = rollover ? std::max<qint64>(0, included - ownUsed) : 0;
    }
    return months;
}

} // namespace cd::timeamounts
