#include "domain/clienthealth.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

QList<std::pair<QString, int>> HealthWeights::toSettings() const
{
    return { { u"health_no_contract"_s, noContract },
             { u"health_no_contact_90"_s, noContactLong },
             { u"health_no_contact_45"_s, noContactMedium },
             { u"health_request_overdue"_s, requestOverdue },
             { u"health_request_late"_s, requestLate },
             { u"health_notice_30"_s, noticeSoon },
             { u"health_notice_60"_s, noticeLater },
             { u"health_revenue_70"_s, revenueDownMuch },
             { u"health_revenue_90"_s, revenueDown },
             { u"health_invoice_overdue"_s, invoiceOverdue } };
}

bool HealthWeights::set(const QString &key, int value)
{
    int *const fields[]
        = { &noContract, &noContactLong, &noContactMedium, &requestOverdue, &requestLate,
            &noticeSoon, &noticeLater,   &revenueDownMuch, &revenueDown,    &invoiceOverdue };
    const auto keys = toSettings();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).first == key) {
            *fields[i] = value;
            return true;
        }
    }
    return false;
}

QStringList HealthWeights::validate() const
{
    QStringList problems;
    const QLocale locale;
    for (const auto &[key, value] : toSettings()) {
        if (value < 0 || value > kMaximum)
            problems.append(ClientHealth::tr("The health weight “%1” is %2; it must be from %3 "
                                             "to %4 points.")
                                .arg(key, locale.toString(value), locale.toString(0),
                                     locale.toString(kMaximum)));
    }
    return problems;
}

ClientHealth ClientHealth::assess(const Signals &s, const HealthWeights &w)
{
    ClientHealth health;
    QList<std::pair<int, QString>> costs;
    const auto cost = [&costs](int points, const QString &reason) {
        if (points > 0)
            costs.append({ points, reason });
    };
    const QLocale locale;

    if (!s.hasActiveContract)
        cost(w.noContract, tr("No active contract."));
    if (!s.daysSinceLastContact)
        cost(w.noContactLong, tr("Never contacted."));
    else if (*s.daysSinceLastContact > 90)
        cost(w.noContactLong,
             tr("No contact for %1 days.").arg(locale.toString(*s.daysSinceLastContact)));
    else if (*s.daysSinceLastContact > 45)
        cost(w.noContactMedium,
             tr("No contact for %1 days.").arg(locale.toString(*s.daysSinceLastContact)));
    if (s.openRequestsPastDue > 0) {
        cost(w.requestOverdue * std::min(2, s.openRequestsPastDue),
             tr("Open requests past the agreed response time: %1.")
                 .arg(locale.toString(s.openRequestsPastDue)));
    }
    if (s.requestsClosedLateLast90Days > 0) {
        cost(w.requestLate * std::min(3, s.requestsClosedLateLast90Days),
             tr("Requests answered late in the last 90 days: %1.")
                 .arg(locale.toString(s.requestsClosedLateLast90Days)));
    }
    if (s.daysUntilNoticeDeadline && !s.renewalDecided && *s.daysUntilNoticeDeadline >= 0) {
        const QString deadline = locale.toString(s.noticeDeadline, QLocale::ShortFormat);
        const QString sentence = tr("Notice deadline %1 in %2 days without a renewal decision.")
                                     .arg(deadline, locale.toString(*s.daysUntilNoticeDeadline));
        if (*s.daysUntilNoticeDeadline <= 30)
            cost(w.noticeSoon, sentence);
        else if (*s.daysUntilNoticeDeadline <= 60)
            cost(w.noticeLater, sentence);
    }
    if (s.revenuePrevious12Months > 0) {
        // Whole percent in integer arithmetic: money never goes through a double.
        const qint64 percent = s.revenueLast12Months * 100 / s.revenuePrevious12Months;
        const QString sentence
            = tr("Revenue down %1% on the year before.").arg(locale.toString(100 - percent));
        if (percent < 70)
            cost(w.revenueDownMuch, sentence);
        else if (percent < 90)
            cost(w.revenueDown, sentence);
    }
    if (s.invoicesOverdue > 0) {
        cost(w.invoiceOverdue,
             tr("Invoices past due: %1, the oldest by %2 days.")
                 .arg(locale.toString(s.invoicesOverdue), locale.toString(s.daysMostOverdue)));
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
