#include "storage/segmentrepository.h"

#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {
constexpr int kMaxNameLength = 80;
}

SegmentRepository::SegmentRepository(Database &database) : m_db(database) { }

QStringList SegmentRepository::validate(const QString &name, const CustomerFilter &filter)
{
    QStringList problems;
    if (auto problem = controlCharacterProblem(tr("The segment's name"), name))
        problems.append(*problem);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        problems.append(tr("A segment needs a name."));
    else if (trimmed.size() > kMaxNameLength)
        problems.append(
            tr("A segment name can have at most %1 characters; this one has %2.")
                .arg(QLocale().toString(kMaxNameLength), QLocale().toString(trimmed.size())));
    if (filter.isEmpty())
        problems.append(tr("A segment needs at least one filter; without any it would be "
                           "every customer."));
    return problems;
}

Result<qint64> SegmentRepository::save(const QString &input, const CustomerFilter &filter)
{
    if (const QStringList problems = validate(input, filter); !problems.isEmpty())
        return Error { problems.join(u' ') };
    const QString name = input.trimmed();
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM segments WHERE lower(name) = lower(:name)"_s);
    q.bindValue(u":name"_s, name);
    if (!q.exec())
        return Database::sqlError(tr("Reading the segments failed"), q);
    const qint64 existing = q.next() ? q.value(0).toLongLong() : 0;
    const QString json = QString::fromUtf8(filter.toJson());
    if (existing > 0) {
        q.prepare(u"UPDATE segments SET name = :name, filter = :filter, updated_at = :now "
                  "WHERE id = :id"_s);
        q.bindValue(u":id"_s, existing);
    } else {
        q.prepare(u"INSERT INTO segments (name, filter, created_by, created_at, updated_at) "
                  "VALUES (:name, :filter, :user, :now, :now2)"_s);
        q.bindValue(u":user"_s, AuditLog(m_db).currentUserName());
        q.bindValue(u":now2"_s, sql::now());
    }
    q.bindValue(u":name"_s, name);
    q.bindValue(u":filter"_s, json);
    q.bindValue(u":now"_s, sql::now());
    if (const Status ok = sql::exec(q, tr("Saving the segment “%1” failed").arg(name)); !ok)
        return Error { ok.error() };
    const qint64 id = existing > 0 ? existing : q.lastInsertId().toLongLong();
    if (const Status ok
        = AuditLog(m_db).append(u"segment"_s, id, existing > 0 ? u"update"_s : u"create"_s,
                                tr("%1: %2").arg(name, json));
        !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status SegmentRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name FROM segments WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the segment failed"), q);
    if (!q.next())
        return Error { tr("There is no segment with id %1; someone may have deleted it.").arg(id) };
    const QString name = q.value(0).toString();
    q.prepare(u"DELETE FROM segments WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(q, tr("Deleting the segment “%1” failed").arg(name)); !ok)
        return ok;
    if (const Status ok = AuditLog(m_db).append(u"segment"_s, id, u"delete"_s, name); !ok)
        return ok;
    return guard.commit();
}

Result<QList<Segment>> SegmentRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name, filter, created_by FROM segments"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the segments failed"), q);
    QList<Segment> segments;
    while (q.next())
        segments.append({ q.value(0).toLongLong(), q.value(1).toString(),
                          CustomerFilter::fromJson(q.value(2).toString().toUtf8()),
                          q.value(3).toString() });
    std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return segments;
}

} // namespace cd
