#include "storage/portfolioquery.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kIsoDate = u"yyyy-MM-dd"_s;
const QString kIsoTimestamp = u"yyyy-MM-ddTHH:mm:ss"_s;

/// A forward-only query on `database` prepared with `sql`.
QSqlQuery prepared(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

/// Runs `query`, which counts one number, and returns it (0 without a row).
Result<qint64> single(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Database::sqlError(what, query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

PortfolioQuery::PortfolioQuery(Database &database) : m_db(database) { }

Result<QList<PortfolioQuery::AccountCount>> PortfolioQuery::accountsByKindAndStatus() const
{
    // The (kind, status) index answers this on its own.
    QSqlQuery q
        = prepared(m_db, u"SELECT kind, status, COUNT(*) FROM accounts GROUP BY kind, status"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the number of accounts"), q);
    QList<AccountCount> out;
    while (q.next())
        out.append({ fromCode<AccountKind>(q.value(0).toString()),
                     fromCode<AccountStatus>(q.value(1).toString()), q.value(2).toLongLong() });
    return out;
}

Result<qint64> PortfolioQuery::activeContracts() const
{
    QSqlQuery q = prepared(m_db, u"SELECT COUNT(*) FROM contracts WHERE status = :status"_s);
    q.bindValue(u":status"_s, toCode(ContractStatus::Active));
    return single(q, tr("Reading the number of active contracts"));
}

Result<PortfolioQuery::RequestCounts> PortfolioQuery::openRequests(const QDateTime &now) const
{
    // Listing the open statuses (rather than status <> 'closed') lets the (status, due_at)
    // index cover the query.
    QSqlQuery q
        = prepared(m_db,
                   u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END), 0) "
                   "FROM service_requests WHERE status IN (:open, :inProgress)"_s);
    q.bindValue(u":now"_s, now.toString(kIsoTimestamp));
    q.bindValue(u":open"_s, toCode(RequestStatus::Open));
    q.bindValue(u":inProgress"_s, toCode(RequestStatus::InProgress));
    if (!q.exec())
        return Database::sqlError(tr("Reading the open service requests"), q);
    RequestCounts counts;
    if (q.next()) {
        counts.open = q.value(0).toLongLong();
        counts.pastDue = q.value(1).toLongLong();
    }
    return counts;
}

Result<qint64> PortfolioQuery::followUpsDue(const QDate &today) const
{
    QSqlQuery q = prepared(m_db,
                           u"SELECT COUNT(*) FROM interactions WHERE follow_up_done = 0 "
                           "AND follow_up_on IS NOT NULL AND follow_up_on <= :today"_s);
    q.bindValue(u":today"_s, today.toString(kIsoDate));
    return single(q, tr("Reading the follow-ups that are due"));
}

} // namespace cd
