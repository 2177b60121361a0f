#include "repositorytestsupport.h"
#include "services/contractservice.h"
#include "services/settingsservice.h"
#include "storage/instalmentstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Contract;
using cd::ContractService;
using cd::Instalment;

// What issue 27 adds to a contract: its reference numbered from 'billing.contract_pattern'
// (one more than the highest of the year that matches, never filling gaps), its payment
// terms, and a fixed fee's instalments and milestones, which an invoice line holding them
// locks. Good and bad input, and that a refusal writes nothing; on SQLite and, as
// tst_contractservice_postgresql, on PostgreSQL.
class tst_ContractService final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_test;
    qint64 m_client = 0;

    void rawContract(const QString &reference)
    {
        QVERIFY(m_test.exec(
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
            "start_date, status, created_at, updated_at) VALUES (:a, :r, 'retainer', 100, 'USD', "
            "'2026-01-01', 'draft', '2026-01-01', '2026-01-01')"_s,
            { { u"a"_s, m_client }, { u"r"_s, reference } }));
    }

    Contract fixedFee()
    {
        Contract c = ContractService::draft(m_client, u"USD"_s, QDate(2026, 1, 1));
        c.reference = u"F-1"_s;
        c.title = u"Website"_s;
        c.billingModel = cd::BillingModel::Fixed;
        c.fee = cd::Money(1200000, u"USD"_s); // 12,000.00
        c.end = QDate(2026, 12, 31);
        const auto id = ContractService(m_test.db()).insert(c);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return *ContractService(m_test.db()).get(*id);
    }

    static Instalment instalment(qint64 contract, const QString &description, const QDate &due,
                                 qint64 amount)
    {
        Instalment i;
        i.contractId = contract;
        i.description = description;
        i.dueDate = due;
        i.amountMinor = amount;
        return i;
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_client = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
    }
    void cleanup() { m_test.close(); }

    void numbersFromThePattern()
    {
        ContractService service(m_test.db());
        QCOMPARE(*service.nextReference(2026), u"C-2026-00001"_s);
        QCOMPARE(*service.referencePlaceholder(2026), u"C-2026-00000"_s);
        // Imported and hand-typed references move it on; gaps stay gaps; other years, a
        // number shorter than the field and other shapes are ignored.
        for (const QString &reference :
             { u"C-2026-00003"_s, u"C-2026-00010"_s, u"C-2025-00099"_s, u"C-2026-7"_s,
               u"C-2026-00011-b"_s, u"X-2026-00050"_s, u"c-2026-00040"_s })
            rawContract(reference);
        QCOMPARE(*service.nextReference(2026), u"C-2026-00011"_s);
        QCOMPARE(*service.nextReference(2025), u"C-2025-00100"_s);
        QCOMPARE(*service.nextReference(2027), u"C-2027-00001"_s);
        // A number longer than the field counts, and the next is as long.
        rawContract(u"C-2026-123456"_s);
        QCOMPARE(*service.nextReference(2026), u"C-2026-123457"_s);
    }

    void numbersWithATwoDigitYear()
    {
        QVERIFY(cd::SettingsService(m_test.db())
                    .setValue(u"billing.contract_pattern"_s, u"K/{yy}/{000}"_s)
                    .ok());
        for (const QString &reference : { u"K/26/007"_s, u"K/25/050"_s, u"K/2026/009"_s })
            rawContract(reference);
        ContractService service(m_test.db());
        QCOMPARE(*service.nextReference(2026), u"K/26/008"_s);
        QCOMPARE(*service.nextReference(2025), u"K/25/051"_s);
        QCOMPARE(*service.nextReference(2027), u"K/27/001"_s);
        QCOMPARE(*service.referencePlaceholder(2026), u"K/26/000"_s);
    }

    void refusesAPatternWithoutANumber()
    {
        // The setting refuses it; one stored by hand is named when numbering.
        const auto refused = cd::SettingsService(m_test.db())
                                 .setValue(u"billing.contract_pattern"_s, u"C-{yyyy}"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"has no number field"_s), qPrintable(refused.error()));
        QVERIFY(m_test.exec(u"INSERT INTO settings (key, value) VALUES "
                            "('billing.contract_pattern', 'C-{yyyy}')"_s));
        const auto next = ContractService(m_test.db()).nextReference(2026);
        QVERIFY(!next.ok());
        QCOMPARE(next.error(),
                 u"The stored setting billing.contract_pattern cannot be used: "
                 "billing.contract_pattern: The pattern “C-{yyyy}” has no number field; add one "
                 "such as {00000}."_s);
    }

    void storesPaymentTerms()
    {
        ContractService service(m_test.db());
        Contract c = fixedFee();
        QVERIFY(!c.paymentTermsDays);
        c.paymentTermsDays = 45;
        QVERIFY(service.update(c).ok());
        c = *service.get(c.id);
        QCOMPARE(c.paymentTermsDays, std::optional<int>(45));
        QCOMPARE(m_test
                     .scalar(u"SELECT payment_terms_days FROM contracts WHERE id = :id"_s,
                             { { u"id"_s, c.id } })
                     .toInt(),
                 45);
        c.paymentTermsDays = 0; // due on the invoice's date
        QVERIFY(service.update(c).ok());
        c = *service.get(c.id);
        QCOMPARE(c.paymentTermsDays, std::optional<int>(0));
        c.paymentTermsDays.reset(); // the firm's setting
        QVERIFY(service.update(c).ok());
        c = *service.get(c.id);
        QVERIFY(!c.paymentTermsDays);
        QVERIFY(m_test
                    .scalar(u"SELECT payment_terms_days FROM contracts WHERE id = :id"_s,
                            { { u"id"_s, c.id } })
                    .isNull());
        for (int bad : { -1, 366 }) {
            Contract wrong = c;
            wrong.paymentTermsDays = bad;
            const QStringList problems = ContractService::validate(wrong);
            QCOMPARE(problems,
                     QStringList { u"Contract F-1 has payment terms of %1 days; they take 0 to 365 "
                                   "days, or none for the firm's setting."_s.arg(bad) });
            QVERIFY(!service.update(wrong).ok());
        }
        QVERIFY(!service.get(c.id)->paymentTermsDays);
    }

    void schedulesInstalmentsAndMilestones()
    {
        ContractService service(m_test.db());
        const Contract c = fixedFee();
        const qint64 audit = m_test.count(u"audit_log"_s);
        const auto design
            = service.addInstalment(instalment(c.id, u"  Design  "_s, QDate(2026, 3, 31), 400000));
        QVERIFY2(design.ok(), qPrintable(design.error()));
        Instalment launch = instalment(c.id, u"Launch"_s, QDate(2026, 9, 30), 800000);
        launch.milestone = true;
        const auto launchId = service.addInstalment(launch);
        QVERIFY2(launchId.ok(), qPrintable(launchId.error()));
        QCOMPARE(m_test.count(u"audit_log"_s), audit + 2);

        auto schedule = service.instalments(c.id);
        QVERIFY(schedule.ok());
        QCOMPARE(schedule->size(), 2);
        QCOMPARE(schedule->at(0).instalment.description, u"Design"_s); // trimmed
        QCOMPARE(schedule->at(0).instalment.amountMinor, 400000);
        QVERIFY(!schedule->at(0).instalment.milestone);
        QVERIFY(!schedule->at(0).billed);
        QVERIFY(schedule->at(1).instalment.milestone);
        QVERIFY(!schedule->at(1).instalment.doneOn.isValid());

        // The milestone is done; the instalment moves; the last day of the margin is fine.
        launch = schedule->at(1).instalment;
        launch.doneOn = QDate(2026, 10, 2);
        QVERIFY(service.updateInstalment(launch).ok());
        Instalment moved = schedule->at(0).instalment;
        moved.dueDate = QDate(2027, 3, 31); // the end + 90 days
        QVERIFY(service.updateInstalment(moved).ok());
        schedule = service.instalments(c.id);
        QCOMPARE(schedule->at(0).instalment.description, u"Launch"_s);
        QCOMPARE(schedule->at(0).instalment.doneOn, QDate(2026, 10, 2));
        QCOMPARE(schedule->at(1).instalment.dueDate, QDate(2027, 3, 31));

        QVERIFY(service.removeInstalment(*design).ok());
        QCOMPARE(service.instalments(c.id)->size(), 1);
        QVERIFY(!service.removeInstalment(*design).ok()); // gone already
    }

    void refusesBadInstalments_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<bool>("milestone");
        QTest::addColumn<QDate>("doneOn");
        QTest::addColumn<QString>("problem");
        const QDate due(2026, 6, 30);
        QTest::newRow("no amount")
            << u"Design"_s << due << qint64(0) << false << QDate()
            << u"The instalment “Design” of F-1 needs an amount above zero."_s;
        QTest::newRow("negative")
            << u"Design"_s << due << qint64(-100) << false << QDate()
            << u"The instalment “Design” of F-1 needs an amount above zero."_s;
        QTest::newRow("too large")
            << u"Design"_s << due << qint64(1'000'000'000'000'000) << false << QDate()
            << u"The amount of the instalment “Design” of F-1 is too large."_s;
        QTest::newRow("no description")
            << u"   "_s << due << qint64(100) << false << QDate()
            << u"An instalment of F-1 needs a description, such as “Design phase”."_s;
        QTest::newRow("too long") << QString(201, u'x') << due << qint64(100) << false << QDate()
                                  << u"has a description of 201 characters; at most 200 fit."_s;
        QTest::newRow("control character") << u"Design\u0007"_s << due << qint64(100) << false
                                           << QDate() << u"The instalment's description"_s;
        QTest::newRow("no due date") << u"Design"_s << QDate() << qint64(100) << false << QDate()
                                     << u"The instalment “Design” of F-1 needs a due date."_s;
        QTest::newRow("long before the start")
            << u"Design"_s << QDate(2025, 10, 2) << qint64(100) << false << QDate()
            << u"The instalment “Design” of F-1 is due on 2025-10-02, outside the term of F-1 "
               "(2026-01-01 to 2026-12-31); a due date may lie at most 90 days before its start "
               "or after its end."_s;
        QTest::newRow("long after the end")
            << u"Design"_s << QDate(2027, 4, 1) << qint64(100) << false << QDate()
            << u"is due on 2027-04-01, outside the term of F-1"_s;
        QTest::newRow("instalment marked done")
            << u"Design"_s << due << qint64(100) << false << QDate(2026, 6, 1)
            << u"The instalment “Design” of F-1 is billed on its due date; only a milestone is "
               "marked done."_s;
        QTest::newRow("done before it began")
            << u"Launch"_s << due << qint64(100) << true << QDate(2025, 1, 1)
            << u"The milestone “Launch” of F-1 cannot be done on 2025-01-01, long before the "
               "contract starts on 2026-01-01."_s;
    }

    void refusesBadInstalments()
    {
        QFETCH(QString, description);
        QFETCH(QDate, due);
        QFETCH(qint64, amount);
        QFETCH(bool, milestone);
        QFETCH(QDate, doneOn);
        QFETCH(QString, problem);
        ContractService service(m_test.db());
        const Contract c = fixedFee();
        Instalment i = instalment(c.id, description, due, amount);
        i.milestone = milestone;
        i.doneOn = doneOn;
        const qint64 audit = m_test.count(u"audit_log"_s);
        const auto added = service.addInstalment(i);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(problem), qPrintable(added.error()));
        QCOMPARE(m_test.count(u"contract_instalments"_s), 0);
        QCOMPARE(m_test.count(u"audit_log"_s), audit);
        // The same on a change of a good one.
        const auto good
            = service.addInstalment(instalment(c.id, u"Good"_s, QDate(2026, 6, 30), 100));
        QVERIFY(good.ok());
        i.id = *good;
        const auto changed = service.updateInstalment(i);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().contains(problem), qPrintable(changed.error()));
        QCOMPARE(service.instalments(c.id)->at(0).instalment.description, u"Good"_s);
    }

    void instalmentsAreForFixedFeesOnly()
    {
        ContractService service(m_test.db());
        rawContract(u"R-1"_s);
        const qint64 retainer = m_test.scalar(u"SELECT max(id) FROM contracts"_s).toLongLong();
        const auto added
            = service.addInstalment(instalment(retainer, u"Design"_s, QDate(2026, 3, 31), 100));
        QVERIFY(!added.ok());
        QCOMPARE(added.error(),
                 u"Contract R-1 is billed as monthly retainer; instalments and milestones "
                 "are for fixed-fee contracts."_s);
        QVERIFY(
            !service.addInstalment(instalment(99999, u"Design"_s, QDate(2026, 3, 31), 100)).ok());
        QCOMPARE(m_test.count(u"contract_instalments"_s), 0);

        // A fixed fee with a schedule cannot become a retainer; without one it can.
        Contract c = fixedFee();
        const auto id
            = service.addInstalment(instalment(c.id, u"Design"_s, QDate(2026, 3, 31), 100));
        QVERIFY(id.ok());
        c.billingModel = cd::BillingModel::Retainer;
        const auto changed = service.update(c);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error(),
                 u"Contract F-1 has 1 instalments or milestones; remove them "
                 "before billing it as monthly retainer."_s);
        QVERIFY(service.removeInstalment(*id).ok());
        QVERIFY(service.update(c).ok());
    }

    void aBilledInstalmentIsLocked()
    {
        ContractService service(m_test.db());
        const Contract c = fixedFee();
        const auto id
            = service.addInstalment(instalment(c.id, u"Design"_s, QDate(2026, 3, 31), 400000));
        QVERIFY(id.ok());
        // A draft's line holds it.
        QVERIFY(m_test.exec(u"INSERT INTO invoices (account_id, contract_id, invoice_date, "
                            "due_date, currency, created_at, updated_at) VALUES (:a, :c, "
                            "'2026-03-31', '2026-04-30', 'USD', '2026-03-31T00:00:00', "
                            "'2026-03-31T00:00:00')"_s,
                            { { u"a"_s, m_client }, { u"c"_s, c.id } }));
        QVERIFY(m_test.exec(u"INSERT INTO invoice_lines (invoice_id, position, source, "
                            "description, amount_minor, net_minor, tax_minor, instalment_id, "
                            "billing_key) VALUES ((SELECT max(id) FROM invoices), 1, "
                            "'instalment', 'Design', 400000, 400000, 0, :i, :k)"_s,
                            { { u"i"_s, *id }, { u"k"_s, cd::InstalmentStore::billingKey(*id) } }));
        auto schedule = service.instalments(c.id);
        QVERIFY(schedule->at(0).billed);
        QVERIFY(schedule->at(0).invoiceNumber.isEmpty());
        Instalment changed = schedule->at(0).instalment;
        changed.amountMinor = 500000;
        auto refused = service.updateInstalment(changed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"The instalment “Design” of F-1 is on a draft invoice; delete "
                 "that draft (or its line) before changing or removing it."_s);
        QVERIFY(!service.removeInstalment(*id).ok());
        // Issued: it names the invoice.
        QVERIFY(m_test.exec(u"UPDATE invoices SET state = 'issued', number = 'INV/2026/00001'"_s));
        schedule = service.instalments(c.id);
        QCOMPARE(schedule->at(0).invoiceNumber, u"INV/2026/00001"_s);
        refused = service.removeInstalment(*id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"The instalment “Design” of F-1 is billed on invoice "
                 "INV/2026/00001 and can no longer be changed or removed."_s);
        QVERIFY(!service.updateInstalment(changed).ok());
        QCOMPARE(service.instalments(c.id)->at(0).instalment.amountMinor, 400000);
        // Saving it unchanged is no change.
        QVERIFY(service.updateInstalment(schedule->at(0).instalment).ok());
        // The contract cannot go either.
        const auto removed = service.remove(c.id);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error(),
                 u"Contract F-1 has 1 invoices and cannot be deleted; terminate "
                 "it instead."_s);
    }

    void anInstalmentStaysOnItsContract()
    {
        ContractService service(m_test.db());
        const Contract c = fixedFee();
        Contract other = c;
        other.id = 0;
        other.reference = u"F-2"_s;
        const auto otherId = service.insert(other);
        QVERIFY(otherId.ok());
        const auto id
            = service.addInstalment(instalment(c.id, u"Design"_s, QDate(2026, 3, 31), 100));
        Instalment moved = instalment(*otherId, u"Design"_s, QDate(2026, 3, 31), 100);
        moved.id = *id;
        QVERIFY(!service.updateInstalment(moved).ok());
        QCOMPARE(service.instalments(c.id)->size(), 1);
        QCOMPARE(service.instalments(*otherId)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ContractService)
#include "tst_contractservice.moc"
