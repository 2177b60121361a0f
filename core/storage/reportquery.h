#pragma once

#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cd {

class Database;

/// The lists the reports (ReportData) need beyond what the repositories read.
class ReportQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportQuery)

public:
    /// A customer that became a client.
    struct Conversion
    {
        QString account;
        QDate convertedOn;
        QString managerName; ///< "" without one
    };

    /// Revenue converted to the firm's currency, and what could not be converted.
    struct Converted
    {
        qint64 convertedMinor = 0;
        Unconverted unconverted;
    };
    /// An account's revenue of one category in one currency, in a period or the one before.
    struct CategoryAmount
    {
        QString category; ///< trimmed; "" for entries without one
        QString currency;
        bool current = false; ///< in the period (else in the one before)
        qint64 amountMinor = 0; ///< in `currency`
        qint64 convertedMinor = 0; ///< of the entries that converted, in the firm's currency
        qint64 unconverted = 0; ///< entries without a rate on or before their day
        qint64 unconvertedMinor = 0; ///< their amounts, in `currency`
    };

    explicit ReportQuery(Database &database);

    /// An account's revenue from `from` to `to` (both included), converted.
    Result<Converted> revenueTotal(qint64 accountId, const QDate &from, const QDate &to) const;
    /// An account's revenue from `previousFrom` to `to` by category and currency, the days
    /// from `from` on being the period and those before it the one before.
    Result<QList<CategoryAmount>> revenueByCategory(qint64 accountId, const QDate &previousFrom,
                                                    const QDate &from, const QDate &to) const;
    /// Every account's entries from `from` to `to` (both included) that could not be
    /// converted: the rollups say whether to look, the entries say exactly.
    Result<Unconverted> unconverted(const QDate &from, const QDate &to) const;

    /// The ids of the active contracts ending from `from` to `to` (both included), by end.
    Result<QList<qint64>> activeContractsEnding(const QDate &from, const QDate &to) const;
    /// The conversions from `from` to `to` (both included), by day and name.
    Result<QList<Conversion>> conversions(const QDate &from, const QDate &to) const;
    /// The active clients of a manager (every manager's for nullopt), by name: id and name.
    Result<QList<std::pair<qint64, QString>>> activeClients(std::optional<qint64> managerId) const;

private:
    Database &m_db;
};

} // namespace cd
