#pragma once

#include "result.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;

/// What needs an account manager's attention about clients, soonest first: notice
/// deadlines and automatic renewals in the next 90 days, follow-ups due, requests past their
/// agreed response time, and clients at risk. Each item names its client, so a view can
/// open it.
class ClientAgendaModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientAgendaModel)

public:
    enum class Kind { NoticeDeadline, Renewal, FollowUp, RequestPastDue, AtRisk };
    Q_ENUM(Kind)
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< qint64
        KindRole, ///< Kind as int
        DateRole, ///< QDate the item is about
    };
    struct Item
    {
        Kind kind = Kind::NoticeDeadline;
        qint64 accountId = 0;
        QString client;
        QDate date;
        QString text; ///< one sentence, without the client's name
    };

    static constexpr int horizonDays = 90;

    explicit ClientAgendaModel(Database &database, QObject *parent = nullptr);

    Status reload(const QDate &today, const QDateTime &now);
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<Item> m_items;
};

} // namespace cd
