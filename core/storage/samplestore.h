#pragma once

#include "domain/exchangerate.h"
#include "result.h"

#include <QList>
#include <QString>

namespace cd {

class Database;

/// What the sample generator (core/sample) reads before and after writing a portfolio
/// through BulkWriter. `what` begins the error message of a failed read.
class SampleStore final
{
public:
    explicit SampleStore(Database &database) : m_db(database) { }

    /// How many accounts the database holds.
    Result<qint64> accountCount(const QString &what) const;
    /// The stored firm currency setting as it is, "" when there is none.
    Result<QString> currencySetting(const QString &what) const;
    /// Whether the firm's name or address is set.
    Result<bool> firmNamed(const QString &what) const;
    /// Writes the sample's rate history (none of its days stored yet), in the caller's
    /// transaction.
    Status writeRates(const QList<RateEntry> &rates, const QString &what);

    /// Raises SQLite's page cache while it lives, then restores what the connection had:
    /// a million rows land in indexes in random order, and a large cache keeps SQLite from
    /// writing the same index pages over and over. Nothing on a server.
    class LargeCache final
    {
    public:
        explicit LargeCache(Database &database);
        ~LargeCache();
        Q_DISABLE_COPY_MOVE(LargeCache)

    private:
        Database &m_db;
        qint64 m_previous = 0;
        bool m_raised = false;
    };

private:
    Database &m_db;
};

} // namespace cd
