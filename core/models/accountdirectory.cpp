#include "models/accountdirectory.h"

#include "models/clientlistmodel.h"
#include "storage/accountlistquery.h"
#include "storage/settingsrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cd {

Result<QList<AccountListing>> AccountDirectory::list(Database &db, std::optional<AccountKind> kind,
                                                     const QString &tag, const QDate &today)
{
    const QString currency = SettingsRepository(db).firmCurrency();
    const AccountListQuery query(db);
    const auto accounts = query.accounts(kind, tag);
    if (!accounts)
        return Error { accounts.error() };
    QList<AccountListing> rows;
    QHash<qint64, qsizetype> index;
    for (const AccountListQuery::Account &account : *accounts) {
        AccountListing row;
        row.id = account.id;
        row.name = account.name;
        row.kind = account.kind;
        row.status = account.status;
        row.channel = account.channel;
        row.manager = account.manager;
        row.currency = account.currency;
        row.revenue12Months = Money(0, currency);
        index.insert(row.id, rows.size());
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;

    const auto revenue = query.revenue(today.addYears(-1), today);
    if (!revenue)
        return Error { revenue.error() };
    for (auto it = revenue->cbegin(); it != revenue->cend(); ++it) {
        if (const auto at = index.constFind(it.key()); at != index.constEnd()) {
            rows[*at].revenue12Months = Money(it->convertedMinor, currency);
            rows[*at].unconverted12Months = it->unconverted;
        }
    }

    const auto tags = query.tags();
    if (!tags)
        return Error { tags.error() };
    for (const AccountListQuery::Tag &t : *tags) {
        if (const auto at = index.constFind(t.accountId); at != index.constEnd())
            rows[*at].tags.append(t.tag);
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
