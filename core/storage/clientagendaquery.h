#pragma once

#include "domain/contract.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace cd {

class Database;

/// The rows behind the client agenda (ClientAgendaModel): contracts ending ahead, follow-ups
/// due and requests past due, each with its account's name; forward-only reads.
class ClientAgendaQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ClientAgendaQuery)

public:
    /// An active contract with an end date (account, reference, end, notice days, renewal).
    struct EndingContract
    {
        QString accountName;
        Contract contract;
    };
    struct FollowUp
    {
        qint64 id = 0; ///< the interaction
        qint64 accountId = 0;
        QString accountName;
        QString subject;
        QDate due;
    };
    struct Request
    {
        qint64 accountId = 0;
        QString accountName;
        QString title;
        QDateTime due;
    };

    /// An active retainer with included minutes or fixed fee with an hour budget, with the
    /// minutes logged on it per month ('YYYY-MM') and in all.
    struct HoursContract
    {
        QString accountName;
        Contract contract;
        QList<std::pair<QString, qint64>>
            monthMinutes; ///< in month order; months without minutes left out
        qint64 totalMinutes = 0;
    };

    /// An invoice past its due date and not fully paid (issue 27).
    struct OverdueInvoice
    {
        qint64 accountId = 0;
        QString accountName;
        QString number;
        QDate due;
        qint64 owedMinor = 0; ///< total − paid, in `currency`
        QString currency;
    };

    explicit ClientAgendaQuery(Database &database);

    /// Active contracts ending on or after `today`.
    Result<QList<EndingContract>> contractsEndingFrom(const QDate &today) const;
    /// Follow-ups not done, due on or before `today`, of clients and customers alike (the
    /// dashboard's "Follow-ups due" card counts the same).
    Result<QList<FollowUp>> followUpsDue(const QDate &today) const;
    /// Requests not closed, due before `now`.
    Result<QList<Request>> requestsPastDue(const QDateTime &now) const;

    /// Active retainers with included minutes and fixed fees with a budget, and their minutes
    /// (a retainer's carried minutes depend on every month since it started).
    Result<QList<HoursContract>> hoursContracts() const;
    /// Invoices issued or partly paid whose due date is before `today`, oldest due first.
    Result<QList<OverdueInvoice>> overdueInvoices(const QDate &today) const;
    /// The account manager of every account that has one (the worklist's filter).
    Result<QHash<qint64, qint64>> managers() const;

private:
    Database &m_db;
};

} // namespace cd
