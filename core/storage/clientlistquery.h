#pragma once

#include "domain/clientfilter.h"
#include "domain/contract.h"
#include "domain/enums.h"
#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The rows behind the clients list (ClientListModel) and one client's figures: a handful of
/// set-wise, forward-only reads, each narrowed to one client when `only` is given, never one
/// query per client. The model adds them up by core's rules.
class ClientListQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ClientListQuery)

public:
    /// A client account as the list names it.
    struct Client
    {
        qint64 id = 0;
        QString name, industry, region, manager;
        std::optional<qint64> managerId;
        AccountStatus status = AccountStatus::Active;
    };
    /// Service requests not closed, and of those the ones past their due time.
    struct OpenRequests
    {
        int open = 0;
        int pastDue = 0;
    };
    /// Revenue converted to the firm's currency (the entries' converted amounts): the last
    /// twelve months up to today, and the twelve before; the entries of those two years that
    /// could not be converted apart.
    struct Revenue
    {
        qint64 last12Months = 0;
        qint64 previous12Months = 0;
        Unconverted unconverted;
    };

    /// Invoices issued or partly paid whose due date has passed (issue 27).
    struct OverdueInvoices
    {
        int count = 0;
        QDate oldestDue;
    };

    explicit ClientListQuery(Database &database, std::optional<qint64> only = std::nullopt);

    Result<QList<Client>> clients() const;
    /// Every active contract (of clients and customers alike) with what ContractRules needs:
    /// account, reference, billing model, fee, hours, term, renewal and notice.
    Result<QList<Contract>> activeContracts() const;
    /// By account: requests not closed; past due when due before `now`.
    Result<QHash<qint64, OpenRequests>> openRequests(const QDateTime &now) const;
    /// By account: requests closed after their due time, closed since `since`.
    Result<QHash<qint64, int>> requestsClosedLate(const QDateTime &since) const;
    /// By client: the day of the last interaction up to `now`.
    Result<QHash<qint64, QDate>> lastContacts(const QDateTime &now) const;
    /// By client: revenue of the two years up to `today`, converted to the firm's currency.
    Result<QHash<qint64, Revenue>> revenue(const QDate &today) const;
    /// By account: invoices past due on `today` (due before it, issued or partly paid).
    Result<QHash<qint64, OverdueInvoices>> overdueInvoices(const QDate &today) const;

    /// The ids of the clients whose account fields match `filter` (its health is not
    /// looked at: core computes it).
    static Result<QList<qint64>> matchingIds(Database &database, const ClientFilter &filter);

private:
    Database &m_db;
    std::optional<qint64> m_only;
};

} // namespace cd
