#pragma once

#include "domain/serviceitem.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// The lines of a client's personalised service plan (what the firm does for it, how often,
/// how fast it answers) as the app and the command line add, change and take them back.
/// Requests made under the plan are ServiceRequestService's. Each change runs in one
/// transaction with its audit entry.
class ServicePlanService final
{
public:
    explicit ServicePlanService(Database &database) : m_db(database) { }

    /// Every problem of a plan line that can be seen without a database, one sentence each.
    static QStringList validate(const ServiceItem &item);

    Result<ServiceItem> get(qint64 id) const;
    /// The plan of one client.
    Result<QList<ServiceItem>> listForAccount(qint64 accountId) const;
    /// Stores a new line of a client's plan and returns its id.
    Result<qint64> insert(const ServiceItem &item);
    /// Stores changes to a line read at `item.rowVersion`.
    Status update(const ServiceItem &item);

    /// Deletes a line and returns it as it was (undo of adding it); its requests stay.
    Result<ServiceItem> takeOut(qint64 id);
    /// Stores a line taken out again, under its own id and version (redo).
    Status reinsert(const ServiceItem &item);
    /// Writes `state` over the line, which must still be at `expectedVersion`; returns its
    /// version afterwards (undo and redo of an edit).
    Result<int> restore(const ServiceItem &state, int expectedVersion);

private:
    Database &m_db;
};

} // namespace cd
