// InvoiceService (issue 27): drafts that hold what they bill, gapless numbers by series and
// year (also with two processes issuing at once), revenue booked exactly and taken out by
// voiding, credit notes, payments and what they refuse, aging; on an SQLite file and
// (tst_invoiceservice_postgresql) on a PostgreSQL server. Every figure by hand.

#include "repositorytestsupport.h"

#include "services/invoiceservice.h"
#include "services/timeservice.h"
#include "storage/contractrepository.h"
#include "storage/customerstats.h"
#include "storage/integritycheck.h"
#include "storage/userrepository.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

constexpr const char *kWorkerVariable = "CLIENTDESK_INVOICE_WORKER";

/// A second process issuing invoices: opens the database, makes `count` drafts for the
/// account and issues them one at a time, printing each number.
int issueWorker()
{
    const QStringList args = qEnvironmentVariable(kWorkerVariable).split(u'|');
    auto db = Database::open(args.at(0));
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return 1;
    }
    InvoiceService service(**db);
    QTextStream out(stdout);
    for (int i = 0; i < args.at(2).toInt(); ++i) {
        Invoice invoice;
        invoice.accountId = args.at(1).toLongLong();
        invoice.date = { 2026, 5, 31 };
        InvoiceLine line;
        line.description = u"Work %1"_s.arg(i + 1);
        line.amountMinor = 100000;
        invoice.lines = { line };
        const auto defaulted = service.withDefaults(invoice);
        const auto id = defaulted ? service.createDraft(*defaulted)
                                  : Result<qint64>(Error { defaulted.error() });
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return 1;
        }
        const auto numbers = service.issue({ *id });
        if (!numbers) {
            qWarning("%s", qPrintable(numbers.error()));
            return 1;
        }
        out << numbers->join(u' ') << Qt::endl;
    }
    return 0;
}

} // namespace

