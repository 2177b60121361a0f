// The SQL of an account merge; AccountMerger (core/io) decides, checks and runs it in its
// transaction.
#include "storage/accountmergestore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// The merge's words: these failures reach the user as the merge's own.
QString mergerText(const char *text)
{
    return QCoreApplication::translate("cd::AccountMerger", text);
}

QString tableOf(AccountMergeStore::Owned owned)
{
    switch (owned) {
    case AccountMergeStore::Owned::Contacts:
        return u"contacts"_s;
    case AccountMergeStore::Owned::Contracts:
        return u"contracts"_s;
    case AccountMergeStore::Owned::RevenueEntries:
        return u"revenue_entries"_s;
    case AccountMergeStore::Owned::Interactions:
        return u"interactions"_s;
    case AccountMergeStore::Owned::Opportunities:
        return u"opportunities"_s;
    case AccountMergeStore::Owned::ServiceItems:
        return u"service_items"_s;
    case AccountMergeStore::Owned::TimeEntries:
        return u"time_entries"_s;
    case AccountMergeStore::Owned::RunningTimers:
        return u"running_timers"_s;
    case AccountMergeStore::Owned::ServiceRequests:
        break;
    }
    return u"service_requests"_s;
}

} // namespace

AccountMergeStore::AccountMergeStore(Database &database, qint64 survivorId, qint64 duplicateId)
    : m_db(database), m_survivorId(survivorId), m_duplicateId(duplicateId)
{ }

Result<qint64> AccountMergeStore::count(Owned owned) const
{
    QSqlQuery query(m_db.connection());
    // Table names are fixed strings of this file.
    query.prepare(u"SELECT count(*) FROM "_s + tableOf(owned) + u" WHERE account_id = :id"_s);
    query.bindValue(u":id"_s, m_duplicateId);
    return sql::count(query, mergerText("Counting what moves"));
}

Status AccountMergeStore::move(Owned owned) const
{
    const QString table = tableOf(owned);
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE "_s + table + u" SET account_id = :survivor WHERE account_id = :id"_s);
    query.bindValue(u":survivor"_s, m_survivorId);
    query.bindValue(u":id"_s, m_duplicateId);
    return sql::exec(query, mergerText("Moving the %1").arg(table));
}

Result<qint64> AccountMergeStore::invoicedTimeEntries() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM time_entries WHERE account_id = :id "
                  "AND state = 'invoiced'"_s);
    query.bindValue(u":id"_s, m_duplicateId);
    return sql::count(query, mergerText("Counting what moves"));
}

Status AccountMergeStore::moveTags() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO account_tags (account_id, tag, source, reason) "
                  "SELECT :survivor, t.tag, t.source, t.reason FROM account_tags t "
                  "WHERE t.account_id = :id AND NOT EXISTS (SELECT 1 FROM account_tags s "
                  "WHERE s.account_id = :survivor2 AND s.tag = t.tag)"_s);
    query.bindValue(u":survivor"_s, m_survivorId);
    query.bindValue(u":id"_s, m_duplicateId);
    query.bindValue(u":survivor2"_s, m_survivorId);
    return sql::exec(query, mergerText("Moving the tags"));
}

Status AccountMergeStore::moveReferrals() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE accounts SET referred_by_id = :survivor WHERE referred_by_id = :id "
                  "AND id <> :survivor2"_s);
    query.bindValue(u":survivor"_s, m_survivorId);
    query.bindValue(u":id"_s, m_duplicateId);
    query.bindValue(u":survivor2"_s, m_survivorId);
    return sql::exec(query, mergerText("Moving the referrals"));
}

} // namespace cd
