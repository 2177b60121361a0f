#pragma once

#include "result.h"

#include <QString>

namespace cd {

class Database;

/// The statements of an account merge (AccountMerger, core/io/accountmerge.h): what belongs
/// to the duplicate is counted and moved over to the survivor, in the caller's transaction.
class AccountMergeStore final
{
public:
    /// What belongs to an account, in the order a merge moves it.
    enum class Owned {
        Contacts,
        Contracts,
        RevenueEntries,
        Interactions,
        Opportunities,
        ServiceItems,
        ServiceRequests,
        TimeEntries,
        RunningTimers
    };

    AccountMergeStore(Database &database, qint64 survivorId, qint64 duplicateId);

    /// How many rows of `owned` the duplicate has.
    Result<qint64> count(Owned owned) const;
    /// Gives the duplicate's rows of `owned` to the survivor.
    Status move(Owned owned) const;
    /// How many of the duplicate's time entries are invoiced (locked: they cannot move).
    Result<qint64> invoicedTimeEntries() const;
    /// Copies the duplicate's tags the survivor does not have yet.
    Status moveTags() const;
    /// Accounts the duplicate referred now name the survivor (not the survivor itself).
    Status moveReferrals() const;

private:
    Database &m_db;
    qint64 m_survivorId;
    qint64 m_duplicateId;
};

} // namespace cd
