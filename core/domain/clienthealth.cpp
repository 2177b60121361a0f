#include "domain/clienthealth.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

ClientHealth ClientHealth::assess(const Signals &s)
{
    ClientHealth health;
    QList<std::pair<int, QString>> costs;
    const auto cost = [&costs](int points, const QString &reason) {
        costs.append({ points, reason });
    };

    if (!s.hasActiveContract)
        cost(20, tr("No active contract."));
    if (!s.daysSinceLastContact)
        cost(30, tr("Never contacted."));
    else if (*s.daysSinceLastContact > 90)
        cost(30, tr("No contact for %1 days.").arg(*s.daysSinceLastContact));
    else if (*s.daysSinceLastContact > 45)
        cost(15, tr("No contact for %1 days.").arg(*s.daysSinceLastContact));
    if (s.openRequestsPastDue > 0) {
        cost(std::min(30, 15 * s.openRequestsPastDue),
             tr("Open requests past the agreed response time: %1.").arg(s.openRequestsPastDue));
    }
    if (s.requestsClosedLateLast90Days > 0) {
        cost(std::min(15, 5 * s.requestsClosedLateLast90Days),
             tr("Requests answered late in the last 90 days: %1.")
                 .arg(s.requestsClosedLateLast90Days));
    }
    if (s.daysUntilNoticeDeadline && !s.renewalDecided && *s.daysUntilNoticeDeadline >= 0) {
        const QString deadline = s.noticeDeadline.toString(Qt::ISODate);
        if (*s.daysUntilNoticeDeadline <= 30)
            cost(25,
                 tr("Notice deadline %1 in %2 days without a renewal decision.")
                     .arg(deadline)
                     .arg(*s.daysUntilNoticeDeadline));
        else if (*s.daysUntilNoticeDeadline <= 60)
            cost(10,
                 tr("Notice deadline %1 in %2 days without a renewal decision.")
                     .arg(deadline)
                     .arg(*s.daysUntilNoticeDeadline));
    }
    if (s.revenuePrevious12Months > 0) {
        // Whole percent in integer arithmetic: money never goes through a double.
        const qint64 percent = s.revenueLast12Months * 100 / s.revenuePrevious12Months;
        if (percent < 70)
            cost(20, tr("Revenue down %1% on the year before.").arg(100 - percent));
        else if (percent < 90)
            cost(10, tr("Revenue down %1% on the year before.").arg(100 - percent));
    }

    std::stable_sort(costs.begin(), costs.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[points, reason] : std::as_const(costs)) {
        health.m_score -= points;
        health.m_reasons.append(reason);
    }
    health.m_score = std::max(0, health.m_score);
    health.m_level = health.m_score >= 75 ? Level::Good
        : health.m_score >= 50            ? Level::Watch
                                          : Level::AtRisk;
    return health;
}

QString ClientHealth::label(Level level)
{
    switch (level) {
    case Level::Good:
        return tr("Good");
    case Level::Watch:
        return tr("Watch");
    case Level::AtRisk:
        return tr("At risk");
    }
    return {};
}

QString ClientHealth::code(Level level)
{
    switch (level) {
    case Level::Good:
        return u"good"_s;
    case Level::Watch:
        return u"watch"_s;
    case Level::AtRisk:
        return u"at_risk"_s;
    }
    return {};
}

} // namespace cd
