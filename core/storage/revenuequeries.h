#pragma once

#include "domain/enums.h"
#include "result.h"
#include "storage/rowreader.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

// The reads of the revenue analytics (core/analytics): sums from the monthly rollups
// (revenue_totals, revenue_monthly; kept by triggers) and from the entries, and the rows the
// revenue cube is built from. `what` begins the error message of a failed read, so that the
// analytics keep their own sentences.
namespace cd {

class Database;

/// Revenue of one month, one kind of account at booking and one currency: the entries'
/// amounts converted to the firm's currency (RateTable's rule, stored on each entry) and the
/// ones that did not convert, counted with their own amounts.
struct RevenueSumRow
{
    QString month; ///< 'YYYY-MM'
    bool client = false; ///< the kind at booking: client, else customer
    QString currency; ///< the entries' own currency
    /// The sums; nullopt when one is beyond qint64.
    std::optional<qint64> convertedMinor; ///< in the firm's currency
    std::optional<qint64> unconvertedMinor; ///< in `currency`: the entries without a rate
    std::optional<qint64> amountMinor; ///< in `currency`: every entry
    qint64 unconverted = 0; ///< entries without a rate
    qint64 entries = 0;
};

class RevenueQueries final
{
public:
    explicit RevenueQueries(Database &database) : m_db(database) { }

    /// Whole months from..to ('YYYY-MM' of each date; an invalid date leaves that end open),
    /// from the rollups: the firm's totals when nobody is filtered and the reader sees every
    /// account, the rollup by account otherwise (one manager's accounts, or the accounts an
    /// account manager sees on a server).
    Result<QList<RevenueSumRow>> wholeMonths(const QDate &from, const QDate &to,
                                             std::optional<qint64> managerId,
                                             const QString &what) const;
    /// The entries dated from..to (both needed), grouped by month.
    Result<QList<RevenueSumRow>> days(const QDate &from, const QDate &to,
                                      std::optional<qint64> managerId, const QString &what) const;

    /// (account id, revenue in the firm's currency) of the accounts with the most converted
    /// revenue of `kind` at booking above 0, most first, the first `limit`: whole months
    /// wholeFrom..wholeTo from the rollup by account (none when wholeTo < wholeFrom), and the
    /// entries of each cut.
    Result<QList<std::pair<qint64, qint64>>> topAccounts(const QDate &wholeFrom,
                                                         const QDate &wholeTo,
                                                         const QList<std::pair<QDate, QDate>> &cuts,
                                                         AccountKind kind, int limit,
                                                         const QString &what) const;

    /// The first day each currency has a rate (exchange_rates; one seek per currency).
    Result<QHash<QString, QDate>> firstRates(const QString &what) const;

private:
    Database &m_db;
};

/// The rows RevenueCube is built from, read through RowReader's fast paths.
namespace cuberows {

/// An account with its attributes and behaviour.
struct Account
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer;
    std::optional<qint64> managerId;
    QString industry; ///< "" for none
    QString region; ///< "" for none
    QString channel;
    /// The first behaviour tag in the order loyal (0), returning (1), new (2); 3 for none.
    int behaviour = 3;
};

/// One row of revenue_monthly.
struct Fact
{
    int month; ///< year × 12 + month − 1
    int category; ///< index into the range's categories
    bool client;
    bool promoted;
    qint64 amount; ///< converted to the firm's currency
};

/// The part of a row of revenue_monthly that did not convert: rare, kept apart.
struct Gap
{
    size_t fact; ///< index into the range's facts
    int currency; ///< index into the range's currencies
    qint64 entries;
    qint64 amount; ///< in the currency's own minor units
};

/// The rollup rows of one range of months.
struct FactRange
{
    std::vector<Fact> facts; ///< in month order
    std::vector<qint64> accountIds; ///< by fact
    QStringList categories; ///< what the facts' category indexes refer to
    std::vector<Gap> gaps; ///< in fact order
    QStringList currencies; ///< what the gaps' currency indexes refer to
};

/// The entries per month ('YYYY-MM', entries), in month order (revenue_totals).
Result<QList<std::pair<QString, qint64>>> entriesByMonth(Database &database, RowReader::Path path,
                                                         const QString &what);
/// Every account.
Result<std::vector<Account>> accounts(Database &database, RowReader::Path path,
                                      const QString &what);
/// The rollup rows of months [from, to) ('YYYY-MM'; either end open when ""), every
/// currency: their converted amounts, and apart what did not convert.
Result<FactRange> facts(Database &database, const QString &from, const QString &to,
                        RowReader::Path path, const QString &what);

} // namespace cuberows

} // namespace cd
