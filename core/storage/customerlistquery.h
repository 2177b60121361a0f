#pragma once

#include "domain/customerfilter.h"
#include "domain/enums.h"
#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// The rows behind the customers list (CustomerListModel): one row per customer with the
/// figures customer_stats keeps (CustomerStats), so nothing adds up revenue here, and the
/// customers' tags; forward-only reads.
class CustomerListQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CustomerListQuery)

public:
    struct Customer
    {
        qint64 id = 0;
        QString name, region, industry, manager;
        std::optional<qint64> managerId;
        AccountStatus status = AccountStatus::Active;
        cd::Channel channel = cd::Channel::Direct;
        QDate firstPurchase, lastPurchase;
        int purchases = 0;
        qint64 revenueMinor = 0; ///< all purchases, in the firm's currency
        qint64 revenue12MonthsMinor = 0;
        QStringList categories;
    };
    /// A customer's tag: a behaviour tag with its reason, or one the user gave.
    struct Tag
    {
        qint64 accountId = 0;
        QString tag;
        bool behaviour = false;
        QString reason;
    };

    explicit CustomerListQuery(Database &database);

    Result<QList<Customer>> customers() const;
    /// Every customer's tags, in no particular order.
    Result<QList<Tag>> tags() const;
    /// By customer: the revenue entries up to the month of `today` that could not be
    /// converted to the firm's currency (no rate on or before their day), which
    /// customer_stats leaves out. Read from the rollups, and only when there are any.
    Result<QHash<qint64, Unconverted>> unconverted(const QDate &today) const;
    /// The ids of the customers matching `filter`.
    Result<QList<qint64>> matchingIds(const CustomerFilter &filter) const;

private:
    Database &m_db;
};

} // namespace cd
