#pragma once

#include "domain/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

/// What winning an opportunity will do, for the confirmation a user sees first.
struct WinPlan
{
    enum class Action {
        LinkContract, ///< an engagement with a draft (or signed) contract already
        CreateContract, ///< an engagement of a client: a new draft contract
        ConvertAndCreateContract, ///< an engagement of a customer: it becomes a client
        RecordSale ///< a sale: one revenue entry for the value, on the day
    };
    Action action = Action::RecordSale;
    qint64 opportunityId = 0;
    QString title;
    qint64 accountId = 0;
    QString accountName;
    Money value;
    QDate on;
    std::optional<qint64> contractId; ///< the contract linked (LinkContract)
    QString contractReference; ///< linked, or the one that will be created
    QString description; ///< one or two sentences saying all of the above
};

} // namespace cd
