#include "storage/revenuequeries.h"

#include "domain/isodate.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString managerJoin(std::optional<qint64> managerId, const QString &alias)
{
    return managerId
        ? u" JOIN accounts a ON a.id = %1.account_id AND a.manager_id = :manager"_s.arg(alias)
        : QString();
}

/// Reads what a prepared sum query returns (month 'YYYY-MM', kind, currency, converted,
/// unconverted amount, unconverted entries, amount, entries).
Result<QList<RevenueSumRow>> sums(QSqlQuery &q, const QString &what)
{
    q.setForwardOnly(true);
    if (Status ok = sql::exec(q, what); !ok)
        return Error { ok.error() };
    QList<RevenueSumRow> out;
    while (q.next()) {
        out.append({ q.value(0).toString(), q.value(1).toString() == u"client"_s,
                     q.value(2).toString(), sql::exactInteger(q.value(3)),
                     sql::exactInteger(q.value(4)), sql::exactInteger(q.value(6)),
                     q.value(5).toLongLong(), q.value(7).toLongLong() });
    }
    return out;
}

} // namespace

Result<QList<RevenueSumRow>> RevenueQueries::wholeMonths(const QDate &from, const QDate &to,
                                                         std::optional<qint64> managerId,
                                                         const QString &what) const
{
    // The firm's totals need no account; one manager's come from the rollup by account, and
    // so do an account manager's on a server, where they see only their accounts.
    const bool byAccount = managerId || !m_db.session().seesAll;
    QString sql = u"SELECT r.month, r.account_kind, r.currency, sum(r.converted_minor), "
                  "sum(r.unconverted_minor), sum(r.unconverted), sum(r.amount_minor), "
                  "sum(r.entries) FROM "_s
        + (byAccount ? u"revenue_monthly r"_s + managerJoin(managerId, u"r"_s)
                     : u"revenue_totals r"_s)
        + u" WHERE 1 = 1"_s;
    if (from.isValid())
        sql += u" AND r.month >= :from"_s;
    if (to.isValid())
        sql += u" AND r.month <= :to"_s;
    QSqlQuery q(m_db.connection());
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // exact sums (sql::exactInteger)
    q.prepare(sql + u" GROUP BY 1, 2, 3"_s);
    if (managerId)
        q.bindValue(u":manager"_s, *managerId);
    if (from.isValid())
        q.bindValue(u":from"_s, from.toString(u"yyyy-MM"_s));
    if (to.isValid())
        q.bindValue(u":to"_s, to.toString(u"yyyy-MM"_s));
    return sums(q, what);
}

Result<QList<RevenueSumRow>> RevenueQueries::days(const QDate &from, const QDate &to,
                                                  std::optional<qint64> managerId,
                                                  const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // exact sums (sql::exactInteger)
    q.prepare(u"SELECT substr(e.entry_date, 1, 7), e.account_kind, e.currency, "
              "coalesce(sum(e.converted_minor), 0), "
              "coalesce(sum(CASE WHEN e.converted_minor IS NULL THEN e.amount_minor END), 0), "
              "count(*) - count(e.converted_minor), sum(e.amount_minor), count(*) "
              "FROM revenue_entries e"_s
              + managerJoin(managerId, u"e"_s)
              + u" WHERE e.entry_date BETWEEN :from AND :to GROUP BY 1, 2, 3"_s);
    if (managerId)
        q.bindValue(u":manager"_s, *managerId);
    q.bindValue(u":from"_s, sql::date(from));
    q.bindValue(u":to"_s, sql::date(to));
    return sums(q, what);
}

Result<QList<std::pair<qint64, qint64>>>
RevenueQueries::topAccounts(const QDate &wholeFrom, const QDate &wholeTo,
                            const QList<std::pair<QDate, QDate>> &cuts, AccountKind kind, int limit,
                            const QString &what) const
{
    QStringList parts;
    if (wholeFrom <= wholeTo)
        parts.append(u"SELECT account_id, converted_minor AS amount FROM revenue_monthly WHERE "
                     "month BETWEEN :wholeFrom AND :wholeTo AND account_kind = :kind"_s);
    for (int i = 0; i < cuts.size(); ++i)
        parts.append(u"SELECT account_id, coalesce(converted_minor, 0) AS amount FROM "
                     "revenue_entries WHERE entry_date BETWEEN :from%1 AND :to%1 AND "
                     "account_kind = :kind"_s.arg(i));
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT account_id, sum(amount) AS total FROM ("_s + parts.join(u" UNION ALL "_s)
              + u") AS parts GROUP BY account_id HAVING sum(amount) > 0 "
                "ORDER BY total DESC, account_id "
                "LIMIT :limit"_s);
    if (wholeFrom <= wholeTo) {
        q.bindValue(u":wholeFrom"_s, wholeFrom.toString(u"yyyy-MM"_s));
        q.bindValue(u":wholeTo"_s, wholeTo.toString(u"yyyy-MM"_s));
    }
    for (int i = 0; i < cuts.size(); ++i) {
        q.bindValue(u":from%1"_s.arg(i), sql::date(cuts.at(i).first));
        q.bindValue(u":to%1"_s.arg(i), sql::date(cuts.at(i).second));
    }
    q.bindValue(u":kind"_s, toCode(kind));
    q.bindValue(u":limit"_s, limit);
    if (Status ok = sql::exec(q, what); !ok)
        return Error { ok.error() };
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return out;
}

