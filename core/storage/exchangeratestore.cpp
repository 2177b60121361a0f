#include "storage/exchangeratestore.h"

#include "domain/isodate.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/reconversionwriter.h"
#include "storage/rowreader.h"
#include "storage/samplestore.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// How many converted amounts one statement writes on PostgreSQL, and how often the
/// progress is told on either.
constexpr qsizetype kBatch = 5000;

} // namespace

Result<RateTable> ExchangeRateStore::load() const
{
    RateTable table(SettingsRepository(m_db).firmCurrency());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT rate_date, currency, rate_e10 FROM exchange_rates "
                    "ORDER BY currency, rate_date"_s))
        return Database::sqlError(tr("Reading the exchange rates failed"), query);
    while (query.next()) {
        table.add(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                  query.value(1).toString(), ExchangeRate::fromScaled(query.value(2).toLongLong()));
    }
    return table;
}

Result<std::optional<qint64>> ExchangeRateStore::convert(qint64 minor, const QString &currency,
                                                         const QDate &date) const
{
    const QString firm = SettingsRepository(m_db).firmCurrency();
    if (currency == firm)
        return std::optional<qint64>(minor);
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT rate_e10 FROM exchange_rates WHERE currency = :currency "
                  "AND rate_date <= :date ORDER BY rate_date DESC LIMIT 1"_s);
    query.bindValue(u":currency"_s, currency);
    query.bindValue(u":date"_s, sql::date(date));
    if (!query.exec())
        return Database::sqlError(tr("Reading the exchange rate of %1 failed").arg(currency),
                                  query);
    if (!query.next())
        return std::optional<qint64>();
    return ExchangeRate::fromScaled(query.value(0).toLongLong()).convert(minor, currency, firm);
}

Result<QList<RateEntry>> ExchangeRateStore::list(const QString &currency) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT rate_date, currency, rate_e10 FROM exchange_rates "
                  "WHERE (:all = 1 OR currency = :currency) ORDER BY currency, rate_date"_s);
    query.bindValue(u":all"_s, currency.isEmpty() ? 1 : 0);
    query.bindValue(u":currency"_s, currency);
    if (!query.exec())
        return Database::sqlError(tr("Reading the exchange rates failed"), query);
    QList<RateEntry> rates;
    while (query.next()) {
        rates.append({ parseIsoDate(query.value(0).toString()), query.value(1).toString(),
                       ExchangeRate::fromScaled(query.value(2).toLongLong()) });
    }
    return rates;
}

Result<ExchangeRate> ExchangeRateStore::rateStoredOn(const QString &currency,
                                                     const QDate &date) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT rate_e10 FROM exchange_rates WHERE currency = :currency "
                  "AND rate_date = :date"_s);
    query.bindValue(u":currency"_s, currency);
    query.bindValue(u":date"_s, sql::date(date));
    if (!query.exec())
        return Database::sqlError(tr("Reading the exchange rate of %1 failed").arg(currency),
                                  query);
    return query.next() ? ExchangeRate::fromScaled(query.value(0).toLongLong()) : ExchangeRate();
}

Status ExchangeRateStore::put(const RateEntry &rate)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) "
                  "VALUES (:currency, :date, :rate) ON CONFLICT (currency, rate_date) "
                  "DO UPDATE SET rate_e10 = excluded.rate_e10"_s);
    query.bindValue(u":currency"_s, rate.currency);
    query.bindValue(u":date"_s, sql::date(rate.date));
    query.bindValue(u":rate"_s, rate.rate.scaled());
    if (!query.exec())
        return Database::sqlError(tr("Saving the rate of %1 on %2 failed")
                                      .arg(rate.currency, rate.date.toString(Qt::ISODate)),
                                  query);
    return {};
}

