#include "storage/integritycheck.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/revenuerollup.h"
#include "storage/timestore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd {

IntegrityCheck::IntegrityCheck(Database &database) : m_db(database) { }

IntegrityCheck::Totals IntegrityCheck::totals() const
{
    QSqlQuery query(m_db.connection());
    Totals totals;
    if (query.exec(u"SELECT (SELECT COUNT(*) FROM accounts), "
                   "(SELECT COUNT(*) FROM revenue_entries)"_s)
        && query.next()) {
        totals.accounts = query.value(0).toLongLong();
        totals.revenueEntries = query.value(1).toLongLong();
    }
    return totals;
}

Result<QStringList> IntegrityCheck::run() const
{
    QStringList findings;
    if (m_db.dialect() == Dialect::SQLite) {
        if (Status ok = sqliteChecks(findings); !ok)
            return Error { ok.error() };
    }

    // ClientDesk's own rules. Each query returns the values its sentence names, in order.
    const std::pair<QString, QString> rules[] = {
        { u"SELECT r.id, a.name, a.converted_on FROM revenue_entries r "
          "JOIN accounts a ON a.id = r.account_id WHERE a.converted_on IS NOT NULL "
          "AND r.entry_date < a.converted_on AND r.account_kind = 'client' ORDER BY r.id"_s,
          tr("Revenue entry %1 of %2 is dated before the account became a client on %3, but is "
             "booked as client revenue.") },
        { u"SELECT r.id, a.name, c.reference FROM revenue_entries r "
          "JOIN contracts c ON c.id = r.contract_id JOIN accounts a ON a.id = r.account_id "
          "WHERE c.account_id <> r.account_id ORDER BY r.id"_s,
          tr("Revenue entry %1 of %2 refers to contract %3, which belongs to another account.") },
        { u"SELECT c.reference, a.name, a.kind FROM contracts c JOIN accounts a "
          "ON a.id = c.account_id WHERE a.kind <> 'client' ORDER BY c.id"_s,
          tr("Contract %1 belongs to %2, which is a %3, not a client.") },
        { u"SELECT o.id, o.title, o.stage FROM opportunities o WHERE o.stage <> COALESCE(("
          "SELECT s.stage FROM opportunity_stages s WHERE s.opportunity_id = o.id "
          "ORDER BY s.changed_on DESC, s.id DESC LIMIT 1), '') ORDER BY o.id"_s,
          tr("Opportunity %1 (%2) is at stage %3, but its stage history ends elsewhere.") },
        { u"SELECT a.id, a.name FROM accounts a WHERE a.referred_by_id = a.id ORDER BY a.id"_s,
          tr("Account %1 (%2) is recorded as referred by itself.") },
        // The bounds of migration 6 (Money::kMaxMinorUnits, the dates of isodate.h): rows
        // stored before them are kept but named here.
        { u"SELECT r.id, a.name, r.amount_minor || ' ' || r.currency || ', discount ' || "
          "r.discount_minor FROM revenue_entries r JOIN accounts a ON a.id = r.account_id "
          "WHERE r.amount_minor NOT BETWEEN -999999999999999 AND 999999999999999 "
          "OR r.discount_minor NOT BETWEEN 0 AND 999999999999999 ORDER BY r.id"_s,
          tr("Revenue entry %1 of %2 holds %3 (in minor units), beyond the largest amount "
             "ClientDesk accepts, 999999999999999.") },
        { u"SELECT c.reference, a.name, c.fee_minor || ' ' || c.currency FROM contracts c "
          "JOIN accounts a ON a.id = c.account_id WHERE c.fee_minor > 999999999999999 "
          "ORDER BY c.id"_s,
          tr("Contract %1 of %2 has the fee %3 (in minor units), beyond the largest amount "
             "ClientDesk accepts, 999999999999999.") },
        { u"SELECT p.name, p.list_price_minor || ' ' || p.currency FROM products p "
          "WHERE p.list_price_minor > 999999999999999 ORDER BY p.id"_s,
          tr("The product %1 has the list price %2 (in minor units), beyond the largest amount "
             "ClientDesk accepts, 999999999999999.") },
        { u"SELECT o.id, o.title, o.expected_value_minor || ' ' || o.currency "
          "FROM opportunities o WHERE o.expected_value_minor > 999999999999999 ORDER BY o.id"_s,
          tr("Opportunity %1 (%2) has the expected value %3 (in minor units), beyond the "
             "largest amount ClientDesk accepts, 999999999999999.") },
        { u"SELECT r.id, a.name, r.entry_date FROM revenue_entries r "
          "JOIN accounts a ON a.id = r.account_id "
          "WHERE r.entry_date NOT BETWEEN '1900-01-01' AND '2199-12-31' ORDER BY r.id"_s,
          tr("Revenue entry %1 of %2 is dated %3, outside the dates ClientDesk accepts, "
             "1900-01-01 to 2199-12-31.") },
        { u"SELECT c.reference, c.start_date, coalesce(c.end_date, '') FROM contracts c "
          "WHERE c.start_date NOT BETWEEN '1900-01-01' AND '2199-12-31' "
          "OR c.end_date NOT BETWEEN '1900-01-01' AND '2199-12-31' ORDER BY c.id"_s,
          tr("Contract %1 runs from %2 to %3, outside the dates ClientDesk accepts, 1900-01-01 "
             "to 2199-12-31.") },
        // Billing (migration 11): an invoice's totals are its lines' sums, what it has been
        // paid is its allocations' sum, and an issued invoice booked its net as revenue.
        { u"SELECT coalesce(i.number, 'draft ' || i.id), i.net_minor || '/' || i.tax_minor || "
          "'/' || i.total_minor, coalesce(l.net, 0) || '/' || coalesce(l.tax, 0) || '/' || "
          "(coalesce(l.net, 0) + coalesce(l.tax, 0)) FROM invoices i LEFT JOIN (SELECT "
          "invoice_id, sum(net_minor) AS net, sum(tax_minor) AS tax FROM invoice_lines GROUP BY "
          "invoice_id) l ON l.invoice_id = i.id WHERE i.net_minor <> coalesce(l.net, 0) OR "
          "i.tax_minor <> coalesce(l.tax, 0) OR i.total_minor <> coalesce(l.net, 0) + "
          "coalesce(l.tax, 0) ORDER BY i.id"_s,
          tr("Invoice %1 has net/tax/total %2 (in minor units), but its lines add up to %3.") },
        { u"SELECT coalesce(i.number, 'draft ' || i.id), i.paid_minor, coalesce(p.paid, 0) "
          "FROM invoices i LEFT JOIN (SELECT invoice_id, sum(amount_minor) AS paid FROM "
          "payment_allocations GROUP BY invoice_id) p ON p.invoice_id = i.id "
          "WHERE i.paid_minor <> coalesce(p.paid, 0) ORDER BY i.id"_s,
          tr("Invoice %1 records %2 paid (in minor units), but its payments add up to %3.") },
        { u"SELECT coalesce(i.number, 'draft ' || i.id), CASE WHEN i.state IN ('draft', 'void') "
          "THEN 0 ELSE i.net_minor END, coalesce(r.booked, 0) FROM invoices i LEFT JOIN (SELECT "
          "invoice_id, sum(amount_minor) AS booked FROM revenue_entries WHERE invoice_id IS NOT "
          "NULL GROUP BY invoice_id) r ON r.invoice_id = i.id WHERE CASE WHEN i.state IN "
          "('draft', 'void') THEN 0 ELSE i.net_minor END <> coalesce(r.booked, 0) "
          "ORDER BY i.id"_s,
          tr("Invoice %1 should have %2 of revenue booked (in minor units), but its revenue "
             "entries add up to %3.") },
    };
    for (const auto &[sql, sentence] : rules) {
        if (Status ok = rule(findings, sql, sentence); !ok)
            return Error { ok.error() };
    }
    if (Status ok = conversions(findings); !ok)
        return Error { ok.error() };
    const Result<QStringList> rollup = RevenueRollup::mismatches(m_db, maxFindingsPerRule);
    // Entries that add up beyond qint64 (from before migration 6) make the recomputation
    // itself fail: that is a finding as well, after the rows named above.
    if (!rollup && !findings.isEmpty())
        findings.append(rollup.error());
    else if (!rollup)
        return Error { rollup.error() };
    else
        findings += *rollup;
    return findings;
}

