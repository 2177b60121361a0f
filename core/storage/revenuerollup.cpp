#include "storage/revenuerollup.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/pgarray.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// What a rollup row is keyed by, as the migration's triggers compute it from an entry.
const QString kPromotedValue = u"CASE WHEN coalesce(trim(promotion), '') = '' THEN 0 ELSE 1 END"_s;
const QString kPromoted = kPromotedValue + u" AS promoted"_s;
/// A rollup row's sums over its entries, in the rollups' column order.
const QString kEntrySums
    = u"sum(amount_minor) AS amount_minor, coalesce(sum(converted_minor), 0) AS converted_minor, "
      "coalesce(sum(CASE WHEN converted_minor IS NULL THEN amount_minor END), 0) AS "
      "unconverted_minor, count(*) - count(converted_minor) AS unconverted, count(*) AS entries"_s;

} // namespace

Result<QStringList> RevenueRollup::mismatches(Database &database, int limit)
{
    // Each rollup recomputed from the entries; rows that differ either way are reported by
    // month and account (revenue_monthly) or month and kind (revenue_totals).
    const QString sums
        = u"amount_minor, converted_minor, unconverted_minor, unconverted, entries"_s;
    // The kept and fresh sums of the differing rows: amount, entries, converted amount.
    const auto sides = [](const QString &key) {
        QStringList columns;
        for (const QString &side : { u"kept k"_s, u"fresh f"_s }) {
            const QChar alias = side.back();
            for (const QString &column :
                 { u"amount_minor"_s, u"entries"_s, u"converted_minor"_s, u"unconverted"_s })
                columns.append(u"(SELECT coalesce(sum(%1), 0) FROM %2 WHERE %3.month = d.month AND "
                               "%3.%4 = d.%4)"_s.arg(column, side, alias, key));
        }
        return columns.join(u", "_s);
    };
    const auto check = [&](const QString &keyColumns, const QString &table, const QString &key,
                           const QString &name, const QString &join) {
        return u"WITH fresh AS MATERIALIZED (SELECT substr(entry_date, 1, 7) AS month, %1, "
               "currency, coalesce(category, '') AS category, %2, %3 FROM revenue_entries "
               "GROUP BY 1, 2, 3, 4, 5%4), kept AS (SELECT month, %1, currency, category, "
               "promoted, %5 FROM %6), differing AS (SELECT month, %7 FROM (SELECT * FROM fresh "
               "EXCEPT SELECT * FROM kept) AS lost UNION SELECT month, %7 FROM (SELECT * FROM "
               "kept EXCEPT SELECT * FROM fresh) AS extra) SELECT d.month, %8, %9 FROM "
               "differing d %10 ORDER BY d.month, d.%7"_s.arg(
                   keyColumns, kPromoted, kEntrySums,
                   keyColumns.contains(u',') ? u", 6"_s : QString(), sums, table, key, name,
                   sides(key), join);
    };
    const QString monthly = check(u"account_id, account_kind"_s, u"revenue_monthly"_s,
                                  u"account_id"_s, u"coalesce(a.name, '#' || d.account_id)"_s,
                                  u"LEFT JOIN accounts a ON a.id = d.account_id"_s);
    const QString totals = check(u"account_kind"_s, u"revenue_totals"_s, u"account_kind"_s,
                                 u"d.account_kind"_s, QString());
    struct Check
    {
        QString sql;
        QString amounts; ///< the sums differ
        QString converted; ///< only the converted sums differ
    };
    const Check checks[] = {
        { monthly,
          tr("The monthly revenue rollup of %1 for %2 holds %3 in %4 entries, but the entries "
             "add up to %5 in %6."),
          tr("The monthly revenue rollup of %1 for %2 holds %3 converted to the firm's currency "
             "(%4 entries not converted), but the entries' converted amounts add up to %5 (%6 not "
             "converted).") },
        { totals,
          tr("The monthly revenue totals of %1 revenue for %2 hold %3 in %4 entries, but the "
             "entries add up to %5 in %6."),
          tr("The monthly revenue totals of %1 revenue for %2 hold %3 converted to the firm's "
             "currency (%4 entries not converted), but the entries' converted amounts add up to "
             "%5 (%6 not converted).") },
    };
    const QString currency = SettingsRepository(database).firmCurrency();
    const auto amount = [&currency](const QVariant &minor) {
        return Money(minor.toLongLong(), currency).toPlainString();
    };
    QStringList findings;
    for (const Check &c : checks) {
        // The firm's totals are managers' figures: an account manager on a server can
        // neither read them nor the entries of the whole firm they are made of.
        if (c.sql == totals && !database.session().seesAll)
            continue;
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(c.sql);
        if (Status ok = sql::exec(q, tr("Checking the monthly revenue rollups failed")); !ok)
            return Error { ok.error() };
        int count = 0;
        while (q.next()) {
            if (++count > limit)
                continue;
            const auto v = [&q](int i) {
                return q.value(i);
            };
            const bool sameSums
                = v(2).toLongLong() == v(6).toLongLong() && v(3).toLongLong() == v(7).toLongLong();
            findings.append(sameSums
                                ? c.converted.arg(v(1).toString(), v(0).toString(), amount(v(4)),
                                                  v(5).toString(), amount(v(8)), v(9).toString())
                                : c.amounts.arg(v(1).toString(), v(0).toString(), amount(v(2)),
                                                v(3).toString(), amount(v(6)), v(7).toString()));
        }
        if (count > limit)
            findings.append(tr("… and %1 more like the last one.").arg(count - limit));
    }
    return findings;
}

