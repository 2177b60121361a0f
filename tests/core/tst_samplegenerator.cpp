#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"
#include "storage/bulkwriter.h"
#include "storage/revenuerollup.h"
#include "storage/transactionguard.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using cd::SampleGenerator;
using cd::SampleOptions;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);

SampleOptions smallOptions(quint32 seed = 7)
{
    SampleOptions options;
    options.accounts = 120;
    options.revenueEntries = 6000;
    options.seed = seed;
    options.today = kToday;
    return options;
}

// A digest of what a user sees of the portfolio, independent of row order in the file.
QByteArray digest(cd::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries {
        u"SELECT id, kind, status, name, industry, city, channel, manager_id, referred_by_id, "
        "tax_id, email, converted_on FROM accounts ORDER BY id"_s,
        u"SELECT id, account_id, entry_date, amount_minor, account_kind, product_id, "
        "discount_minor, promotion, contract_id FROM revenue_entries ORDER BY id"_s,
        u"SELECT id, account_id, reference, billing_model, fee_minor, start_date, end_date, "
        "status FROM contracts ORDER BY id"_s,
        u"SELECT id, account_id, stage, first_contact, closed_on FROM opportunities ORDER BY id"_s,
        u"SELECT id, account_id, occurred_at, follow_up_on FROM interactions ORDER BY id"_s,
        u"SELECT id, entry_date, user_id, account_id, contract_id, start_time, minutes, "
        "billable, rate_minor, currency, value_minor, converted_minor, state FROM time_entries "
        "ORDER BY id"_s,
        u"SELECT id, name, rate_minor, capacity_minutes FROM users ORDER BY id"_s,
        u"SELECT id, included_minutes, rollover, overage_rate_minor, budget_minutes FROM "
        "contracts ORDER BY id"_s,
        u"SELECT id, number, account_id, contract_id, invoice_date, due_date, net_minor, "
        "tax_minor, paid_minor, state FROM invoices ORDER BY id"_s,
        u"SELECT id, invoice_id, source, description, amount_minor FROM invoice_lines ORDER BY "
        "id"_s,
        u"SELECT id, payment_date, amount_minor FROM payments ORDER BY id"_s
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return {};
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result();
}

} // namespace

class tst_SampleGenerator : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 count(const QString &sql) { return m_test.scalar(sql).toLongLong(); }

