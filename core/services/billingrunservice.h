#pragma once

#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// The billing run (issue 27; docs/design.md, "Billing"): for a month, one draft per
/// contract that has something to bill —
/// - a retainer's monthly fee (the first and last months of its term pro rata by days);
/// - a fixed fee's instalments due in or before the month, and milestones done by its end,
///   not billed yet;
/// - billable hours not invoiced yet up to the run's cut-off, at each entry's rate (one line
///   per person and rate);
/// - a retainer's overage: minutes above its included (and carried) minutes, at its overage
///   rate —
/// and never anything a draft or an issued invoice already holds (BillingKey, time held by a
/// line). Invoices are dated the month's last day unless a date is given; a month that has
/// not ended needs a date (today or earlier) and then bills hours logged up to that date.
class BillingRunService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingRunService)

public:
    explicit BillingRunService(Database &database) : m_db(database) { }

    /// One proposed draft: the invoice as it would be stored (lines, totals, dates) and the
    /// names a review shows.
    struct Proposal
    {
        Invoice invoice;
        QString accountName;
        QString contractReference;
    };
    struct Run
    {
        QString period; ///< "YYYY-MM"
        QDate date; ///< the invoices' date
        QDate cutOff; ///< hours logged up to this day are billed
        QList<Proposal> proposals;
        /// Contracts with something to bill that cannot be (no rate, terminated and ended
        /// before the month…), one sentence each.
        QStringList skipped;
    };
    /// What a run for `period` ("YYYY-MM") would bill, dated `date` (empty: the month's last
    /// day, which must have passed by `today`). Stores nothing. `contractId` limits it to one
    /// contract.
    Result<Run> propose(const QString &period, std::optional<QDate> date, const QDate &today,
                        std::optional<qint64> contractId = {}) const;
    /// Stores the proposals (as reviewed: lines edited or dropped, proposals dropped) as
    /// drafts in one transaction; returns their ids in order.
    Result<QList<qint64>> createDrafts(const QList<Proposal> &proposals);
    /// createDrafts() and InvoiceService::issue() in one transaction (all or none): returns
    /// the invoices' numbers in order (and their ids in `ids` when given).
    Result<QStringList> createAndIssue(const QList<Proposal> &proposals,
                                       QList<qint64> *ids = nullptr);

private:
    struct RunData;
    struct Draft;
    class Builder;
    Status read(RunData &data, std::optional<qint64> contractId) const;
    /// Adds the overage lines (with the entries behind them) to the drafts that bill one.
    Status addOverage(const RunData &data, const QList<qint64> &contractIds,
                      QList<Draft> &drafts) const;
    Result<QList<qint64>> storeDrafts(const QList<Proposal> &proposals);

    Database &m_db;
};

} // namespace cd
