#include "storage/serviceitemrepository.h"

#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"service_item"_s;
const QString kSelect = u"SELECT id, account_id, contract_id, title, customisation, frequency, "
                        "response_hours, consultant, created_at, row_version FROM service_items "_s;

ServiceItem readItem(const QSqlQuery &q)
{
    ServiceItem item;
    item.id = q.value(0).toLongLong();
    item.accountId = q.value(1).toLongLong();
    item.contractId = sql::toId(q.value(2));
    item.title = q.value(3).toString();
    item.customisation = q.value(4).toString();
    item.frequency = fromCode<Frequency>(q.value(5).toString()).value_or(Frequency::Monthly);
    item.responseHours = q.value(6).toInt();
    item.consultant = q.value(7).toString();
    item.createdAt = sql::toDateTime(q.value(8));
    item.rowVersion = q.value(9).toInt();
    return item;
}

ServiceItem normalised(ServiceItem item)
{
    item.title = item.title.trimmed();
    item.customisation = item.customisation.trimmed();
    item.consultant = item.consultant.trimmed();
    return item;
}

void bindItem(QSqlQuery &q, const ServiceItem &item)
{
    q.bindValue(u":account_id"_s, item.accountId);
    q.bindValue(u":contract_id"_s, sql::id(item.contractId));
    q.bindValue(u":title"_s, item.title);
    q.bindValue(u":customisation"_s, sql::text(item.customisation));
    q.bindValue(u":frequency"_s, toCode(item.frequency));
    q.bindValue(u":response_hours"_s, item.responseHours);
    q.bindValue(u":consultant"_s, sql::text(item.consultant));
}

} // namespace

ServiceItemRepository::ServiceItemRepository(Database &database) : m_db(database) { }

QStringList ServiceItemRepository::validate(const ServiceItem &input)
{
    const ServiceItem item = normalised(input);
    QStringList problems = controlCharacterProblems(
        { { tr("The service item's title"), item.title },
          { tr("The service item's customisation"), item.customisation, true },
          { tr("The service item's consultant"), item.consultant } });
    if (item.title.isEmpty())
        problems.append(tr("A service item needs a title saying what is delivered."));
    if (item.accountId <= 0)
        problems.append(tr("The service item “%1” needs the client it is for.").arg(item.title));
    if (item.responseHours <= 0)
        problems.append(tr("The agreed response time of “%1” must be at least one hour, not %2.")
                            .arg(item.title)
                            .arg(item.responseHours));
    return problems;
}

Status ServiceItemRepository::checkReferences(const ServiceItem &item) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, kind FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, item.accountId);
    if (!q.exec())
        return Database::sqlError(tr("Checking the client of the service item failed"), q);
    if (!q.next())
        return Error { tr("There is no account with id %1 for the service item “%2”.")
                           .arg(item.accountId)
                           .arg(item.title) };
    const QString name = q.value(0).toString();
    if (q.value(1).toString() != toCode(AccountKind::Client))
        return Error {
            tr("%1 is a customer; a personalised service plan is for clients.").arg(name)
        };
    if (item.contractId) {
        q.prepare(u"SELECT account_id, reference FROM contracts WHERE id = :id"_s);
        q.bindValue(u":id"_s, *item.contractId);
        if (!q.exec())
            return Database::sqlError(tr("Checking the contract of the service item failed"), q);
        if (!q.next())
            return Error { tr("There is no contract with id %1.").arg(*item.contractId) };
        if (q.value(0).toLongLong() != item.accountId)
            return Error {
                tr("Contract %1 does not belong to %2.").arg(q.value(1).toString(), name)
            };
    }
    return {};
}

Status ServiceItemRepository::reinsert(const ServiceItem &item)
{
    if (item.id <= 0)
        return Error {
            tr("The service item “%1” has no id to be stored again under.").arg(item.title)
        };
    const auto id = insertRow(item);
    return id ? Status() : Status(Error { id.error() });
}

Result<qint64> ServiceItemRepository::insert(const ServiceItem &input)
{
    ServiceItem fresh = input;
    fresh.id = 0;
    fresh.rowVersion = 1;
    return insertRow(fresh);
}

Result<qint64> ServiceItemRepository::insertRow(const ServiceItem &input)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    const ServiceItem item = normalised(input);
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (Status ok = checkReferences(item); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    // A new item takes the next id; one stored again (undo) takes back its own.
    q.prepare(sql::insertWithId(
        u"INSERT INTO service_items (id, account_id, contract_id, title, customisation, "
        "frequency, response_hours, consultant, created_at, row_version) VALUES "
        "(:id, :account_id, :contract_id, :title, :customisation, :frequency, "
        ":response_hours, :consultant, :now, :version)"_s,
        item.id));
    bindItem(q, item);
    if (item.id > 0)
        q.bindValue(u":id"_s, item.id);
    q.bindValue(u":version"_s, std::max(1, item.rowVersion));
    q.bindValue(u":now"_s, sql::now());
    if (Status ok = sql::exec(q, tr("Saving the service item “%1” failed").arg(item.title)); !ok)
        return Error { ok.error() };
    const qint64 id = item.id > 0 ? item.id : q.lastInsertId().toLongLong();
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"create"_s, item.title); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status ServiceItemRepository::update(const ServiceItem &input)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    const ServiceItem item = normalised(input);
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    if (Status ok = checkReferences(item); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE service_items SET account_id = :account_id, contract_id = :contract_id, "
              "title = :title, customisation = :customisation, frequency = :frequency, "
              "response_hours = :response_hours, consultant = :consultant, "
              "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    bindItem(q, item);
    q.bindValue(u":id"_s, item.id);
    q.bindValue(u":version"_s, item.rowVersion);
    if (Status ok = sql::exec(q, tr("Saving the service item “%1” failed").arg(item.title)); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed the service item “%1” since you opened it; reload "
               "it and try again.")
                .arg(item.title),
            kEntity, item.id);
    if (Status ok = AuditLog(m_db).append(kEntity, item.id, u"update"_s, item.title); !ok)
        return ok;
    return guard.commit();
}

Status ServiceItemRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<ServiceItem> item = get(id);
    if (!item)
        return Error { item.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM service_items WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Deleting the service item “%1” failed").arg(item->title)); !ok)
        return ok;
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, item->title); !ok)
        return ok;
    return guard.commit();
}

Result<ServiceItem> ServiceItemRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the service item failed"), q);
    if (!q.next())
        return Error { tr("There is no service item with id %1.").arg(id) };
    return readItem(q);
}

Result<QList<ServiceItem>> ServiceItemRepository::listForAccount(qint64 accountId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE account_id = :id ORDER BY id"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the service plan failed"), q);
    QList<ServiceItem> items;
    while (q.next())
        items.append(readItem(q));
    return items;
}

} // namespace cd
