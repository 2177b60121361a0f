#pragma once

#include "domain/contract.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

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

    explicit ClientAgendaQuery(Database &database);

    /// Active contracts ending on or after `today`.
    Result<QList<EndingContract>> contractsEndingFrom(const QDate &today) const;
    /// Clients' follow-ups not done, due on or before `today`.
    Result<QList<FollowUp>> followUpsDue(const QDate &today) const;
    /// Requests not closed, due before `now`.
    Result<QList<Request>> requestsPastDue(const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace cd
