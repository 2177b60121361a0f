#include "storage/revenueentryquery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The WHERE clause of a selection; its values are bound by bind().
QString conditions(const RevenueEntrySelection &f)
{
    using Field = RevenueEntrySelection::Field;
    QString sql = u" WHERE e.entry_date BETWEEN :from AND :to"_s;
    if (f.kind)
        sql += u" AND e.account_kind = :kind"_s;
    if (f.managerId)
        sql += u" AND a.manager_id = :manager"_s;
    for (int i = 0; i < f.segments.size(); ++i) {
        const QString value = u":value%1"_s.arg(i);
        switch (f.segments.at(i).first) {
        case Field::Industry:
            sql += u" AND coalesce(trim(a.industry), '') = "_s + value;
            break;
        case Field::Region:
            sql += u" AND coalesce(trim(a.region), '') = "_s + value;
            break;
        case Field::Category:
            sql += u" AND coalesce(e.category, '') = "_s + value;
            break;
        case Field::Channel:
            sql += u" AND a.channel = "_s + value;
            break;
        }
    }
    if (f.behaviour) {
        // As the analytics count them: customers only, by the first tag of loyal, returning,
        // new; "" for none of the three.
        const auto has = [](const char *tag) {
            return u"EXISTS (SELECT 1 FROM account_tags t WHERE t.account_id = e.account_id "
                   "AND t.source = 'behaviour' AND t.tag = '%1')"_s.arg(QLatin1StringView(tag));
        };
        sql += u" AND e.account_kind = 'customer'"_s;
        const QString &b = *f.behaviour;
        const bool loyal = b == u"loyal"_s;
        const bool returning = b == u"returning"_s;
        const bool fresh = b == u"new"_s;
        sql += loyal ? u" AND "_s + has("loyal") : u" AND NOT "_s + has("loyal");
        if (!loyal)
            sql += returning ? u" AND "_s + has("returning") : u" AND NOT "_s + has("returning");
        if (!loyal && !returning)
            sql += fresh ? u" AND "_s + has("new") : u" AND NOT "_s + has("new");
    }
    if (f.accountId)
        sql += u" AND e.account_id = :account"_s;
    return sql;
}

void bind(QSqlQuery &q, const RevenueEntrySelection &f)
{
    q.bindValue(u":from"_s, sql::date(f.from.isValid() ? f.from : QDate(1, 1, 1)));
    q.bindValue(u":to"_s, sql::date(f.to.isValid() ? f.to : QDate(9999, 12, 31)));
    if (f.kind)
        q.bindValue(u":kind"_s, toCode(*f.kind));
    if (f.managerId)
        q.bindValue(u":manager"_s, *f.managerId);
    for (int i = 0; i < f.segments.size(); ++i)
        q.bindValue(u":value%1"_s.arg(i), f.segments.at(i).second);
    if (f.accountId)
        q.bindValue(u":account"_s, *f.accountId);
}

QString fromClause(const RevenueEntrySelection &f)
{
    return u" FROM revenue_entries e JOIN accounts a ON a.id = e.account_id"_s + conditions(f);
}

} // namespace

RevenueEntryQuery::RevenueEntryQuery(Database &database) : m_db(database) { }

RevenueEntryQuery::~RevenueEntryQuery() = default;

Status RevenueEntryQuery::start(const RevenueEntrySelection &selection)
{
    m_query.reset();
    auto q = std::make_unique<QSqlQuery>(m_db.connection());
    // Row by row only where the dialect allows: QPSQL loses such a result when another
    // statement runs, and this one stays open while the view scrolls.
    q->setForwardOnly(m_db.sql().forwardOnlyReads());
    q->prepare(u"SELECT e.entry_date, a.name, e.account_kind, e.amount_minor, e.category, "
               "e.promotion, e.description, e.currency, e.converted_minor"_s
               + fromClause(selection) + u" ORDER BY e.entry_date DESC, e.id DESC"_s);
    bind(*q, selection);
    if (Status ok = sql::exec(*q, tr("Listing the revenue entries failed")); !ok)
        return ok;
    m_query = std::move(q);
    return {};
}

Result<QList<RevenueEntryRow>> RevenueEntryQuery::next(int count)
{
    QList<RevenueEntryRow> rows;
    if (!m_query)
        return rows;
    QSqlQuery &q = *m_query;
    while (rows.size() < count && q.next()) {
        rows.append(
            { sql::toDate(q.value(0)), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toLongLong(), q.value(7).toString(),
              q.value(8).isNull() ? std::nullopt : std::optional<qint64>(q.value(8).toLongLong()),
              q.value(4).toString(), q.value(5).toString(), q.value(6).toString() });
    }
    if (rows.size() < count) { // the end, or an error
        const bool failed = q.lastError().isValid();
        const Error error
            = failed ? Database::sqlError(tr("Listing the revenue entries failed"), q) : Error {};
        m_query.reset();
        if (failed)
            return error;
    }
    return rows;
}

Result<RevenueEntryQuery::Totals> RevenueEntryQuery::totals(Database &database,
                                                            const RevenueEntrySelection &selection)
{
    // One pass: by currency, the converted sum and what did not convert.
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT e.currency, count(*), coalesce(sum(e.converted_minor), 0), "
              "count(*) - count(e.converted_minor), "
              "coalesce(sum(CASE WHEN e.converted_minor IS NULL THEN e.amount_minor END), 0)"_s
              + fromClause(selection) + u" GROUP BY e.currency ORDER BY e.currency"_s);
    bind(q, selection);
    if (Status ok = sql::exec(q, tr("Counting the revenue entries failed")); !ok)
        return Error { ok.error() };
    Totals out;
    while (q.next()) {
        out.count += q.value(1).toLongLong();
        out.totalMinor += q.value(2).toLongLong();
        if (const qint64 unconverted = q.value(3).toLongLong(); unconverted > 0)
            out.unconverted.append({ q.value(0).toString(), unconverted, q.value(4).toLongLong() });
    }
    return out;
}

} // namespace cd