class tst_InvoiceService final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_ana = 0;
    qint64 m_acme = 0; // a client
    qint64 m_beta = 0; // another client
    qint64 m_hourly = 0; // Acme's hourly contract in IDR, 100,000.00 an hour
    qint64 m_e1 = 0; // Ana's 120 minutes on 2026-03-02 for it: 200,000.00
    qint64 m_e2 = 0; // and 60 minutes on 2026-03-03: 100,000.00

    InvoiceService service() { return InvoiceService(m_t.db()); }

    static InvoiceLine manual(const QString &description, qint64 amount)
    {
        InvoiceLine l;
        l.description = description;
        l.unitPriceMinor = amount;
        l.amountMinor = amount;
        return l;
    }

    /// An invoice of Acme's hourly contract, defaults filled in (IDR, 30 days, 11 %).
    Invoice invoice(const QDate &date, const QList<InvoiceLine> &lines, qint64 account = 0)
    {
        Invoice i;
        i.accountId = account ? account : m_acme;
        if (!account || account == m_acme)
            i.contractId = m_hourly;
        i.date = date;
        i.lines = lines;
        const auto defaulted = service().withDefaults(i);
        if (!defaulted)
            qWarning("%s", qPrintable(defaulted.error()));
        return defaulted ? *defaulted : i;
    }

    qint64 draft(const Invoice &i)
    {
        const auto id = service().createDraft(i);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    QString issued(const Invoice &i)
    {
        const qint64 id = draft(i);
        const auto numbers = service().issue({ id });
        if (!numbers) {
            qWarning("%s", qPrintable(numbers.error()));
            return {};
        }
        return numbers->value(0);
    }

    qint64 idOf(const QString &number) { return service().byNumber(number)->id; }

    QString stateOf(qint64 id)
    {
        return m_t.scalar(u"SELECT state FROM invoices WHERE id = :id"_s, { { u"id"_s, id } })
            .toString();
    }

    qint64 pay(const QString &number, qint64 amount, const QDate &date,
               const QString &currency = {})
    {
        Payment p;
        p.date = date;
        p.amountMinor = amount;
        p.currency = currency;
        p.allocations = { { idOf(number), 0 } };
        const auto id = service().recordPayment(p);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    QString payRefusal(const QString &number, qint64 amount, const QDate &date,
                       const QString &currency = {})
    {
        Payment p;
        p.date = date;
        p.amountMinor = amount;
        p.currency = currency;
        p.allocations = { { idOf(number), 0 } };
        const auto id = service().recordPayment(p);
        return id ? u"(recorded)"_s : id.error();
    }

    qint64 lastNumber(const QString &series, int year)
    {
        return m_t
            .scalar(u"SELECT last_number FROM invoice_numbers WHERE series = :s AND year = :y"_s,
                    { { u"s"_s, series }, { u"y"_s, year } })
            .toLongLong();
    }

    QStringList findings()
    {
        const auto found = IntegrityCheck(m_t.db()).run();
        return found ? *found : QStringList { found.error() };
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        User ana;
        ana.name = u"Ana Wijaya"_s;
        m_ana = *UserRepository(m_t.db()).insert(ana);
        m_acme = m_t.rawAccount(u"Acme"_s, u"client"_s);
        m_beta = m_t.rawAccount(u"Beta"_s, u"client"_s);
        Contract c;
        c.accountId = m_acme;
        c.reference = u"H-1"_s;
        c.billingModel = BillingModel::Hourly;
        c.fee = Money(10000000, u"IDR"_s);
        c.estimatedHours = 100;
        c.start = { 2026, 1, 1 };
        c.end = { 2026, 12, 31 };
        c.status = ContractStatus::Active;
        c.signedOn = { 2025, 12, 20 };
        const auto contract = ContractRepository(m_t.db()).insert(c);
        QVERIFY2(contract.ok(), qPrintable(contract.error()));
        m_hourly = *contract;
        TimeService time(m_t.db());
        for (const auto &[day, minutes] : { std::pair(2, 120), std::pair(3, 60) }) {
            TimeEntry e;
            e.userId = m_ana;
            e.accountId = m_acme;
            e.contractId = m_hourly;
            e.date = { 2026, 3, day };
            e.minutes = minutes;
            const auto id = time.log(*time.withDefaults(e));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            (day == 2 ? m_e1 : m_e2) = *id;
        }
    }
    void cleanup() { m_t.close(); }

    void defaults()
    {
        const Invoice i = invoice({ 2026, 3, 31 }, { manual(u"Advice"_s, 100000000) });
        QCOMPARE(i.currency, u"IDR"_s);
        QCOMPARE(i.dueDate, QDate(2026, 4, 30));
        QCOMPARE(i.lines.at(0).taxRateBp, std::optional<int>(1100));
        QCOMPARE(i.taxMinor, 11000000);
        QCOMPARE(i.totalMinor, 111000000);
        QVERIFY(!i.pricesIncludeTax);
        // The contract's payment terms come first.
        QVERIFY(m_t.exec(u"UPDATE contracts SET payment_terms_days = 14"_s));
        QCOMPARE(invoice({ 2026, 3, 31 }, {}).dueDate, QDate(2026, 4, 14));
    }

    void numbersWithoutGaps()
    {
        const qint64 a = draft(invoice({ 2026, 3, 31 }, { manual(u"Advice"_s, 100000000) }));
        const qint64 b = draft(invoice({ 2026, 3, 1 }, { manual(u"Audit"_s, 50000000) }));
        QVERIFY(a && b);
        QCOMPARE(m_t.scalar(u"SELECT number FROM invoices WHERE id = :id"_s, { { u"id"_s, a } })
                     .isNull(),
                 true);
        QCOMPARE(*service().issue({ a, b }),
                 QStringList({ u"INV/2026/00001"_s, u"INV/2026/00002"_s }));

        // A failed issue in a batch takes every number back.
        const qint64 c = draft(invoice({ 2026, 4, 30 }, { manual(u"Advice"_s, 100000000) }));
        const qint64 zero = draft(invoice({ 2026, 4, 30 }, { manual(u"Nothing"_s, 0) }));
        const auto refused = service().issue({ c, zero });
        QVERIFY(!refused);
        QCOMPARE(refused.error(),
                 u"The draft of 2026-04-30 for Acme: An invoice with a total of "
                 "zero cannot be issued."_s);
        QCOMPARE(stateOf(c), u"draft"_s);
        QCOMPARE(lastNumber(u"invoice"_s, 2026), 2);
        QCOMPARE(m_t.count(u"revenue_entries"_s), 2);
        QCOMPARE(*service().issue({ c }), QStringList { u"INV/2026/00003"_s });

        // The year is the invoice's date's, each year from 1.
        QCOMPARE(issued(invoice({ 2025, 12, 31 }, { manual(u"Advice"_s, 100) })),
                 u"INV/2025/00001"_s);
        QCOMPARE(issued(invoice({ 2027, 1, 1 }, { manual(u"Advice"_s, 100) })),
                 u"INV/2027/00001"_s);
        QCOMPARE(issued(invoice({ 2026, 12, 31 }, { manual(u"Advice"_s, 100) })),
                 u"INV/2026/00004"_s);

        // A number typed by hand in the way is an error, not a skip.
        QVERIFY(m_t.exec(u"INSERT INTO invoices (number, account_id, invoice_date, due_date, "
                         "currency, state, created_at, updated_at) VALUES ('INV/2026/00005', "
                         ":acme, '2026-01-05', '2026-01-05', 'IDR', 'issued', "
                         "'2026-01-05T00:00:00', '2026-01-05T00:00:00')"_s,
                         { { u"acme"_s, m_acme } }));
        const qint64 d = draft(invoice({ 2026, 5, 31 }, { manual(u"Advice"_s, 100) }));
        const auto clash = service().issue({ d });
        QCOMPARE(clash.error(),
                 u"The draft of 2026-05-31 for Acme: The next number, INV/2026/00005, is already "
                 "taken by another invoice (typed by hand or imported); nothing was issued. Give "
                 "that invoice another number or change the pattern in Settings."_s);
        QCOMPARE(lastNumber(u"invoice"_s, 2026), 4);
        QCOMPARE(stateOf(d), u"draft"_s);

        // Another pattern from the settings.
        QVERIFY(m_t.exec(u"INSERT INTO settings (key, value) VALUES ('billing.invoice_pattern', "
                         "'F{yy}-{000}')"_s));
        QCOMPARE(*service().issue({ d }), QStringList { u"F26-005"_s });
    }

    void revenueBookedExactlyAndTakenOutByVoiding()
    {
        Invoice i = invoice({ 2026, 3, 31 },
                            { manual(u"Advice"_s, 100000000), manual(u"Travel"_s, 25000050) });
        i.lines[0].category = u"Consulting"_s;
        i.lines[1].taxRateBp.reset(); // no tax
        const QString number = issued(i);
        QCOMPARE(number, u"INV/2026/00001"_s);
        const Invoice stored = *service().byNumber(number);
        QCOMPARE(stored.netMinor, 125000050);
        QCOMPARE(stored.taxMinor, 11000000);
        QCOMPARE(stored.totalMinor, 136000050);
        QCOMPARE(stored.state, InvoiceState::Issued);
        QVERIFY(stored.issuedAt.isValid());
        QCOMPARE(m_t.column(u"SELECT amount_minor || ' ' || currency || ' ' || entry_date || ' ' "
                            "|| account_kind || ' ' || coalesce(category, '-') || ' ' || "
                            "contract_id || ' ' || invoice_id || ' ' || description FROM "
                            "revenue_entries ORDER BY amount_minor DESC"_s),
                 QStringList({ u"100000000 IDR 2026-03-31 client Consulting %1 %2 INV/2026/00001: "
                               "Advice"_s.arg(m_hourly)
                                   .arg(stored.id),
                               u"25000050 IDR 2026-03-31 client - %1 %2 INV/2026/00001: "
                               "Travel"_s.arg(m_hourly)
                                   .arg(stored.id) }));
        QCOMPARE(m_t.scalar(u"SELECT sum(amount_minor) FROM revenue_monthly WHERE month = "
                            "'2026-03' AND account_id = :a"_s,
                            { { u"a"_s, m_acme } })
                     .toLongLong(),
                 125000050);
        QCOMPARE(findings(), QStringList());

        QCOMPARE(service().voidInvoice(stored.id, u" "_s, { 2026, 4, 2 }).error(),
                 u"Say why INV/2026/00001 is voided."_s);
        QCOMPARE(service().voidInvoice(stored.id, u"Wrong client"_s, { 2026, 3, 30 }).error(),
                 u"INV/2026/00001 cannot be voided on 2026-03-30, before its date 2026-03-31."_s);
        QVERIFY(service().voidInvoice(stored.id, u"Wrong client"_s, { 2026, 4, 2 }).ok());
        QCOMPARE(m_t.count(u"revenue_entries"_s), 0);
        QCOMPARE(m_t.scalar(u"SELECT coalesce(sum(amount_minor), 0) FROM revenue_monthly"_s)
                     .toLongLong(),
                 0);
        const Invoice voided = *service().get(stored.id);
        QCOMPARE(voided.state, InvoiceState::Void);
        QCOMPARE(voided.number, number);
        QCOMPARE(voided.voidReason, u"Wrong client"_s);
        QCOMPARE(voided.voidedOn, QDate(2026, 4, 2));
        QCOMPARE(service().voidInvoice(stored.id, u"Again"_s, { 2026, 4, 2 }).error(),
                 u"INV/2026/00001 is void already."_s);
        QCOMPARE(findings(), QStringList());
        // The next number goes on from there: a void invoice keeps its number.
        QCOMPARE(issued(invoice({ 2026, 4, 1 }, { manual(u"Advice"_s, 100) })),
                 u"INV/2026/00002"_s);
    }

    // Issuing refreshes a customer's figures once for the run, a credit note its own.
    void aCustomersFiguresFollowItsInvoices()
    {
        const qint64 shop = m_t.rawAccount(u"Toko Maju"_s, u"customer"_s);
        const qint64 a = draft(invoice({ 2026, 3, 10 }, { manual(u"Workshop"_s, 4000000) }, shop));
        const qint64 b = draft(invoice({ 2026, 4, 12 }, { manual(u"Workshop"_s, 6000000) }, shop));
        const qint64 c = draft(invoice({ 2026, 4, 30 }, { manual(u"Advice"_s, 100000) }));
        QVERIFY(a && b && c);
        const auto numbers = service().issue({ a, b, c });
        QVERIFY2(numbers.ok(), qPrintable(numbers.error()));
        auto figures = CustomerStats(m_t.db()).figures(shop);
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        QCOMPARE(figures->revenue.minorUnits(), 10000000);
        QCOMPARE(figures->firstPurchase, QDate(2026, 3, 10));
        QCOMPARE(figures->lastPurchase, QDate(2026, 4, 12));

        InvoiceLine back = manual(u"Workshop cancelled"_s, 1000000);
        const auto note = service().creditNote(b, { back }, { 2026, 4, 20 }, u"One day less"_s);
        QVERIFY2(note.ok(), qPrintable(note.error()));
        figures = CustomerStats(m_t.db()).figures(shop);
        QCOMPARE(figures->revenue.minorUnits(), 9000000);
        QCOMPARE(findings(), QStringList());
    }

    void draftsHoldWhatTheyBillAndVoidingReleasesIt()
    {
        const QString key = u"retainer:%1:2026-03"_s.arg(m_hourly);
        InvoiceLine retainer = manual(u"Retainer March"_s, 50000000);
        retainer.source = LineSource::Retainer;
        retainer.billingKey = key;
        InvoiceLine hours = manual(u"Hours"_s, 30000000);
        hours.source = LineSource::Hours;
        hours.timeEntryIds = { m_e1, m_e2 };
        const qint64 first = draft(invoice({ 2026, 3, 31 }, { retainer, hours }));
        QVERIFY(first);
        QCOMPARE(service().get(first)->lines.at(1).timeEntryIds, QList<qint64>({ m_e1, m_e2 }));

        QCOMPARE(
            service().createDraft(invoice({ 2026, 3, 31 }, { retainer })).error(),
            u"“Retainer March” (%1) is already billed by the draft of 2026-03-31 for Acme."_s.arg(
                key));
        InvoiceLine one = hours;
        one.timeEntryIds = { m_e2 };
        QCOMPARE(service().createDraft(invoice({ 2026, 3, 31 }, { one })).error(),
                 u"The time entry of 2026-03-03 (id %1) is already held by the draft of "
                 "2026-03-31 for Acme."_s.arg(m_e2));
        InvoiceLine others = hours;
        others.timeEntryIds = { m_e1 };
        QCOMPARE(service().createDraft(invoice({ 2026, 3, 31 }, { others }, m_beta)).error(),
                 u"The time entry of 2026-03-02 (id %1) is another account's."_s.arg(m_e1));

        const QString number = *service().issue({ first }).value().begin();
        QCOMPARE(m_t.column(u"SELECT state || ' ' || invoice_id FROM time_entries ORDER BY id"_s),
                 QStringList({ u"invoiced %1"_s.arg(first), u"invoiced %1"_s.arg(first) }));
        QCOMPARE(service().createDraft(invoice({ 2026, 3, 31 }, { retainer })).error(),
                 u"“Retainer March” (%1) is already billed by invoice %2."_s.arg(key, number));

        QVERIFY(service().voidInvoice(first, u"Billed twice"_s, { 2026, 4, 1 }).ok());
        QCOMPARE(m_t.column(u"SELECT state || ' ' || coalesce(invoice_id, 0) FROM time_entries "
                            "ORDER BY id"_s),
                 QStringList({ u"open 0"_s, u"open 0"_s }));
        QCOMPARE(m_t.scalar(u"SELECT count(*) FROM invoice_lines WHERE billing_key IS NOT NULL"_s)
                     .toLongLong(),
                 0);
        QCOMPARE(m_t.count(u"invoice_line_time"_s), 0);
        // Billed again by a new draft, and issued.
        const qint64 second = draft(invoice({ 2026, 3, 31 }, { retainer, hours }));
        QVERIFY(second);
        QCOMPARE(*service().issue({ second }), QStringList { u"INV/2026/00002"_s });
        QCOMPARE(findings(), QStringList());
    }

    void heldTimeCannotBeChanged()
    {
        InvoiceLine hours = manual(u"Hours"_s, 20000000);
        hours.timeEntryIds = { m_e1 };
        const qint64 id = draft(invoice({ 2026, 3, 31 }, { hours }));
        TimeService time(m_t.db());
        TimeEntry e = *time.get(m_e1);
        e.minutes = 90;
        const QString held = u"The time entry of 2026-03-02 is held by a draft invoice; remove it "
                             "from the draft first."_s;
        QCOMPARE(time.update(e).error(), held);
        QCOMPARE(time.remove(m_e1).error(), held);
        // Another entry is free.
        TimeEntry free = *time.get(m_e2);
        free.minutes = 30;
        QVERIFY(time.update(free).ok());

        // Editing the draft: the entry leaves it and is free again.
        Invoice edited = *service().get(id);
        edited.lines[0].timeEntryIds.clear();
        QVERIFY(service().updateDraft(edited).ok());
        QVERIFY(time.update(e).ok());
        QCOMPARE(service().get(id)->rowVersion, 2);

        // An issued invoice is neither edited nor deleted.
        QVERIFY(service().issue({ id }).ok());
        Invoice issuedOne = *service().get(id);
        issuedOne.notes = u"later"_s;
        QCOMPARE(service().updateDraft(issuedOne).error(),
                 u"INV/2026/00001 is issued and cannot be edited; void it or issue a credit "
                 "note."_s);
        QCOMPARE(service().deleteDraft(id).error(),
                 u"INV/2026/00001 is issued; an issued invoice is never deleted: void it or "
                 "issue a credit note."_s);
        const qint64 gone = draft(invoice({ 2026, 3, 31 }, { manual(u"X"_s, 1) }));
        QVERIFY(service().deleteDraft(gone).ok());
        QCOMPARE(m_t.count(u"invoices"_s), 1);
    }

    void creditNotes()
    {
        const QString number = issued(invoice({ 2026, 3, 31 }, { manual(u"Advice"_s, 100000000) }));
        const qint64 id = idOf(number);
        const auto cn = service().creditNote(id, { manual(u"Discount"_s, 10000000) },
                                             { 2026, 4, 10 }, u"Agreed discount"_s);
        QVERIFY2(cn.ok(), qPrintable(cn.error()));
        QCOMPARE(*cn, u"CN/2026/00001"_s);
        const Invoice note = *service().byNumber(*cn);
        QCOMPARE(note.series, InvoiceSeries::CreditNote);
        QCOMPARE(note.creditForId, std::optional<qint64>(id));
        QCOMPARE(note.netMinor, -10000000);
        QCOMPARE(note.taxMinor, -1100000); // the invoice's 11 %
        QCOMPARE(note.totalMinor, -11100000);
        QCOMPARE(note.state, InvoiceState::Paid);
        QCOMPARE(note.notes, u"Agreed discount"_s);
        QCOMPARE(note.lines.at(0).source, LineSource::Credit);
        QCOMPARE(m_t.column(u"SELECT amount_minor || ' ' || entry_date FROM revenue_entries "
                            "WHERE invoice_id = "_s
                            + QString::number(note.id)),
                 QStringList { u"-10000000 2026-04-10"_s });
        QCOMPARE(stateOf(id), u"partly_paid"_s);
        InvoiceService::Filter f;
        f.search = number;
        QCOMPARE(service().list(f, { 2026, 4, 10 })->value(0).owedMinor, 99900000);

        QCOMPARE(
            service()
                .creditNote(id, { manual(u"Too much"_s, 100000000) }, { 2026, 4, 10 }, u"Oops"_s)
                .error(),
            u"A credit note of 1110000.00 IDR is more than is left to credit on "
            "INV/2026/00001, 999000.00 IDR."_s);
        QCOMPARE(
            service().creditNote(id, { manual(u"X"_s, 100) }, { 2026, 3, 30 }, u"Why"_s).error(),
            u"A credit note cannot be dated before its invoice's date 2026-03-31."_s);
        QCOMPARE(service()
                     .creditNote(note.id, { manual(u"X"_s, 100) }, { 2026, 4, 30 }, u"Why"_s)
                     .error(),
                 u"CN/2026/00001 is a credit note; credit the invoice itself."_s);
        QCOMPARE(lastNumber(u"credit_note"_s, 2026), 1);

        // Payments and credits together cover it: paid.
        QVERIFY(pay(number, 99900000, { 2026, 4, 20 }));
        QCOMPARE(stateOf(id), u"paid"_s);
        QCOMPARE(service().voidInvoice(id, u"No"_s, { 2026, 4, 30 }).error(),
                 u"INV/2026/00001 has payments (999000.00 IDR of 1110000.00 IDR paid); a paid or "
                 "partly paid invoice cannot be voided: record a credit note instead."_s);

        // An unpaid invoice with a credit note: the credit note is voided first.
        const QString other = issued(invoice({ 2026, 5, 31 }, { manual(u"Advice"_s, 1000000) }));
        const qint64 otherId = idOf(other);
        const QString otherNote = *service().creditNote(otherId, { manual(u"All"_s, 1000000) },
                                                        { 2026, 5, 31 }, u"Cancelled"_s);
        QCOMPARE(otherNote, u"CN/2026/00002"_s);
        QCOMPARE(stateOf(otherId), u"paid"_s);
        QCOMPARE(service().voidInvoice(otherId, u"No"_s, { 2026, 6, 1 }).error(),
                 u"INV/2026/00002 is corrected by credit note CN/2026/00002; void the credit note "
                 "first."_s);
        QVERIFY(service().voidInvoice(idOf(otherNote), u"Mistake"_s, { 2026, 6, 1 }).ok());
        QCOMPARE(stateOf(otherId), u"issued"_s);
        QVERIFY(service().voidInvoice(otherId, u"Cancelled"_s, { 2026, 6, 1 }).ok());
        QCOMPARE(findings(), QStringList());
    }

    void payments()
    {
        const QString number = issued(invoice({ 2026, 3, 31 }, { manual(u"Advice"_s, 100000000) }));
        QVERIFY(pay(number, 50000000, { 2026, 4, 5 }));
        const qint64 id = idOf(number);
        QCOMPARE(stateOf(id), u"partly_paid"_s);
        QCOMPARE(service().get(id)->paidMinor, 50000000);

        QCOMPARE(payRefusal(number, 70000000, { 2026, 4, 6 }),
                 u"A payment of 700000.00 IDR is more than INV/2026/00001 owes, 610000.00 IDR; "
                 "record a payment of at most 610000.00 IDR (ClientDesk does not keep "
                 "overpayments as credit)."_s);
        QCOMPARE(payRefusal(number, 100, { 2026, 3, 30 }),
                 u"The payment of 2026-03-30 is dated before INV/2026/00001's date 2026-03-31."_s);
        QCOMPARE(payRefusal(number, 100, { 2026, 4, 6 }, u"USD"_s),
                 u"INV/2026/00001 is in IDR; a payment in USD cannot pay it."_s);
        QCOMPARE(payRefusal(number, 0, { 2026, 4, 6 }), u"A payment needs an amount above 0."_s);
        QCOMPARE(m_t.count(u"payments"_s), 1);
        QCOMPARE(m_t.count(u"payment_allocations"_s), 1);

        Payment toBeta;
        toBeta.accountId = m_beta;
        toBeta.date = { 2026, 4, 6 };
        toBeta.amountMinor = 100;
        toBeta.allocations = { { id, 100 } };
        QCOMPARE(service().recordPayment(toBeta).error(),
                 u"INV/2026/00001 is another account's invoice; a payment pays the invoices of "
                 "one account."_s);

        QVERIFY(pay(number, 61000000, { 2026, 4, 30 }));
        QCOMPARE(stateOf(id), u"paid"_s);
        QCOMPARE(payRefusal(number, 1, { 2026, 5, 1 }),
                 u"INV/2026/00001 is paid in full; nothing is owed on it."_s);
        const auto paid = *service().payments(id);
        QCOMPARE(paid.size(), 2);
        QCOMPARE(paid.at(0).amountMinor, 50000000);
        QCOMPARE(paid.at(1).date, QDate(2026, 4, 30));
        QCOMPARE(paid.at(1).allocations.at(0).amountMinor, 61000000);

        // Drafts and void invoices take no payment.
        const qint64 d = draft(invoice({ 2026, 5, 31 }, { manual(u"Advice"_s, 100) }));
        Payment toDraft;
        toDraft.date = { 2026, 6, 1 };
        toDraft.amountMinor = 100;
        toDraft.allocations = { { d, 0 } };
        QCOMPARE(service().recordPayment(toDraft).error(),
                 u"The draft of 2026-05-31 for Acme is not issued yet; issue it before recording "
                 "a payment."_s);
        const QString other = *service().issue({ d }).value().begin();
        QVERIFY(service().voidInvoice(d, u"Wrong"_s, { 2026, 6, 1 }).ok());
        QCOMPARE(payRefusal(other, 100, { 2026, 6, 1 }),
                 u"INV/2026/00002 is void; it takes no payment."_s);

        // One payment over two invoices of the account.
        const QString third = issued(invoice({ 2026, 6, 30 }, { manual(u"A"_s, 10000) }));
        const QString fourth = issued(invoice({ 2026, 6, 30 }, { manual(u"B"_s, 20000) }));
        Payment both;
        both.date = { 2026, 7, 1 };
        both.amountMinor = 11100 + 5000;
        both.method = u"bank transfer"_s;
        both.allocations = { { idOf(third), 11100 }, { idOf(fourth), 5000 } };
        QVERIFY(service().recordPayment(both).ok());
        QCOMPARE(stateOf(idOf(third)), u"paid"_s);
        QCOMPARE(stateOf(idOf(fourth)), u"partly_paid"_s);
        const auto list = *service().paymentList();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).numbers, QStringList({ u"INV/2026/00003"_s, u"INV/2026/00004"_s }));
        QCOMPARE(list.at(2).payment.method, u"bank transfer"_s);
        QCOMPARE(findings(), QStringList());

        // The check names a corruption.
        QVERIFY(m_t.exec(u"UPDATE invoices SET paid_minor = 1 WHERE number = 'INV/2026/00004'"_s));
        QCOMPARE(findings(),
                 QStringList { u"Invoice INV/2026/00004 records 1 paid (in minor "
                               "units), but its payments add up to 5000."_s });
    }

    void checkNamesTotalsAndRevenue()
    {
        const QString number = issued(invoice({ 2026, 3, 31 }, { manual(u"Advice"_s, 100000) }));
        QVERIFY(m_t.exec(u"UPDATE revenue_entries SET amount_minor = 99999, "
                         "converted_minor = 99999"_s));
        QCOMPARE(findings(),
                 QStringList { u"Invoice INV/2026/00001 should have 100000 of revenue booked (in "
                               "minor units), but its revenue entries add up to 99999."_s });
        QVERIFY(m_t.exec(u"DELETE FROM revenue_entries"_s));
        const qint64 d = draft(invoice({ 2026, 4, 30 }, { manual(u"Advice"_s, 100) }));
        QVERIFY(
            m_t.exec(u"UPDATE invoices SET total_minor = 5 WHERE id = "_s + QString::number(d)));
        const QStringList found = findings();
        QVERIFY2(found.contains(u"Invoice draft %1 has net/tax/total 100/11/5 (in minor units), "
                                "but its lines add up to 100/11/111."_s.arg(d)),
                 qPrintable(found.join(u'\n')));
        Q_UNUSED(number);
    }

    void aging()
    {
        // Invoices of 31 January, no tax, owed k × 1,000.00 with the due dates below; on
        // 2026-06-30 they are 15 days from due, due today, 20, 30, 46, 76 and 121 days past due.
        const QList<std::pair<QDate, qint64>> dues {
            { { 2026, 7, 15 }, 1 }, { { 2026, 6, 30 }, 2 }, { { 2026, 6, 10 }, 3 },
            { { 2026, 5, 31 }, 4 }, { { 2026, 5, 15 }, 5 }, { { 2026, 4, 15 }, 6 },
            { { 2026, 3, 1 }, 7 },
        };
        QStringList numbers;
        for (const auto &[due, k] : dues) {
            Invoice i = invoice({ 2026, 1, 31 }, { manual(u"Work"_s, k * 100000) });
            i.dueDate = due;
            i.lines[0].taxRateBp.reset();
            numbers.append(issued(i));
        }
        QVERIFY(pay(numbers.last(), 200000, { 2026, 4, 1 })); // 5,000.00 left over 90 days
        Invoice usd = invoice({ 2026, 5, 31 }, { manual(u"Work"_s, 50000) }, m_beta);
        usd.currency = u"USD"_s;
        usd.lines[0].taxRateBp.reset();
        usd.dueDate = { 2026, 6, 29 };
        QVERIFY(!issued(usd).isEmpty());
        Invoice notYet = invoice({ 2026, 1, 31 }, { manual(u"Draft"_s, 900000) });
        notYet.dueDate = { 2026, 3, 1 };
        QVERIFY(draft(notYet));
        const QString gone = issued(invoice({ 2026, 1, 31 }, { manual(u"Void"_s, 900000) }));
        QVERIFY(service().voidInvoice(idOf(gone), u"Void"_s, { 2026, 2, 1 }).ok());

        const auto rows = *service().aging({ 2026, 6, 30 });
        QCOMPARE(rows.size(), 2);
        const InvoiceService::AgingRow &acme = rows.at(0);
        QCOMPARE(acme.accountName, u"Acme"_s);
        QCOMPARE(acme.currency, u"IDR"_s);
        QCOMPARE(acme.currentMinor, 300000);
        QCOMPARE(acme.days1to30Minor, 700000);
        QCOMPARE(acme.days31to60Minor, 500000);
        QCOMPARE(acme.days61to90Minor, 600000);
        QCOMPARE(acme.over90Minor, 500000);
        QCOMPARE(acme.totalMinor, 2600000);
        const InvoiceService::AgingRow &beta = rows.at(1);
        QCOMPARE(beta.accountName, u"Beta"_s);
        QCOMPARE(beta.currency, u"USD"_s);
        QCOMPARE(beta.days1to30Minor, 50000);
        QCOMPARE(beta.totalMinor, 50000);

        // The list: overdue only, by state, by date.
        InvoiceService::Filter overdue;
        overdue.overdueOnly = true;
        const auto late = *service().list(overdue, { 2026, 6, 30 });
        QCOMPARE(late.size(), 6);
        QCOMPARE(late.at(0).number, numbers.at(2));
        QCOMPARE(late.at(0).daysOverdue, 20);
        QCOMPARE(late.at(4).number, numbers.at(6));
        QCOMPARE(late.at(4).owedMinor, 500000);
        QCOMPARE(late.at(4).state, InvoiceState::PartlyPaid);
        QCOMPARE(late.at(5).accountName, u"Beta"_s);
        InvoiceService::Filter drafts;
        drafts.state = InvoiceState::Draft;
        QCOMPARE(service().list(drafts, { 2026, 6, 30 })->size(), 1);
        QCOMPARE(service().list(drafts, { 2026, 6, 30 })->at(0).number, QString());
        InvoiceService::Filter may;
        may.from = { 2026, 5, 1 };
        may.to = { 2026, 5, 31 };
        QCOMPARE(service().list(may, { 2026, 6, 30 })->size(), 1);
        // One client's (its page): Beta's one invoice, a day late; Acme's nine with the draft
        // and the void one; none of an account that has none.
        InvoiceService::Filter betaOnly;
        betaOnly.accountId = m_beta;
        const auto betas = *service().list(betaOnly, { 2026, 6, 30 });
        QCOMPARE(betas.size(), 1);
        QCOMPARE(betas.at(0).accountId, m_beta);
        QCOMPARE(betas.at(0).currency, u"USD"_s);
        QCOMPARE(betas.at(0).owedMinor, 50000);
        QCOMPARE(betas.at(0).daysOverdue, 1);
        InvoiceService::Filter acmeOnly;
        acmeOnly.accountId = m_acme;
        const auto acmes = *service().list(acmeOnly, { 2026, 6, 30 });
        QCOMPARE(acmes.size(), 9);
        for (const InvoiceService::Row &row : acmes)
            QCOMPARE(row.accountId, m_acme);
        InvoiceService::Filter nobody;
        nobody.accountId = 987654;
        QCOMPARE(service().list(nobody, { 2026, 6, 30 })->size(), 0);
    }

    /// Two processes issue at the same time; the numbers are 1 to 20 without gap or repeat.
    void concurrentIssuersShareOneSequence()
    {
        const QString location = m_t.db().location();
        QList<QProcess *> workers;
        for (int w = 0; w < 2; ++w) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kWorkerVariable),
                       u"%1|%2|10"_s.arg(location).arg(w == 0 ? m_acme : m_beta));
            p->setProcessEnvironment(env);
            p->start(QCoreApplication::applicationFilePath(), {});
            workers.append(p);
        }
        QStringList numbers;
        for (QProcess *p : std::as_const(workers)) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            numbers
                += QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        }
        QCOMPARE(numbers.size(), 20);
        numbers.sort();
        QStringList expected;
        for (int n = 1; n <= 20; ++n)
            expected.append(u"INV/2026/%1"_s.arg(n, 5, 10, QChar(u'0')));
        QCOMPARE(numbers, expected);
        QCOMPARE(lastNumber(u"invoice"_s, 2026), 20);
        QCOMPARE(m_t.count(u"revenue_entries"_s), 20);
        QCOMPARE(findings(), QStringList());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWorkerVariable))
        return issueWorker();
    tst_InvoiceService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_invoiceservice.moc"
