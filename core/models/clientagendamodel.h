#pragma once

#include "result.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// What needs an account manager's attention about clients, soonest first: notice
/// deadlines and automatic renewals in the next 90 days, follow-ups due (customers' too),
/// requests past their
/// agreed response time, clients at risk, and retainers at or over 80 % of this month's
/// included hours and fixed fees at or over 80 % of their hour budget (dated by when the
/// hours run out at their pace, today once spent), and invoices past their due date with
/// what is owed and the days overdue (dated by the due date, oldest first). Each item names
/// its account, so a view can open it.
class ClientAgendaModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientAgendaModel)

public:
    enum class Kind {
        NoticeDeadline,
        Renewal,
        FollowUp,
        RequestPastDue,
        AtRisk,
        Hours,
        InvoiceOverdue
    };
    Q_ENUM(Kind)
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< qint64
        KindRole, ///< Kind as int
        DateRole, ///< QDate the item is about (for Hours: the day to act by)
        /// For Hours: ContractHours::Level as int (Near at 80 %, Spent at 100 %)
        LevelRole,
    };
    struct Item
    {
        Kind kind = Kind::NoticeDeadline;
        qint64 accountId = 0;
        QString client;
        QDate date;
        QString text; ///< one sentence, without the client's name
        /// Hours: ContractHours::Level as int; Renewal and NoticeDeadline: missedLevel when
        /// the notice deadline has passed; AtRisk: the health score.
        int level = 0;
        qint64 recordId = 0; ///< FollowUp: the interaction (to mark done or move)
        std::optional<qint64> managerId = std::nullopt; ///< the account's manager
    };
    /// The level of a renewal, or of a contract ending without renewal, whose notice
    /// deadline has passed.
    static constexpr int missedLevel = 1;

    static constexpr int horizonDays = 90;

    explicit ClientAgendaModel(Database &database, QObject *parent = nullptr);

    Status reload(const QDate &today, const QDateTime &now);
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    /// The Hours items: retainers and fixed fees at or over 80 % of their hours.
    Status addHours(QList<Item> &items, const QDate &today) const;

    Database &m_db;
    QList<Item> m_items;
};

} // namespace cd
