#include "storage/revenuerollup.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

Result<QStringList> RevenueRollup::mismatches(Database &database, int limit)
{
    // The rollup recomputed from the entries, as the migration and the triggers define it.
    const QString fresh
        = u"SELECT substr(entry_date, 1, 7) AS month, account_id, account_kind, currency, "
          "coalesce(category, '') AS category, CASE WHEN coalesce(trim(promotion), '') = '' "
          "THEN 0 ELSE 1 END AS promoted, sum(amount_minor) AS amount_minor, count(*) AS "
          "entries FROM revenue_entries GROUP BY 1, 2, 3, 4, 5, 6"_s;
    const QString kept = u"SELECT month, account_id, account_kind, currency, category, "
                         "promoted, amount_minor, entries FROM revenue_monthly"_s;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"WITH fresh AS (%1), kept AS (%2), differing AS ("
              "SELECT month, account_id FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) "
              "UNION SELECT month, account_id FROM (SELECT * FROM kept EXCEPT SELECT * FROM "
              "fresh)) "
              "SELECT d.month, coalesce(a.name, '#' || d.account_id), "
              "(SELECT coalesce(sum(amount_minor), 0) FROM kept k WHERE k.month = d.month AND "
              "k.account_id = d.account_id), "
              "(SELECT coalesce(sum(entries), 0) FROM kept k WHERE k.month = d.month AND "
              "k.account_id = d.account_id), "
              "(SELECT coalesce(sum(amount_minor), 0) FROM revenue_entries e WHERE "
              "e.account_id = d.account_id AND substr(e.entry_date, 1, 7) = d.month), "
              "(SELECT count(*) FROM revenue_entries e WHERE e.account_id = d.account_id AND "
              "substr(e.entry_date, 1, 7) = d.month) "
              "FROM differing d LEFT JOIN accounts a ON a.id = d.account_id "
              "ORDER BY d.month, d.account_id"_s.arg(fresh, kept));
    if (Status ok = sql::exec(q, tr("Checking the monthly revenue rollup failed")); !ok)
        return Error { ok.error() };
    const QString currency = SettingsRepository(database).firmCurrency();
    const auto amount = [&currency](const QVariant &minor) {
        return Money(minor.toLongLong(), currency).toPlainString();
    };
    QStringList findings;
    int count = 0;
    while (q.next()) {
        if (++count > limit)
            continue;
        findings.append(tr("The monthly revenue rollup of %1 for %2 holds %3 in %4 entries, but "
                           "the entries add up to %5 in %6.")
                            .arg(q.value(1).toString(), q.value(0).toString(), amount(q.value(2)),
                                 q.value(3).toString(), amount(q.value(4)), q.value(5).toString()));
    }
    if (count > limit)
        findings.append(
            tr("… and %1 more months of accounts like the last one.").arg(count - limit));
    return findings;
}

} // namespace cd
