#include "storage/calendarquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// " AND a.manager_id = :manager" when the items are one manager's, bound by bindManager.
QString managerClause(std::optional<qint64> managerId)
{
    return managerId ? u" AND a.manager_id = :manager"_s : QString();
}

void bindManager(QSqlQuery &q, std::optional<qint64> managerId)
{
    if (managerId)
        q.bindValue(u":manager"_s, *managerId);
}

} // namespace

CalendarQuery::CalendarQuery(Database &database) : m_db(database) { }

Result<QList<CalendarItem>> CalendarQuery::items(const QDate &from, const QDate &to,
                                                 std::optional<qint64> managerId) const
{
    using Kind = CalendarItem::Kind;
    QList<CalendarItem> out;
    const auto inWindow = [&from, &to](const QDate &day) {
        return day.isValid() && day >= from && day <= to;
    };

    // A notice deadline lies on or before its contract's end, so a contract ending before
    // `from` has nothing in the window.
    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    c.prepare(u"SELECT c.id, c.account_id, a.name, c.reference, c.end_date, c.notice_days, "
              "c.auto_renew FROM contracts c JOIN accounts a ON a.id = c.account_id "
              "WHERE c.status = 'active' AND c.end_date IS NOT NULL AND c.end_date >= :from"_s
              + managerClause(managerId));
    c.bindValue(u":from"_s, sql::date(from));
    bindManager(c, managerId);
    if (!c.exec())
        return Database::sqlError(tr("Reading the contracts' deadlines failed"), c);
    while (c.next()) {
        CalendarItem item;
        item.recordId = c.value(0).toLongLong();
        item.accountId = c.value(1).toLongLong();
        item.account = c.value(2).toString();
        item.title = c.value(3).toString();
        item.contractEnd = sql::toDate(c.value(4));
        item.autoRenew = c.value(6).toInt() != 0;
        const int noticeDays = c.value(5).toInt();
        if (noticeDays > 0 && inWindow(item.contractEnd.addDays(-noticeDays))) {
            item.kind = Kind::NoticeDeadline;
            item.date = item.contractEnd.addDays(-noticeDays);
            out.append(item);
        }
        if (inWindow(item.contractEnd)) {
            item.kind = item.autoRenew ? Kind::Renewal : Kind::ContractEnd;
            item.date = item.contractEnd;
            out.append(item);
        }
    }

    QSqlQuery f(m_db.connection());
    f.setForwardOnly(true);
    f.prepare(u"SELECT i.id, i.account_id, a.name, i.subject, i.follow_up_on FROM interactions i "
              "JOIN accounts a ON a.id = i.account_id WHERE i.follow_up_done = 0 "
              "AND i.follow_up_on >= :from AND i.follow_up_on <= :to"_s
              + managerClause(managerId));
    f.bindValue(u":from"_s, sql::date(from));
    f.bindValue(u":to"_s, sql::date(to));
    bindManager(f, managerId);
    if (!f.exec())
        return Database::sqlError(tr("Reading the follow-ups failed"), f);
    while (f.next()) {
        CalendarItem item;
        item.kind = Kind::FollowUp;
        item.recordId = f.value(0).toLongLong();
        item.accountId = f.value(1).toLongLong();
        item.account = f.value(2).toString();
        item.title = f.value(3).toString();
        item.date = sql::toDate(f.value(4));
        out.append(std::move(item));
    }

    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    r.prepare(u"SELECT r.id, r.account_id, a.name, r.title, r.due_at FROM service_requests r "
              "JOIN accounts a ON a.id = r.account_id WHERE r.status <> 'closed' "
              "AND r.due_at >= :from AND r.due_at < :after"_s
              + managerClause(managerId));
    r.bindValue(u":from"_s, sql::timestamp(from.startOfDay()));
    r.bindValue(u":after"_s, sql::timestamp(to.addDays(1).startOfDay()));
    bindManager(r, managerId);
    if (!r.exec())
        return Database::sqlError(tr("Reading the service requests' due times failed"), r);
    while (r.next()) {
        CalendarItem item;
        item.kind = Kind::RequestDue;
        item.recordId = r.value(0).toLongLong();
        item.accountId = r.value(1).toLongLong();
        item.account = r.value(2).toString();
        item.title = r.value(3).toString();
        item.dueAt = sql::toDateTime(r.value(4));
        item.date = item.dueAt.date();
        out.append(std::move(item));
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const CalendarItem &a, const CalendarItem &b) { return a.date < b.date; });
    return out;
}

} // namespace cd
