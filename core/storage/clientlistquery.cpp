#include "storage/clientlistquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// A forward-only query on `database` prepared with `sql`, narrowed by :all and :only.
QSqlQuery narrowed(Database &database, const QString &sql, std::optional<qint64> only)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(u":all"_s, only ? 0 : 1);
    query.bindValue(u":only"_s, only.value_or(0));
    return query;
}

} // namespace

ClientListQuery::ClientListQuery(Database &database, std::optional<qint64> only)
    : m_db(database), m_only(only)
{ }

Result<QList<ClientListQuery::Client>> ClientListQuery::clients() const
{
    QSqlQuery q = narrowed(m_db,
                           u"SELECT a.id, a.name, a.industry, a.region, a.status, u.name, "
                           "a.manager_id FROM accounts a "
                           "LEFT JOIN users u ON u.id = a.manager_id WHERE a.kind = 'client' "
                           "AND (:all = 1 OR a.id = :only)"_s,
                           m_only);
    if (!q.exec())
        return Database::sqlError(tr("Reading the clients failed"), q);
    QList<Client> out;
    while (q.next()) {
        Client row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.industry = q.value(2).toString();
        row.region = q.value(3).toString();
        row.status = fromCode<AccountStatus>(q.value(4).toString()).value_or(AccountStatus::Active);
        row.manager = q.value(5).toString();
        row.managerId = sql::toId(q.value(6));
        out.append(std::move(row));
    }
    return out;
}

Result<QList<Contract>> ClientListQuery::activeContracts() const
{
    QSqlQuery q = narrowed(m_db,
                           u"SELECT account_id, reference, billing_model, fee_minor, currency, "
                           "estimated_hours, start_date, end_date, auto_renew, notice_days "
                           "FROM contracts WHERE status = 'active' "
                           "AND (:all = 1 OR account_id = :only)"_s,
                           m_only);
    if (!q.exec())
        return Database::sqlError(tr("Reading the active contracts failed"), q);
    QList<Contract> out;
    while (q.next()) {
        Contract c;
        c.accountId = q.value(0).toLongLong();
        c.reference = q.value(1).toString();
        c.billingModel
            = fromCode<BillingModel>(q.value(2).toString()).value_or(BillingModel::Retainer);
        c.fee = Money(q.value(3).toLongLong(), q.value(4).toString());
        c.estimatedHours = q.value(5).toInt();
        c.start = sql::toDate(q.value(6));
        c.end = sql::toDate(q.value(7));
        c.autoRenew = q.value(8).toInt() != 0;
        c.noticeDays = q.value(9).toInt();
        c.status = ContractStatus::Active;
        out.append(std::move(c));
    }
    return out;
}

Result<QHash<qint64, ClientListQuery::OpenRequests>>
ClientListQuery::openRequests(const QDateTime &now) const
{
    QSqlQuery q = narrowed(m_db,
                           u"SELECT account_id, COUNT(*), SUM(CASE WHEN due_at < :now THEN 1 "
                           "ELSE 0 END) FROM service_requests WHERE status <> 'closed' "
                           "AND (:all = 1 OR account_id = :only) GROUP BY account_id"_s,
                           m_only);
    q.bindValue(u":now"_s, sql::timestamp(now));
    if (!q.exec())
        return Database::sqlError(tr("Reading the open service requests failed"), q);
    QHash<qint64, OpenRequests> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), { q.value(1).toInt(), q.value(2).toInt() });
    return out;
}

Result<QHash<qint64, int>> ClientListQuery::requestsClosedLate(const QDateTime &since) const
{
    QSqlQuery q = narrowed(m_db,
                           u"SELECT account_id, COUNT(*) FROM service_requests WHERE status = "
                           "'closed' AND closed_at > due_at AND closed_at >= :since "
                           "AND (:all = 1 OR account_id = :only) GROUP BY account_id"_s,
                           m_only);
    q.bindValue(u":since"_s, sql::timestamp(since));
    if (!q.exec())
        return Database::sqlError(tr("Reading the late service requests failed"), q);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<QHash<qint64, ClientListQuery::OverdueInvoices>>
ClientListQuery::overdueInvoices(const QDate &today) const
{
    QSqlQuery q = narrowed(m_db,
                           u"SELECT account_id, COUNT(*), MIN(due_date) FROM invoices WHERE "
                           "state IN ('issued', 'partly_paid') AND due_date < :today "
                           "AND (:all = 1 OR account_id = :only) GROUP BY account_id"_s,
                           m_only);
    q.bindValue(u":today"_s, sql::date(today));
    if (!q.exec())
        return Database::sqlError(tr("Reading the overdue invoices failed"), q);
    QHash<qint64, OverdueInvoices> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), { q.value(1).toInt(), sql::toDate(q.value(2)) });
    return out;
}