RevenueRollupBatch::RevenueRollupBatch(Database &database, Server server)
    : m_db(database), m_server(server)
{ }

RevenueRollupBatch::~RevenueRollupBatch() = default;

Status RevenueRollupBatch::beginOnServer()
{
    // Only the table's owner (or a superuser) may switch its triggers; for anyone else the
    // ALTER would abort the whole transaction, so ask first and leave the triggers on.
    const QString failed = tr("Preparing the revenue rollups failed");
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = "
                "to_regclass('revenue_entries') AND EXISTS (SELECT 1 FROM pg_trigger t WHERE "
                "t.tgrelid = c.oid AND t.tgname = 'revenue_rollups_insert')"_s))
        return Database::sqlError(failed, q);
    if (!q.next() || !q.value(0).toBool())
        return {};
    // Into an empty table (a sample), finish() sums the rows on the server in one pass.
    if (!q.exec(u"SELECT NOT EXISTS (SELECT 1 FROM revenue_entries)"_s) || !q.next())
        return Database::sqlError(failed, q);
    m_fromScratch = q.value(0).toBool();
    m_triggers.clear();
    // The foreign keys of revenue_entries are checked by a trigger per row too, which cost
    // as much as the inserts themselves: they are dropped and added again by finish(), as the
    // catalogue defines them, and adding one checks every row in one set-wise pass.
    QStringList foreignKeys;
    if (!q.exec(u"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid "
                "= to_regclass('revenue_entries') AND contype = 'f' ORDER BY conname"_s))
        return Database::sqlError(failed, q);
    while (q.next()) {
        const QString name = u'"' + q.value(0).toString().replace(u'"', u"\"\""_s) + u'"';
        foreignKeys.append(u"DROP CONSTRAINT "_s + name);
        m_triggers.append(
            u"ALTER TABLE revenue_entries ADD CONSTRAINT %1 %2"_s.arg(name, q.value(1).toString()));
    }
    // Only the insert trigger: nothing but inserts happens until finish(). ALTER TABLE is
    // transactional, so a rollback puts everything back.
    foreignKeys.append(u"DISABLE TRIGGER revenue_rollups_insert"_s);
    if (!q.exec(u"ALTER TABLE revenue_entries "_s + foreignKeys.join(u", "_s)))
        return Database::sqlError(failed, q);
    m_triggers.append(u"ALTER TABLE revenue_entries ENABLE TRIGGER revenue_rollups_insert"_s);
    m_sums.clear();
    m_texts.clear();
    m_utf8.clear();
    m_lastText = -1;
    m_overflow = false;
    m_outOfBounds = false;
    m_active = true;
    return {};
}

