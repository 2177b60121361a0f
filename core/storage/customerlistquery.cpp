#include "storage/customerlistquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

CustomerListQuery::CustomerListQuery(Database &database) : m_db(database) { }

Result<QList<CustomerListQuery::Customer>> CustomerListQuery::customers() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, a.status, a.channel, a.region, a.industry, u.name, "
              "a.manager_id, s.first_purchase, s.last_purchase, s.purchases, s.revenue_minor, "
              "s.revenue_12m_minor, s.categories FROM accounts a "
              "LEFT JOIN customer_stats s ON s.account_id = a.id "
              "LEFT JOIN users u ON u.id = a.manager_id WHERE a.kind = 'customer'"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the customers failed"), q);
    QList<Customer> rows;
    rows.reserve(8192);
    while (q.next()) {
        Customer row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.status = fromCode<AccountStatus>(q.value(2).toString()).value_or(AccountStatus::Active);
        row.channel = fromCode<cd::Channel>(q.value(3).toString()).value_or(cd::Channel::Direct);
        row.region = q.value(4).toString();
        row.industry = q.value(5).toString();
        row.manager = q.value(6).toString();
        row.managerId = sql::toId(q.value(7));
        row.firstPurchase = sql::toDate(q.value(8));
        row.lastPurchase = sql::toDate(q.value(9));
        row.purchases = q.value(10).toInt();
        row.revenueMinor = q.value(11).toLongLong();
        row.revenue12MonthsMinor = q.value(12).toLongLong();
        row.categories = q.value(13).toString().split(u'|', Qt::SkipEmptyParts);
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<CustomerListQuery::Tag>> CustomerListQuery::tags() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.account_id, t.tag, t.source, t.reason FROM account_tags t "
              "JOIN accounts a ON a.id = t.account_id WHERE a.kind = 'customer'"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the tags failed"), q);
    QList<Tag> tags;
    while (q.next())
        tags.append({ q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).toString() == u"behaviour", q.value(3).toString() });
    return tags;
}

Result<QHash<qint64, Unconverted>> CustomerListQuery::unconverted(const QDate &today) const
{
    QHash<qint64, Unconverted> out;
    const QString month = today.toString(u"yyyy-MM"_s);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The totals are small: most days they say there is nothing to look for.
    q.prepare(u"SELECT COUNT(*) FROM revenue_totals WHERE unconverted > 0 AND month <= :month"_s);
    q.bindValue(u":month"_s, month);
    const Result<qint64> any = sql::count(q, tr("Reading the amounts without a rate failed"));
    if (!any)
        return Error { any.error() };
    if (*any == 0)
        return out;
    q.prepare(u"SELECT m.account_id, m.currency, SUM(m.unconverted), SUM(m.unconverted_minor) "
              "FROM revenue_monthly m JOIN accounts a ON a.id = m.account_id "
              "WHERE a.kind = 'customer' AND m.unconverted > 0 AND m.month <= :month "
              "GROUP BY m.account_id, m.currency"_s);
    q.bindValue(u":month"_s, month);
    if (!q.exec())
        return Database::sqlError(tr("Reading the amounts without a rate failed"), q);
    while (q.next())
        out[q.value(0).toLongLong()].add(q.value(1).toString(), q.value(2).toLongLong(),
                                         q.value(3).toLongLong());
    return out;
}

Result<QList<qint64>> CustomerListQuery::matchingIds(const CustomerFilter &f) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id FROM accounts a LEFT JOIN customer_stats s ON s.account_id = a.id "
              "WHERE a.kind = 'customer' "
              "AND (:noSearch = 1 OR lower(a.name) LIKE :pattern ESCAPE '\\') "
              "AND (:noManager = 1 OR a.manager_id = :manager) "
              "AND (:noStatus = 1 OR a.status = :status) "
              "AND (:noChannel = 1 OR a.channel = :channel) "
              "AND (:noIndustry = 1 OR a.industry = :industry) "
              "AND (:noRegion = 1 OR a.region = :region) "
              "AND (:noCategory = 1 OR s.categories LIKE :category ESCAPE '\\') "
              "AND (:noTag = 1 OR EXISTS (SELECT 1 FROM account_tags t "
              "WHERE t.account_id = a.id AND lower(t.tag) = lower(:tag)))"_s);
    const QString search = f.search.trimmed();
    q.bindValue(u":noSearch"_s, search.isEmpty() ? 1 : 0);
    q.bindValue(u":pattern"_s, sql::containsPattern(search));
    q.bindValue(u":noManager"_s, f.managerId ? 0 : 1);
    q.bindValue(u":manager"_s, f.managerId.value_or(0));
    q.bindValue(u":noStatus"_s, f.status ? 0 : 1);
    q.bindValue(u":status"_s, f.status ? toCode(*f.status) : QString());
    q.bindValue(u":noChannel"_s, f.channel ? 0 : 1);
    q.bindValue(u":channel"_s, f.channel ? toCode(*f.channel) : QString());
    q.bindValue(u":noIndustry"_s, f.industry.isEmpty() ? 1 : 0);
    q.bindValue(u":industry"_s, f.industry);
    q.bindValue(u":noRegion"_s, f.region.isEmpty() ? 1 : 0);
    q.bindValue(u":region"_s, f.region);
    q.bindValue(u":noCategory"_s, f.category.isEmpty() ? 1 : 0);
    // Categories are stored between bars; LIKE is case-insensitive for ASCII on SQLite only,
    // so the stored case is matched as it is.
    QString category = f.category;
    category.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    q.bindValue(u":category"_s, u"%|"_s + category + u"|%"_s);
    q.bindValue(u":noTag"_s, f.tag.trimmed().isEmpty() ? 1 : 0);
    q.bindValue(u":tag"_s, f.tag.trimmed());
    if (!q.exec())
        return Database::sqlError(tr("Searching the customers failed"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace cd
