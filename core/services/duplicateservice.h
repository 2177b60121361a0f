#pragma once

#include "io/accountmerge.h"
#include "io/duplicates.h"
#include "result.h"

#include <QList>
#include <QString>

namespace cd {

class Database;

/// Tools > Find Duplicate Accounts as the app and the command line use it: the likely
/// duplicate pairs across the database (DuplicateRules) that nobody marked "not duplicates"
/// (remembered in the database's settings for every user), marking a pair so, and merging one
/// account of a pair into the other (AccountMerger, one transaction).
class DuplicateService final
{
public:
    explicit DuplicateService(Database &database) : m_db(database) { }

    /// The likely duplicate pairs, oldest first, without those marked not duplicates.
    Result<QList<DuplicatePair>> likelyPairs() const;
    /// Remembers that these two accounts are different businesses: likelyPairs() leaves the
    /// pair out from now on.
    Status markNotDuplicates(qint64 firstId, qint64 secondId);
    /// Moves everything of `duplicateId` to `survivorId` and deletes it.
    Result<MergeSummary> merge(qint64 survivorId, qint64 duplicateId);

private:
    Result<QStringList> notDuplicates() const;

    Database &m_db;
};

} // namespace cd
