#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace cd {

class Database;

/// What a copy wrote, every figure checked equal on both sides before the commit.
struct DatabaseCopyReport
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    /// The sum of a money column (`*_minor`), per currency when the table has a currency.
    struct Total
    {
        QString table;
        QString column;
        QString currency; ///< empty when the table has no currency column
        qint64 amountMinor = 0;
    };

    QList<Table> tables; ///< in the order they were written
    QList<Total> totals;
    qint64 rows = 0; ///< all tables together
};

/// Copies a ClientDesk SQLite database into an empty ClientDesk database on a PostgreSQL
/// server (`clientdesk copy`), in one transaction on the server.
///
/// Generic over the schema: the tables and columns are read from the source's sqlite_master
/// and PRAGMA table_info and matched with the server's catalogue, so a table or column a
/// later migration adds is copied too. The schema bookkeeping (cd_meta) is the Migrator's.
/// Rows go in as multi-row INSERTs with bound values (one array per column), tables in foreign-key
/// order; a reference that cannot be written in order (a self-reference, a cycle) is written as
/// NULL first and set once every table is in. The server's own triggers (the revenue rollups) are
/// off during the copy, since the tables they maintain are copied as they are. Identity
/// sequences restart after the highest copied id. Before the commit, row counts and the sums
/// of every money column are compared with the source; any difference, failure or cancel
/// rolls everything back, leaving the server database without data.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(cd::DatabaseCopy)

public:
    using Progress = std::function<void(int percent, const QString &phase)>;

    /// `source` must be an SQLite database, `target` a PostgreSQL one; both stay open.
    DatabaseCopy(Database &source, Database &target);

    /// Rows per INSERT statement. For tests.
    void setBatchRows(int rows) { m_batchRows = rows > 0 ? rows : 1; }

    /// Refuses a target that holds any row in a table to be copied. `cancel` may be set from
    /// another thread.
    Result<DatabaseCopyReport> run(const Progress &progress = {},
                                   const std::atomic_bool *cancel = nullptr) const;

private:
    Database &m_source;
    Database &m_target;
    int m_batchRows = 500;
};

} // namespace cd