Status RevenueRollupBatch::begin()
{
    if (m_active)
        return {};
    if (m_db.dialect() == Dialect::PostgreSQL)
        return m_server == Server::TriggersOff ? beginOnServer() : Status();
    if (m_db.dialect() != Dialect::SQLite)
        return {};
    QSqlQuery q(m_db.connection());
    // The bounds trigger of migration 6 goes too: it cost an import of 100,000 rows a second
    // (a BEFORE trigger per row), and add() checks every amount of the batch instead. The
    // drops are part of the caller's transaction, so no other connection writes meanwhile.
    q.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
              "'revenue_entries' AND (name LIKE 'revenue_rollups_%' OR name IN "
              "('bounds_revenue_entries_insert', 'bounds_revenue_entries_converted_insert')) "
              "ORDER BY name"_s);
    if (Status ok = sql::exec(q, tr("Preparing the revenue rollups failed")); !ok)
        return ok;
    QStringList names;
    m_triggers.clear();
    while (q.next()) {
        names.append(q.value(0).toString());
        m_triggers.append(q.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        // Names come from sqlite_master and are the migrations' own: no user text.
        if (!q.exec(u"DROP TRIGGER \"%1\""_s.arg(name)))
            return Database::sqlError(tr("Preparing the revenue rollups failed"), q);
    }
    m_sums.clear();
    m_texts.clear();
    m_utf8.clear();
    m_lastText = -1;
    m_fromScratch = false;
    m_overflow = false;
    m_outOfBounds = false;
    m_active = true;
    return {};
}

int RevenueRollupBatch::intern(const QString &text)
{
    if (m_lastText >= 0 && m_texts.at(m_lastText) == text)
        return m_lastText;
    qsizetype found = m_texts.indexOf(text);
    if (found < 0) {
        found = m_texts.size();
        m_texts.append(text);
        m_utf8.push_back(text.toUtf8());
    }
    m_lastText = int(found);
    return m_lastText;
}

void RevenueRollupBatch::add(const QDate &date, qint64 accountId, AccountKind kind,
                             const QString &currency, const QString &category,
                             const QString &promotion, qint64 amountMinor,
                             std::optional<qint64> convertedMinor)
{
    if (!m_active)
        return;
    if (!Money::isWithinBounds(amountMinor)
        || (convertedMinor && !Money::isWithinBounds(*convertedMinor))) {
        m_outOfBounds = true;
        m_outOfBoundsCurrency = currency;
    }
    if (m_fromScratch)
        return;
    // As the triggers: coalesce(category, ''), trim() takes spaces only.
    const bool promoted
        = std::any_of(promotion.cbegin(), promotion.cend(), [](QChar c) { return c != u' '; });
    const int currencyIndex = intern(currency);
    const int categoryIndex = intern(category);
    Sum &sum = m_sums[{ date.year() * 12 + date.month() - 1, accountId, kind == AccountKind::Client,
                        currencyIndex, categoryIndex, promoted }];
    Sum entry;
    entry.amount = amountMinor;
    entry.converted = convertedMinor.value_or(0);
    entry.unconvertedAmount = convertedMinor ? 0 : amountMinor;
    entry.unconverted = convertedMinor ? 0 : 1;
    entry.entries = 1;
    if (!sum.add(entry))
        m_overflow = true;
}

bool RevenueRollupBatch::Sum::add(const Sum &other)
{
    unconverted += other.unconverted;
    entries += other.entries;
    return !__builtin_add_overflow(amount, other.amount, &amount)
        && !__builtin_add_overflow(converted, other.converted, &converted)
        && !__builtin_add_overflow(unconvertedAmount, other.unconvertedAmount, &unconvertedAmount);
}

