#pragma once

#include "models/clientagendamodel.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

/// The worklist (issue 29): every item of the agenda (ClientAgendaModel, which the dashboard's
/// lists show) in one table by the date to act by, the missed and overdue ones first and said
/// so in a column of their own, filtered by kind, account manager and account name. A client
/// at risk is to act on today; the others on their own date.
class WorklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorklistModel)

public:
    enum Column { ActByColumn, StateColumn, KindColumn, AccountColumn, WhatColumn, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< qint64
        KindRole, ///< ClientAgendaModel::Kind as int
        RecordIdRole, ///< qint64: a follow-up's interaction, else 0
        OverdueRole, ///< bool (the view draws it in red too)
    };

    struct Filter
    {
        std::optional<ClientAgendaModel::Kind> kind; ///< Renewal and NoticeDeadline go together
        std::optional<qint64> managerId;
        QString account; ///< part of the account's name, any case
    };

    explicit WorklistModel(QObject *parent = nullptr);

    /// Takes the agenda's items as of `today`.
    void setItems(const QList<ClientAgendaModel::Item> &items, const QDate &today);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    /// The items shown, in order.
    const ClientAgendaModel::Item &itemAt(int row) const { return *m_shown.at(row); }
    /// Of the items shown, how many are missed or overdue.
    int overdueCount() const;
    /// Every item, before the filter.
    qsizetype totalCount() const { return m_items.size(); }

    /// Whether an item is past its date to act by on `today`: a missed notice, a follow-up
    /// before today, a request past its service level, an invoice past its due date.
    static bool isOverdue(const ClientAgendaModel::Item &item, const QDate &today);
    /// The day to act by: a client at risk's is today.
    static QDate actBy(const ClientAgendaModel::Item &item, const QDate &today);
    static QString kindLabel(ClientAgendaModel::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QList<ClientAgendaModel::Item> m_items; ///< sorted: overdue first, then by date
    QList<const ClientAgendaModel::Item *> m_shown;
    Filter m_filter;
    QDate m_today;
};

} // namespace cd