Result<QHash<qint64, QDate>> ClientListQuery::lastContacts(const QDateTime &now) const
{
    QSqlQuery q = narrowed(m_db,
                           u"SELECT i.account_id, MAX(i.occurred_at) FROM interactions i "
                           "JOIN accounts a ON a.id = i.account_id WHERE a.kind = 'client' "
                           "AND i.occurred_at <= :now AND (:all = 1 OR a.id = :only) "
                           "GROUP BY i.account_id"_s,
                           m_only);
    q.bindValue(u":now"_s, sql::timestamp(now));
    if (!q.exec())
        return Database::sqlError(tr("Reading the last contacts failed"), q);
    QHash<qint64, QDate> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), sql::toDateTime(q.value(1)).date());
    return out;
}

Result<QHash<qint64, ClientListQuery::Revenue>> ClientListQuery::revenue(const QDate &today) const
{
    // Two years of revenue per client and currency, through the (account, date) index: the
    // converted amounts, and the entries without one (no rate on or before their day).
    QSqlQuery q
        = narrowed(m_db,
                   u"SELECT a.id, r.currency, "
                   "SUM(CASE WHEN r.entry_date > :yearAgo THEN r.converted_minor ELSE 0 END), "
                   "SUM(CASE WHEN r.entry_date <= :yearAgo THEN r.converted_minor ELSE 0 END), "
                   "SUM(CASE WHEN r.converted_minor IS NULL THEN 1 ELSE 0 END), "
                   "SUM(CASE WHEN r.converted_minor IS NULL THEN r.amount_minor ELSE 0 END) "
                   "FROM accounts a JOIN revenue_entries r ON r.account_id = a.id "
                   "AND r.entry_date > :twoYearsAgo AND r.entry_date <= :today "
                   "WHERE a.kind = 'client' AND (:all = 1 OR a.id = :only) "
                   "GROUP BY a.id, r.currency"_s,
                   m_only);
    q.bindValue(u":yearAgo"_s, today.addYears(-1).toString(Qt::ISODate));
    q.bindValue(u":twoYearsAgo"_s, today.addYears(-2).toString(Qt::ISODate));
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the revenue of the clients failed"), q);
    QHash<qint64, Revenue> out;
    while (q.next()) {
        Revenue &r = out[q.value(0).toLongLong()];
        if (__builtin_add_overflow(r.last12Months, q.value(2).toLongLong(), &r.last12Months)
            || __builtin_add_overflow(r.previous12Months, q.value(3).toLongLong(),
                                      &r.previous12Months))
            return Error { tr("The revenue of client %1 adds up to more than ClientDesk can "
                              "count exactly; run 'clientdesk check' to find the amounts that "
                              "are too large.")
                               .arg(q.value(0).toLongLong()) };
        r.unconverted.add(q.value(1).toString(), q.value(4).toLongLong(), q.value(5).toLongLong());
    }
    return out;
}

Result<QList<qint64>> ClientListQuery::matchingIds(Database &database, const ClientFilter &f)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM accounts WHERE kind = 'client' "
              "AND (:noSearch = 1 OR lower(name) LIKE :pattern ESCAPE '\\') "
              "AND (:noManager = 1 OR manager_id = :manager) "
              "AND (:noStatus = 1 OR status = :status) "
              "AND (:noIndustry = 1 OR industry = :industry) "
              "AND (:noRegion = 1 OR region = :region)"_s);
    const QString search = f.search.trimmed();
    q.bindValue(u":noSearch"_s, search.isEmpty() ? 1 : 0);
    q.bindValue(u":pattern"_s, sql::containsPattern(search));
    q.bindValue(u":noManager"_s, f.managerId ? 0 : 1);
    q.bindValue(u":manager"_s, f.managerId.value_or(0));
    q.bindValue(u":noStatus"_s, f.status ? 0 : 1);
    q.bindValue(u":status"_s, f.status ? toCode(*f.status) : QString());
    q.bindValue(u":noIndustry"_s, f.industry.isEmpty() ? 1 : 0);
    q.bindValue(u":industry"_s, f.industry);
    q.bindValue(u":noRegion"_s, f.region.isEmpty() ? 1 : 0);
    q.bindValue(u":region"_s, f.region);
    if (!q.exec())
        return Database::sqlError(tr("Searching the clients failed"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace cd