private slots:
    void init() { QVERIFY(m_test.open()); }
    void cleanup() { m_test.close(); }

    void createsExactlyTheRequestedPortfolio()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->accounts, 120);
        // The contracts' invoices follow the time logged (a month without hours bills
        // nothing, a retainer over its hours bills an overage line): about what was asked.
        QVERIFY2(summary->revenueEntries >= 6000 * 98 / 100
                     && summary->revenueEntries <= 6000 * 102 / 100,
                 qPrintable(QString::number(summary->revenueEntries)));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 120);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), qint64(summary->revenueEntries));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client'"_s),
                 qint64(summary->clients));
        QCOMPARE(summary->clients + summary->customers, 120);
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts"_s), qint64(summary->contracts));
        QCOMPARE(count(u"SELECT COUNT(*) FROM opportunities"_s), qint64(summary->opportunities));
        QCOMPARE(count(u"SELECT COUNT(*) FROM interactions"_s), qint64(summary->interactions));
        QCOMPARE(count(u"SELECT COUNT(*) FROM contacts"_s), qint64(summary->contacts));
        QCOMPARE(count(u"SELECT COUNT(*) FROM service_requests"_s),
                 qint64(summary->serviceRequests));
        // About a fifth are clients.
        QVERIFY2(summary->clients >= 15 && summary->clients <= 40,
                 qPrintable(QString::number(summary->clients)));
        // Nothing the schema or its foreign keys would refuse slipped through.
        if (!TestDatabase::onPostgres()) { // PostgreSQL checks foreign keys as rows are written
            QSqlQuery fk(m_test.db().connection());
            QVERIFY(fk.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!fk.next());
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings WHERE key = 'currency' AND value = 'IDR'"_s),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'generate'"_s), 1);
    }

    void showsEveryPartOfAConsultancyPortfolio()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        // Contracts in all three billing models, active and ended, some with notice soon.
        QCOMPARE(count(u"SELECT COUNT(DISTINCT billing_model) FROM contracts"_s), 3);
        QVERIFY(count(u"SELECT COUNT(*) FROM contracts WHERE status = 'active'"_s) > 5);
        QVERIFY(count(u"SELECT COUNT(*) FROM contracts WHERE status = 'expired'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM contracts WHERE status IN ('draft', 'terminated')"_s)
                > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM service_items"_s) > 0);
        // Service requests, some past their SLA.
        QVERIFY(count(u"SELECT COUNT(*) FROM service_requests WHERE closed_at > due_at"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM service_requests WHERE status <> 'closed'"_s) > 0);
        // Follow-ups, some still due.
        QVERIFY(count(u"SELECT COUNT(*) FROM interactions WHERE follow_up_on IS NOT NULL "
                      "AND follow_up_done = 0"_s)
                > 0);
        // Resellers, internal accounts, prospects, persons and organisations.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE channel = 'reseller'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE channel = 'internal'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE status = 'prospect'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE legal_form = 'person'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE name LIKE 'PT %'"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE country <> 'ID'"_s) > 0);
        // Converted customers keep their earlier revenue as customer revenue.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts WHERE converted_on IS NOT NULL"_s) > 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM revenue_entries r JOIN accounts a ON a.id = "
                      "r.account_id WHERE a.converted_on IS NOT NULL AND r.account_kind = "
                      "'customer' AND r.entry_date < a.converted_on"_s)
                > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries r JOIN accounts a ON a.id = "
                       "r.account_id WHERE a.converted_on IS NOT NULL AND r.account_kind = "
                       "'client' AND r.entry_date < a.converted_on"_s),
                 0);
        // Five years of revenue, none in the future.
        QCOMPARE(m_test.scalar(u"SELECT MAX(entry_date) FROM revenue_entries"_s).toString()
                     <= kToday.toString(Qt::ISODate),
                 true);
        const QDate first = QDate::fromString(
            m_test.scalar(u"SELECT MIN(entry_date) FROM revenue_entries"_s).toString(),
            Qt::ISODate);
        QVERIFY(first >= kToday.addYears(-5));
        QVERIFY(first <= kToday.addYears(-4));
    }

    void purchaseHistoriesShowEveryBehaviour()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        // potential: a customer prospect without a purchase.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts a WHERE kind = 'customer' AND status = "
                      "'prospect' AND NOT EXISTS (SELECT 1 FROM revenue_entries r WHERE "
                      "r.account_id = a.id)"_s)
                > 0);
        // new: first purchase within 90 days.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries GROUP BY "
                      "account_id HAVING MIN(entry_date) >= '2026-08-24') AS x"_s)
                > 0);
        // returning: two or more purchases of the catalogue.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries WHERE "
                      "product_id IS NOT NULL GROUP BY account_id HAVING COUNT(*) >= 2) AS x"_s)
                > 0);
        // loyal: purchases in at least 6 of the last 8 quarters.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries WHERE "
                      "entry_date >= '2024-10-01' AND product_id IS NOT NULL GROUP BY account_id "
                      "HAVING COUNT(DISTINCT substr(entry_date, 1, 4) || ((CAST(substr(entry_date, "
                      "6, 2) AS INTEGER) + 2) / 3)) >= 6) AS x"_s)
                > 0);
        // promo-driven: most purchases under a promotion.
        QVERIFY(count(u"SELECT COUNT(*) FROM (SELECT account_id FROM revenue_entries GROUP BY "
                      "account_id HAVING COUNT(*) >= 3 AND 2 * SUM(CASE WHEN promotion IS NOT NULL "
                      "THEN 1 ELSE 0 END) > "
                      "COUNT(*)) AS x"_s)
                > 0);
        // impulsive: a single purchase and no interaction at all.
        QVERIFY(count(u"SELECT COUNT(*) FROM accounts a WHERE (SELECT COUNT(*) FROM "
                      "revenue_entries r WHERE r.account_id = a.id) = 1 AND NOT EXISTS (SELECT 1 "
                      "FROM interactions i WHERE i.account_id = a.id)"_s)
                > 0);
        // advocate: referred other accounts.
        QVERIFY(count(u"SELECT COUNT(DISTINCT referred_by_id) FROM accounts"_s) > 0);
    }

    void clientsTakeLongerToWinThanCustomers()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        const QString days = TestDatabase::onPostgres()
            ? u"closed_on::date - first_contact::date"_s
            : u"julianday(closed_on) - julianday(first_contact)"_s;
        const double clientCycle = m_test
                                       .scalar(u"SELECT AVG(%1) FROM opportunities WHERE stage = "
                                               "'won' AND deal_type = 'engagement'"_s.arg(days))
                                       .toDouble();
        const double customerCycle = m_test
                                         .scalar(u"SELECT AVG(%1) FROM opportunities WHERE stage "
                                                 "= 'won' AND deal_type = 'sale'"_s.arg(days))
                                         .toDouble();
        QVERIFY2(clientCycle > 3 * customerCycle,
                 qPrintable(u"%1 vs %2"_s.arg(clientCycle).arg(customerCycle)));
        // Each opportunity's stage is its latest recorded stage change.
        QCOMPARE(count(u"SELECT COUNT(*) FROM opportunities o WHERE o.stage <> (SELECT s.stage "
                       "FROM opportunity_stages s WHERE s.opportunity_id = o.id ORDER BY "
                       "s.changed_on DESC, s.id DESC LIMIT 1)"_s),
                 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM opportunities WHERE stage NOT IN ('won', 'lost')"_s)
                > 0);
    }

    // Consultants log about 30 entries per account over five years (issue 26): on weekdays
    // before today, at most 10 hours a day each, with weeks off; retainers mostly within their
    // included hours, a few over; hourly entries billable (invoiced before this month); fixed
    // fees under a budget; every person with a rate and a capacity; no running timer.
    void consultantsLogTimeOverFiveYears()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const qint64 entries = count(u"SELECT COUNT(*) FROM time_entries"_s);
        QCOMPARE(entries, qint64(summary->timeEntries));
        QVERIFY2(entries >= 120 * 30 * 8 / 10 && entries <= 120 * 30 * 12 / 10,
                 qPrintable(QString::number(entries)));
        QVERIFY(summary->consultants >= 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM running_timers"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE rate_minor IS NULL OR rate_minor <= 0 "
                       "OR capacity_minutes IS NULL"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries WHERE entry_date >= '2026-11-22' "
                       "OR entry_date < '2021-11-01'"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT user_id, entry_date FROM time_entries "
                       "GROUP BY user_id, entry_date HAVING sum(minutes) > 600) d"_s),
                 0);
        // Five years of it, every person logging, each with weeks without an entry.
        QVERIFY(count(u"SELECT COUNT(DISTINCT substr(entry_date, 1, 4)) FROM time_entries"_s) >= 5);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT user_id) FROM time_entries"_s),
                 count(u"SELECT COUNT(*) FROM users"_s));
        // Defaults by billing model, and exact values.
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries e JOIN contracts c ON c.id = "
                       "e.contract_id WHERE (c.billing_model = 'hourly') <> (e.billable = 1)"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries e JOIN contracts c ON c.id = "
                       "e.contract_id WHERE c.billing_model = 'hourly' AND "
                       "e.rate_minor <> c.fee_minor"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries WHERE value_minor <> "
                       "(minutes * rate_minor + 30) / 60"_s),
                 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM time_entries WHERE state = 'invoiced'"_s) > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries WHERE state = 'invoiced' AND "
                       "(billable = 0 OR entry_date >= '2026-11-01')"_s),
                 0);
        // Retainers: included hours and an overage rate; most months within them, a few over.
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts c WHERE billing_model = 'retainer' AND "
                       "included_minutes IS NULL AND EXISTS (SELECT 1 FROM time_entries e "
                       "WHERE e.contract_id = c.id)"_s),
                 0);
        const qint64 months
            = count(u"SELECT COUNT(*) FROM (SELECT e.contract_id, substr(e.entry_date, 1, 7) "
                    "FROM time_entries e JOIN contracts c ON c.id = e.contract_id WHERE "
                    "c.billing_model = 'retainer' GROUP BY 1, 2) m"_s);
        const qint64 over
            = count(u"SELECT COUNT(*) FROM (SELECT e.contract_id, substr(e.entry_date, 1, 7), "
                    "max(c.included_minutes) AS included FROM time_entries e JOIN contracts c ON "
                    "c.id = e.contract_id WHERE c.billing_model = 'retainer' GROUP BY 1, 2 "
                    "HAVING sum(e.minutes) > 2 * max(c.included_minutes)) m"_s);
        const qint64 within
            = count(u"SELECT COUNT(*) FROM (SELECT e.contract_id, substr(e.entry_date, 1, 7) "
                    "FROM time_entries e JOIN contracts c ON c.id = e.contract_id WHERE "
                    "c.billing_model = 'retainer' GROUP BY 1, 2 HAVING sum(e.minutes) <= "
                    "max(c.included_minutes)) m"_s);
        QVERIFY2(months > 100 && within * 100 >= months * 80 && within < months && over == 0,
                 qPrintable(u"%1 retainer months, %2 within"_s.arg(months).arg(within)));
        // Fixed fees: a budget, most under it.
        const qint64 fixed = count(u"SELECT COUNT(DISTINCT e.contract_id) FROM time_entries e "
                                   "JOIN contracts c ON c.id = e.contract_id WHERE "
                                   "c.billing_model = 'fixed'"_s);
        const qint64 underBudget = count(
            u"SELECT COUNT(*) FROM (SELECT e.contract_id FROM time_entries e JOIN contracts c ON "
            "c.id = e.contract_id WHERE c.billing_model = 'fixed' GROUP BY 1 HAVING "
            "sum(e.minutes) <= max(c.budget_minutes)) b"_s);
        QVERIFY2(fixed > 5 && underBudget * 100 >= fixed * 70 && underBudget < fixed,
                 qPrintable(u"%1 fixed fees, %2 under budget"_s.arg(fixed).arg(underBudget)));
    }

    // Issue 27: the contracts bill through invoices. Each month that ended is invoiced on its
    // last day (retainer fee pro rata in the first and last months, overage, instalments,
    // the month's billable hours), taxed at PPN 11 % on prices before tax, numbered
    // gaplessly per year in date order; issuing booked each line's net as the contract's
    // only revenue; payments mostly on time, some late, a few in part, a few still owed.
    void billsTheContractsThroughInvoices()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices"_s), qint64(summary->invoices));
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), qint64(summary->payments));
        QVERIFY2(summary->invoices > 300, qPrintable(QString::number(summary->invoices)));
        for (const char *source : { "retainer", "instalment", "hours", "overage" })
            QVERIFY2(count(u"SELECT COUNT(*) FROM invoice_lines WHERE source = '%1'"_s.arg(
                         QLatin1StringView(source)))
                         > 0,
                     source);
        // Totals are the sums of the lines; each line 11 % tax on its amount, rounded.
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices i WHERE net_minor <> (SELECT "
                       "sum(net_minor) FROM invoice_lines l WHERE l.invoice_id = i.id) OR "
                       "tax_minor <> (SELECT sum(tax_minor) FROM invoice_lines l WHERE "
                       "l.invoice_id = i.id) OR total_minor <> net_minor + tax_minor"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoice_lines WHERE tax_rate_bp <> 1100 OR "
                       "net_minor <> amount_minor OR tax_minor <> (amount_minor * 22 + 100) / "
                       "200 OR amount_minor <= 0"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices WHERE state = 'draft' OR number IS NULL "
                       "OR series <> 'invoice' OR prices_include_tax <> 0 OR due_date <> "
                       "%1 OR invoice_date >= '2026-11-22' OR contract_id IS NULL"_s.arg(
                           TestDatabase::onPostgres()
                               ? u"to_char(invoice_date::date + 30, 'YYYY-MM-DD')"_s
                               : u"date(invoice_date, '+30 days')"_s)),
                 0);
        // Dated the last day of the month billed (its period).
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM invoices WHERE substr(invoice_date, 1, 7) <> period"_s),
            0);
        // Client revenue under contracts comes from the invoices only, each line's net on
        // the invoice's date.
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE contract_id IS NOT NULL AND "
                       "invoice_id IS NULL"_s),
                 0);
        QCOMPARE(count(u"SELECT sum(amount_minor) FROM revenue_entries WHERE contract_id IS NOT "
                       "NULL"_s),
                 count(u"SELECT sum(net_minor) FROM invoices WHERE state <> 'void'"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices i WHERE net_minor <> (SELECT "
                       "sum(amount_minor) FROM revenue_entries r WHERE r.invoice_id = i.id AND "
                       "r.entry_date = i.invoice_date AND r.contract_id = i.contract_id)"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s),
                 count(u"SELECT COUNT(*) FROM invoice_lines"_s)
                     + count(u"SELECT COUNT(*) FROM revenue_entries WHERE invoice_id IS NULL"_s));
        // Gapless numbers per year, INV/{yyyy}/{00000}, in date order; invoice_numbers
        // holds the last one given.
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices WHERE number <> 'INV/' || "
                       "substr(invoice_date, 1, 4) || '/' || substr(number, 10) OR "
                       "length(number) <> 14"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT substr(invoice_date, 1, 4) AS y, "
                       "COUNT(*) AS n, max(CAST(substr(number, 10) AS INTEGER)) AS top, "
                       "min(CAST(substr(number, 10) AS INTEGER)) AS bottom FROM invoices GROUP "
                       "BY 1) g LEFT JOIN invoice_numbers x ON x.series = 'invoice' AND "
                       "x.year = CAST(g.y AS INTEGER) WHERE g.n <> g.top OR g.bottom <> 1 OR "
                       "x.last_number IS NULL OR x.last_number <> g.n"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoice_numbers"_s),
                 count(u"SELECT COUNT(DISTINCT substr(invoice_date, 1, 4)) FROM invoices"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices a JOIN invoices b ON substr(a.number, 1, "
                       "8) = substr(b.number, 1, 8) AND a.number < b.number AND a.invoice_date "
                       "> b.invoice_date"_s),
                 0);
        // Hours lines: the month's billable entries of the contract, linked and invoiced;
        // nothing billable of a month that ended is left open.
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoice_lines l WHERE l.source = 'hours' AND "
                       "l.amount_minor <> (SELECT sum(e.value_minor) FROM invoice_line_time t "
                       "JOIN time_entries e ON e.id = t.time_entry_id WHERE t.line_id = l.id)"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries e WHERE (e.state = 'invoiced') <> "
                       "EXISTS (SELECT 1 FROM invoice_line_time t WHERE t.time_entry_id = e.id) "
                       "OR (e.state = 'invoiced' AND e.invoice_id IS NULL)"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM time_entries WHERE billable = 1 AND state = 'open' "
                       "AND entry_date < '2026-11-01'"_s),
                 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM time_entries WHERE billable = 1 AND state = 'open'"_s)
                > 0); // this month's, not billed yet
        // Retainers pro rata in a first or last month; instalments from the schedule.
        QVERIFY(count(u"SELECT COUNT(*) FROM invoice_lines WHERE source = 'retainer' AND "
                      "description LIKE '% days)'"_s)
                > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoice_lines l JOIN invoices i ON i.id = "
                       "l.invoice_id LEFT JOIN contract_instalments s ON s.id = l.instalment_id "
                       "WHERE l.source = 'instalment' AND (s.id IS NULL OR s.contract_id <> "
                       "i.contract_id OR s.amount_minor <> l.amount_minor OR l.billing_key <> "
                       "'instalment:' || s.id)"_s),
                 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM contract_instalments s WHERE NOT EXISTS (SELECT 1 "
                      "FROM invoice_lines l WHERE l.instalment_id = s.id)"_s)
                > 0); // still to bill
        // Payments: never more than owed, never before the invoice or after today; the
        // state follows what is paid.
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices i WHERE paid_minor <> coalesce((SELECT "
                       "sum(amount_minor) FROM payment_allocations a WHERE a.invoice_id = "
                       "i.id), 0) OR paid_minor > total_minor OR state <> CASE WHEN paid_minor "
                       "= total_minor THEN 'paid' WHEN paid_minor > 0 THEN 'partly_paid' ELSE "
                       "'issued' END"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments p JOIN payment_allocations a ON "
                       "a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id WHERE "
                       "p.payment_date < i.invoice_date OR p.payment_date >= '2026-11-22' OR "
                       "p.amount_minor <> a.amount_minor OR p.currency <> i.currency OR "
                       "p.account_id <> i.account_id"_s),
                 0);
        const qint64 paid = count(u"SELECT COUNT(*) FROM invoices WHERE state = 'paid'"_s);
        const qint64 late = count(u"SELECT COUNT(DISTINCT i.id) FROM invoices i JOIN "
                                  "payment_allocations a ON a.invoice_id = i.id JOIN payments p "
                                  "ON p.id = a.payment_id WHERE p.payment_date > i.due_date"_s);
        const qint64 overdue = count(u"SELECT COUNT(*) FROM invoices WHERE state IN ('issued', "
                                     "'partly_paid') AND due_date < '2026-11-22'"_s);
        QVERIFY2(paid * 100 >= summary->invoices * 80 && late > 0 && late * 4 < paid && overdue > 0
                     && overdue * 20 < summary->invoices,
                 qPrintable(u"%1 invoices: %2 paid, %3 late, %4 overdue"_s.arg(summary->invoices)
                                .arg(paid)
                                .arg(late)
                                .arg(overdue)));
        QVERIFY(count(u"SELECT COUNT(*) FROM invoices WHERE state = 'partly_paid'"_s) > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM invoices WHERE state IN ('issued', 'partly_paid') "
                       "AND due_date < '2026-06-01'"_s),
                 0); // only the last months' are still owed
        if (!TestDatabase::onPostgres()) {
            QSqlQuery fk(m_test.db().connection());
            QVERIFY(fk.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!fk.next());
        }
        // The lock trigger is back: an issued invoice takes no more lines.
        QSqlQuery q(m_test.db().connection());
        QVERIFY(!q.exec(u"INSERT INTO invoice_lines (invoice_id, position, description, "
                        "amount_minor, net_minor, tax_minor) SELECT min(id), 9, 'x', 1, 1, 0 FROM "
                        "invoices"_s));
    }

    void theSameSeedGivesTheSameData()
    {
        QVERIFY(SampleGenerator(smallOptions(7)).generate(m_test.db()).ok());
        const QByteArray first = digest(m_test.db());
        QVERIFY(!first.isEmpty());

        QVERIFY(m_test.open());
        QVERIFY(SampleGenerator(smallOptions(7)).generate(m_test.db()).ok());
        QCOMPARE(digest(m_test.db()), first);

        QVERIFY(m_test.open());
        QVERIFY(SampleGenerator(smallOptions(8)).generate(m_test.db()).ok());
        QVERIFY(digest(m_test.db()) != first);
    }

    void aTinyPortfolioStillHoldsEveryKindOfAccount()
    {
        SampleOptions options = smallOptions();
        options.accounts = 12;
        options.revenueEntries = 40;
        const auto summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), qint64(summary->revenueEntries));
        QVERIFY2(summary->revenueEntries >= 36 && summary->revenueEntries <= 44,
                 qPrintable(QString::number(summary->revenueEntries)));
        QVERIFY(summary->clients >= 3);

        QVERIFY(m_test.open());
        options.revenueEntries = 0;
        QVERIFY(SampleGenerator(options).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 12);
    }

    void usesTheFirmsCurrencyWhenOneIsSet()
    {
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency <> 'EUR'"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts WHERE currency <> 'EUR'"_s), 0);
        // Fees stay believable in euros: a monthly retainer of at most 15,000.00.
        QVERIFY(count(u"SELECT MAX(fee_minor) FROM contracts WHERE billing_model = 'retainer'"_s)
                <= 1'500'000);
    }

    // A tenth of the billed clients (and of the customers who buy) are billed in US or
    // Singapore dollars: the account's own currency, its contracts, deals and revenue.
    void billsATenthOfTheAccountsInUsdOrSgd()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        // Every tenth billed client, counted from the fifth: (n + 5) / 10 of n.
        const qint64 billedClients
            = count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND status <> "
                    "'prospect'"_s);
        QVERIFY(billedClients >= 20);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND currency IN "
                       "('USD', 'SGD')"_s),
                 (billedClients + 5) / 10);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE currency IS NOT NULL AND currency "
                       "NOT IN ('USD', 'SGD')"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT currency) FROM accounts"_s), 2);
        QCOMPARE(qint64(summary->foreignAccounts),
                 count(u"SELECT COUNT(*) FROM accounts WHERE currency IS NOT NULL"_s));
        // Each foreign client has a contract in its currency; nothing of an account is in
        // another currency than its own (the firm's when it has none).
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts a WHERE a.kind = 'client' AND a.currency "
                       "IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.account_id "
                       "= a.id AND c.currency = a.currency)"_s),
                 0);
        for (const QString &table : { u"contracts"_s, u"opportunities"_s, u"revenue_entries"_s }) {
            QCOMPARE(count(u"SELECT COUNT(*) FROM %1 t JOIN accounts a ON a.id = t.account_id "
                           "WHERE t.currency <> coalesce(a.currency, 'IDR')"_s.arg(table)),
                     0);
        }
        // A share of the entries (a tenth in a large sample), at believable dollar amounts.
        const qint64 foreignEntries
            = count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency <> 'IDR'"_s);
        QVERIFY2(foreignEntries >= 180 && foreignEntries <= 1200,
                 qPrintable(QString::number(foreignEntries)));
        QVERIFY(count(u"SELECT MAX(fee_minor) FROM contracts WHERE currency = 'USD' AND "
                      "billing_model = 'retainer'"_s)
                <= 1'000'000); // at most 10,000.00 USD a month
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE amount_minor <= 0"_s), 0);
    }

    // A rate for USD and SGD on every weekday of the five years (and the week before, so
    // that the first entries convert), a random walk within realistic bounds.
    void writesADailyRateHistory()
    {
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY(summary.ok());
        const QDate first = kToday.addYears(-5).addDays(1 - 7);
        int weekdays = 0;
        for (QDate d = first; d <= kToday; d = d.addDays(1))
            weekdays += d.dayOfWeek() <= 5 ? 1 : 0;
        QCOMPARE(summary->rates, 2 * weekdays);
        for (const QString &currency : { u"USD"_s, u"SGD"_s }) {
            const QVariantMap c { { u"c"_s, currency } };
            QCOMPARE(m_test.scalar(u"SELECT COUNT(*) FROM exchange_rates WHERE currency = :c"_s, c)
                         .toInt(),
                     weekdays);
            QCOMPARE(
                m_test.scalar(u"SELECT MIN(rate_date) FROM exchange_rates WHERE currency = :c"_s, c)
                    .toString(),
                first.dayOfWeek() <= 5
                    ? first.toString(Qt::ISODate)
                    : first.addDays(8 - first.dayOfWeek()).toString(Qt::ISODate));
            // Every entry in the currency has a rate on or before its day.
            QVERIFY(m_test
                        .scalar(u"SELECT MIN(entry_date) FROM revenue_entries WHERE currency "
                                "= :c"_s,
                                c)
                        .toString()
                    >= m_test
                           .scalar(u"SELECT MIN(rate_date) FROM exchange_rates WHERE "
                                   "currency = :c"_s,
                                   c)
                           .toString());
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM exchange_rates WHERE currency NOT IN ('USD', "
                       "'SGD')"_s),
                 0);
        // No rate on a Saturday or Sunday.
        for (const QString &day : m_test.column(u"SELECT DISTINCT rate_date FROM exchange_rates"_s))
            QVERIFY2(QDate::fromString(day, Qt::ISODate).dayOfWeek() <= 5, qPrintable(day));
        // 14,000–16,500 IDR per USD and 10,500–12,300 per SGD, in whole hundredths.
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'USD'"_s)
                >= 14'000LL * 10'000'000'000LL);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'USD'"_s)
                <= 16'500LL * 10'000'000'000LL);
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                >= 10'500LL * 10'000'000'000LL);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                <= 12'300LL * 10'000'000'000LL);
        QCOMPARE(count(u"SELECT COUNT(*) FROM exchange_rates WHERE rate_e10 % 100000000 <> 0"_s),
                 0);
        // A walk, not a constant: the rate moves, and not by more than 1 % a day.
        QVERIFY(count(u"SELECT COUNT(DISTINCT rate_e10) FROM exchange_rates WHERE currency = "
                      "'USD'"_s)
                > 500);
    }

    // Every entry carries its amount in the firm's currency by the rate in force on its day
    // (the latest on or before it), rounded half away from zero: none is left unconverted.
    void convertsEveryEntryByTheRateOfItsDay()
    {
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE converted_minor IS NULL"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency = 'IDR' AND "
                       "converted_minor <> amount_minor"_s),
                 0);
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"SELECT r.amount_minor, r.converted_minor, (SELECT x.rate_e10 FROM "
                       "exchange_rates x WHERE x.currency = r.currency AND x.rate_date <= "
                       "r.entry_date ORDER BY x.rate_date DESC LIMIT 1) FROM revenue_entries r "
                       "WHERE r.currency <> 'IDR'"_s));
        int checked = 0;
        while (q.next()) {
            // USD and SGD have two decimals like IDR, and the sample's rates are whole
            // hundredths of a rupiah: minor × hundredths / 100, rounded half away from zero.
            QCOMPARE(q.value(2).toLongLong() % 100'000'000, 0);
            const qint64 product
                = q.value(0).toLongLong() * (q.value(2).toLongLong() / 100'000'000);
            const qint64 rounded = (product + (product >= 0 ? 50 : -50)) / 100;
            QCOMPARE(q.value(1).toLongLong(), rounded);
            ++checked;
        }
        QVERIFY(checked > 100);
        // The rollups sum the converted amounts.
        QCOMPARE(count(u"SELECT sum(converted_minor) FROM revenue_totals"_s),
                 count(u"SELECT sum(converted_minor) FROM revenue_entries"_s));
        QCOMPARE(count(u"SELECT sum(unconverted) FROM revenue_totals"_s), 0);
    }

    // A firm in US dollars bills some accounts in rupiah and Singapore dollars, with the
    // rates against the dollar; a firm in euros has no rates and every amount in euros.
    void aFirmInDollarsGetsRatesAgainstTheDollar()
    {
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'USD')"_s));
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY(summary.ok());
        QCOMPARE(m_test.column(u"SELECT DISTINCT currency FROM exchange_rates ORDER BY 1"_s),
                 (QStringList { u"IDR"_s, u"SGD"_s }));
        // 1 / 16,500 … 1 / 14,000 USD per IDR; 10,500 / 16,500 … 12,300 / 14,000 per SGD.
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'IDR'"_s)
                >= 606'060);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'IDR'"_s)
                <= 714'286);
        QVERIFY(count(u"SELECT MIN(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                >= 6'363'636'363LL);
        QVERIFY(count(u"SELECT MAX(rate_e10) FROM exchange_rates WHERE currency = 'SGD'"_s)
                <= 8'785'714'286LL);
        QVERIFY(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency = 'IDR'"_s) > 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries WHERE currency NOT IN ('USD', "
                       "'IDR', 'SGD')"_s),
                 0);

        QVERIFY(m_test.open());
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM exchange_rates"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE currency IS NOT NULL"_s), 0);
    }

    // `clientdesk demo --currency`: the chosen currency wins over one set in the empty
    // database; without the choice, the stored one does.
    void aChosenCurrencyReplacesTheStoredOne()
    {
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        SampleOptions options = smallOptions();
        options.currency = u"SGD"_s;
        options.replaceCurrency = true;
        QVERIFY(SampleGenerator(options).generate(m_test.db()).ok());
        QCOMPARE(m_test.scalar(u"SELECT value FROM settings WHERE key = 'currency'"_s).toString(),
                 u"SGD"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM contracts WHERE currency = 'EUR'"_s), 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM exchange_rates WHERE currency = 'USD'"_s) > 0);
    }

    void refusesADatabaseThatHoldsAccounts()
    {
        QVERIFY(m_test.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                            "('client', 'PT Existing', '2024-01-01T00:00:00', "
                            "'2024-01-01T00:00:00')"_s));
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"already holds 1 accounts"_s),
                 qPrintable(summary.error()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 0);
    }

    void refusesImpossibleOptions()
    {
        SampleOptions options = smallOptions();
        options.accounts = 0;
        auto summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"from 1 to 1,000,000, not 0"_s));

        options = smallOptions();
        options.revenueEntries = -5;
        summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"not -5"_s));

        options = smallOptions();
        options.currency = u"rupiah"_s;
        summary = SampleGenerator(options).generate(m_test.db());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"rupiah"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 0);
    }

    void cancellingLeavesTheDatabaseAsItWas()
    {
        std::atomic_bool cancel = false;
        int calls = 0;
        const auto progress = [&](int percent, const QString &phase) {
            QVERIFY(percent >= 0 && percent <= 100);
            QVERIFY(!phase.isEmpty());
            if (++calls == 5)
                cancel = true;
        };
        const auto summary
            = SampleGenerator(smallOptions()).generate(m_test.db(), progress, &cancel);
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().contains(u"cancelled"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM revenue_entries"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings"_s), 0);
        // And the database can take a sample after all.
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
    }

    void keepsTheRollupsExactAndTheirTriggersOn()
    {
        // The rollups are summed in memory with the triggers off (on the server too), then
        // written once; afterwards the triggers keep them again.
        const auto summary = SampleGenerator(smallOptions()).generate(m_test.db());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        auto mismatches = cd::RevenueRollup::mismatches(m_test.db());
        QVERIFY2(mismatches.ok(), qPrintable(mismatches.error()));
        QVERIFY2(mismatches->isEmpty(), qPrintable(mismatches->join(u'\n')));
        QCOMPARE(count(u"SELECT sum(entries) FROM revenue_monthly"_s),
                 qint64(summary->revenueEntries));
        QCOMPARE(count(u"SELECT sum(amount_minor) FROM revenue_totals"_s),
                 count(u"SELECT sum(amount_minor) FROM revenue_entries"_s));
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                       "currency, account_kind, created_at) SELECT min(id), '2001-02-03', 700, "
                       "'IDR', 'customer', '2001-02-03T09:00:00' FROM accounts"_s));
        QCOMPARE(count(u"SELECT sum(entries) FROM revenue_monthly WHERE month = '2001-02'"_s), 1);
        mismatches = cd::RevenueRollup::mismatches(m_test.db());
        QVERIFY(mismatches.ok() && mismatches->isEmpty());
    }

    void batchedRevenueKeepsEveryTextExactly()
    {
        // On a server the rows travel as array literals: quotes, backslashes, braces, commas,
        // the word NULL and empty text (stored NULL) must come back as written.
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db()).ok());
        const qint64 account = count(u"SELECT min(id) FROM accounts"_s);
        const QStringList texts {
            u"a \"quoted\" \\ back\\slash"_s, u"{x,y}"_s, u"NULL"_s, u"  spaced  "_s,
            u"Rp 1.000,00 – ½ 😀"_s,           QString()
        };
        cd::TransactionGuard guard(m_test.db());
        QVERIFY(guard.begin().ok());
        cd::bulk::BulkWriter writer(m_test.db(), u"IDR"_s);
        writer.setBatched(true);
        QVERIFY(writer.prepare().ok());
        cd::RevenueRollupBatch rollups(m_test.db(), cd::RevenueRollupBatch::Server::TriggersOff);
        QVERIFY(rollups.begin().ok());
        writer.setRollups(&rollups);
        for (int i = 0; i < texts.size(); ++i) {
            cd::bulk::RevenueRow row;
            row.accountId = account;
            row.date = QDate(2001, 1, 1 + i);
            row.amountMinor = 100 + i;
            row.description = texts.at(i);
            row.category = texts.at(i);
            row.promotion = texts.at(i);
            QVERIFY(writer.revenue(row).ok());
        }
        QVERIFY(writer.flush().ok());
        QVERIFY(rollups.finish().ok());
        QVERIFY(guard.commit().ok());
        QSqlQuery q(m_test.db().connection());
        QVERIFY(q.exec(u"SELECT description, category, promotion, created_at FROM "
                       "revenue_entries WHERE entry_date < '2002-01-01' ORDER BY entry_date"_s));
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY(q.next());
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(q.value(c).isNull(), texts.at(i).isEmpty());
                QCOMPARE(q.value(c).toString(), texts.at(i));
            }
            QCOMPARE(q.value(3).toString(),
                     QDate(2001, 1, 1 + i).toString(Qt::ISODate) + u"T09:00:00"_s);
        }
        QVERIFY(!q.next());
        const auto mismatches = cd::RevenueRollup::mismatches(m_test.db());
        QVERIFY2(mismatches.ok() && mismatches->isEmpty(),
                 qPrintable(mismatches ? mismatches->join(u'\n') : mismatches.error()));
    }

    void reportsProgressUpToCompletion()
    {
        QList<int> percents;
        const auto progress = [&](int percent, const QString &) {
            percents.append(percent);
        };
        QVERIFY(SampleGenerator(smallOptions()).generate(m_test.db(), progress).ok());
        QVERIFY(percents.size() > 5);
        QCOMPARE(percents.constFirst(), 0);
        QCOMPARE(percents.constLast(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    }
};

QTEST_GUILESS_MAIN(tst_SampleGenerator)
#include "tst_samplegenerator.moc"
