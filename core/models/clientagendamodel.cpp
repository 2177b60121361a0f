#include "models/clientagendamodel.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "models/clientlistmodel.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

ClientAgendaModel::ClientAgendaModel(Database &database, QObject *parent)
    : QAbstractListModel(parent), m_db(database)
{ }

Status ClientAgendaModel::reload(const QDate &today, const QDateTime &now)
{
    const QLocale locale;
    const auto day = [&locale](const QDate &d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    QList<Item> items;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    q.prepare(u"SELECT c.account_id, a.name, c.reference, c.end_date, c.notice_days, c.auto_renew "
              "FROM contracts c JOIN accounts a ON a.id = c.account_id "
              "WHERE c.status = 'active' AND c.end_date IS NOT NULL AND c.end_date >= :today"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the notice deadlines failed"), q);
    while (q.next()) {
        Contract c;
        c.reference = q.value(2).toString();
        c.end = sql::toDate(q.value(3));
        c.noticeDays = q.value(4).toInt();
        c.autoRenew = q.value(5).toInt() != 0;
        const QDate deadline = ContractRules::noticeDeadline(c);
        if (c.autoRenew && today.daysTo(c.end) <= horizonDays) {
            items.append(
                { Kind::Renewal, q.value(0).toLongLong(), q.value(1).toString(), c.end,
                  tr("%1 renews %2; notice by %3.").arg(c.reference, day(c.end), day(deadline)) });
        } else if (!c.autoRenew && deadline >= today && today.daysTo(deadline) <= horizonDays) {
            items.append({ Kind::NoticeDeadline, q.value(0).toLongLong(), q.value(1).toString(),
                           deadline,
                           tr("%1: notice by %2 (%3).")
                               .arg(c.reference, day(deadline),
                                    ContractRules::whenText(today.daysTo(deadline))) });
        }
    }

    q.prepare(u"SELECT i.account_id, a.name, i.subject, i.follow_up_on FROM interactions i "
              "JOIN accounts a ON a.id = i.account_id WHERE a.kind = 'client' "
              "AND i.follow_up_done = 0 AND i.follow_up_on IS NOT NULL "
              "AND i.follow_up_on <= :today"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Reading the follow-ups failed"), q);
    while (q.next()) {
        const QDate due = sql::toDate(q.value(3));
        items.append({ Kind::FollowUp, q.value(0).toLongLong(), q.value(1).toString(), due,
                       tr("“%1”, due %2.").arg(q.value(2).toString(), day(due)) });
    }

    q.prepare(u"SELECT r.account_id, a.name, r.title, r.due_at FROM service_requests r "
              "JOIN accounts a ON a.id = r.account_id WHERE r.status <> 'closed' "
              "AND r.due_at < :now"_s);
    q.bindValue(u":now"_s, sql::timestamp(now));
    if (!q.exec())
        return Database::sqlError(tr("Reading the overdue requests failed"), q);
    while (q.next()) {
        const QDateTime due = sql::toDateTime(q.value(3));
        items.append({ Kind::RequestPastDue, q.value(0).toLongLong(), q.value(1).toString(),
                       due.date(),
                       tr("“%1”, due %2 %3.")
                           .arg(q.value(2).toString(), day(due.date()),
                                locale.toString(due.time(), u"HH:mm"_s)) });
    }

    ClientListModel clients(m_db);
    if (Status ok = clients.reload(today); !ok)
        return ok;
    ClientFilter atRisk;
    atRisk.health = ClientHealth::Level::AtRisk;
    atRisk.status = AccountStatus::Active; // a former client is gone, not at risk
    if (Status ok = clients.setFilter(atRisk); !ok)
        return ok;
    for (int r = 0; r < clients.rowCount(); ++r) {
        const ClientListModel::Row *row = clients.rowAt(r);
        items.append(
            { Kind::AtRisk, row->id, row->name, row->lastContact,
              tr("%1 of 100: %2").arg(row->health.score()).arg(row->health.reasons().value(0)) });
    }

    // Soonest first within each kind; clients at risk worst first.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.date < b.date;
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    return {};
}

int ClientAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ClientAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.client + u" — "_s + item.text;
    case Qt::ToolTipRole:
        return item.client + u"\n"_s + item.text;
    case AccountIdRole:
        return item.accountId;
    case KindRole:
        return int(item.kind);
    case DateRole:
        return item.date;
    }
    return {};
}

} // namespace cd
