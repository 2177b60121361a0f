#include "storage/samplestore.h"

#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

Result<qint64> SampleStore::accountCount(const QString &what) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT COUNT(*) FROM accounts"_s);
    if (!query.exec() || !query.next())
        return Database::sqlError(what, query);
    return query.value(0).toLongLong();
}

Result<QString> SampleStore::currencySetting(const QString &what) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT value FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, u"currency"_s);
    if (!query.exec())
        return Database::sqlError(what, query);
    return query.next() ? query.value(0).toString() : QString();
}

Result<bool> SampleStore::firmNamed(const QString &what) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM settings WHERE key IN ('firm_name', 'firm_address')"_s);
    if (!query.exec() || !query.next())
        return Database::sqlError(what, query);
    return query.value(0).toInt() != 0;
}

Status SampleStore::writeRates(const QList<RateEntry> &rates, const QString &what)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) "
                       "VALUES (?, ?, ?)"_s))
        return Database::sqlError(what, query);
    for (const RateEntry &rate : rates) {
        query.bindValue(0, rate.currency);
        query.bindValue(1, rate.date.toString(Qt::ISODate));
        query.bindValue(2, rate.rate.scaled());
        if (!query.exec())
            return Database::sqlError(what, query);
    }
    return {};
}

SampleStore::LargeCache::LargeCache(Database &database) : m_db(database)
{
    if (!database.sql().isFile())
        return;
    QSqlQuery query(database.connection());
    if (query.exec(u"PRAGMA cache_size"_s) && query.next()) {
        m_previous = query.value(0).toLongLong();
        m_raised = query.exec(u"PRAGMA cache_size = -262144"_s); // 256 MiB
    }
}

SampleStore::LargeCache::~LargeCache()
{
    if (!m_raised)
        return;
    QSqlQuery query(m_db.connection());
    // PRAGMA takes no bound values; the number is ours, not user text.
    query.exec(u"PRAGMA cache_size = %1"_s.arg(m_previous));
}

} // namespace cd
