#pragma once

#include "domain/winplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace cd {

class Database;

/// Wins an opportunity (issue 6): a won client engagement creates or links a draft contract,
/// a won customer sale records the sale. plan() says what will happen; win() does it in one
/// transaction with the stage change, so a failure leaves the deal open and nothing created.
///
/// Engagements link the contract the deal already names, else the account's newest draft
/// that no other deal names, else open a draft (reference OPP-YEAR-ID, fixed fee = the deal's
/// value, starting on the day). An engagement of a transactional customer converts it first
/// (AccountConversion), and its conversion draft takes the deal's title and value. A sale is
/// booked as one revenue entry (the title as description) and makes a prospect active.
class OpportunityWin final
{
    Q_DECLARE_TR_FUNCTIONS(cd::OpportunityWin)

public:
    explicit OpportunityWin(Database &database);

    Result<WinPlan> plan(qint64 opportunityId, const QDate &on) const;

    struct Outcome
    {
        WinPlan plan;
        std::optional<qint64> contractId;
        std::optional<qint64> revenueId;
    };
    /// Wins the opportunity on `on` if it is still at `rowVersion`.
    Result<Outcome> win(qint64 opportunityId, const QDate &on, int rowVersion);

private:
    Database &m_db;
};

} // namespace cd
