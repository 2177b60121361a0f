#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

/// Money earned from an account on a day (see docs/design.md). `kindAtBooking` is the account's
/// kind when the entry was booked: a customer converted to a client keeps its earlier
/// revenue as customer revenue.
struct RevenueEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDate date;
    Money amount; ///< what was earned, after any discount
    AccountKind kindAtBooking = AccountKind::Customer; ///< set by the repository
    QString description;
    std::optional<qint64> productId;
    QString category;
    int quantity = 1;
    qint64 discountMinor = 0; ///< the discount given, in the entry's currency
    QString promotion;
    std::optional<qint64> contractId;
    QDateTime createdAt;

    friend bool operator==(const RevenueEntry &, const RevenueEntry &) = default;
};

} // namespace cd
