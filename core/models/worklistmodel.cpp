#include "models/worklistmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

using Kind = ClientAgendaModel::Kind;

WorklistModel::WorklistModel(QObject *parent) : QAbstractTableModel(parent) { }

bool WorklistModel::isOverdue(const ClientAgendaModel::Item &item, const QDate &today)
{
    switch (item.kind) {
    case Kind::NoticeDeadline:
    case Kind::Renewal:
        return item.level == ClientAgendaModel::missedLevel;
    case Kind::FollowUp:
        return item.date < today;
    case Kind::RequestPastDue:
    case Kind::InvoiceOverdue:
        return true;
    case Kind::AtRisk:
    case Kind::Hours:
        return false;
    }
    return false;
}

QDate WorklistModel::actBy(const ClientAgendaModel::Item &item, const QDate &today)
{
    return item.kind == Kind::AtRisk ? today : item.date;
}

QString WorklistModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::NoticeDeadline:
        return tr("Notice deadline");
    case Kind::Renewal:
        return tr("Renewal");
    case Kind::FollowUp:
        return tr("Follow-up");
    case Kind::RequestPastDue:
        return tr("Service request");
    case Kind::AtRisk:
        return tr("Client at risk");
    case Kind::Hours:
        return tr("Hours used");
    case Kind::InvoiceOverdue:
        return tr("Invoice");
    }
    return {};
}

void WorklistModel::setItems(const QList<ClientAgendaModel::Item> &items, const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_items = items;
    // Overdue first, each part by the day to act by; clients at risk (all today) worst first.
    std::stable_sort(m_items.begin(), m_items.end(),
                     [&today](const ClientAgendaModel::Item &a, const ClientAgendaModel::Item &b) {
                         const bool lateA = isOverdue(a, today), lateB = isOverdue(b, today);
                         if (lateA != lateB)
                             return lateA;
                         const QDate dayA = actBy(a, today), dayB = actBy(b, today);
                         if (dayA != dayB)
                             return dayA < dayB;
                         if (a.kind == Kind::AtRisk && b.kind == Kind::AtRisk)
                             return a.level < b.level;
                         return false;
                     });
    m_shown.clear();
    endResetModel();
    applyFilter();
}

void WorklistModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    applyFilter();
}

void WorklistModel::applyFilter()
{
    const auto group = [](Kind kind) {
        return kind == Kind::Renewal ? Kind::NoticeDeadline : kind;
    };
    beginResetModel();
    m_shown.clear();
    for (const ClientAgendaModel::Item &item : std::as_const(m_items)) {
        if (m_filter.kind && group(item.kind) != group(*m_filter.kind))
            continue;
        if (m_filter.managerId && item.managerId != m_filter.managerId)
            continue;
        if (!m_filter.account.isEmpty()
            && !item.client.contains(m_filter.account, Qt::CaseInsensitive))
            continue;
        m_shown.append(&item);
    }
    endResetModel();
}

int WorklistModel::overdueCount() const
{
    return int(std::count_if(
        m_shown.cbegin(), m_shown.cend(),
        [this](const ClientAgendaModel::Item *item) { return isOverdue(*item, m_today); }));
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientAgendaModel::Item &item = *m_shown.at(index.row());
    const bool overdue = isOverdue(item, m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ActByColumn:
            return QLocale().toString(actBy(item, m_today), QLocale::ShortFormat);
        case StateColumn:
            // In words, not only in colour: for colour-blind readers and on paper.
            if (overdue)
                return item.kind == Kind::NoticeDeadline || item.kind == Kind::Renewal
                    ? tr("Missed")
                    : tr("Overdue");
            return actBy(item, m_today) == m_today ? tr("Today") : QString();
        case KindColumn:
            return kindLabel(item.kind);
        case AccountColumn:
            return item.client;
        case WhatColumn:
            return item.text;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == WhatColumn ? item.text : QVariant();
    case AccountIdRole:
        return item.accountId;
    case KindRole:
        return int(item.kind);
    case RecordIdRole:
        return item.recordId;
    case OverdueRole:
        return overdue;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ActByColumn:
        return tr("Act by");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case AccountColumn:
        return tr("Account");
    case WhatColumn:
        return tr("What to do");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
