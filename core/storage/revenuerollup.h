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

} // namespace cd
