#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

class Database;

/// The monthly rollup set against the revenue entries it sums.
class RevenueRollup final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueRollup)

public:
    /// One sentence per month and account whose rollup differs from a full recomputation
    /// over the entries (at most \a limit, then a count of the rest); empty when they agree.
    static Result<QStringList> mismatches(Database &database, int limit = 20);
};

} // namespace cd
