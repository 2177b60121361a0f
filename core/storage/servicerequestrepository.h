#pragma once

#include "domain/servicerequest.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// Stores a client's service requests, revisions and complaints.
///
/// open() computes the due time from the service item's agreed response time when the
/// request does not give one; close() and reopen() keep status and closing time together.
/// Writes validate first, run in one transaction with an audit_log row, and are optimistic.
class ServiceRequestRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ServiceRequestRepository)

public:
    explicit ServiceRequestRepository(Database &database);

    static QStringList validate(const ServiceRequest &request);

    /// Stores a new request and returns its id. Without a due time, the due time is the
    /// opening time plus the service item's response hours (24 hours without an item).
    Result<qint64> open(ServiceRequest request);
    /// Stores changed details (title, description, type, priority, due time).
    Status update(const ServiceRequest &request);
    Status close(qint64 id, const QDateTime &closedAt, int rowVersion);
    /// Deletes a request recorded by mistake (undo of open()).
    Status remove(qint64 id);
    /// Stores a deleted request again with its own id and version (redo of open()).
    Status reinsert(const ServiceRequest &request);
    Status reopen(qint64 id, int rowVersion);

    Result<ServiceRequest> get(qint64 id) const;
    Result<QList<ServiceRequest>> listForAccount(qint64 accountId) const;
    /// Requests not closed whose due time is before `now`, the most overdue first.
    Result<QList<ServiceRequest>> openPastDue(const QDateTime &now) const;

    /// The response time when a request has no service item.
    static constexpr int defaultResponseHours = 24;

private:
    Status write(const ServiceRequest &request, const QString &details);
    Result<QList<ServiceRequest>> fetch(const QString &where, const QString &name,
                                        const QVariant &value) const;

    Database &m_db;
};

} // namespace cd
