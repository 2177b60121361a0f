#include "storage/servicerequestrepository.h"

#include "domain/isodate.h"
#include "domain/servicerules.h"
#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"service_request"_s;
const QString kSelect = u"SELECT id, account_id, service_item_id, type, title, description, "
                        "priority, status, opened_at, due_at, closed_at, row_version "
                        "FROM service_requests "_s;

QString stamp(const QDateTime &value)
{
    return sql::timestamp(value);
}

ServiceRequest readRequest(const QSqlQuery &q)
{
    ServiceRequest r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.serviceItemId = sql::toId(q.value(2));
    r.type = fromCode<RequestType>(q.value(3).toString()).value_or(RequestType::Request);
    r.title = q.value(4).toString();
    r.description = q.value(5).toString();
    r.priority = fromCode<RequestPriority>(q.value(6).toString()).value_or(RequestPriority::Normal);
    r.status = fromCode<RequestStatus>(q.value(7).toString()).value_or(RequestStatus::Open);
    r.openedAt = sql::toDateTime(q.value(8));
    r.dueAt = sql::toDateTime(q.value(9));
    r.closedAt = sql::toDateTime(q.value(10));
    r.rowVersion = q.value(11).toInt();
    return r;
}

} // namespace

ServiceRequestRepository::ServiceRequestRepository(Database &database) : m_db(database) { }

QStringList ServiceRequestRepository::validate(const ServiceRequest &r)
{
    QStringList problems = controlCharacterProblems(
        { { tr("The service request's title"), r.title },
          { tr("The service request's description"), r.description, true } });
    const QString title = r.title.trimmed();
    if (title.isEmpty())
        problems.append(tr("A service request needs a title."));
    if (r.accountId <= 0)
        problems.append(tr("The request “%1” needs the client it came from.").arg(title));
    if (!r.openedAt.isValid())
        problems.append(tr("The request “%1” needs the time it was opened.").arg(title));
    if (r.openedAt.isValid() && r.dueAt.isValid() && r.dueAt < r.openedAt)
        problems.append(tr("The request “%1” is due %2, before it was opened %3.")
                            .arg(title, stamp(r.dueAt), stamp(r.openedAt)));
    if (r.status == RequestStatus::Closed && !r.closedAt.isValid())
        problems.append(
            tr("The request “%1” is closed and needs the time it was closed.").arg(title));
    if (r.status != RequestStatus::Closed && r.closedAt.isValid())
        problems.append(tr("The request “%1” is still open but has a closing time.").arg(title));
    if (r.closedAt.isValid() && r.openedAt.isValid() && r.closedAt < r.openedAt)
        problems.append(tr("The request “%1” was closed %2, before it was opened %3.")
                            .arg(title, stamp(r.closedAt), stamp(r.openedAt)));
    for (const QDateTime &at : { r.openedAt, r.dueAt, r.closedAt }) {
        if (at.isValid() && !isWithinDateRange(at.date()))
            problems.append(
                tr("The request “%1”: %2.").arg(title, outOfDateRangeReason(at.date())));
    }
    return problems;
}

Result<qint64> ServiceRequestRepository::open(ServiceRequest r)
{
    r.title = r.title.trimmed();
    r.description = r.description.trimmed();
    r.openedAt = sql::toSeconds(r.openedAt);
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, r.accountId);
    if (!q.exec())
        return Database::sqlError(tr("Checking the client of the request failed"), q);
    if (!q.next())
        return Error {
            tr("There is no account with id %1 for the request “%2”.").arg(r.accountId).arg(r.title)
        };
    const QString client = q.value(0).toString();
    int responseHours = defaultResponseHours;
    if (r.serviceItemId) {
        q.prepare(u"SELECT account_id, response_hours, title FROM service_items WHERE id = :id"_s);
        q.bindValue(u":id"_s, *r.serviceItemId);
        if (!q.exec())
            return Database::sqlError(tr("Reading the service item failed"), q);
        if (!q.next())
            return Error { tr("There is no service item with id %1.").arg(*r.serviceItemId) };
        if (q.value(0).toLongLong() != r.accountId)
            return Error { tr("The service item “%1” is not part of the service plan of %2.")
                               .arg(q.value(2).toString(), client) };
        responseHours = q.value(1).toInt();
    }
    if (!r.dueAt.isValid() && r.openedAt.isValid())
        r.dueAt = ServiceRules::dueAt(r.openedAt, responseHours);
    if (const QStringList problems = validate(r); !problems.isEmpty())
        return Error { problems.join(u' ') };

    // A new request takes the next id; one stored again (undo) takes back its own.
    q.prepare(sql::insertWithId(
        u"INSERT INTO service_requests (id, account_id, service_item_id, type, title, "
        "description, priority, status, opened_at, due_at, closed_at, row_version) VALUES "
        "(:id, :account_id, :item, :type, :title, :description, :priority, :status, "
        ":opened, :due, :closed, :version)"_s,
        r.id));
    if (r.id > 0)
        q.bindValue(u":id"_s, r.id);
    q.bindValue(u":version"_s, std::max(1, r.rowVersion));
    q.bindValue(u":account_id"_s, r.accountId);
    q.bindValue(u":item"_s, sql::id(r.serviceItemId));
    q.bindValue(u":type"_s, toCode(r.type));
    q.bindValue(u":title"_s, r.title);
    q.bindValue(u":description"_s, sql::text(r.description));
    q.bindValue(u":priority"_s, toCode(r.priority));
    q.bindValue(u":status"_s, toCode(r.status));
    q.bindValue(u":opened"_s, stamp(r.openedAt));
    q.bindValue(u":due"_s, stamp(r.dueAt));
    q.bindValue(u":closed"_s,
                r.closedAt.isValid() ? QVariant(stamp(r.closedAt)) : sql::nullString());
    if (Status ok = sql::exec(q, tr("Saving the request “%1” failed").arg(r.title)); !ok)
        return Error { ok.error() };
    const qint64 id = r.id > 0 ? r.id : q.lastInsertId().toLongLong();
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"create"_s, r.title); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status ServiceRequestRepository::write(const ServiceRequest &r, const QString &details)
{
    if (const QStringList problems = validate(r); !problems.isEmpty())
        return Error { problems.join(u' ') };
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE service_requests SET type = :type, title = :title, "
              "description = :description, priority = :priority, status = :status, "
              "due_at = :due, closed_at = :closed, row_version = row_version + 1 "
              "WHERE id = :id AND row_version = :version"_s);
    q.bindValue(u":type"_s, toCode(r.type));
    q.bindValue(u":title"_s, r.title.trimmed());
    q.bindValue(u":description"_s, sql::text(r.description));
    q.bindValue(u":priority"_s, toCode(r.priority));
    q.bindValue(u":status"_s, toCode(r.status));
    q.bindValue(u":due"_s, stamp(r.dueAt));
    q.bindValue(u":closed"_s,
                r.closedAt.isValid() ? QVariant(stamp(r.closedAt)) : sql::nullString());
    q.bindValue(u":id"_s, r.id);
    q.bindValue(u":version"_s, r.rowVersion);
    if (Status ok = sql::exec(q, tr("Saving the request “%1” failed").arg(r.title)); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed the request “%1” since you opened it; reload it "
               "and try again.")
                .arg(r.title),
            kEntity, r.id);
    return AuditLog(m_db).append(kEntity, r.id, u"update"_s, details);
}

