#include "storage/exchangeratestore.h"

#include "domain/isodate.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/pgarray.h"
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
                    "OR EXISTS (SELECT 1 FROM opportunities)"_s)
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
                  "OR EXISTS (SELECT 1 FROM exchange_rates WHERE currency = :c6)"_s);
    for (int i = 1; i <= 6; ++i)
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
    query.prepare(u"SELECT min(entry_date) FROM revenue_entries WHERE currency = :currency"_s);
    query.bindValue(u":currency"_s, currency);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading the first revenue entry in %1 failed").arg(currency),
                                  query);
    return query.value(0).isNull() ? QDate() : parseIsoDate(query.value(0).toString());
}

Result<qint64> ExchangeRateStore::reconvert(const RateTable &table, const QString &currency,
                                            const QDate &from, const QDate &until,
                                            const Progress &progress)
{
    // A closed range of days reads through the index on entry_date; an open one reads the
    // table straight (on SQLite, +entry_date keeps the planner off that index).
    const bool closed = from.isValid() && until.isValid();
    const QString dates = closed            ? u"entry_date >= :from AND entry_date < :until"_s
        : m_db.dialect() == Dialect::SQLite ? u"+entry_date >= :from AND +entry_date < :until"_s
                                            : u"entry_date >= :from AND entry_date < :until"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, currency, entry_date, amount_minor, converted_minor "
                  "FROM revenue_entries WHERE (:every = 1 OR currency = :currency) AND "_s
                  + dates);
    query.bindValue(u":every"_s, currency.isEmpty() ? 1 : 0);
    query.bindValue(u":currency"_s, currency);
    query.bindValue(u":from"_s, from.isValid() ? from.toString(Qt::ISODate) : u"0000-00-00"_s);
    query.bindValue(u":until"_s, until.isValid() ? until.toString(Qt::ISODate) : u"9999-99-99"_s);
    if (!query.exec())
        return Database::sqlError(tr("Reading the revenue entries to convert failed"), query);
    QList<std::pair<qint64, std::optional<qint64>>> changes;
    qint64 read = 0;
    while (query.next()) {
        const QString entryCurrency = query.value(1).toString();
        const QDate date = parseIsoDate(query.value(2).toString());
        const qint64 amount = query.value(3).toLongLong();
        const std::optional<qint64> converted = table.convert(amount, entryCurrency, date);
        if (!converted && table.rateOn(entryCurrency, date).isValid()) {
            return Error { tr("Revenue entry %1 (%2 %3 on %4) would convert to more than the "
                              "largest amount in %5 at the rate of that day; check the rate.")
                               .arg(query.value(0).toString(),
                                    Money(amount, entryCurrency).toPlainString(), entryCurrency,
                                    date.toString(Qt::ISODate), table.firmCurrency()) };
        }
        const std::optional<qint64> stored = query.value(4).isNull()
            ? std::nullopt
            : std::optional<qint64>(query.value(4).toLongLong());
        if (converted != stored)
            changes.append({ query.value(0).toLongLong(), converted });
        if (++read % kBatch == 0 && progress && !progress(0, 0))
            return Error { tr("Cancelled; nothing was changed.") };
    }
    query.finish();
    if (Status ok = writeConverted(changes, currency, changes.size(), progress); !ok)
        return Error { ok.error() };
    return qint64(changes.size());
}

