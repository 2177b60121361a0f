#pragma once

#include "domain/servicerequest.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// A client's service requests, revisions and complaints as the app and the command line
/// open, close, reopen and take them back. Each change runs in one transaction with its
/// audit entry and is optimistic (row_version).
class ServiceRequestService final
{
public:
    explicit ServiceRequestService(Database &database) : m_db(database) { }

    /// The response time, in hours, of a request under no service item.
    static constexpr int kDefaultResponseHours = 24;
    /// Every problem of a request that can be seen without a database, one sentence each.
    static QStringList validate(const ServiceRequest &request);

    Result<ServiceRequest> get(qint64 id) const;
    Result<QList<ServiceRequest>> listForAccount(qint64 accountId) const;
    /// Stores a new request and returns its id; without a due time it is due after its
    /// service item's response hours (kDefaultResponseHours without one).
    Result<qint64> open(const ServiceRequest &request);
    Status close(qint64 id, const QDateTime &closedAt, int rowVersion);
    Status reopen(qint64 id, int rowVersion);

    /// Deletes a request and returns it as it was (undo of opening it).
    Result<ServiceRequest> takeOut(qint64 id);
    /// Stores a request taken out again, under its own id and version (redo).
    Status reinsert(const ServiceRequest &request);

private:
    Database &m_db;
};

} // namespace cd