Status IntegrityCheck::conversions(QStringList &findings) const
{
    const Result<RateTable> rates = ExchangeRateStore(m_db).load();
    if (!rates)
        return Error { rates.error() };
    // Amounts in the firm's currency convert to themselves: only those that do not are read.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.id, a.name, r.entry_date, r.amount_minor, r.currency, r.converted_minor "
              "FROM revenue_entries r JOIN accounts a ON a.id = r.account_id "
              "WHERE r.currency <> :firm OR r.converted_minor IS NULL "
              "OR r.converted_minor <> r.amount_minor ORDER BY r.id"_s);
    q.bindValue(u":firm"_s, rates->firmCurrency());
    if (!q.exec())
        return Database::sqlError(tr("Checking the converted amounts failed"), q);
    const auto shown = [&rates](std::optional<qint64> minor) {
        return minor
            ? Money(*minor, rates->firmCurrency()).toPlainString() + u' ' + rates->firmCurrency()
            : tr("nothing (no rate)");
    };
    int count = 0;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QString currency = q.value(4).toString();
        const Money amount(q.value(3).toLongLong(), currency);
        const std::optional<qint64> stored
            = q.value(5).isNull() ? std::nullopt : std::optional<qint64>(q.value(5).toLongLong());
        const std::optional<qint64> expected = rates->convert(amount.minorUnits(), currency, date);
        if (stored == expected)
            continue;
        if (++count > maxFindingsPerRule)
            continue;
        findings.append(tr("Revenue entry %1 of %2 (%3 %4 on %5) is stored as %6 in the firm's "
                           "currency, but the exchange rates give %7.")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 amount.toPlainString(), currency, date.toString(Qt::ISODate),
                                 shown(stored), shown(expected)));
    }
    if (count > maxFindingsPerRule)
        findings.append(tr("… and %1 more like the last one.").arg(count - maxFindingsPerRule));
    return timeConversions(findings, *rates);
}

