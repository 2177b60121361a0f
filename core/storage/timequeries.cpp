// The reads of time for `clientdesk export time` and `clientdesk time`.
#include "storage/timequeries.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

qint64 exact(const QVariant &value)
{
    return sql::exactInteger(value).value_or(0);
}

} // namespace

TimeExportQuery::TimeExportQuery(Database &database) : m_db(database) { }

Result<qint64> TimeExportQuery::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM time_entries"_s) || !q.next())
        return Database::sqlError(tr("Counting the time entries"), q);
    return q.value(0).toLongLong();
}

Status TimeExportQuery::start()
{
    m_query = QSqlQuery(m_db.connection());
    m_query.setForwardOnly(true);
    if (!m_query.exec(u"SELECT e.entry_date, u.name, a.name, e.minutes, c.reference, "
                      "e.service_request_id, e.description, e.billable, e.rate_minor, "
                      "e.currency FROM time_entries e JOIN users u ON u.id = e.user_id "
                      "JOIN accounts a ON a.id = e.account_id "
                      "LEFT JOIN contracts c ON c.id = e.contract_id ORDER BY e.id"_s))
        return Database::sqlError(tr("Reading the time entries"), m_query);
    return {};
}

QStringList TimeExportQuery::row() const
{
    const auto text = [this](int i) {
        const QVariant v = m_query.value(i);
        return v.isNull() ? QString() : v.toString();
    };
    return { text(0),
             text(1),
             text(2),
             text(3),
             text(4),
             text(5),
             text(6),
             m_query.value(7).toInt() != 0 ? u"yes"_s : u"no"_s,
             Money(m_query.value(8).toLongLong(), m_query.value(9).toString()).toPlainString() };
}

Status TimeExportQuery::finish() const
{
    if (m_query.lastError().isValid())
        return Database::sqlError(tr("Reading the time entries"), m_query);
    return {};
}

Result<TimeReportQueries::Scan> TimeReportQueries::scan(TimeGrouping by, const QDate &from,
                                                        const QDate &to) const
{
    Scan result;
    if (const Status ok = scanGroups(by, from, to, result); !ok)
        return Error { ok.error() };
    if (const Status ok = scanRetainerUse(result); !ok)
        return Error { ok.error() };
    return result;
}

Status TimeReportQueries::scanGroups(TimeGrouping by, const QDate &from, const QDate &to,
                                     Scan &result) const
{
    // Each group's sums in the period by currency. Grouped by plain columns, so that by
    // contract over all entries the covering index time_entries_contract_sums (migration 12)
    // is read in its order: no table, no sort.
    QVariantList binds;
    QString where = u"1 = 1"_s;
    if (from.isValid()) {
        where += u" AND e.entry_date >= ?"_s;
        binds.append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where += u" AND e.entry_date <= ?"_s;
        binds.append(to.toString(Qt::ISODate));
    }
    const QString key = by == TimeGrouping::Account ? u"e.account_id"_s
        : by == TimeGrouping::Contract              ? u"e.contract_id"_s
        : by == TimeGrouping::Person                ? u"e.user_id"_s
                                                    : u"substr(e.entry_date, 1, 7)"_s;
    const QString sql
        = u"SELECT %1 AS k, e.currency AS cur, sum(e.minutes) AS s1, "
          "sum(CASE WHEN e.billable = 1 THEN e.minutes ELSE 0 END) AS s2, "
          "sum(CASE WHEN e.billable = 1 THEN coalesce(e.converted_minor, 0) ELSE 0 END) AS s3, "
          "sum(CASE WHEN e.billable = 1 AND e.state = 'invoiced' THEN "
          "coalesce(e.converted_minor, 0) ELSE 0 END) AS s4, "
          "sum(CASE WHEN e.billable = 1 AND e.converted_minor IS NULL THEN 1 ELSE 0 END) AS s5, "
          "sum(CASE WHEN e.billable = 1 AND e.converted_minor IS NULL THEN e.value_minor "
          "ELSE 0 END) AS s6 FROM time_entries e WHERE %2 GROUP BY %1, e.currency"_s.arg(key,
                                                                                         where);
    QString outer;
    switch (by) {
    case TimeGrouping::Account:
        outer = u"SELECT s.*, a.name FROM (%1) s JOIN accounts a ON a.id = s.k "
                "ORDER BY a.name, s.k"_s;
        break;
    case TimeGrouping::Contract:
        outer = u"SELECT coalesce(s.k, 0), s.cur, s.s1, s.s2, s.s3, s.s4, s.s5, s.s6, "
                "coalesce(c.reference, '') FROM (%1) s LEFT JOIN contracts c ON c.id = s.k "
                "ORDER BY s.k IS NULL, c.reference, s.k"_s;
        break;
    case TimeGrouping::Person:
        outer = u"SELECT s.*, u.name FROM (%1) s JOIN users u ON u.id = s.k ORDER BY u.name, s.k"_s;
        break;
    case TimeGrouping::Month:
        outer = u"SELECT s.*, s.k FROM (%1) s ORDER BY s.k"_s;
        break;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // exact sums (sql::exactInteger)
    if (!q.prepare(outer.arg(sql)))
        return Database::sqlError(tr("Reading the time entries"), q);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return Database::sqlError(tr("Reading the time entries"), q);
    QHash<QString, qint64> unconvertedCount, unconvertedValue;
    while (q.next()) {
        const QString k = q.value(0).toString();
        if (result.groups.isEmpty() || result.groups.constLast().key != k)
            result.groups.append({ k, q.value(8).toString(), 0, 0, 0, 0, 0 });
        GroupSums &g = result.groups.last();
        g.minutes += exact(q.value(2));
        g.billableMinutes += exact(q.value(3));
        g.billableConverted += exact(q.value(4));
        g.invoicedConverted += exact(q.value(5));
        const QString currency = q.value(1).toString();
        unconvertedCount[currency] += exact(q.value(6));
        unconvertedValue[currency] += exact(q.value(7));
    }
    if (q.lastError().isValid())
        return Database::sqlError(tr("Reading the time entries"), q);
    for (GroupSums &g : result.groups)
        g.nonBillableMinutes = g.minutes - g.billableMinutes;
    QStringList currencies = unconvertedCount.keys();
    currencies.sort();
    for (const QString &currency : currencies) {
        if (unconvertedCount.value(currency) > 0)
            result.unconverted.append(
                { currency, unconvertedCount.value(currency), unconvertedValue.value(currency) });
    }
    return {};
}

Status TimeReportQueries::scanRetainerUse(Scan &result) const
{
    // Every retainer's minutes per month over all time (what a month carries depends on the
    // one before), from the index time_entries_contract_date alone (migration 12).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(u"SELECT e.contract_id, substr(e.entry_date, 1, 7), sum(e.minutes) "
                "FROM time_entries e WHERE e.billable = 0 AND e.contract_id IN "
                "(SELECT id FROM contracts WHERE included_minutes IS NOT NULL) "
                "GROUP BY e.contract_id, substr(e.entry_date, 1, 7) ORDER BY 1, 2"_s))
        return Database::sqlError(tr("Reading the retainers' hours"), q);
    while (q.next())
        result.use.append({ q.value(0).toLongLong(), q.value(1).toString(), exact(q.value(2)) });
    if (q.lastError().isValid())
        return Database::sqlError(tr("Reading the retainers' hours"), q);
    return {};
}

