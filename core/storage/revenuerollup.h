#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

class Database;

/// The monthly rollups (revenue_monthly by account, revenue_totals without) set against the
/// revenue entries they sum.
class RevenueRollup final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueRollup)

public:
    /// One sentence per month and account (or month and kind, for the totals) whose rollup
    /// differs from a full recomputation over the entries (at most \a limit per rollup, then
    /// a count of the rest); empty when they agree.
    static Result<QStringList> mismatches(Database &database, int limit = 20);
};

/// Writing many revenue entries at once (the sample generator, revenue imports): the
/// per-row triggers cost more than the inserts themselves, so begin() takes them off and
/// finish() adds every entry written since to both rollups in one grouped pass and puts the
/// triggers back. Both run inside the transaction that writes the rows, so a rollback
/// restores the triggers too. Only inserts may happen in between.
class RevenueRollupBatch final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueRollupBatch)

public:
    explicit RevenueRollupBatch(Database &database);
    Q_DISABLE_COPY_MOVE(RevenueRollupBatch)

    Status begin();
    Status finish();

private:
    Database &m_db;
    bool m_active = false;
    qint64 m_lastIdBefore = 0;
    QStringList m_triggers; ///< their CREATE statements, as SQLite keeps them
};

} // namespace cd