Status RevenueRollupBatch::finish()
{
    if (!m_active)
        return {};
    const QString failed = tr("Adding the new revenue to the rollups failed");
    const QString overflow = tr("%1: the month's revenue would add up to more than ClientDesk "
                                "can count exactly, so nothing was saved.")
                                 .arg(failed);
    if (m_outOfBounds)
        return Error { tr("%1: an amount is larger than ClientDesk holds. %2")
                           .arg(failed, Money::boundsSentence(m_outOfBoundsCurrency)) };
    if (m_overflow)
        return Error { overflow };
    if (m_fromScratch) {
        m_sums.clear();
        if (Status ok = rebuildOnServer(); !ok)
            return ok;
        QSqlQuery q(m_db.connection());
        for (const QString &restore : std::as_const(m_triggers)) {
            if (!q.exec(restore))
                return Database::sqlError(failed, q);
        }
        m_active = false;
        return {};
    }
    // The sums by month and account, as the rollup's key begins: its pages are visited once.
    std::vector<std::pair<Key, Sum>> rows;
    rows.reserve(size_t(m_sums.size()));
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it)
        rows.emplace_back(it.key(), it.value());
    m_sums.clear();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const Key &x = a.first;
        const Key &y = b.first;
        return std::tie(x.month, x.accountId, x.client, x.currency, x.category, x.promoted)
            < std::tie(y.month, y.accountId, y.client, y.currency, y.category, y.promoted);
    });
    // The totals: the same sums without the account, added up here first.
    Totals totals;
    for (const auto &[key, sum] : rows) {
        Sum &t = totals[{ key.month, key.client, key.currency, key.category, key.promoted }];
        if (!t.add(sum))
            return Error { overflow };
    }
    const Status written
        = m_db.dialect() == Dialect::SQLite ? writeSqlite(rows, totals) : writeServer(rows, totals);
    if (!written)
        return written;
    QSqlQuery q(m_db.connection());
    for (const QString &create : std::as_const(m_triggers)) {
        if (!q.exec(create))
            return Database::sqlError(failed, q);
    }
    m_active = false;
    return {};
}

