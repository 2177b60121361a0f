#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// The WHERE clause is chosen among constants; every value is bound.
const QString kSelect = u"SELECT id, at, user_name, entity, entity_id, action, details "
                        "FROM audit_log "_s;
// In the order written: ids are handed out as entries are written, whereas the times are
// each user's local ones (on a server the session's zone; in a file the writer's clock).
const QString kOrder = u" ORDER BY id DESC LIMIT :limit"_s;

} // namespace

AuditLog::AuditLog(Database &database) : m_db(database) { }

QStringList AuditLog::actions()
{
    return { u"create"_s,  u"update"_s, u"delete"_s,  u"merge"_s,
             u"convert"_s, u"import"_s, u"generate"_s };
}

QString AuditLog::currentUserName() const
{
    // On a server the signed-in user; their login cannot claim another name.
    if (m_db.dialect() == Dialect::PostgreSQL)
        return m_db.session().userName;
    SettingsRepository settings(m_db);
    const Result<std::optional<QString>> configured = settings.value(u"current_user"_s);
    if (configured && configured->has_value() && !(*configured)->trimmed().isEmpty())
        return (*configured)->trimmed();
    for (const char *variable : { "USER", "USERNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

Error AuditLog::changedSinceRead(const QString &message, const QString &entity, qint64 id) const
{
    Error error { message, true };
    const Result<QList<AuditEntry>> last = list(entity, id, 1);
    if (last && !last->isEmpty())
        error.message += u' '
            + tr("The last change was by %1 on %2.")
                  .arg(last->constFirst().userName,
                       QLocale().toString(last->constFirst().at, QLocale::ShortFormat));
    return error;
}

Status AuditLog::append(const QString &entity, std::optional<qint64> entityId,
                        const QString &action, const QString &details)
{
    if (entity.trimmed().isEmpty())
        return Error { tr("An audit entry needs the kind of record it is about.") };
    if (!actions().contains(action))
        return Error {
            tr("“%1” is not an audit action; use one of %2.").arg(action, actions().join(u", "_s))
        };
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO audit_log (at, user_name, entity, entity_id, action, details) "
                  "VALUES (:at, :user, :entity, :entity_id, :action, :details)"_s);
    query.bindValue(u":at"_s, sql::now());
    query.bindValue(u":user"_s, currentUserName());
    query.bindValue(u":entity"_s, entity.trimmed());
    query.bindValue(u":entity_id"_s, sql::id(entityId));
    query.bindValue(u":action"_s, action);
    query.bindValue(u":details"_s, sql::text(details));
    return sql::exec(query, tr("Writing the audit log failed"));
}

Result<QList<AuditEntry>> AuditLog::list(const QString &entity, std::optional<qint64> entityId,
                                         int limit) const
{
    QString statement = kSelect;
    if (!entity.isEmpty() && entityId)
        statement += u"WHERE entity = :entity AND entity_id = :entity_id"_s;
    else if (!entity.isEmpty())
        statement += u"WHERE entity = :entity"_s;
    else if (entityId)
        statement += u"WHERE entity_id = :entity_id"_s;
    statement += kOrder;

    QSqlQuery query(m_db.connection());
    query.prepare(statement);
    if (!entity.isEmpty())
        query.bindValue(u":entity"_s, entity);
    if (entityId)
        query.bindValue(u":entity_id"_s, *entityId);
    query.bindValue(u":limit"_s, qMax(0, limit));
    if (!query.exec())
        return Database::sqlError(tr("Reading the audit log failed"), query);
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = sql::toDateTime(query.value(1));
        entry.userName = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.entityId = sql::toId(query.value(4));
        entry.action = query.value(5).toString();
        entry.details = query.value(6).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace cd
