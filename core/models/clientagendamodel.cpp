#include "models/clientagendamodel.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "models/clientlistmodel.h"
#include "storage/clientagendaquery.h"

#include <QLocale>

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
    const ClientAgendaQuery query(m_db);

    const auto contracts = query.contractsEndingFrom(today);
    if (!contracts)
        return Error { contracts.error() };
    for (const auto &[client, c] : *contracts) {
        const QDate deadline = ContractRules::noticeDeadline(c);
        if (c.autoRenew && today.daysTo(c.end) <= horizonDays) {
            items.append(
                { Kind::Renewal, c.accountId, client, c.end,
                  tr("%1 renews %2; notice by %3.").arg(c.reference, day(c.end), day(deadline)) });
        } else if (!c.autoRenew && deadline >= today && today.daysTo(deadline) <= horizonDays) {
            items.append({ Kind::NoticeDeadline, c.accountId, client, deadline,
                           tr("%1: notice by %2 (%3).")
                               .arg(c.reference, day(deadline),
                                    ContractRules::whenText(today.daysTo(deadline))) });
        }
    }

    const auto followUps = query.followUpsDue(today);
    if (!followUps)
        return Error { followUps.error() };
    for (const ClientAgendaQuery::FollowUp &f : *followUps)
        items.append({ Kind::FollowUp, f.accountId, f.accountName, f.due,
                       tr("“%1”, due %2.").arg(f.subject, day(f.due)) });

    const auto requests = query.requestsPastDue(now);
    if (!requests)
        return Error { requests.error() };
    for (const ClientAgendaQuery::Request &r : *requests)
        items.append(
            { Kind::RequestPastDue, r.accountId, r.accountName, r.due.date(),
              tr("“%1”, due %2 %3.")
                  .arg(r.title, day(r.due.date()), locale.toString(r.due.time(), u"HH:mm"_s)) });

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
