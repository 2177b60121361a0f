#include "storage/clientagendaquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
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

Result<QList<ClientAgendaQuery::OverdueInvoice>>
ClientAgendaQuery::overdueInvoices(const QDate &today) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT i.account_id, a.name, i.number, i.due_date, i.total_minor - i.paid_minor, "
              "i.currency FROM invoices i JOIN accounts a ON a.id = i.account_id "
              "WHERE i.state IN ('issued', 'partly_paid') AND i.due_date < :today "
              "ORDER BY i.due_date, i.number"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the overdue invoices failed"), q);
    QList<OverdueInvoice> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     sql::toDate(q.value(3)), q.value(4).toLongLong(), q.value(5).toString() });
    return out;
}

Result<QList<ClientAgendaQuery::FollowUp>> ClientAgendaQuery::followUpsDue(const QDate &today) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT i.id, i.account_id, a.name, i.subject, i.follow_up_on FROM interactions i "
              "JOIN accounts a ON a.id = i.account_id WHERE "
              "i.follow_up_done = 0 AND i.follow_up_on IS NOT NULL "
              "AND i.follow_up_on <= :today"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the follow-ups failed"), q);
    QList<FollowUp> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), sql::toDate(q.value(4)) });
    return out;
}

Result<QHash<qint64, qint64>> ClientAgendaQuery::managers() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, manager_id FROM accounts WHERE manager_id IS NOT NULL"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the account managers failed"), q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
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

namespace cd {

Result<QList<ClientAgendaQuery::HoursContract>> ClientAgendaQuery::hoursContracts() const
{
    const QString what = tr("Reading the hours of retainers and fixed fees failed");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.account_id, a.name, c.reference, c.billing_model, c.start_date, "
              "c.end_date, c.included_minutes, c.rollover, c.overage_rate_minor, c.currency, "
              "c.budget_minutes FROM contracts c JOIN accounts a ON a.id = c.account_id "
              "WHERE c.status = 'active' AND ((c.billing_model = 'retainer' AND "
              "c.included_minutes IS NOT NULL) OR (c.billing_model = 'fixed' AND "
              "c.budget_minutes IS NOT NULL)) ORDER BY c.id"_s);
    if (!q.exec())
        return Database::sqlError(what, q);
    QList<HoursContract> out;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        HoursContract row;
        Contract &c = row.contract;
        c.id = q.value(0).toLongLong();
        c.accountId = q.value(1).toLongLong();
        row.accountName = q.value(2).toString();
        c.reference = q.value(3).toString();
        c.billingModel
            = fromCode<BillingModel>(q.value(4).toString()).value_or(BillingModel::Fixed);
        c.start = sql::toDate(q.value(5));
        c.end = sql::toDate(q.value(6));
        c.includedMinutes = q.value(7).toInt();
        c.rollover = q.value(8).toInt() != 0;
        if (!q.value(9).isNull())
            c.overageRateMinor = q.value(9).toLongLong();
        c.fee = Money(0, q.value(10).toString());
        c.budgetMinutes = q.value(11).toInt();
        c.status = ContractStatus::Active;
        byId.insert(c.id, out.size());
        out.append(std::move(row));
    }
    if (out.isEmpty())
        return out;

    // The minutes per contract and month.
    QSqlQuery m(m_db.connection());
    m.setForwardOnly(true);
    m.prepare(u"SELECT t.contract_id, substr(t.entry_date, 1, 7), sum(t.minutes) "
              "FROM time_entries t JOIN contracts c ON c.id = t.contract_id "
              "WHERE c.status = 'active' AND ((c.billing_model = 'retainer' AND "
              "c.included_minutes IS NOT NULL) OR (c.billing_model = 'fixed' AND "
              "c.budget_minutes IS NOT NULL)) "
              "GROUP BY t.contract_id, substr(t.entry_date, 1, 7) "
              "ORDER BY t.contract_id, substr(t.entry_date, 1, 7)"_s);
    if (!m.exec())
        return Database::sqlError(what, m);
    while (m.next()) {
        const auto at = byId.constFind(m.value(0).toLongLong());
        if (at == byId.cend())
            continue; // became active while this was read
        HoursContract &row = out[*at];
        const qint64 minutes = m.value(2).toLongLong();
        row.monthMinutes.append({ m.value(1).toString(), minutes });
        row.totalMinutes += minutes;
    }
    return out;
}

} // namespace cd
