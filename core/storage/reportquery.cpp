#include "storage/reportquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

ReportQuery::ReportQuery(Database &database) : m_db(database) { }

Result<ReportQuery::Converted> ReportQuery::revenueTotal(qint64 accountId, const QDate &from,
                                                         const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT currency, SUM(converted_minor), "
              "SUM(CASE WHEN converted_minor IS NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN converted_minor IS NULL THEN amount_minor ELSE 0 END) "
              "FROM revenue_entries WHERE account_id = :id AND entry_date >= :from "
              "AND entry_date <= :to GROUP BY currency"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":from"_s, sql::date(from));
    q.bindValue(u":to"_s, sql::date(to));
    if (Status ok = sql::exec(q, tr("Reading the revenue of account %1 failed").arg(accountId));
        !ok)
        return Error { ok.error() };
    Converted out;
    while (q.next()) {
        if (__builtin_add_overflow(out.convertedMinor, q.value(1).toLongLong(),
                                   &out.convertedMinor))
            return Error { tr("The revenue of account %1 adds up to more than ClientDesk can "
                              "count exactly; run 'clientdesk check' to find the amounts that "
                              "are too large.")
                               .arg(accountId) };
        out.unconverted.add(q.value(0).toString(), q.value(2).toLongLong(),
                            q.value(3).toLongLong());
    }
    return out;
}

Result<QList<ReportQuery::CategoryAmount>> ReportQuery::revenueByCategory(qint64 accountId,
                                                                          const QDate &previousFrom,
                                                                          const QDate &from,
                                                                          const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT trim(coalesce(category, '')), currency, "
              "CASE WHEN entry_date >= :from THEN 1 ELSE 0 END, SUM(amount_minor), "
              "SUM(converted_minor), SUM(CASE WHEN converted_minor IS NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN converted_minor IS NULL THEN amount_minor ELSE 0 END) "
              "FROM revenue_entries WHERE account_id = :id AND entry_date >= :previousFrom "
              "AND entry_date <= :to GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":previousFrom"_s, sql::date(previousFrom));
    q.bindValue(u":from"_s, sql::date(from));
    q.bindValue(u":to"_s, sql::date(to));
    if (Status ok = sql::exec(q, tr("Reading the revenue of account %1 failed").arg(accountId));
        !ok)
        return Error { ok.error() };
    QList<CategoryAmount> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() == 1,
                     q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                     q.value(6).toLongLong() });
    return out;
}

Result<Unconverted> ReportQuery::unconverted(const QDate &from, const QDate &to) const
{
    Unconverted out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT currency FROM revenue_totals WHERE unconverted > 0 "
              "AND month >= :fromMonth AND month <= :toMonth"_s);
    q.bindValue(u":fromMonth"_s, from.toString(u"yyyy-MM"_s));
    q.bindValue(u":toMonth"_s, to.toString(u"yyyy-MM"_s));
    if (Status ok = sql::exec(q, tr("Reading the amounts without a rate failed")); !ok)
        return Error { ok.error() };
    QStringList currencies;
    while (q.next())
        currencies.append(q.value(0).toString());
    q.prepare(u"SELECT COUNT(*), SUM(amount_minor) FROM revenue_entries WHERE currency = "
              ":currency AND converted_minor IS NULL AND entry_date >= :from "
              "AND entry_date <= :to"_s);
    for (const QString &currency : std::as_const(currencies)) {
        q.bindValue(u":currency"_s, currency);
        q.bindValue(u":from"_s, sql::date(from));
        q.bindValue(u":to"_s, sql::date(to));
        if (Status ok = sql::exec(q, tr("Reading the amounts without a rate failed")); !ok)
            return Error { ok.error() };
        if (q.next())
            out.add(currency, q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return out;
}

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
