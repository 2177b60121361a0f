#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The counts and sums behind the dashboard (PortfolioSummary), each answered by an index:
/// accounts by (kind, status), requests by (status, due_at), follow-ups by
/// (follow_up_done, follow_up_on). The revenue comes from RevenueAnalytics (the rollups).
class PortfolioQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::PortfolioQuery)

public:
    struct AccountCount
    {
        std::optional<AccountKind> kind; ///< nullopt for a code ClientDesk does not know
        std::optional<AccountStatus> status;
        qint64 count = 0;
    };
    struct RequestCounts
    {
        qint64 open = 0; ///< not closed
        qint64 pastDue = 0; ///< of those, due before the time asked about
    };

    explicit PortfolioQuery(Database &database);

    Result<QList<AccountCount>> accountsByKindAndStatus() const;
    Result<qint64> activeContracts() const;
    /// Requests open or in progress; past due when due before `now`.
    Result<RequestCounts> openRequests(const QDateTime &now) const;
    /// Follow-ups not done, due on or before `today`.
    Result<qint64> followUpsDue(const QDate &today) const;

private:
    Database &m_db;
};

} // namespace cd
