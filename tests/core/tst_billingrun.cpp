// The billing run (issue 27) on a real database — an SQLite file and (tst_billingrun_postgresql)
// a PostgreSQL server: a run proposes exactly the hand-computed lines for a retainer starting
// mid-month with an overage, an hourly contract (hours up to the cut-off, one line per person
// and rate), a fixed fee with instalments and a milestone, and a terminated retainer; a second
// run proposes nothing new; deleting a draft or voiding an issued invoice makes what it billed
// proposable again; drafts are created all or none.
//
// The fixture (firm currency IDR; settings by default: 11 % tax on prices without tax, 30 days
// to pay):
// - Ana Wijaya (rate 500,000.00 IDR an hour), Budi Santoso (400,000.00);
// - Acme: H-1 hourly at 250,000.00 IDR an hour from 2026-01-01; R-1 a retainer of
//   3,100,000.00 IDR a month from 2026-03-10, 600 minutes included, rolling over, overage
//   300,000.00 IDR an hour;
// - Beta: F-1 a fixed fee of 90,000,000.00 IDR: Deposit 30,000,000.00 due 2026-02-15, Second
//   30,000,000.00 due 2026-03-31, Final 20,000,000.00 due 2026-04-30, milestone Go-live
//   10,000,000.00 (due 2026-03-15) done 2026-03-20, milestone Handover 10,000,000.00 not done;
// - Cita: T-1 a retainer of 2,000,000.00 IDR from 2025-01-01 to 2026-12-31, terminated on
//   2026-02-14; D-1 a draft retainer (never billed).
// Time: H-1 Ana 03-02 90 min and 03-05 60 min at 250,000.00 (375,000.00 + 250,000.00), Ana
// 03-12 30 min at 300,000.00 (150,000.00), Budi 03-10 45 min (187,500.00), Budi 04-02 30 min
// (125,000.00, after March); R-1 (not billable) Ana 03-11 300 min, Budi 03-20 250 min, Ana
// 03-25 100 min = 650 used of 600 → 50 minutes over, carried by the 03-25 entry.

#include "repositorytestsupport.h"

#include "services/billingrunservice.h"
#include "services/invoiceservice.h"
#include "services/timeservice.h"
#include "storage/contractrepository.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

const QDate kToday { 2026, 4, 5 };

} // namespace

