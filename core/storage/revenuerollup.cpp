#include "storage/revenuerollup.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// What a rollup row is keyed by, as the migration's triggers compute it from an entry.
const QString kPromoted
    = u"CASE WHEN coalesce(trim(promotion), '') = '' THEN 0 ELSE 1 END AS promoted"_s;

} // namespace

Result<QStringList> RevenueRollup::mismatches(Database &database, int limit)
{
    // Each rollup recomputed from the entries; rows that differ either way are reported by
    // month and account (revenue_monthly) or month and kind (revenue_totals).
    const QString monthly
        = u"WITH fresh AS MATERIALIZED (SELECT substr(entry_date, 1, 7) AS month, account_id, "
          "account_kind, currency, coalesce(category, '') AS category, %1, sum(amount_minor) AS "
          "amount_minor, count(*) AS entries FROM revenue_entries GROUP BY 1, 2, 3, 4, 5, 6), "
          "kept AS (SELECT month, account_id, account_kind, currency, category, promoted, "
          "amount_minor, entries FROM revenue_monthly), differing AS ("
          "SELECT month, account_id FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) "
          "UNION SELECT month, account_id FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh)) "
          "SELECT d.month, coalesce(a.name, '#' || d.account_id), "
          "(SELECT coalesce(sum(amount_minor), 0) FROM kept k WHERE k.month = d.month AND "
          "k.account_id = d.account_id), "
          "(SELECT coalesce(sum(entries), 0) FROM kept k WHERE k.month = d.month AND "
          "k.account_id = d.account_id), "
          "(SELECT coalesce(sum(amount_minor), 0) FROM fresh f WHERE f.month = d.month AND "
          "f.account_id = d.account_id), "
          "(SELECT coalesce(sum(entries), 0) FROM fresh f WHERE f.month = d.month AND "
          "f.account_id = d.account_id) "
          "FROM differing d LEFT JOIN accounts a ON a.id = d.account_id "
          "ORDER BY d.month, d.account_id"_s.arg(kPromoted);
    const QString totals
        = u"WITH fresh AS MATERIALIZED (SELECT substr(entry_date, 1, 7) AS month, account_kind, "
          "currency, coalesce(category, '') AS category, %1, sum(amount_minor) AS amount_minor, "
          "count(*) AS entries FROM revenue_entries GROUP BY 1, 2, 3, 4, 5), "
          "kept AS (SELECT month, account_kind, currency, category, promoted, amount_minor, "
          "entries FROM revenue_totals), differing AS ("
          "SELECT month, account_kind FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) "
          "UNION SELECT month, account_kind FROM (SELECT * FROM kept EXCEPT SELECT * FROM "
          "fresh)) "
          "SELECT d.month, d.account_kind, "
          "(SELECT coalesce(sum(amount_minor), 0) FROM kept k WHERE k.month = d.month AND "
          "k.account_kind = d.account_kind), "
          "(SELECT coalesce(sum(entries), 0) FROM kept k WHERE k.month = d.month AND "
          "k.account_kind = d.account_kind), "
          "(SELECT coalesce(sum(amount_minor), 0) FROM fresh f WHERE f.month = d.month AND "
          "f.account_kind = d.account_kind), "
          "(SELECT coalesce(sum(entries), 0) FROM fresh f WHERE f.month = d.month AND "
          "f.account_kind = d.account_kind) "
          "FROM differing d ORDER BY d.month, d.account_kind"_s.arg(kPromoted);
    const std::pair<QString, QString> checks[] = {
        { monthly,
          tr("The monthly revenue rollup of %1 for %2 holds %3 in %4 entries, but the entries "
             "add up to %5 in %6.") },
        { totals,
          tr("The monthly revenue totals of %1 revenue for %2 hold %3 in %4 entries, but the "
             "entries add up to %5 in %6.") },
    };
    const QString currency = SettingsRepository(database).firmCurrency();
    const auto amount = [&currency](const QVariant &minor) {
        return Money(minor.toLongLong(), currency).toPlainString();
    };
    QStringList findings;
    for (const auto &[sql, sentence] : checks) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        if (Status ok = sql::exec(q, tr("Checking the monthly revenue rollups failed")); !ok)
            return Error { ok.error() };
        int count = 0;
        while (q.next()) {
            if (++count > limit)
                continue;
            findings.append(sentence.arg(q.value(1).toString(), q.value(0).toString(),
                                         amount(q.value(2)), q.value(3).toString(),
                                         amount(q.value(4)), q.value(5).toString()));
        }
        if (count > limit)
            findings.append(tr("… and %1 more like the last one.").arg(count - limit));
    }
    return findings;
}