Result<QList<TimeReportQueries::TrackedContract>> TimeReportQueries::trackedContracts() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, reference, billing_model, currency, start_date, end_date, "
                "included_minutes, rollover, overage_rate_minor, budget_minutes FROM contracts "
                "WHERE included_minutes IS NOT NULL OR budget_minutes IS NOT NULL"_s))
        return Database::sqlError(tr("Reading the contracts"), q);
    QList<TrackedContract> out;
    while (q.next()) {
        TrackedContract c;
        c.id = q.value(0).toLongLong();
        c.reference = q.value(1).toString();
        c.billingModel
            = fromCode<BillingModel>(q.value(2).toString()).value_or(BillingModel::Retainer);
        c.currency = q.value(3).toString();
        c.start = sql::toDate(q.value(4));
        c.end = sql::toDate(q.value(5));
        c.includedMinutes = q.value(6).toInt();
        c.rollover = q.value(7).toInt() != 0;
        if (!q.value(8).isNull())
            c.overageRateMinor = q.value(8).toLongLong();
        c.budgetMinutes = q.value(9).toInt();
        out.append(c);
    }
    return out;
}

Result<QList<TimeReportQueries::OverageCandidate>>
TimeReportQueries::retainerEntries(const QList<MonthRange> &months) const
{
    // Only the entries of the months with an overage: a few percent of a retainer's
    // entries. The months as rows of a VALUES list (columns column1… on both databases),
    // a hundred a statement, the last hundred first: `months` come by contract and month,
    // so each contract's entries come out latest first.
    QList<OverageCandidate> out;
    constexpr qsizetype kChunk = 100; // binds cost the driver more than linearly
    for (qsizetype at = (months.size() - 1) / kChunk * kChunk; at >= 0; at -= kChunk) {
        const qsizetype n = std::min(kChunk, months.size() - at);
        QStringList rows;
        rows.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            rows.append(u"(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT))"_s);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT e.id, e.entry_date, e.user_id, e.account_id, e.minutes, "
                       "e.state, e.contract_id FROM (VALUES %1) m JOIN time_entries e ON "
                       "e.contract_id = m.column1 AND e.entry_date >= m.column2 AND "
                       "e.entry_date <= m.column3 WHERE e.billable = 0 ORDER BY e.contract_id, "
                       "e.entry_date DESC, coalesce(e.start_time, '') DESC, e.id DESC"_s.arg(
                           rows.join(u", "_s))))
            return Database::sqlError(tr("Reading the retainers' hours"), q);
        int bind = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            q.bindValue(bind++, months.at(i).contractId);
            q.bindValue(bind++, months.at(i).first.toString(Qt::ISODate));
            q.bindValue(bind++, months.at(i).last.toString(Qt::ISODate));
        }
        if (!q.exec())
            return Database::sqlError(tr("Reading the retainers' hours"), q);
        while (q.next()) {
            out.append({ q.value(0).toLongLong(), sql::toDate(q.value(1)), q.value(2).toLongLong(),
                         q.value(3).toLongLong(), q.value(4).toInt(),
                         q.value(5).toString() == u"invoiced"_s, q.value(6).toLongLong() });
        }
        if (q.lastError().isValid())
            return Database::sqlError(tr("Reading the retainers' hours"), q);
    }
    return out;
}

} // namespace cd