Status ExchangeRateStore::insert(const QList<RateEntry> &rates)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) "
                  "VALUES (:currency, :date, :rate)"_s);
    for (const RateEntry &rate : rates) {
        query.bindValue(u":currency"_s, rate.currency);
        query.bindValue(u":date"_s, sql::date(rate.date));
        query.bindValue(u":rate"_s, rate.rate.scaled());
        if (!query.exec())
            return Database::sqlError(tr("Saving the rate of %1 on %2 failed")
                                          .arg(rate.currency, rate.date.toString(Qt::ISODate)),
                                      query);
    }
    return {};
}

Result<bool> ExchangeRateStore::remove(const QString &currency, const QDate &date)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM exchange_rates WHERE currency = :currency "
                  "AND rate_date = :date"_s);
    query.bindValue(u":currency"_s, currency);
    query.bindValue(u":date"_s, sql::date(date));
    if (!query.exec())
        return Database::sqlError(
            tr("Removing the rate of %1 on %2 failed").arg(currency, date.toString(Qt::ISODate)),
            query);
    return query.numRowsAffected() > 0;
}

Status ExchangeRateStore::removeAll()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"DELETE FROM exchange_rates"_s))
        return Database::sqlError(tr("Removing the exchange rates failed"), query);
    return {};
}

Result<bool> ExchangeRateStore::holdsAmounts() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM revenue_entries) "
                    "OR EXISTS (SELECT 1 FROM contracts) OR EXISTS (SELECT 1 FROM products) "
                    "OR EXISTS (SELECT 1 FROM opportunities) "
                    "OR EXISTS (SELECT 1 FROM time_entries)"_s)
        || !query.next())
        return Database::sqlError(tr("Reading whether the database holds amounts failed"), query);
    return query.value(0).toBool();
}

Result<bool> ExchangeRateStore::isUsed(const QString &currency) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM revenue_entries WHERE currency = :c1) "
                  "OR EXISTS (SELECT 1 FROM contracts WHERE currency = :c2) "
                  "OR EXISTS (SELECT 1 FROM products WHERE currency = :c3) "
                  "OR EXISTS (SELECT 1 FROM opportunities WHERE currency = :c4) "
                  "OR EXISTS (SELECT 1 FROM accounts WHERE currency = :c5) "
                  "OR EXISTS (SELECT 1 FROM exchange_rates WHERE currency = :c6) "
                  "OR EXISTS (SELECT 1 FROM time_entries WHERE currency = :c7)"_s);
    for (int i = 1; i <= 7; ++i)
        query.bindValue(u":c%1"_s.arg(i), currency);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading what is stored in %1 failed").arg(currency), query);
    return query.value(0).toBool();
}

Result<QDate> ExchangeRateStore::nextRateDate(const QString &currency, const QDate &after) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT min(rate_date) FROM exchange_rates WHERE currency = :currency "
                  "AND rate_date > :after"_s);
    query.bindValue(u":currency"_s, currency);
    query.bindValue(u":after"_s, sql::date(after));
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading the exchange rate of %1 failed").arg(currency),
                                  query);
    return query.value(0).isNull() ? QDate() : parseIsoDate(query.value(0).toString());
}

Result<QDate> ExchangeRateStore::firstEntryDate(const QString &currency) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT min(d) FROM (SELECT min(entry_date) AS d FROM revenue_entries "
                  "WHERE currency = :c1 UNION ALL SELECT min(entry_date) FROM time_entries "
                  "WHERE currency = :c2) AS firsts"_s);
    query.bindValue(u":c1"_s, currency);
    query.bindValue(u":c2"_s, currency);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading the first amount in %1 failed").arg(currency), query);
    return query.value(0).isNull() ? QDate() : parseIsoDate(query.value(0).toString());
}

