#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The reads behind the billing analytics (core/analytics/billinganalytics.h): contracts with
// their terms, issued invoices and payments, each with its account's manager; plain rows,
// read through RowReader. `what` begins the error message of a failed read.
namespace cd {

class Database;

class BillingAnalyticsQueries final
{
public:
    /// A signed contract (not a draft) with what its monthly value needs.
    struct ContractRow
    {
        qint64 id = 0;
        qint64 accountId = 0;
        std::optional<qint64> managerId;
        BillingModel billingModel = BillingModel::Retainer;
        qint64 feeMinor = 0;
        QString currency; ///< the contract's, else its account's, else the firm's
        int estimatedHours = 0;
        QDate start, end, terminatedOn;
        ContractStatus status = ContractStatus::Active;
    };
    /// An invoice or credit note that counts: issued, partly paid or paid (not a draft, not
    /// void). A credit note's total is below zero.
    struct InvoiceRow
    {
        qint64 accountId = 0;
        std::optional<qint64> managerId;
        QDate date;
        QString currency;
        qint64 totalMinor = 0;
    };
    /// A payment received, as allocated to invoices that count.
    struct PaymentRow
    {
        qint64 accountId = 0;
        std::optional<qint64> managerId;
        QDate date;
        QString currency;
        qint64 amountMinor = 0;
    };

    static Result<QList<ContractRow>> contracts(Database &database, const QString &firmCurrency,
                                                const QString &what);
    static Result<QList<InvoiceRow>> invoices(Database &database, const QString &what);
    static Result<QList<PaymentRow>> payments(Database &database, const QString &what);
};

} // namespace cd