class tst_BillingRun final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_ana = 0, m_budi = 0;
    qint64 m_acme = 0, m_beta = 0, m_cita = 0;
    qint64 m_hourly = 0, m_retainer = 0, m_fixed = 0, m_terminated = 0;
    qint64 m_deposit = 0, m_second = 0, m_final = 0, m_goLive = 0;
    QList<qint64> m_hourlyAna250, m_hourlyAna300, m_hourlyBudi; // March, by line
    qint64 m_budiApril = 0;
    qint64 m_overageEntry = 0;

    qint64 user(const QString &name, qint64 rate)
    {
        User u;
        u.name = name;
        u.rateMinor = rate;
        const Result<qint64> id = UserRepository(m_t.db()).insert(u);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    qint64 contract(qint64 account, const QString &reference, BillingModel model, qint64 fee,
                    const std::function<void(Contract &)> &more = {})
    {
        Contract c;
        c.accountId = account;
        c.reference = reference;
        c.billingModel = model;
        c.fee = Money(fee, u"IDR"_s);
        c.estimatedHours = model == BillingModel::Hourly ? 100 : 0;
        c.start = { 2026, 1, 1 };
        c.status = ContractStatus::Active;
        c.signedOn = { 2025, 12, 20 };
        if (more)
            more(c);
        const Result<qint64> id = ContractRepository(m_t.db()).insert(c);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    qint64 instalment(qint64 contractId, const QString &kind, const QString &description,
                      const QString &due, qint64 amount, const QString &doneOn = {})
    {
        if (!m_t.exec(u"INSERT INTO contract_instalments (contract_id, kind, description, "
                      "due_date, amount_minor, done_on) VALUES (:c, :k, :d, :due, :a, :done)"_s,
                      { { u"c"_s, contractId },
                        { u"k"_s, kind },
                        { u"d"_s, description },
                        { u"due"_s, due },
                        { u"a"_s, amount },
                        { u"done"_s,
                          doneOn.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(doneOn) } }))
            return 0;
        return m_t.scalar(u"SELECT max(id) FROM contract_instalments"_s).toLongLong();
    }

    qint64 log(qint64 userId, qint64 account, qint64 contractId, const QDate &date, int minutes,
               std::optional<qint64> rate = {}, std::optional<bool> billable = {})
    {
        TimeEntry e;
        e.userId = userId;
        e.accountId = account;
        e.contractId = contractId;
        e.date = date;
        e.minutes = minutes;
        if (rate)
            e.rate = Money(*rate, u"IDR"_s);
        TimeService service(m_t.db());
        Result<TimeEntry> defaulted = service.withDefaults(e);
        if (!defaulted) {
            qWarning("%s", qPrintable(defaulted.error()));
            return 0;
        }
        if (billable)
            defaulted->billable = *billable;
        const Result<qint64> id = service.log(*defaulted);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    Result<BillingRunService::Run> propose(const QString &period,
                                           std::optional<QDate> date = std::nullopt,
                                           const QDate &today = kToday,
                                           std::optional<qint64> contractId = std::nullopt)
    {
        return BillingRunService(m_t.db()).propose(period, date, today, contractId);
    }

    static const BillingRunService::Proposal *find(const BillingRunService::Run &run,
                                                   const QString &reference)
    {
        for (const BillingRunService::Proposal &p : run.proposals)
            if (p.contractReference == reference)
                return &p;
        return nullptr;
    }

    /// "source|description|quantity|unit price|amount|net|tax|key|entries" per line.
    static QStringList lines(const Invoice &invoice)
    {
        QStringList out;
        for (const InvoiceLine &l : invoice.lines) {
            QStringList ids;
            for (qint64 id : l.timeEntryIds)
                ids.append(QString::number(id));
            out.append(u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(toCode(l.source), l.description)
                           .arg(l.quantityMilli)
                           .arg(l.unitPriceMinor)
                           .arg(l.amountMinor)
                           .arg(l.netMinor)
                           .arg(l.taxMinor)
                           .arg(l.billingKey, ids.join(u',')));
        }
        return out;
    }

    static QString ids(const QList<qint64> &values)
    {
        QStringList out;
        for (qint64 v : values)
            out.append(QString::number(v));
        return out.join(u',');
    }

    QStringList marchHourly() const
    {
        return {
            u"hours|Hours of Ana Wijaya, 2026-03-02 to 2026-03-05|2500|25000000|62500000|"
            "62500000|6875000||%1"_s.arg(ids(m_hourlyAna250)),
            u"hours|Hours of Ana Wijaya, 2026-03-12|500|30000000|15000000|15000000|1650000||%1"_s
                .arg(ids(m_hourlyAna300)),
            u"hours|Hours of Budi Santoso, 2026-03-10|750|25000000|18750000|18750000|2062500||%1"_s
                .arg(ids(m_hourlyBudi)),
        };
    }

    QStringList marchRetainer() const
    {
        return {
            u"retainer|Retainer March 2026 (22 of 31 days, 2026-03-10 to 2026-03-31)|1000|"
            "220000000|220000000|220000000|24200000|retainer:%1:2026-03|"_s.arg(m_retainer),
            u"overage|Overage March 2026: 0:50 hours above the included hours|833|30000000|"
            "25000000|25000000|2750000|overage:%1:2026-03|%2"_s.arg(m_retainer)
                .arg(m_overageEntry),
        };
    }

    QStringList marchFixed() const
    {
        return {
            u"instalment|Deposit|1000|3000000000|3000000000|3000000000|330000000|instalment:%1|"_s
                .arg(m_deposit),
            u"instalment|Go-live|1000|1000000000|1000000000|1000000000|110000000|instalment:%1|"_s
                .arg(m_goLive),
            u"instalment|Second|1000|3000000000|3000000000|3000000000|330000000|instalment:%1|"_s
                .arg(m_second),
        };
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_ana = user(u"Ana Wijaya"_s, 50000000);
        m_budi = user(u"Budi Santoso"_s, 40000000);
        m_acme = m_t.rawAccount(u"Acme"_s, u"client"_s);
        m_beta = m_t.rawAccount(u"Beta"_s, u"client"_s);
        m_cita = m_t.rawAccount(u"Cita"_s, u"client"_s);
        m_hourly = contract(m_acme, u"H-1"_s, BillingModel::Hourly, 25000000);
        m_retainer = contract(m_acme, u"R-1"_s, BillingModel::Retainer, 310000000, [](Contract &c) {
            c.start = { 2026, 3, 10 };
            c.end = { 2026, 12, 31 };
            c.includedMinutes = 600;
            c.rollover = true;
            c.overageRateMinor = 30000000;
        });
        m_fixed = contract(m_beta, u"F-1"_s, BillingModel::Fixed, 9000000000);
        m_terminated
            = contract(m_cita, u"T-1"_s, BillingModel::Retainer, 200000000, [](Contract &c) {
                  c.start = { 2025, 1, 1 };
                  c.end = { 2026, 12, 31 };
                  c.status = ContractStatus::Terminated;
                  c.terminatedOn = { 2026, 2, 14 };
                  c.terminationReason = u"Merged"_s;
              });
        QVERIFY(contract(m_cita, u"D-1"_s, BillingModel::Retainer, 100000000, [](Contract &c) {
            c.status = ContractStatus::Draft;
            c.signedOn = {};
        }));
        QVERIFY(m_ana && m_budi && m_hourly && m_retainer && m_fixed && m_terminated);
        m_deposit = instalment(m_fixed, u"instalment"_s, u"Deposit"_s, u"2026-02-15"_s, 3000000000);
        m_second = instalment(m_fixed, u"instalment"_s, u"Second"_s, u"2026-03-31"_s, 3000000000);
        m_final = instalment(m_fixed, u"instalment"_s, u"Final"_s, u"2026-04-30"_s, 2000000000);
        m_goLive = instalment(m_fixed, u"milestone"_s, u"Go-live"_s, u"2026-03-15"_s, 1000000000,
                              u"2026-03-20"_s);
        QVERIFY(instalment(m_fixed, u"milestone"_s, u"Handover"_s, u"2026-04-15"_s, 1000000000));
        QVERIFY(m_deposit && m_second && m_final && m_goLive);

        m_hourlyAna250 = { log(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 90),
                           log(m_ana, m_acme, m_hourly, { 2026, 3, 5 }, 60) };
        m_hourlyAna300 = { log(m_ana, m_acme, m_hourly, { 2026, 3, 12 }, 30, 30000000) };
        m_hourlyBudi = { log(m_budi, m_acme, m_hourly, { 2026, 3, 10 }, 45) };
        m_budiApril = log(m_budi, m_acme, m_hourly, { 2026, 4, 2 }, 30);
        QVERIFY(log(m_ana, m_acme, m_retainer, { 2026, 3, 11 }, 300));
        QVERIFY(log(m_budi, m_acme, m_retainer, { 2026, 3, 20 }, 250));
        m_overageEntry = log(m_ana, m_acme, m_retainer, { 2026, 3, 25 }, 100);
        QVERIFY(m_hourlyAna250.at(0) && m_hourlyAna250.at(1) && m_hourlyAna300.at(0)
                && m_hourlyBudi.at(0) && m_budiApril && m_overageEntry);
    }
    void cleanup() { m_t.close(); }

    void proposesTheHandComputedLines()
    {
        const auto run = propose(u"2026-03"_s);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->period, u"2026-03"_s);
        QCOMPARE(run->date, QDate(2026, 3, 31));
        QCOMPARE(run->cutOff, QDate(2026, 3, 31));
        QCOMPARE(run->skipped, QStringList());
        // By client, then contract: Acme H-1, Acme R-1, Beta F-1 (T-1 ended, D-1 a draft).
        QStringList order;
        for (const auto &p : run->proposals)
            order.append(p.accountName + u' ' + p.contractReference);
        QCOMPARE(order, QStringList({ u"Acme H-1"_s, u"Acme R-1"_s, u"Beta F-1"_s }));

        const Invoice &hourly = run->proposals.at(0).invoice;
        QCOMPARE(lines(hourly), marchHourly());
        QCOMPARE(hourly.accountId, m_acme);
        QCOMPARE(hourly.contractId, std::optional<qint64>(m_hourly));
        QCOMPARE(hourly.currency, u"IDR"_s);
        QCOMPARE(hourly.date, QDate(2026, 3, 31));
        QCOMPARE(hourly.dueDate, QDate(2026, 4, 30));
        QCOMPARE(hourly.period, u"2026-03"_s);
        QCOMPARE(hourly.state, InvoiceState::Draft);
        // 625,000.00 + 150,000.00 + 187,500.00 = 962,500.00; tax 11 % 105,875.00.
        QCOMPARE(hourly.netMinor, 96250000);
        QCOMPARE(hourly.taxMinor, 10587500);
        QCOMPARE(hourly.totalMinor, 106837500);

        const Invoice &retainer = run->proposals.at(1).invoice;
        QCOMPARE(lines(retainer), marchRetainer());
        QCOMPARE(retainer.netMinor, 245000000);
        QCOMPARE(retainer.taxMinor, 26950000);
        QCOMPARE(retainer.totalMinor, 271950000);

        const Invoice &fixed = run->proposals.at(2).invoice;
        QCOMPARE(lines(fixed), marchFixed());
        QCOMPARE(fixed.accountId, m_beta);
        QCOMPARE(fixed.netMinor, 7000000000);
        QCOMPARE(fixed.taxMinor, 770000000);
        QCOMPARE(fixed.totalMinor, 7770000000);

        // One contract only.
        const auto one = propose(u"2026-03"_s, std::nullopt, kToday, m_fixed);
        QVERIFY(one);
        QCOMPARE(one->proposals.size(), 1);
        QCOMPARE(lines(one->proposals.at(0).invoice), marchFixed());
    }

    void aSecondRunProposesOnlyWhatIsNew()
    {
        BillingRunService service(m_t.db());
        const auto run = propose(u"2026-03"_s);
        QVERIFY(run);
        const auto ids = service.createDrafts(run->proposals);
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), 3);
        // Stored as proposed.
        const auto stored = InvoiceService(m_t.db()).get(ids->at(1));
        QVERIFY(stored);
        QCOMPARE(lines(*stored), marchRetainer());
        QCOMPARE(stored->state, InvoiceState::Draft);

        auto again = propose(u"2026-03"_s);
        QVERIFY(again);
        QCOMPARE(again->proposals.size(), 0);

        // An entry logged since, within March: only it.
        const qint64 late = log(m_budi, m_acme, m_hourly, { 2026, 3, 30 }, 120);
        QVERIFY(late);
        again = propose(u"2026-03"_s);
        QVERIFY(again);
        QCOMPARE(again->proposals.size(), 1);
        QCOMPARE(lines(again->proposals.at(0).invoice),
                 QStringList { u"hours|Hours of Budi Santoso, 2026-03-30|2000|25000000|50000000|"
                               "50000000|5500000||%1"_s.arg(late) });

        // Creating the first run's drafts again is refused, all or none.
        const qint64 before = m_t.scalar(u"SELECT count(*) FROM invoices"_s).toLongLong();
        const auto twice = service.createDrafts(run->proposals);
        QVERIFY(!twice);
        QVERIFY2(twice.error().startsWith(u"H-1: "_s), qPrintable(twice.error()));
        QCOMPARE(m_t.scalar(u"SELECT count(*) FROM invoices"_s).toLongLong(), before);
    }

    void deletingADraftReleasesWhatItHeld()
    {
        BillingRunService service(m_t.db());
        const auto run = propose(u"2026-03"_s);
        QVERIFY(run);
        const auto ids = service.createDrafts(run->proposals);
        QVERIFY(ids);
        QVERIFY(InvoiceService(m_t.db()).deleteDraft(ids->at(1)).ok()); // R-1's
        const auto again = propose(u"2026-03"_s);
        QVERIFY(again);
        QCOMPARE(again->proposals.size(), 1);
        QCOMPARE(again->proposals.at(0).contractReference, u"R-1"_s);
        QCOMPARE(lines(again->proposals.at(0).invoice), marchRetainer());
    }

    void voidingReleasesWhatItBilled()
    {
        BillingRunService service(m_t.db());
        const auto run = propose(u"2026-03"_s);
        QVERIFY(run);
        QList<qint64> ids;
        const auto numbers = service.createAndIssue(run->proposals, &ids);
        QVERIFY2(numbers, qPrintable(numbers.error()));
        QCOMPARE(numbers->size(), 3);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(m_t.scalar(u"SELECT count(*) FROM invoices WHERE state = 'issued'"_s).toInt(), 3);
        QCOMPARE(propose(u"2026-03"_s)->proposals.size(), 0);

        InvoiceService invoices(m_t.db());
        QVERIFY(invoices.voidInvoice(ids.at(0), u"Wrong rates"_s, kToday).ok()); // H-1's
        QVERIFY(invoices.voidInvoice(ids.at(1), u"Wrong month"_s, kToday).ok()); // R-1's
        const auto again = propose(u"2026-03"_s);
        QVERIFY(again);
        QCOMPARE(again->proposals.size(), 2);
        QCOMPARE(lines(again->proposals.at(0).invoice), marchHourly());
        QCOMPARE(lines(again->proposals.at(1).invoice), marchRetainer());
    }

    void cutOffAndOverageOfAMonthNotEnded()
    {
        // Dated 1 April within April: hours up to then (none of April yet), the March ones not
        // billed; April's retainer in full, no overage before the month ends; the instalment
        // due 30 April and the March ones.
        auto run = propose(u"2026-04"_s, QDate(2026, 4, 1), QDate(2026, 4, 1));
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->date, QDate(2026, 4, 1));
        QCOMPARE(run->cutOff, QDate(2026, 4, 1));
        const auto *hourly = find(*run, u"H-1"_s);
        QVERIFY(hourly);
        QCOMPARE(lines(hourly->invoice), marchHourly()); // March's, not yet billed
        const auto *retainer = find(*run, u"R-1"_s);
        QVERIFY(retainer);
        QCOMPARE(lines(retainer->invoice),
                 QStringList { u"retainer|Retainer April 2026|1000|310000000|310000000|310000000|"
                               "34100000|retainer:%1:2026-04|"_s.arg(m_retainer) });
        QCOMPARE(retainer->invoice.dueDate, QDate(2026, 5, 1));
        const auto *fixed = find(*run, u"F-1"_s);
        QVERIFY(fixed);
        QCOMPARE(fixed->invoice.lines.size(), 4); // with Final, due 30 April
        QCOMPARE(fixed->invoice.lines.at(3).description, u"Final"_s);

        // Dated 2 April: Budi's entry of that day too.
        run = propose(u"2026-04"_s, QDate(2026, 4, 2), QDate(2026, 4, 3));
        QVERIFY(run);
        hourly = find(*run, u"H-1"_s);
        QVERIFY(hourly);
        QCOMPARE(hourly->invoice.lines.size(), 3);
        QCOMPARE(hourly->invoice.lines.at(2).description,
                 u"Hours of Budi Santoso, 2026-03-10 to 2026-04-02"_s);
        QCOMPARE(hourly->invoice.lines.at(2).timeEntryIds,
                 QList<qint64>({ m_hourlyBudi.at(0), m_budiApril }));
        QCOMPARE(hourly->invoice.lines.at(2).amountMinor, 18750000 + 12500000);
    }

    void aTerminatedContractIsNotBilledAfterItsEnd()
    {
        // A billable entry after the termination (logged against it all the same).
        const qint64 after = log(m_ana, m_cita, m_terminated, { 2026, 2, 20 }, 60, 10000000, true);
        const qint64 before = log(m_ana, m_cita, m_terminated, { 2026, 2, 3 }, 60, 10000000, true);
        QVERIFY(after && before);
        const auto run = propose(u"2026-02"_s);
        QVERIFY2(run, qPrintable(run.error()));
        const auto *terminated = find(*run, u"T-1"_s);
        QVERIFY(terminated);
        // 2,000,000.00 × 14 ÷ 28 = 1,000,000.00; the hour before the end at 100,000.00.
        QCOMPARE(lines(terminated->invoice),
                 QStringList({ u"retainer|Retainer February 2026 (14 of 28 days, 2026-02-01 to "
                               "2026-02-14)|1000|100000000|100000000|100000000|11000000|"
                               "retainer:%1:2026-02|"_s.arg(m_terminated),
                               u"hours|Hours of Ana Wijaya, 2026-02-03|1000|10000000|10000000|"
                               "10000000|1100000||%1"_s.arg(before) }));
        QCOMPARE(run->skipped,
                 QStringList { u"T-1: terminated on 2026-02-14; the time logged after it is not "
                               "billed (entries: 1)."_s });
        // Only the deposit (due 15 February) for F-1 in February.
        const auto *fixed = find(*run, u"F-1"_s);
        QVERIFY(fixed);
        QCOMPARE(lines(fixed->invoice), marchFixed().mid(0, 1));

        // March: only the hour before the end, not billed yet; nothing after it, ever.
        auto march = propose(u"2026-03"_s);
        QVERIFY(march);
        terminated = find(*march, u"T-1"_s);
        QVERIFY(terminated);
        QCOMPARE(lines(terminated->invoice), lines(find(*run, u"T-1"_s)->invoice).mid(1));
        // Once February is drafted, T-1 asked alone for March: a sentence.
        QVERIFY(BillingRunService(m_t.db()).createDrafts(run->proposals));
        march = propose(u"2026-03"_s);
        QVERIFY(march);
        QVERIFY(!find(*march, u"T-1"_s));
        QCOMPARE(march->skipped, run->skipped);
        const auto alone = propose(u"2026-03"_s, std::nullopt, kToday, m_terminated);
        QVERIFY(!alone);
        QCOMPARE(alone.error(),
                 u"T-1 was terminated on 2026-02-14: it is not billed for 2026-03."_s);
    }

    void refusesBadInput()
    {
        const qint64 before = m_t.scalar(u"SELECT count(*) FROM invoices"_s).toLongLong();
        auto run = propose(u"2026-13"_s);
        QVERIFY(!run);
        QCOMPARE(run.error(), u"The period “2026-13” is not a month such as 2026-03."_s);
        run = propose(u"2026-04"_s); // today is 5 April
        QVERIFY(!run);
        QCOMPARE(run.error(),
                 u"2026-04 has not ended yet: bill it with a date, today or earlier."_s);
        run = propose(u"2026-04"_s, QDate(2026, 4, 6));
        QVERIFY(!run);
        QCOMPARE(run.error(),
                 u"The invoice date 2026-04-06 is in the future: bill with today's "
                 "date or an earlier one."_s);
        run = propose(u"2026-03"_s, QDate(2026, 2, 27));
        QVERIFY(!run);
        QCOMPARE(run.error(),
                 u"The invoice date 2026-02-27 is before 2026-03, the month billed."_s);
        QCOMPARE(m_t.scalar(u"SELECT count(*) FROM invoices"_s).toLongLong(), before);
        // Nothing to bill: an empty run, no error.
        run = propose(u"2024-06"_s);
        QVERIFY(run);
        QCOMPARE(run->proposals.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BillingRun)
#include "tst_billingrun.moc"
