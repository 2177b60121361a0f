#pragma once

#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// One month ahead: what active contracts bring and which of them end.
struct OutlookMonth
{
    QDate month; ///< its first day
    qint64 recurringMinor = 0; ///< Σ monthly recurring revenue of the contracts running
    int contracts = 0; ///< contracts running in the month
    int renewalsDue = 0; ///< contracts whose term ends in the month
    int autoRenewing = 0; ///< of those, the ones that renew by themselves
    qint64 renewalsMinor = 0; ///< the monthly recurring revenue of those ending
};

/// In the firm's currency: a fee in another currency converts at the latest rate on or before
/// the day the outlook is computed (RateTable); a contract without is counted in `unconverted`.
struct ContractOutlook
{
    QString currency;
    QList<OutlookMonth> months;
    int otherCurrency = 0; ///< active contracts without a rate, not added in
    /// Those contracts by currency, with their monthly recurring revenue.
    Unconverted unconverted;
    /// "2 USD contracts, 5,000.00 USD a month, have no USD rate …"; "" for none.
    QString note(const QLocale &locale = QLocale()) const
    {
        return unconverted.note(Unconverted::What::Contracts, {}, locale);
    }
};

/// The outlook of the active contracts, month by month from the current one: recurring
/// revenue (ContractRules::monthlyRecurringRevenue) while a contract runs (an auto-renewing
/// one keeps running past its end) and the renewals due. Optionally for one manager's
/// clients.
class ContractOutlookAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractOutlookAnalytics)

public:
    static Result<ContractOutlook> compute(Database &database, const QDate &today, int months = 12,
                                           std::optional<qint64> managerId = std::nullopt);
};

} // namespace cd
