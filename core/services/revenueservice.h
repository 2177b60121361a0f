#pragma once

#include "domain/money.h"
#include "domain/revenueentry.h"
#include "domain/unconverted.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace cd {

class Database;

/// An account's revenue entries and totals as the app and the command line read them.
class RevenueService final
{
public:
    explicit RevenueService(Database &database) : m_db(database) { }

    /// The entries of an account from `from` to `to` (both included; null for open), by date.
    Result<QList<RevenueEntry>> listForAccount(qint64 accountId, const QDate &from = {},
                                               const QDate &to = {}) const;

    /// An account's revenue this year so far, in the same days of last year, and in the
    /// whole of last year, converted to the firm's currency (each entry's converted amount).
    struct YearFigures
    {
        Money thisYear; ///< 1 January to `today`
        Money lastYearToDate; ///< 1 January to `today`, a year earlier
        Money lastYear; ///< all of last year
        /// The entries from 1 January of last year to `today` without a rate on or before
        /// their day: in none of the three.
        Unconverted unconverted;
    };
    Result<YearFigures> yearFigures(qint64 accountId, const QDate &today) const;

private:
    Database &m_db;
};

} // namespace cd