Result<ExchangeRateStore::Reconverted>
ExchangeRateStore::reconvert(const RateTable &table, const QString &currency, const QDate &from,
                             const QDate &until, const Progress &progress)
{
    // One currency reads through the index on (currency, entry_date) (migration 10); every
    // currency reads the table straight.
    QStringList where;
    QVariantList values;
    if (!currency.isEmpty()) {
        where.append(u"currency = ?"_s);
        values.append(currency);
    }
    if (from.isValid()) {
        where.append(u"entry_date >= ?"_s);
        values.append(from.toString(Qt::ISODate));
    }
    if (until.isValid()) {
        where.append(u"entry_date < ?"_s);
        values.append(until.toString(Qt::ISODate));
    }
    // Many entries written in id order still touch pages all over the table: a large page
    // cache keeps SQLite from spilling dirty pages to the log again and again.
    const SampleStore::LargeCache cache(m_db);
    RowReader rows(m_db);
    const QString sql = u"SELECT id, currency, entry_date, amount_minor, converted_minor, "
                        "account_id, account_kind, category, promotion FROM revenue_entries"_s
        + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s));
    if (Status ok = rows.exec(sql, tr("Reading the revenue entries to convert"), values); !ok)
        return Error { ok.error() };
    ReconversionWriter writer(m_db);
    QByteArray lastCurrencyBytes;
    QString lastCurrency;
    int currencyText = -1;
    qint64 read = 0;
    while (rows.next()) {
        if (const QByteArrayView bytes = rows.bytes(1); bytes != lastCurrencyBytes) {
            lastCurrencyBytes = bytes.toByteArray();
            lastCurrency = QString::fromUtf8(lastCurrencyBytes);
            currencyText = writer.text(lastCurrencyBytes);
        }
        const QDate date = rows.date(2);
        const qint64 amount = rows.integer(3);
        const std::optional<qint64> converted = table.convert(amount, lastCurrency, date);
        if (!converted && table.rateOn(lastCurrency, date).isValid()) {
            return Error { tr("Revenue entry %1 (%2 %3 on %4) would convert to more than the "
                              "largest amount in %5 at the rate of that day; check the rate.")
                               .arg(QString::number(rows.integer(0)),
                                    Money(amount, lastCurrency).toPlainString(), lastCurrency,
                                    date.toString(Qt::ISODate), table.firmCurrency()) };
        }
        const std::optional<qint64> stored
            = rows.isNull(4) ? std::nullopt : std::optional<qint64>(rows.integer(4));
        if (converted != stored) {
            // Each view of bytes() used before the next call, which may reuse it.
            ReconversionWriter::Key key {};
            key.month = ReconversionWriter::month(rows.bytes(2));
            key.accountId = rows.integer(5);
            key.kind = writer.text(rows.bytes(6));
            key.currency = currencyText;
            key.category = writer.text(rows.bytes(7));
            key.promoted = ReconversionWriter::isPromoted(rows.bytes(8));
            writer.add(rows.integer(0), key, amount, stored, converted);
        }
        if (++read % kBatch == 0 && progress && !progress(0, 0))
            return Error { tr("Cancelled; nothing was changed.") };
    }
    if (Status ok = rows.status(); !ok)
        return Error { ok.error() };
    if (Status ok = writer.write(progress); !ok)
        return Error { ok.error() };
    return Reconverted { qint64(writer.size()), writer.accounts() };
}

Result<qint64> ExchangeRateStore::relabel(const QString &from, const QString &to)
{
    qint64 entries = 0;
    // Fixed table and column names; the codes are bound.
    const QStringList statements {
        u"UPDATE revenue_entries SET currency = :to WHERE currency = :from"_s,
        u"UPDATE contracts SET currency = :to WHERE currency = :from"_s,
        u"UPDATE products SET currency = :to WHERE currency = :from"_s,
        u"UPDATE opportunities SET currency = :to WHERE currency = :from"_s,
        u"UPDATE accounts SET currency = :to WHERE currency = :from"_s,
        u"UPDATE exchange_rates SET currency = :to WHERE currency = :from"_s,
    };
    for (const QString &statement : statements) {
        QSqlQuery query(m_db.connection());
        query.prepare(statement);
        query.bindValue(u":to"_s, to);
        query.bindValue(u":from"_s, from);
        if (!query.exec())
            return Database::sqlError(tr("Relabelling %1 as %2 failed").arg(from, to), query);
        if (statement.startsWith(u"UPDATE revenue_entries"_s))
            entries = query.numRowsAffected();
    }
    return entries;
}

} // namespace cd