Status
ExchangeRateStore::writeConverted(const QList<std::pair<qint64, std::optional<qint64>>> &changes,
                                  const QString &currency, qint64 total, const Progress &progress)
{
    const auto failed = [&](const QSqlQuery &q) {
        return Database::sqlError(tr("Writing the converted amounts failed"), q);
    };
    if (progress && !progress(0, total))
        return Error { tr("Cancelled; nothing was changed.") };
    QSqlQuery query(m_db.connection());
    if (m_db.dialect() == Dialect::PostgreSQL) {
        // One statement a batch: the ids and amounts as two arrays the server unnests.
        if (!query.prepare(u"UPDATE revenue_entries AS e SET converted_minor = u.c "
                           "FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS u (id, c) "
                           "WHERE e.id = u.id"_s))
            return failed(query);
        for (qsizetype start = 0; start < changes.size(); start += kBatch) {
            QString ids = u"{"_s;
            QString amounts = u"{"_s;
            const qsizetype end = std::min(changes.size(), start + kBatch);
            for (qsizetype i = start; i < end; ++i) {
                if (i > start) {
                    ids += u',';
                    amounts += u',';
                }
                ids += QString::number(changes.at(i).first);
                pgarray::appendValue(amounts,
                                     changes.at(i).second
                                         ? QVariant(*changes.at(i).second)
                                         : QVariant(QMetaType::fromType<qint64>()));
            }
            query.bindValue(0, ids + u'}');
            query.bindValue(1, amounts + u'}');
            if (!query.exec())
                return failed(query);
            if (progress && !progress(end, total))
                return Error { tr("Cancelled; nothing was changed.") };
        }
        return {};
    }
    // Many rows: the per-row rollup trigger costs far more than the updates (100,000 rows
    // took 8 s), so it goes for the while and the rollups of the currency are summed again at
    // once (sumRollups). Part of the caller's transaction, as in RevenueRollupBatch: a
    // rollback puts the trigger back too.
    QStringList triggers;
    if (changes.size() >= kBatch) {
        Result<QStringList> dropped = dropUpdateTriggers();
        if (!dropped)
            return Error { dropped.error() };
        triggers = std::move(dropped).value();
    }
    if (!query.prepare(u"UPDATE revenue_entries SET converted_minor = ? WHERE id = ?"_s))
        return failed(query);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        query.bindValue(0,
                        changes.at(i).second ? QVariant(*changes.at(i).second)
                                             : QVariant(QMetaType::fromType<qint64>()));
        query.bindValue(1, changes.at(i).first);
        if (!query.exec())
            return failed(query);
        if ((i + 1) % kBatch == 0 && progress && !progress(i + 1, total))
            return Error { tr("Cancelled; nothing was changed.") };
    }
    if (!triggers.isEmpty()) {
        if (Status ok = sumRollups(currency); !ok)
            return ok;
        for (const QString &create : std::as_const(triggers)) {
            if (!query.exec(create))
                return failed(query);
        }
    }
    if (progress && !progress(total, total))
        return Error { tr("Cancelled; nothing was changed.") };
    return {};
}

Result<QStringList> ExchangeRateStore::dropUpdateTriggers()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                    "('revenue_rollups_update', 'bounds_revenue_entries_converted') "
                    "ORDER BY name"_s))
        return Database::sqlError(tr("Preparing to write the converted amounts failed"), query);
    QStringList names;
    QStringList creates;
    while (query.next()) {
        names.append(query.value(0).toString());
        creates.append(query.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        // Names from the fixed list above.
        if (!query.exec(u"DROP TRIGGER \"%1\""_s.arg(name)))
            return Database::sqlError(tr("Preparing to write the converted amounts failed"), query);
    }
    return creates;
}

Status ExchangeRateStore::sumRollups(const QString &currency)
{
    // The keys of the rollup rows are those of the entries (only converted_minor changed):
    // each row's converted sums are set from its entries, the totals from the monthly rows.
    const QString monthly = u"UPDATE revenue_monthly AS r SET converted_minor = s.conv, "
                            "unconverted_minor = s.uncm, unconverted = s.unc FROM ("
                            "SELECT substr(entry_date, 1, 7) AS month, account_id, account_kind, "
                            "currency, coalesce(category, '') AS category, "
                            "CASE WHEN coalesce(trim(promotion), '') = '' THEN 0 ELSE 1 END "
                            "AS promoted, coalesce(sum(converted_minor), 0) AS conv, "
                            "coalesce(sum(CASE WHEN converted_minor IS NULL THEN amount_minor "
                            "END), 0) AS uncm, count(*) - count(converted_minor) AS unc "
                            "FROM revenue_entries WHERE (:every = 1 OR currency = :currency) "
                            "GROUP BY 1, 2, 3, 4, 5, 6) AS s WHERE r.month = s.month "
                            "AND r.account_id = s.account_id AND r.account_kind = s.account_kind "
                            "AND r.currency = s.currency AND r.category = s.category "
                            "AND r.promoted = s.promoted"_s;
    const QString totals = u"UPDATE revenue_totals AS t SET converted_minor = s.conv, "
                           "unconverted_minor = s.uncm, unconverted = s.unc FROM ("
                           "SELECT month, account_kind, currency, category, promoted, "
                           "sum(converted_minor) AS conv, sum(unconverted_minor) AS uncm, "
                           "sum(unconverted) AS unc FROM revenue_monthly "
                           "WHERE (:every = 1 OR currency = :currency) GROUP BY 1, 2, 3, 4, 5) "
                           "AS s WHERE t.month = s.month AND t.account_kind = s.account_kind "
                           "AND t.currency = s.currency AND t.category = s.category "
                           "AND t.promoted = s.promoted"_s;
    for (const QString &statement : { monthly, totals }) {
        QSqlQuery query(m_db.connection());
        query.prepare(statement);
        query.bindValue(u":every"_s, currency.isEmpty() ? 1 : 0);
        query.bindValue(u":currency"_s, currency);
        if (!query.exec())
            return Database::sqlError(tr("Summing the converted amounts failed"), query);
    }
    return {};
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