Status IntegrityCheck::timeConversions(QStringList &findings, const RateTable &rates) const
{
    const Result<QList<TimeStore::Mismatch>> mismatches
        = TimeStore(m_db).conversionMismatches(rates);
    if (!mismatches)
        return Error { mismatches.error() };
    const auto shown = [&rates](std::optional<qint64> minor) {
        return minor
            ? Money(*minor, rates.firmCurrency()).toPlainString() + u' ' + rates.firmCurrency()
            : tr("nothing (no rate)");
    };
    int count = 0;
    for (const TimeStore::Mismatch &m : *mismatches) {
        if (++count > maxFindingsPerRule)
            continue;
        findings.append(tr("Time entry %1 of %2 (%3 %4 on %5) is stored as %6 in the firm's "
                           "currency, but the exchange rates give %7.")
                            .arg(QString::number(m.id), m.accountName, m.value.toPlainString(),
                                 m.value.currency(), m.date.toString(Qt::ISODate), shown(m.stored),
                                 shown(m.expected)));
    }
    if (count > maxFindingsPerRule)
        findings.append(tr("… and %1 more like the last one.").arg(count - maxFindingsPerRule));
    return {};
}

Status IntegrityCheck::sqliteChecks(QStringList &findings) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return Database::sqlError(tr("Running SQLite's integrity check"), query);
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            findings.append(tr("SQLite reports damage: %1").arg(line));
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return Database::sqlError(tr("Running SQLite's foreign key check"), query);
    int count = 0;
    while (query.next()) {
        if (++count > maxFindingsPerRule)
            continue;
        findings.append(tr("Row %1 of %2 refers to a row of %3 that does not exist.")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    if (count > maxFindingsPerRule)
        findings.append(
            tr("… and %1 more rows that refer to missing rows.").arg(count - maxFindingsPerRule));
    return {};
}

Status IntegrityCheck::rule(QStringList &findings, const QString &sql,
                            const QString &sentence) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !query.exec())
        return Database::sqlError(tr("Checking ClientDesk's rules"), query);
    int count = 0;
    while (query.next()) {
        if (++count > maxFindingsPerRule)
            continue;
        // One pass over all placeholders: a name that contains "%2" stays as it is.
        const QString a = query.value(0).toString();
        const QString b = query.value(1).toString();
        findings.append(query.record().count() > 2 ? sentence.arg(a, b, query.value(2).toString())
                                                   : sentence.arg(a, b));
    }
    if (count > maxFindingsPerRule)
        findings.append(tr("… and %1 more like the last one.").arg(count - maxFindingsPerRule));
    return {};
}

Result<QStringList> IntegrityCheck::fileDamage(const QString &path)
{
    // Everything is read through SQLite, never with a file of our own: closing a descriptor
    // of the file would drop the locks of the connections this process has open on it.
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error {
            tr("%1 cannot be read: %2.")
                .arg(path, info.exists() ? tr("permission denied") : tr("there is no such file"))
        };
    const QString name
        = u"clientdesk-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList findings;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            findings.append(db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA quick_check(5)"_s)) {
                // SQLITE_NOTADB: the header is gone.
                findings.append(
                    q.lastError().nativeErrorCode() == u"26"_s
                        ? tr("%1 does not start like an SQLite file any more.").arg(path)
                        : q.lastError().text());
            } else {
                while (q.next()) {
                    // A row may hold several lines, headed "*** in database main ***".
                    const QStringList lines = q.value(0).toString().split(u'\n');
                    for (const QString &line : lines) {
                        const QString text = line.trimmed();
                        if (!text.isEmpty() && text != u"ok" && !text.startsWith(u"***")
                            && findings.size() < 5)
                            findings.append(text);
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return findings;
}

} // namespace cd