Status ServiceRequestRepository::update(const ServiceRequest &request)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<ServiceRequest> before = get(request.id);
    if (!before)
        return Error { before.error() };
    ServiceRequest r = request;
    // Opening data and status are not edited here: close() and reopen() change the status.
    r.accountId = before->accountId;
    r.openedAt = before->openedAt;
    r.status = before->status;
    r.closedAt = before->closedAt;
    if (Status ok = write(r, r.title.trimmed()); !ok)
        return ok;
    return guard.commit();
}

Status ServiceRequestRepository::reinsert(const ServiceRequest &request)
{
    if (request.id <= 0)
        return Error {
            tr("The request “%1” has no id to be stored again under.").arg(request.title)
        };
    const auto id = open(request);
    return id ? Status() : Status(Error { id.error() });
}

Status ServiceRequestRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<ServiceRequest> r = get(id);
    if (!r)
        return Error { r.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM service_requests WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Deleting the request “%1” failed").arg(r->title)); !ok)
        return ok;
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, r->title); !ok)
        return ok;
    return guard.commit();
}

Status ServiceRequestRepository::close(qint64 id, const QDateTime &closedAt, int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<ServiceRequest> r = get(id);
    if (!r)
        return Error { r.error() };
    if (r->status == RequestStatus::Closed)
        return Error { tr("The request “%1” is already closed.").arg(r->title) };
    r->rowVersion = rowVersion;
    r->status = RequestStatus::Closed;
    r->closedAt = sql::toSeconds(closedAt);
    if (Status ok = write(*r, tr("Closed “%1”.").arg(r->title)); !ok)
        return ok;
    return guard.commit();
}

Status ServiceRequestRepository::reopen(qint64 id, int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<ServiceRequest> r = get(id);
    if (!r)
        return Error { r.error() };
    if (r->status != RequestStatus::Closed)
        return Error { tr("The request “%1” is not closed.").arg(r->title) };
    r->rowVersion = rowVersion;
    r->status = RequestStatus::Open;
    r->closedAt = {};
    if (Status ok = write(*r, tr("Reopened “%1”.").arg(r->title)); !ok)
        return ok;
    return guard.commit();
}

Result<ServiceRequest> ServiceRequestRepository::get(qint64 id) const
{
    const auto found = fetch(u"WHERE id = :id"_s, u":id"_s, id);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { tr("There is no service request with id %1.").arg(id) };
    return found->first();
}

Result<QList<ServiceRequest>> ServiceRequestRepository::listForAccount(qint64 accountId) const
{
    return fetch(u"WHERE account_id = :id ORDER BY opened_at DESC, id DESC"_s, u":id"_s, accountId);
}

Result<QList<ServiceRequest>> ServiceRequestRepository::openPastDue(const QDateTime &now) const
{
    return fetch(u"WHERE status <> 'closed' AND due_at < :now ORDER BY due_at, id"_s, u":now"_s,
                 stamp(now));
}

Result<QList<ServiceRequest>> ServiceRequestRepository::fetch(const QString &where,
                                                              const QString &name,
                                                              const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    q.bindValue(name, value);
    if (!q.exec())
        return Database::sqlError(tr("Reading the service requests failed"), q);
    QList<ServiceRequest> list;
    while (q.next())
        list.append(readRequest(q));
    return list;
}

} // namespace cd
