#pragma once

#include "domain/contract.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The rows behind the Contracts area's list (ContractListModel): three set-wise reads through
/// RowReader (thousands of contracts, tens of thousands of month groups), never one query per
/// contract. The model works out the figures by core's rules.
class ContractListQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractListQuery)

public:
    explicit ContractListQuery(Database &database) : m_db(database) { }

    /// A contract with its client and the client's account manager (the contract's owner).
    struct Row
    {
        Contract contract; ///< the terms the list shows (not scope, clause, audit fields)
        QString accountName;
        std::optional<qint64> managerId;
        QString manager;
    };
    /// Every contract the connection may see (team mode: the server's policies narrow it).
    Result<QList<Row>> contracts() const;

    /// The minutes logged on the active contracts that count hours: per month for retainers
    /// with included hours (every month up to `month` when unused hours roll over, else
    /// `month` alone), and one total up to the end of `month` for fixed fees with a budget.
    struct Minutes
    {
        QHash<QDate, qint64> perMonth; ///< first day of a month → minutes
        qint64 total = 0; ///< every minute up to the end of `month`
    };
    Result<QHash<qint64, Minutes>> trackedMinutes(const QDate &month) const;

    /// Billable time not invoiced: per contract and currency, the value of its open billable
    /// entries dated up to `today` that no invoice line holds (invoice_line_time).
    struct Uninvoiced
    {
        qint64 minor = 0;
        qint64 entries = 0;
    };
    Result<QHash<qint64, QHash<QString, Uninvoiced>>> uninvoicedTime(const QDate &today) const;

private:
    Database &m_db;
};

} // namespace cd