RevenueRollupBatch::RevenueRollupBatch(Database &database) : m_db(database) { }

Status RevenueRollupBatch::begin()
{
    if (m_active || m_db.dialect() != Dialect::SQLite)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
              "'revenue_entries' AND name LIKE 'revenue_rollups_%' ORDER BY name"_s);
    if (Status ok = sql::exec(q, tr("Preparing the revenue rollups failed")); !ok)
        return ok;
    QStringList names;
    m_triggers.clear();
    while (q.next()) {
        names.append(q.value(0).toString());
        m_triggers.append(q.value(1).toString());
    }
    q.prepare(u"SELECT coalesce(max(id), 0) FROM revenue_entries"_s);
    const Result<qint64> last = sql::count(q, tr("Preparing the revenue rollups failed"));
    if (!last)
        return Error { last.error() };
    m_lastIdBefore = *last;
    for (const QString &name : std::as_const(names)) {
        // Names come from sqlite_master and match revenue_rollups_%: no user text.
        if (!q.exec(u"DROP TRIGGER \"%1\""_s.arg(name)))
            return Database::sqlError(tr("Preparing the revenue rollups failed"), q);
    }
    m_active = true;
    return {};
}

Status RevenueRollupBatch::finish()
{
    if (!m_active)
        return {};
    const QString failed = tr("Adding the new revenue to the rollups failed");
    QSqlQuery q(m_db.connection());
    // New rows have ids above the largest before (SQLite's rowid without AUTOINCREMENT).
    q.prepare(u"INSERT INTO revenue_monthly (month, account_id, account_kind, currency, "
              "category, promoted, amount_minor, entries) SELECT substr(entry_date, 1, 7), "
              "account_id, account_kind, currency, coalesce(category, ''), %1, "
              "sum(amount_minor), count(*) FROM revenue_entries WHERE id > :last "
              "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6 ON CONFLICT (month, account_id, "
              "account_kind, currency, category, promoted) DO UPDATE SET amount_minor = "
              "amount_minor + excluded.amount_minor, entries = entries + excluded.entries"_s.arg(
                  kPromoted.section(u" AS "_s, 0, 0)));
    q.bindValue(u":last"_s, m_lastIdBefore);
    if (Status ok = sql::exec(q, failed); !ok)
        return ok;
    q.prepare(u"INSERT INTO revenue_totals (month, account_kind, currency, category, promoted, "
              "amount_minor, entries) SELECT substr(entry_date, 1, 7), account_kind, currency, "
              "coalesce(category, ''), %1, sum(amount_minor), count(*) FROM revenue_entries "
              "WHERE id > :last GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5 ON CONFLICT "
              "(month, account_kind, currency, category, promoted) DO UPDATE SET amount_minor = "
              "amount_minor + excluded.amount_minor, entries = entries + excluded.entries"_s.arg(
                  kPromoted.section(u" AS "_s, 0, 0)));
    q.bindValue(u":last"_s, m_lastIdBefore);
    if (Status ok = sql::exec(q, failed); !ok)
        return ok;
    for (const QString &create : std::as_const(m_triggers)) {
        if (!q.exec(create))
            return Database::sqlError(failed, q);
    }
    m_active = false;
    return {};
}

} // namespace cd
