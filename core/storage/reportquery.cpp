#include "storage/reportquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

ReportQuery::ReportQuery(Database &database) : m_db(database) { }

Result<QList<qint64>> ReportQuery::activeContractsEnding(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT c.id FROM contracts c WHERE c.status = 'active' AND c.end_date "
              "BETWEEN :from AND :to ORDER BY c.end_date, c.id"_s);
    q.bindValue(u":from"_s, sql::date(from));
    q.bindValue(u":to"_s, sql::date(to));
    if (Status ok = sql::exec(q, tr("Reading the renewals due failed")); !ok)
        return Error { ok.error() };
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<ReportQuery::Conversion>> ReportQuery::conversions(const QDate &from,
                                                                const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT a.name, a.converted_on, coalesce(u.name, '') FROM accounts a LEFT "
              "JOIN users u ON u.id = a.manager_id WHERE a.converted_on BETWEEN :from AND "
              ":to ORDER BY a.converted_on, a.name"_s);
    q.bindValue(u":from"_s, sql::date(from));
    q.bindValue(u":to"_s, sql::date(to));
    if (Status ok = sql::exec(q, tr("Reading the conversions failed")); !ok)
        return Error { ok.error() };
    QList<Conversion> out;
    while (q.next())
        out.append({ q.value(0).toString(), sql::toDate(q.value(1)), q.value(2).toString() });
    return out;
}

Result<QList<std::pair<qint64, QString>>>
ReportQuery::activeClients(std::optional<qint64> managerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, name FROM accounts WHERE kind = 'client' AND status = 'active' AND "
              "(:all = 1 OR manager_id = :manager) ORDER BY name, id"_s);
    q.bindValue(u":all"_s, managerId ? 0 : 1);
    q.bindValue(u":manager"_s, managerId.value_or(0));
    if (Status ok = sql::exec(q, tr("Reading the clients failed")); !ok)
        return Error { ok.error() };
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return out;
}

} // namespace cd
