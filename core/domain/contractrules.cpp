#include "domain/contractrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

QDate ContractRules::noticeDeadline(const Contract &contract)
{
    if (!contract.end.isValid())
        return {};
    return contract.end.addDays(-qint64(contract.noticeDays));
}

std::optional<qint64> ContractRules::daysUntilNoticeDeadline(const Contract &contract,
                                                             const QDate &today)
{
    const QDate deadline = noticeDeadline(contract);
    if (!deadline.isValid() || !today.isValid())
        return std::nullopt;
    return today.daysTo(deadline);
}

int ContractRules::termMonths(const Contract &contract)
{
    if (!contract.start.isValid() || !contract.end.isValid() || contract.end < contract.start)
        return 12;
    // The day after the end: 2024-01-01 to 2024-12-31 is twelve months.
    const QDate after = contract.end.addDays(1);
    int months
        = (after.year() - contract.start.year()) * 12 + after.month() - contract.start.month();
    if (after.day() < contract.start.day())
        --months;
    return std::max(1, months);
}

Money ContractRules::monthlyRecurringRevenue(const Contract &contract)
{
    const QString &currency = contract.fee.currency();
    switch (contract.billingModel) {
    case BillingModel::Retainer:
        return contract.fee;
    case BillingModel::Fixed:
        return Money(contract.fee.minorUnits() / termMonths(contract), currency);
    case BillingModel::Hourly:
        return Money(contract.fee.minorUnits() * std::max(0, contract.estimatedHours)
                         / termMonths(contract),
                     currency);
    }
    return Money(0, currency);
}

Money ContractRules::annualisedValue(const Contract &contract)
{
    const Money monthly = monthlyRecurringRevenue(contract);
    return Money(monthly.minorUnits() * 12, monthly.currency());
}

QDate ContractRules::renewedEnd(const Contract &contract)
{
    if (!contract.end.isValid())
        return {};
    const int months = contract.renewalMonths > 0 ? contract.renewalMonths : termMonths(contract);
    return contract.end.addDays(1).addMonths(months).addDays(-1);
}

QString ContractRules::whenText(qint64 days)
{
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    return days > 0 ? tr("in %1 days").arg(days) : tr("%1 days ago").arg(-days);
}

QString ContractRules::transitionProblem(const Contract &contract, ContractStatus to)
{
    const ContractStatus from = contract.status;
    const bool allowed = (from == ContractStatus::Draft && to == ContractStatus::Active)
        || (from == ContractStatus::Active
            && (to == ContractStatus::Expired || to == ContractStatus::Terminated));
    if (allowed || from == to)
        return {};
    return tr("Contract %1 is %2 and cannot become %3.")
        .arg(contract.reference, toLabel(from).toLower(), toLabel(to).toLower());
}

} // namespace cd
