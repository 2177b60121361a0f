#pragma once

#include "domain/contract.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

/// The rules of a contract that need no database: its notice deadline, what it earns per
/// month and per year, its renewal and which status changes make sense.
class ContractRules final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractRules)

public:
    /// The last day on which notice can be given: end − notice period. Null for an
    /// open-ended contract.
    static QDate noticeDeadline(const Contract &contract);
    /// Days from `today` to the notice deadline (negative once it has passed).
    static std::optional<qint64> daysUntilNoticeDeadline(const Contract &contract,
                                                         const QDate &today);
    /// Whole months from start to end (at least 1); 12 for an open-ended contract.
    static int termMonths(const Contract &contract);
    /// What the contract earns per month: a retainer's fee; a fixed fee spread over the term;
    /// an hourly rate times the estimated hours, spread over the term.
    static Money monthlyRecurringRevenue(const Contract &contract);
    /// Twelve months of monthly recurring revenue.
    static Money annualisedValue(const Contract &contract);
    /// The end after one renewal: the renewal term, else the contract's own term, added.
    static QDate renewedEnd(const Contract &contract);
    /// "today", "tomorrow", "in 12 days" or "3 days ago", for a deadline `days` away.
    static QString whenText(qint64 days);
    /// Why a contract cannot go from `from` to `to`; empty when it can. Draft → active
    /// (signing), active → expired, active → terminated.
    static QString transitionProblem(const Contract &contract, ContractStatus to);
};

} // namespace cd
