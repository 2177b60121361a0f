#include "services/calendarservice.h"

#include "io/wholefile.h"
#include "storage/calendarquery.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace cd {

CalendarService::CalendarService(Database &database) : m_db(database) { }

Result<QList<CalendarItem>> CalendarService::items(const QDateTime &now, int days,
                                                   std::optional<qint64> managerId) const
{
    const QDate today = now.date();
    return CalendarQuery(m_db).items(today.addDays(-missedDays), today.addDays(days), managerId);
}

bool CalendarService::isMissed(const CalendarItem &item, const QDateTime &now)
{
    if (item.kind == CalendarItem::Kind::RequestDue)
        return item.dueAt < now;
    return item.date < now.date();
}

ICalendarWriter::Event CalendarService::event(const CalendarItem &item, const QDateTime &now,
                                              const QLocale &locale)
{
    using Kind = CalendarItem::Kind;
    const auto day = [&locale](const QDate &d) {
        return locale.toString(d, QLocale::LongFormat);
    };
    ICalendarWriter::Event e;
    e.day = item.date;
    QString code;
    switch (item.kind) {
    case Kind::NoticeDeadline:
        code = u"notice"_s;
        e.category = tr("Notice deadline");
        e.summary = tr("Notice deadline: %1, %2").arg(item.account, item.title);
        e.description = item.autoRenew
            ? tr("The last day to give notice on %1 of %2: without notice it renews itself on "
                 "%3.")
                  .arg(item.title, item.account, day(item.contractEnd))
            : tr("The last day to give notice on %1 of %2, which ends on %3: agree a renewal or "
                 "a new contract with the client.")
                  .arg(item.title, item.account, day(item.contractEnd));
        break;
    case Kind::Renewal:
        code = u"renewal"_s;
        e.category = tr("Renewal");
        e.summary = tr("Renews: %1, %2").arg(item.account, item.title);
        e.description = tr("%1 of %2 renews itself for another term on %3.")
                            .arg(item.title, item.account, day(item.contractEnd));
        break;
    case Kind::ContractEnd:
        code = u"end"_s;
        e.category = tr("Contract end");
        e.summary = tr("Contract ends: %1, %2").arg(item.account, item.title);
        e.description = tr("%1 of %2 ends on %3: close it, or agree a renewal.")
                            .arg(item.title, item.account, day(item.contractEnd));
        break;
    case Kind::FollowUp:
        code = u"follow-up"_s;
        e.category = tr("Follow-up");
        e.summary = tr("Follow-up: %1, “%2”").arg(item.account, item.title);
        e.description = tr("Follow up with %1: “%2”.").arg(item.account, item.title);
        break;
    case Kind::RequestDue:
        code = u"request"_s;
        e.category = tr("Service request");
        e.at = item.dueAt;
        e.summary = tr("Request due: %1, “%2”").arg(item.account, item.title);
        e.description
            = tr("The service request “%1” of %2 is due by %3 %4 under its service level.")
                  .arg(item.title, item.account, day(item.dueAt.date()),
                       locale.toString(item.dueAt.time(), u"HH:mm"_s));
        break;
    }
    e.uid = u"%1-%2@clientdesk"_s.arg(code).arg(item.recordId);
    if (isMissed(item, now)) {
        // Said in words: the event is in the past, and still open.
        e.summary = tr("Missed: %1").arg(e.summary);
        e.description += u' '
            + (item.kind == Kind::RequestDue
                   ? tr("It is still open.")
                   : tr("It was due on %1 and is still open.").arg(day(item.date)));
    }
    return e;
}

Result<CalendarService::Written> CalendarService::writeFile(const QString &path,
                                                            const QDateTime &now, int days,
                                                            std::optional<qint64> managerId,
                                                            const QString &managerName,
                                                            const QLocale &locale) const
{
    const auto read = items(now, days, managerId);
    if (!read)
        return Error { read.error() };
    Written written;
    QList<ICalendarWriter::Event> events;
    events.reserve(read->size());
    for (const CalendarItem &item : *read) {
        events.append(event(item, now, locale));
        written.missed += isMissed(item, now) ? 1 : 0;
    }
    written.events = events.size();
    const QString name = managerName.isEmpty() ? tr("ClientDesk deadlines")
                                               : tr("ClientDesk deadlines: %1").arg(managerName);
    if (Status ok = WholeFile::write(path, ICalendarWriter::write(name, events, now)); !ok)
        return Error { ok.error() };
    return written;
}

} // namespace cd
