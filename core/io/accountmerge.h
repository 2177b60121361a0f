#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;

/// What a merge moved to the surviving account.
struct MergeSummary
{
    qint64 survivorId = 0;
    QString survivorName;
    QString mergedName;
    int contacts = 0;
    int contracts = 0;
    int revenueEntries = 0;
    int interactions = 0;
    int opportunities = 0;
    int serviceItems = 0;
    int serviceRequests = 0;
    int timeEntries = 0;

    /// "3 contacts, 2 contracts, 120 revenue entries, …" as label: number pairs.
    QString describe() const;
};

/// Merges a duplicate account into the account that survives: its contacts, contracts,
/// revenue, interactions, opportunities, service plan and requests, time entries (and a
/// running timer on it) and tags move over; refused while it has invoiced time entries,
/// which are locked to the account they were invoiced to;
/// accounts it referred now name the survivor; the survivor's empty fields are filled from
/// it; then it is deleted. One transaction, written to the audit log as 'merge' on the
/// survivor. Revenue keeps the kind it was booked under.
class AccountMerger final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountMerger)

public:
    explicit AccountMerger(Database &database);

    /// Refuses merging an account into itself, an account that no longer exists, and
    /// contracts into a customer (contracts belong to clients: merge into the client).
    Result<MergeSummary> merge(qint64 survivorId, qint64 duplicateId);

private:
    Database &m_db;
};

} // namespace cd
