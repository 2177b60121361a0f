#include "storage/accountlistquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

AccountListQuery::AccountListQuery(Database &database) : m_db(database) { }

Result<QList<AccountListQuery::Account>> AccountListQuery::accounts(std::optional<AccountKind> kind,
                                                                    const QString &tag) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, a.kind, a.status, a.channel, u.name, a.currency "
              "FROM accounts a "
              "LEFT JOIN users u ON u.id = a.manager_id "
              "WHERE (:anyKind = 1 OR a.kind = :kind) AND (:anyTag = 1 OR EXISTS (SELECT 1 FROM "
              "account_tags t WHERE t.account_id = a.id AND lower(t.tag) = lower(:tag))) "
              "ORDER BY lower(a.name), a.id"_s);
    q.bindValue(u":anyKind"_s, kind ? 0 : 1);
    q.bindValue(u":kind"_s, kind ? toCode(*kind) : QString());
    q.bindValue(u":anyTag"_s, tag.trimmed().isEmpty() ? 1 : 0);
    q.bindValue(u":tag"_s, tag.trimmed());
    if (!q.exec())
        return Database::sqlError(tr("Listing the accounts failed"), q);
    QList<Account> rows;
    while (q.next()) {
        Account row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.kind = fromCode<AccountKind>(q.value(2).toString()).value_or(AccountKind::Customer);
        row.status = fromCode<AccountStatus>(q.value(3).toString()).value_or(AccountStatus::Active);
        row.channel = fromCode<Channel>(q.value(4).toString()).value_or(Channel::Direct);
        row.manager = q.value(5).toString();
        row.currency = q.value(6).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QHash<qint64, AccountListQuery::Revenue>> AccountListQuery::revenue(const QDate &after,
                                                                           const QDate &until) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT account_id, currency, SUM(converted_minor), "
              "SUM(CASE WHEN converted_minor IS NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN converted_minor IS NULL THEN amount_minor ELSE 0 END) "
              "FROM revenue_entries WHERE entry_date > :from AND entry_date <= :today "
              "GROUP BY account_id, currency"_s);
    q.bindValue(u":from"_s, after.toString(Qt::ISODate));
    q.bindValue(u":today"_s, until.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the revenue of the last twelve months failed"), q);
    QHash<qint64, Revenue> out;
    while (q.next()) {
        Revenue &r = out[q.value(0).toLongLong()];
        if (__builtin_add_overflow(r.convertedMinor, q.value(2).toLongLong(), &r.convertedMinor))
            return Error { tr("The revenue of account %1 adds up to more than ClientDesk can "
                              "count exactly; run 'clientdesk check' to find the amounts that "
                              "are too large.")
                               .arg(q.value(0).toLongLong()) };
        r.unconverted.add(q.value(1).toString(), q.value(3).toLongLong(), q.value(4).toLongLong());
    }
    return out;
}

Result<QList<AccountListQuery::Tag>> AccountListQuery::tags() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT account_id, tag FROM account_tags ORDER BY lower(tag)"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the tags failed"), q);
    QList<Tag> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return out;
}

Result<QList<AccountListQuery::Prospect>> AccountListQuery::prospects() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, a.kind, u.name, a.created_at, "
              "(SELECT MAX(i.occurred_at) FROM interactions i WHERE i.account_id = a.id), "
              "(SELECT COUNT(*) FROM opportunities o WHERE o.account_id = a.id "
              "AND o.stage NOT IN ('won', 'lost')) "
              "FROM accounts a LEFT JOIN users u ON u.id = a.manager_id "
              "WHERE a.status = 'prospect' "
              "AND NOT EXISTS (SELECT 1 FROM revenue_entries r WHERE r.account_id = a.id)"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the prospects failed"), q);
    QList<Prospect> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Prospect p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.kind = fromCode<AccountKind>(q.value(2).toString()).value_or(AccountKind::Customer);
        p.manager = q.value(3).toString();
        p.createdAt = sql::toDateTime(q.value(4));
        p.lastInteraction = sql::toDateTime(q.value(5));
        p.openOpportunities = q.value(6).toInt();
        index.insert(p.id, out.size());
        out.append(std::move(p));
    }
    // The open deals' values, one by one: whoever shows them converts each.
    q.prepare(u"SELECT o.account_id, o.currency, o.expected_value_minor FROM opportunities o "
              "JOIN accounts a ON a.id = o.account_id WHERE a.status = 'prospect' "
              "AND o.stage NOT IN ('won', 'lost') ORDER BY o.account_id, o.id"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the prospects' open deals failed"), q);
    while (q.next()) {
        if (const auto at = index.constFind(q.value(0).toLongLong()); at != index.constEnd())
            out[*at].openValues.append({ q.value(1).toString(), q.value(2).toLongLong() });
    }
    return out;
}

} // namespace cd
