#pragma once

#include "domain/enums.h"
#include "domain/opportunity.h"
#include "result.h"
#include "storage/rowreader.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The reads of the pipeline, conversion and contract analytics (core/analytics): each returns
// plain rows and leaves the figures to the analytics. `what` begins the error message of a
// failed read ("Reading the pipeline"), so that the analytics keep their own sentences.
namespace cd {

class Database;

/// The whole pipeline, deal by deal in id order, each with its stage history and, for an
/// open deal, the account's last interaction: two ordered scans merged by id, read through
/// RowReader (tens of thousands of rows).
class PipelineRows final
{
public:
    explicit PipelineRows(Database &database, RowReader::Path path = RowReader::Path::Fastest);
    Q_DISABLE_COPY_MOVE(PipelineRows)

    /// Starts both scans; `deals` and `history` begin the error message of each.
    Status open(const QString &deals, const QString &history);
    /// The next deal: id, deal type, stage, first contact, closed on, expected close, expected
    /// value with its currency, probability and history are set. `lastInteraction` is the day
    /// of the account's last interaction for an open deal, null for a closed one or none.
    bool next(Opportunity &deal, QDate &lastInteraction);
    /// After the last next(): an error met while reading either scan, or success.
    Status status() const;

    /// The open deals whose last stage change (or first contact) and account's last
    /// interaction are both before `cutoff`.
    static Result<qint64> staleCount(Database &database, const QDate &cutoff, const QString &what);

private:
    Database &m_db;
    RowReader m_deals;
    RowReader m_stages;
    bool m_haveStage = false;
};

/// The reads behind ConversionCandidates.
class ConversionQueries final
{
public:
    /// An active customer with its purchase figures (customer_stats).
    struct Customer
    {
        qint64 id = 0;
        QString name;
        int purchases = 0;
        qint64 revenue12MonthsMinor = 0;
        QDate firstPurchase;
        QDate lastPurchase;
    };

    explicit ConversionQueries(Database &database) : m_db(database) { }

    Result<QList<Customer>> activeCustomers(const QString &what) const;
    /// Interactions since `since` (inclusive), by account.
    Result<QHash<qint64, int>> interactionsSince(const QDate &since, const QString &what) const;
    /// Accounts referred, by the account that referred them (SqlDialect::referralCounts).
    Result<QHash<qint64, int>> referrals(const QString &what) const;

private:
    Database &m_db;
};

/// An active contract's terms, for the contract outlook.
struct ActiveContractRow
{
    BillingModel billingModel = BillingModel::Retainer;
    qint64 feeMinor = 0;
    QString currency;
    int estimatedHours = 0;
    QDate start;
    QDate end;
    bool autoRenew = false;
    int renewalMonths = 0;
};

/// Every active contract, or only those of one account manager's accounts.
Result<QList<ActiveContractRow>>
activeContractRows(Database &database, std::optional<qint64> managerId, const QString &what);

} // namespace cd
