#include "models/clientagendamodel.h"

#include "domain/contract.h"
#include "domain/contracthours.h"
#include "domain/contractrules.h"
#include "domain/timerules.h"
#include "models/clientlistmodel.h"
#include "storage/clientagendaquery.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Why a retainer or fixed fee needs attention, and by when: one sentence without the
/// client's name.
QString hoursText(const Contract &c, qint64 used, qint64 allowed, qint64 carried,
                  const QDate &today, const QDate &actBy, bool lasts, const QLocale &locale)
{
    const auto h = [](qint64 minutes) {
        return TimeRules::formatDuration(minutes);
    };
    const int percent = ContractHours::percent(used, allowed);
    const QString day = locale.toString(actBy, QLocale::ShortFormat);
    const bool spent = used >= allowed;
    if (ContractHours::isMonthly(c)) {
        // "89 %", or "89 %; 3:00 carried over from October".
        const QString share = carried > 0
            ? ClientAgendaModel::tr("%1\u00a0%; %2 carried over from %3")
                  .arg(locale.toString(percent), h(carried),
                       locale.standaloneMonthName(today.addMonths(-1).month()))
            : ClientAgendaModel::tr("%1\u00a0%").arg(locale.toString(percent));
        if (!spent && lasts)
            return ClientAgendaModel::tr("%1: %2 of %3 hours used this month (%4); at this "
                                         "pace they last until %5.")
                .arg(c.reference, h(used), h(allowed), share, day);
        if (!spent)
            return ClientAgendaModel::tr("%1: %2 of %3 hours used this month (%4); at this "
                                         "pace they run out by %5.")
                .arg(c.reference, h(used), h(allowed), share, day);
        const QString over = c.overageRateMinor
            ? ClientAgendaModel::tr("%1 over, billable at %2 an hour")
                  .arg(h(used - allowed),
                       Money(*c.overageRateMinor, c.fee.currency()).format(locale))
            : ClientAgendaModel::tr("%1 over, and the contract sets no overage rate")
                  .arg(h(used - allowed));
        return ClientAgendaModel::tr("%1: %2 of %3 hours used this month (%4); %5. Tell the "
                                     "client.")
            .arg(c.reference, h(used), h(allowed), share, over);
    }
    if (!spent && lasts)
        return ClientAgendaModel::tr("%1: %2 of the %3-hour budget used (%4\u00a0%); at this pace "
                                     "it lasts until the contract ends on %5.")
            .arg(c.reference, h(used), h(allowed), locale.toString(percent), day);
    if (!spent)
        return ClientAgendaModel::tr("%1: %2 of the %3-hour budget used (%4\u00a0%); at this pace "
                                     "it runs out by %5.")
            .arg(c.reference, h(used), h(allowed), locale.toString(percent), day);
    return ClientAgendaModel::tr("%1: %2 of the %3-hour budget used (%4\u00a0%), %5 over. Tell "
                                 "the client.")
        .arg(c.reference, h(used), h(allowed), locale.toString(percent), h(used - allowed));
}

} // namespace

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
            // The date to act by is the notice deadline; once it has passed, the contract
            // renews itself for another term: said in words, not only in colour.
            const bool missed = deadline < today;
            items.append({ Kind::Renewal, c.accountId, client, deadline,
                           missed ? tr("%1 renews %2; the notice was due by %3: missed.")
                                        .arg(c.reference, day(c.end), day(deadline))
                                  : tr("%1 renews %2; notice by %3 (%4).")
                                        .arg(c.reference, day(c.end), day(deadline),
                                             ContractRules::whenText(today.daysTo(deadline))),
                           missed ? missedLevel : 0 });
        } else if (!c.autoRenew && deadline < today && today.daysTo(c.end) <= horizonDays) {
            // The notice passed while the contract runs: a renewal was not agreed in time.
            items.append({ Kind::NoticeDeadline, c.accountId, client, deadline,
                           tr("%1 ends %2; the notice was due by %3: missed.")
                               .arg(c.reference, day(c.end), day(deadline)),
                           missedLevel });
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
                       tr("“%1”, due %2.").arg(f.subject, day(f.due)), 0, f.id });

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
              tr("%1 of 100: %2").arg(row->health.score()).arg(row->health.reasons().value(0)),
              row->health.score() });
    }

    if (Status ok = addHours(items, today); !ok)
        return ok;

    const auto invoices = query.overdueInvoices(today);
    if (!invoices)
        return Error { invoices.error() };
    for (const ClientAgendaQuery::OverdueInvoice &i : *invoices) {
        const qint64 days = i.due.daysTo(today);
        const QString owed = Money(i.owedMinor, i.currency).format(locale);
        items.append(
            { Kind::InvoiceOverdue, i.accountId, i.accountName, i.due,
              days == 1 ? tr("%1: %2 owed, 1 day overdue (due %3).").arg(i.number, owed, day(i.due))
                        : tr("%1: %2 owed, %3 days overdue (due %4).")
                              .arg(i.number, owed, locale.toString(days), day(i.due)) });
    }

    const auto managers = query.managers();
    if (!managers)
        return Error { managers.error() };
    for (Item &item : items) {
        if (const auto at = managers->constFind(item.accountId); at != managers->cend())
            item.managerId = *at;
    }

    // By the date to act by within each kind, notice deadlines and renewals together (a
    // missed deadline first); clients at risk worst score first.
    const auto group = [](Kind kind) {
        return kind == Kind::Renewal ? Kind::NoticeDeadline : kind;
    };
    std::stable_sort(items.begin(), items.end(), [&group](const Item &a, const Item &b) {
        if (group(a.kind) != group(b.kind))
            return int(group(a.kind)) < int(group(b.kind));
        if (a.kind == Kind::AtRisk && a.level != b.level)
            return a.level < b.level;
        return a.date < b.date;
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    return {};
}

Status ClientAgendaModel::addHours(QList<Item> &items, const QDate &today) const
{
    const QLocale locale;
    const QDate month(today.year(), today.month(), 1);
    const auto contracts = ClientAgendaQuery(m_db).hoursContracts();
    if (!contracts)
        return Error { contracts.error() };
    for (const ClientAgendaQuery::HoursContract &row : *contracts) {
        const Contract &c = row.contract;
        qint64 used = row.totalMinutes;
        qint64 allowed = c.budgetMinutes;
        qint64 carried = 0;
        QDate from = c.start;
        QDate until = c.end;
        if (ContractHours::isMonthly(c)) {
            // Every month of the contract up to this one: what a month carries depends on
            // the months before it (TimeRules::retainerMonths).
            QHash<QString, qint64> byMonth;
            for (const auto &[rowMonth, rowMinutes] : row.monthMinutes)
                byMonth.insert(rowMonth, rowMinutes);
            QList<qint64> perMonth;
            const QDate startMonth(c.start.year(), c.start.month(), 1);
            for (QDate m = startMonth; m <= month; m = m.addMonths(1))
                perMonth.append(byMonth.value(m.toString(u"yyyy-MM"_s)));
            if (perMonth.isEmpty())
                continue; // starts after this month
            const auto months = TimeRules::retainerMonths(c.includedMinutes, c.rollover, perMonth);
            if (months.isEmpty())
                continue;
            const TimeRules::RetainerMonth &now = months.constLast();
            used = now.usedMinutes;
            carried = now.carriedMinutes;
            allowed = qint64(now.includedMinutes) + now.carriedMinutes;
            from = std::max(month, c.start);
            const QDate monthEnd = month.addMonths(1).addDays(-1);
            until = c.end.isValid() ? std::min(c.end, monthEnd) : monthEnd;
        }
        const ContractHours::Level level = ContractHours::level(used, allowed);
        if (level == ContractHours::Level::Within)
            continue;
        const QDate actBy = ContractHours::runOutDate(used, allowed, from, today, until);
        // Whether the hours outlast the month (or the term) at this pace.
        const bool lasts = actBy < ContractHours::runOutDate(used, allowed, from, today, {});
        items.append({ Kind::Hours, c.accountId, row.accountName, actBy,
                       hoursText(c, used, allowed, carried, today, actBy, lasts, locale),
                       int(level) });
    }
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
    case LevelRole:
        return item.level;
    }
    return {};
}

} // namespace cd
