#include "models/accountdirectory.h"

#include "models/clientlistmodel.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

Result<QList<AccountListing>> AccountDirectory::list(Database &db, std::optional<AccountKind> kind,
                                                     const QString &tag, const QDate &today)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString currency = SettingsRepository(db).firmCurrency();
    q.prepare(u"SELECT a.id, a.name, a.kind, a.status, a.channel, u.name FROM accounts a "
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
    QList<AccountListing> rows;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        AccountListing row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.kind = fromCode<AccountKind>(q.value(2).toString()).value_or(AccountKind::Customer);
        row.status = fromCode<AccountStatus>(q.value(3).toString()).value_or(AccountStatus::Active);
        row.channel = fromCode<Channel>(q.value(4).toString()).value_or(Channel::Direct);
        row.manager = q.value(5).toString();
        row.revenue12Months = Money(0, currency);
        index.insert(row.id, rows.size());
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;

    q.prepare(u"SELECT account_id, SUM(amount_minor) FROM revenue_entries WHERE entry_date > "
              ":from AND entry_date <= :today AND currency = :currency GROUP BY account_id"_s);
    q.bindValue(u":from"_s, today.addYears(-1).toString(Qt::ISODate));
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    q.bindValue(u":currency"_s, currency);
    if (!q.exec())
        return Database::sqlError(tr("Reading the revenue of the last twelve months failed"), q);
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            rows[*it].revenue12Months = Money(q.value(1).toLongLong(), currency);
    }

    q.prepare(u"SELECT account_id, tag FROM account_tags ORDER BY lower(tag)"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the tags failed"), q);
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            rows[*it].tags.append(q.value(1).toString());
    }

    if (kind != AccountKind::Customer) {
        ClientListModel clients(db);
        if (Status ok = clients.reload(today); !ok)
            return Error { ok.error() };
        for (int r = 0; r < clients.rowCount(); ++r) {
            const ClientListModel::Row *client = clients.rowAt(r);
            if (const auto it = index.constFind(client->id); it != index.constEnd()) {
                rows[*it].health = client->health.level();
                rows[*it].noticeDeadline = client->noticeDeadline;
            }
        }
    }
    return rows;
}

} // namespace cd
