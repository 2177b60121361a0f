#include "storage/clientagendaquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

ClientAgendaQuery::ClientAgendaQuery(Database &database) : m_db(database) { }

Result<QList<ClientAgendaQuery::EndingContract>>
ClientAgendaQuery::contractsEndingFrom(const QDate &today) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.account_id, a.name, c.reference, c.end_date, c.notice_days, c.auto_renew "
              "FROM contracts c JOIN accounts a ON a.id = c.account_id "
              "WHERE c.status = 'active' AND c.end_date IS NOT NULL AND c.end_date >= :today"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the notice deadlines failed"), q);
    QList<EndingContract> out;
    while (q.next()) {
        EndingContract row;
        row.contract.accountId = q.value(0).toLongLong();
        row.accountName = q.value(1).toString();
        row.contract.reference = q.value(2).toString();
        row.contract.end = sql::toDate(q.value(3));
        row.contract.noticeDays = q.value(4).toInt();
        row.contract.autoRenew = q.value(5).toInt() != 0;
        row.contract.status = ContractStatus::Active;
        out.append(std::move(row));
    }
    return out;
}

Result<QList<ClientAgendaQuery::FollowUp>> ClientAgendaQuery::followUpsDue(const QDate &today) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT i.account_id, a.name, i.subject, i.follow_up_on FROM interactions i "
              "JOIN accounts a ON a.id = i.account_id WHERE a.kind = 'client' "
              "AND i.follow_up_done = 0 AND i.follow_up_on IS NOT NULL "
              "AND i.follow_up_on <= :today"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the follow-ups failed"), q);
    QList<FollowUp> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     sql::toDate(q.value(3)) });
    return out;
}

Result<QList<ClientAgendaQuery::Request>>
ClientAgendaQuery::requestsPastDue(const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.account_id, a.name, r.title, r.due_at FROM service_requests r "
              "JOIN accounts a ON a.id = r.account_id WHERE r.status <> 'closed' "
              "AND r.due_at < :now"_s);
    q.bindValue(u":now"_s, sql::timestamp(now));
    if (!q.exec())
        return Database::sqlError(tr("Reading the overdue requests failed"), q);
    QList<Request> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     sql::toDateTime(q.value(3)) });
    return out;
}

} // namespace cd
