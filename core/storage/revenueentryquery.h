#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <tuple>
#include <utility>

class QSqlQuery;

namespace cd {

class Database;

/// Which revenue entries to read, in storage's terms (RevenueEntryListModel translates the
/// analytics' picks into it). Every unset part means "any".
struct RevenueEntrySelection
{
    /// An account or entry field a segment narrows by.
    enum class Field { Industry, Region, Category, Channel };

    QDate from; ///< first day
    QDate to; ///< last day
    std::optional<AccountKind> kind; ///< kind at booking
    std::optional<qint64> managerId;
    /// Entries whose field (trimmed, "" for none) is this value.
    QList<std::pair<Field, QString>> segments;
    /// Customers' entries by the first of their behaviour tags loyal, returning, new ("" for
    /// none of them), as the analytics count them.
    std::optional<QString> behaviour;
    std::optional<qint64> accountId;
};

/// One revenue entry as a list shows it.
struct RevenueEntryRow
{
    QDate date;
    QString account;
    QString kind; ///< the kind at booking, as stored
    qint64 amountMinor = 0; ///< in `currency`
    QString currency;
    /// In the firm's currency by the conversion rule; nullopt without a rate.
    std::optional<qint64> convertedMinor;
    QString category;
    QString promotion;
    QString description;
};

/// Reads the revenue entries of a selection, every currency, newest first, a page at a time
/// (a month of the large sample holds tens of thousands): start(), then next() as a view
/// scrolls. The statement stays open between pages; it reads row by row where the dialect
/// allows (SqlDialect::forwardOnlyReads).
class RevenueEntryQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueEntryQuery)

public:
    struct Totals
    {
        qint64 count = 0;
        qint64 totalMinor = 0; ///< the converted amounts, in the firm's currency
        /// The entries without a rate: (currency, entries, their own amounts).
        QList<std::tuple<QString, qint64, qint64>> unconverted;
    };

    explicit RevenueEntryQuery(Database &database);
    ~RevenueEntryQuery();
    Q_DISABLE_COPY_MOVE(RevenueEntryQuery)

    /// Starts reading the entries of `selection`.
    Status start(const RevenueEntrySelection &selection);
    /// Up to `count` more entries; fewer (and atEnd()) once the last one is read.
    Result<QList<RevenueEntryRow>> next(int count);
    bool atEnd() const { return !m_query; }

    /// Counts every entry of `selection` and sums the converted amounts: over a long period
    /// of the large sample that reads most of the revenue, so callers run it off the UI thread.
    static Result<Totals> totals(Database &database, const RevenueEntrySelection &selection);

private:
    Database &m_db;
    std::unique_ptr<QSqlQuery> m_query; ///< null once every row is read
};

} // namespace cd