Status RevenueRollupBatch::writeSqlite(const Rows &rows, const Totals &totals)
{
    const QString failed = tr("Adding the new revenue to the rollups failed");
    // The sums go in through the SQLite C API on Qt's connection: a bound QSqlQuery costs several
    // microseconds a row, most of a large write.
    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { failed };
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    const auto prepare = [sqlite](const QByteArray &sql) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(sqlite, sql.constData(), -1, &statement, nullptr);
        return std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>(statement, sqlite3_finalize);
    };
    const QByteArray addSums
        = "amount_minor = amount_minor + excluded.amount_minor, converted_minor = "
          "converted_minor + excluded.converted_minor, unconverted_minor = unconverted_minor + "
          "excluded.unconverted_minor, unconverted = unconverted + excluded.unconverted, "
          "entries = entries + excluded.entries";
    const auto monthly = prepare(
        "INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, "
        "promoted, amount_minor, converted_minor, unconverted_minor, unconverted, entries) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (month, account_id, account_kind, "
        "currency, category, promoted) DO UPDATE SET "
        + addSums);
    const auto total = prepare(
        "INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, "
        "amount_minor, converted_minor, unconverted_minor, unconverted, entries) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (month, account_kind, currency, category, promoted) "
        "DO UPDATE SET "
        + addSums);
    if (!monthly || !total)
        return Error { failed + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite)) };
    const QString overflow = tr("%1: the month's revenue would add up to more than ClientDesk "
                                "can count exactly, so nothing was saved.")
                                 .arg(failed);
    const auto step = [sqlite, &failed, &overflow](sqlite3_stmt *statement) -> Status {
        const int result = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (result != SQLITE_DONE
            && qstrcmp(sqlite3_errmsg(sqlite), "ClientDesk: rollup overflow") == 0)
            return Error { overflow };
        if (result != SQLITE_DONE)
            return Error { failed + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite)) };
        return {};
    };
    // The bytes outlive each step: bound without a copy.
    const auto text = [](sqlite3_stmt *statement, int index, const QByteArray &value) {
        sqlite3_bind_text(statement, index, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    const QByteArray client = toCode(AccountKind::Client).toUtf8();
    const QByteArray customer = toCode(AccountKind::Customer).toUtf8();
    const auto monthText = [](int month) {
        return QByteArray::number(month / 12).rightJustified(4, '0') + '-'
            + QByteArray::number(month % 12 + 1).rightJustified(2, '0');
    };
    const auto bindSums = [](sqlite3_stmt *statement, int first, const Sum &sum) {
        sqlite3_bind_int64(statement, first, sum.amount);
        sqlite3_bind_int64(statement, first + 1, sum.converted);
        sqlite3_bind_int64(statement, first + 2, sum.unconvertedAmount);
        sqlite3_bind_int64(statement, first + 3, sum.unconverted);
        sqlite3_bind_int64(statement, first + 4, sum.entries);
    };
    QByteArray month;
    int lastMonth = -1;
    for (const auto &[key, sum] : rows) {
        if (key.month != lastMonth) {
            lastMonth = key.month;
            month = monthText(key.month);
        }
        sqlite3_stmt *m = monthly.get();
        text(m, 1, month);
        sqlite3_bind_int64(m, 2, key.accountId);
        text(m, 3, key.client ? client : customer);
        text(m, 4, m_utf8[size_t(key.currency)]);
        text(m, 5, m_utf8[size_t(key.category)]); // none is '' in the rollup, never NULL
        sqlite3_bind_int(m, 6, key.promoted ? 1 : 0);
        bindSums(m, 7, sum);
        if (Status ok = step(m); !ok)
            return ok;
    }
    for (const auto &[key, sum] : totals) {
        sqlite3_stmt *t = total.get();
        month = monthText(key.month);
        text(t, 1, month);
        text(t, 2, key.client ? client : customer);
        text(t, 3, m_utf8[size_t(key.currency)]);
        text(t, 4, m_utf8[size_t(key.category)]);
        sqlite3_bind_int(t, 5, key.promoted ? 1 : 0);
        bindSums(t, 6, sum);
        if (Status ok = step(t); !ok)
            return ok;
    }
    return {};
}

Status RevenueRollupBatch::rebuildOnServer()
{
    // Both rollups recomputed from every entry, as migration 3 first fills them: a hash
    // aggregate over the table is faster than sending and upserting the sums. Stored in key
    // order, so that reading a range of months (the Analytics area) walks the table in order:
    // in hash order the same read took three times as long.
    const QString failed = tr("Adding the new revenue to the rollups failed");
    QSqlQuery q(m_db.connection());
    // Memory for the hash of about half a million groups (it spills to disk at the default
    // 4 MB, a third slower), for the rest of this transaction only.
    for (const QString &sql :
         { u"SET LOCAL work_mem = '128MB'"_s, u"DELETE FROM revenue_monthly"_s,
           u"DELETE FROM revenue_totals"_s,
           u"INSERT INTO revenue_monthly (month, account_id, account_kind, currency, category, "
           "promoted, amount_minor, converted_minor, unconverted_minor, unconverted, entries) "
           "SELECT substr(entry_date, 1, 7), account_id, account_kind, currency, "
           "coalesce(category, ''), %1, %2 FROM revenue_entries GROUP BY 1, 2, 3, 4, 5, 6 "
           "ORDER BY 1, 2, 3, 4, 5, 6"_s.arg(kPromotedValue, kEntrySums),
           u"INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, "
           "amount_minor, converted_minor, unconverted_minor, unconverted, entries) SELECT "
           "month, account_kind, currency, category, promoted, sum(amount_minor), "
           "sum(converted_minor), sum(unconverted_minor), sum(unconverted), sum(entries) FROM "
           "revenue_monthly GROUP BY 1, 2, 3, 4, 5"_s }) {
        if (!q.exec(sql))
            return Database::sqlError(failed, q);
    }
    return {};
}

Status RevenueRollupBatch::writeServer(const Rows &rows, const Totals &totals)
{
    // Many sums a statement, one array per column unnested by the server, added to what the
    // rollups hold already (an import adds to existing months).
    const QString failed = tr("Adding the new revenue to the rollups failed");
    constexpr int kBatch = 20'000;
    const auto monthText = [](int month) {
        return u"%1-%2"_s.arg(month / 12, 4, 10, QChar(u'0'))
            .arg(month % 12 + 1, 2, 10, QChar(u'0'));
    };
    const QString client = toCode(AccountKind::Client);
    const QString customer = toCode(AccountKind::Customer);
    const QString kServerSums
        = u"amount_minor = r.amount_minor + excluded.amount_minor, converted_minor = "
          "r.converted_minor + excluded.converted_minor, unconverted_minor = "
          "r.unconverted_minor + excluded.unconverted_minor, unconverted = r.unconverted + "
          "excluded.unconverted, entries = r.entries + excluded.entries"_s;
    const auto sums = [](QStringList &a, int first, const Sum &sum) {
        a[first] += QString::number(sum.amount);
        a[first + 1] += QString::number(sum.converted);
        a[first + 2] += QString::number(sum.unconvertedAmount);
        a[first + 3] += QString::number(sum.unconverted);
        a[first + 4] += QString::number(sum.entries);
    };
    struct Target
    {
        QString sql;
        int columns;
    };
    const Target monthly {
        u"INSERT INTO revenue_monthly AS r (month, account_id, account_kind, currency, category, "
        "promoted, amount_minor, converted_minor, unconverted_minor, unconverted, entries) "
        "SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS int8[]), CAST(? AS text[]), CAST(? AS "
        "text[]), CAST(? AS text[]), CAST(? AS int4[]), CAST(? AS int8[]), CAST(? AS int8[]), "
        "CAST(? AS int8[]), CAST(? AS int4[]), CAST(? AS int4[])) ON CONFLICT (month, "
        "account_id, account_kind, currency, category, promoted) DO UPDATE SET "_s
            + kServerSums,
        11
    };
    const Target total {
        u"INSERT INTO revenue_totals AS r (month, account_kind, currency, category, promoted, "
        "amount_minor, converted_minor, unconverted_minor, unconverted, entries) SELECT * FROM "
        "unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), "
        "CAST(? AS int4[]), CAST(? AS int8[]), CAST(? AS int8[]), CAST(? AS int8[]), CAST(? AS "
        "int4[]), CAST(? AS int4[])) ON CONFLICT (month, account_kind, currency, category, "
        "promoted) DO UPDATE SET "_s
            + kServerSums,
        10
    };
    // Writes the rows of one rollup, `fill` appending one row's elements to the arrays.
    const auto write = [&](const Target &target, const auto &source, const auto &fill) -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(target.sql))
            return Database::sqlError(failed, q);
        QStringList arrays(target.columns);
        int pending = 0;
        const auto flush = [&]() -> Status {
            for (int c = 0; c < target.columns; ++c) {
                q.bindValue(c, u'{' + arrays.at(c) + u'}');
                arrays[c].resize(0);
            }
            pending = 0;
            if (!q.exec())
                return Database::sqlError(failed, q);
            return {};
        };
        for (const auto &[key, sum] : source) {
            if (pending > 0) {
                for (QString &array : arrays)
                    array += u',';
            }
            fill(arrays, key, sum);
            if (++pending == kBatch) {
                if (Status ok = flush(); !ok)
                    return ok;
            }
        }
        return pending > 0 ? flush() : Status();
    };
    if (Status ok = write(monthly, rows,
                          [&](QStringList &a, const Key &key, const Sum &sum) {
                              a[0] += monthText(key.month);
                              a[1] += QString::number(key.accountId);
                              a[2] += key.client ? client : customer;
                              pgarray::appendQuoted(a[3], m_texts.at(key.currency));
                              pgarray::appendQuoted(a[4], m_texts.at(key.category)); // '' for none
                              a[5] += key.promoted ? u'1' : u'0';
                              sums(a, 6, sum);
                          });
        !ok)
        return ok;
    return write(total, totals, [&](QStringList &a, const TotalKey &key, const Sum &sum) {
        a[0] += monthText(key.month);
        a[1] += key.client ? client : customer;
        pgarray::appendQuoted(a[2], m_texts.at(key.currency));
        pgarray::appendQuoted(a[3], m_texts.at(key.category));
        a[4] += key.promoted ? u'1' : u'0';
        sums(a, 5, sum);
    });
}

} // namespace cd
