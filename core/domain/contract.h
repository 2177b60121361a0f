#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

/// A client's contract (see docs/design.md): scope, fees, term, renewal, notice period and the
/// withdrawal/termination clause. A plain value: ContractRepository validates and stores it;
/// ContractRules derives the notice deadline, monthly recurring revenue and annual value.
struct Contract
{
    qint64 id = 0; ///< 0 for a contract not stored yet
    qint64 accountId = 0;
    QString reference; ///< unique, e.g. "C-2024-001"
    QString title;
    QString scope;
    BillingModel billingModel = BillingModel::Retainer;
    /// Retainer: the fee per month. Fixed: the whole fee. Hourly: the rate per hour.
    Money fee;
    int estimatedHours = 0; ///< hourly contracts only; the hours the rate applies to
    QDate start;
    QDate end; ///< null for an open-ended contract
    bool autoRenew = false;
    int renewalMonths = 0; ///< the term each renewal adds; required with autoRenew
    int noticeDays = 0;
    QString terminationClause;
    ContractStatus status = ContractStatus::Draft;
    QDate signedOn;
    QDate terminatedOn;
    QString terminationReason;
    /// Time (migration 9). Retainer: the minutes included each month (0: none), whether
    /// unused minutes roll over to the next month (one month at most) and the rate of the
    /// minutes over them, in the contract's currency (empty: none). Fixed fee: the hour budget
    /// over the whole term, in minutes (0: none).
    int includedMinutes = 0;
    bool rollover = false;
    std::optional<qint64> overageRateMinor;
    int budgetMinutes = 0;
    /// Billing (migration 11): the days from an invoice's date to its due date; empty: the
    /// firm's 'billing.payment_terms_days' setting. 0 to kMaxPaymentTermsDays.
    std::optional<int> paymentTermsDays;
    static constexpr int kMaxPaymentTermsDays = 365;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;

    friend bool operator==(const Contract &, const Contract &) = default;
};

} // namespace cd
