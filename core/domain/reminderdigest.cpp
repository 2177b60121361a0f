#include "domain/reminderdigest.h"

#include <QLocale>
#include <QStringList>

#include <array>

namespace cd {

std::optional<ReminderDigest> ReminderDigest::of(const QList<CalendarItem> &items,
                                                 const QDateTime &now)
{
    using Kind = CalendarItem::Kind;
    struct Counts
    {
        int missed = 0;
        int today = 0;
        int week = 0;
    };
    constexpr std::array kinds { Kind::NoticeDeadline, Kind::Renewal, Kind::ContractEnd,
                                 Kind::FollowUp, Kind::RequestDue };
    std::array<Counts, kinds.size()> counts {};
    const QDate today = now.date();
    int total = 0;
    for (const CalendarItem &item : items) {
        Counts &c = counts.at(std::size_t(item.kind));
        const bool missed = item.kind == Kind::RequestDue ? item.dueAt < now : item.date < today;
        if (missed)
            ++c.missed;
        else if (item.date == today)
            ++c.today;
        else if (item.kind == Kind::NoticeDeadline && today.daysTo(item.date) < weekDays)
            ++c.week;
        else
            continue;
        ++total;
    }
    if (total == 0)
        return std::nullopt;

    const QLocale locale;
    QStringList lines;
    for (const Kind kind : kinds) {
        const Counts &c = counts.at(std::size_t(kind));
        if (c.missed + c.today + c.week == 0)
            continue;
        QStringList parts;
        if (c.missed > 0)
            parts.append(tr("missed: %1").arg(locale.toString(c.missed)));
        if (c.today > 0)
            parts.append(tr("today: %1").arg(locale.toString(c.today)));
        if (c.week > 0)
            parts.append(tr("this week: %1").arg(locale.toString(c.week)));
        const QString name = kind == Kind::NoticeDeadline ? tr("Notice deadlines")
            : kind == Kind::Renewal                       ? tr("Renewals")
            : kind == Kind::ContractEnd                   ? tr("Contract ends")
            : kind == Kind::FollowUp                      ? tr("Follow-ups")
                                                          : tr("Service requests");
        lines.append(tr("%1 — %2").arg(name, parts.join(tr(", "))));
    }
    ReminderDigest digest;
    digest.count = total;
    digest.title = tr("ClientDesk: needs attention (%1)").arg(locale.toString(total));
    digest.body = lines.join(u'\n');
    return digest;
}

} // namespace cd