Result<QHash<QString, QDate>> RevenueQueries::firstRates(const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT currency, min(rate_date) FROM exchange_rates GROUP BY currency"_s);
    if (Status ok = sql::exec(q, what); !ok)
        return Error { ok.error() };
    QHash<QString, QDate> out;
    while (q.next())
        out.insert(q.value(0).toString(), sql::toDate(q.value(1)));
    return out;
}

namespace cuberows {

Result<QList<std::pair<QString, qint64>>> entriesByMonth(Database &database, RowReader::Path path,
                                                         const QString &what)
{
    RowReader months(database, path);
    if (Status ok = months.exec(u"SELECT month, sum(entries) FROM revenue_totals "
                                "GROUP BY month ORDER BY month"_s,
                                what);
        !ok)
        return Error { ok.error() };
    QList<std::pair<QString, qint64>> counts;
    while (months.next())
        counts.append({ months.text(0), months.integer(1) });
    if (Status ok = months.status(); !ok)
        return Error { ok.error() };
    return counts;
}

Result<std::vector<Account>> accounts(Database &database, RowReader::Path path, const QString &what)
{
    RowReader rows(database, path);
    // The first behaviour tag in the order loyal, returning, new; 3 for none of them.
    const SqlDialect::PerAccount rank = database.sql().perAccount(
        u"min(CASE x.tag WHEN 'loyal' THEN 0 WHEN 'returning' THEN 1 WHEN 'new' THEN 2 "
        "ELSE 3 END)"_s,
        u"account_tags"_s, u"x.source = 'behaviour'"_s, u"a.id"_s, u"t"_s);
    if (Status ok = rows.exec(u"SELECT a.id, a.name, a.kind, a.manager_id, "
                              "coalesce(a.industry, ''), coalesce(a.region, ''), a.channel, "
                              "coalesce("_s
                                  + rank.value + u", 3) FROM accounts a"_s + rank.join,
                              what);
        !ok)
        return Error { ok.error() };
    std::vector<Account> out;
    while (rows.next()) {
        out.push_back({ rows.integer(0), rows.text(1),
                        rows.text(2) == u"client"_s ? AccountKind::Client : AccountKind::Customer,
                        rows.isNull(3) ? std::nullopt : std::optional(rows.integer(3)),
                        rows.text(4), rows.text(5), rows.text(6),
                        rows.isNull(7) ? 3 : int(rows.integer(7)) });
    }
    if (Status ok = rows.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<FactRange> facts(Database &database, const QString &from, const QString &to,
                        RowReader::Path path, const QString &what)
{
    RowReader rows(database, path);
    // '0000' and '9999' stand for open ends: every stored month lies between them. Every
    // currency: the converted amounts add up in the firm's currency, and the rows holding
    // entries without a rate (few) name their currency.
    if (Status ok = rows.exec(
            u"SELECT month, account_id, category, account_kind, promoted, "
            "converted_minor, unconverted, unconverted_minor, currency FROM revenue_monthly "
            "WHERE month >= ? AND month < ? ORDER BY month"_s,
            what, { from.isEmpty() ? u"0000"_s : from, to.isEmpty() ? u"9999"_s : to });
        !ok)
        return Error { ok.error() };
    FactRange range;
    // Rows come by month and account: the same month and category bytes repeat; each new
    // value is converted once.
    QByteArray lastMonth;
    std::vector<QByteArray> categoryBytes; ///< by index into `categories`
    int month = -1;
    int category = -1;
    range.facts.reserve(1 << 16);
    range.accountIds.reserve(1 << 16);
    while (rows.next()) {
        const QByteArrayView monthText = rows.bytes(0);
        if (lastMonth.isNull() || monthText != lastMonth) {
            lastMonth = monthText.toByteArray();
            const QDate first = parseIsoDatePrefix((lastMonth + "-01").constData(), 10);
            month = first.isValid() ? first.year() * 12 + first.month() - 1 : -1;
        }
        if (month < 0)
            continue; // not a month: nothing the triggers write
        // Categories are few and alternate row by row: found among their bytes, not hashed.
        const QByteArrayView categoryText = rows.bytes(2);
        if (category < 0 || categoryText != categoryBytes[size_t(category)]) {
            const auto known
                = std::find(categoryBytes.cbegin(), categoryBytes.cend(), categoryText);
            if (known != categoryBytes.cend()) {
                category = int(known - categoryBytes.cbegin());
            } else {
                category = int(categoryBytes.size());
                categoryBytes.push_back(categoryText.toByteArray());
                range.categories.append(QString::fromUtf8(categoryText));
            }
        }
        if (const qint64 unconverted = rows.integer(6); unconverted != 0) {
            const QString currency = rows.text(8);
            qsizetype index = range.currencies.indexOf(currency);
            if (index < 0) {
                index = range.currencies.size();
                range.currencies.append(currency);
            }
            range.gaps.push_back({ range.facts.size(), int(index), unconverted, rows.integer(7) });
        }
        range.accountIds.push_back(rows.integer(1));
        range.facts.push_back(
            { month, category, rows.bytes(3) == "client", rows.integer(4) != 0, rows.integer(5) });
    }
    if (Status ok = rows.status(); !ok)
        return Error { ok.error() };
    return range;
}

} // namespace cuberows

} // namespace cd
