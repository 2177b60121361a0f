#include "models/prospectlist.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

Result<QList<Prospect>> ProspectList::load(Database &database)
{
    const QString currency = SettingsRepository(database).firmCurrency();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, a.kind, u.name, a.created_at, "
              "(SELECT MAX(i.occurred_at) FROM interactions i WHERE i.account_id = a.id), "
              "(SELECT COUNT(*) FROM opportunities o WHERE o.account_id = a.id "
              "AND o.stage NOT IN ('won', 'lost')), "
              "(SELECT COALESCE(SUM(o.expected_value_minor), 0) FROM opportunities o "
              "WHERE o.account_id = a.id AND o.stage NOT IN ('won', 'lost') "
              "AND o.currency = :currency) "
              "FROM accounts a LEFT JOIN users u ON u.id = a.manager_id "
              "WHERE a.status = 'prospect' "
              "AND NOT EXISTS (SELECT 1 FROM revenue_entries r WHERE r.account_id = a.id)"_s);
    q.bindValue(u":currency"_s, currency);
    if (!q.exec())
        return Database::sqlError(tr("Reading the prospects failed"), q);
    QList<Prospect> out;
    while (q.next()) {
        Prospect p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.kind = fromCode<AccountKind>(q.value(2).toString()).value_or(AccountKind::Customer);
        p.manager = q.value(3).toString();
        p.since = sql::toDateTime(q.value(4)).date();
        p.lastContact = sql::toDateTime(q.value(5)).date();
        p.openOpportunities = q.value(6).toInt();
        p.openValue = Money(q.value(7).toLongLong(), currency);
        out.append(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const Prospect &a, const Prospect &b) {
        if (a.lastContact != b.lastContact)
            return a.lastContact > b.lastContact; // null (never contacted) last
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace cd
