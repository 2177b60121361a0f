#include "repositorytestsupport.h"
#include "storage/contractrepository.h"

using namespace Qt::StringLiterals;
using cd::BillingModel;
using cd::Contract;
using cd::ContractRepository;
using cd::ContractStatus;
using cd::Money;
using cd::Status;
using testsupport::TestDatabase;

class tst_ContractRepository : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    qint64 m_client = 0;

    Contract sample(const QString &reference = u"C-2024-001"_s)
    {
        Contract c;
        c.accountId = m_client;
        c.reference = reference;
        c.title = u"Tax advisory retainer"_s;
        c.billingModel = BillingModel::Retainer;
        c.fee = Money(25'000'000'00, u"IDR"_s);
        c.start = QDate(2024, 1, 1);
        c.end = QDate(2024, 12, 31);
        c.noticeDays = 60;
        c.status = ContractStatus::Draft;
        return c;
    }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        m_client = m_test.rawAccount(u"PT Maju Jaya"_s, u"client"_s);
    }
    void cleanup() { m_test.close(); }

    void storesAndReadsBack()
    {
        ContractRepository repo(m_test.db());
        Contract c = sample();
        c.scope = u"  Monthly tax filing  "_s;
        c.autoRenew = true;
        c.renewalMonths = 12;
        const auto id = repo.insert(c);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto read = repo.get(*id);
        QVERIFY(read.ok());
        QCOMPARE(read->reference, u"C-2024-001"_s);
        QCOMPARE(read->scope, u"Monthly tax filing"_s);
        QCOMPARE(read->fee, Money(25'000'000'00, u"IDR"_s));
        QCOMPARE(read->end, QDate(2024, 12, 31));
        QVERIFY(read->autoRenew);
        QCOMPARE(read->renewalMonths, 12);
        QCOMPARE(read->status, ContractStatus::Draft);
        QCOMPARE(read->rowVersion, 1);
        QCOMPARE(m_test.count(u"audit_log"_s), 1);
        const auto list = repo.listForAccount(m_client);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
    }

    void validationNamesEveryProblem()
    {
        Contract c = sample();
        c.reference = u"C-9"_s;
        c.start = QDate(2024, 1, 1);
        c.end = QDate(2023, 1, 1);
        c.billingModel = BillingModel::Hourly;
        c.autoRenew = true;
        c.fee = Money(-5, u"IDR"_s);
        const QStringList problems = ContractRepository::validate(c);
        QVERIFY(problems.contains(u"Contract end 2023-01-01 is before its start 2024-01-01."_s));
        QVERIFY(problems.contains(
            u"Contract C-9 is billed by the hour and needs the estimated hours."_s));
        QVERIFY(problems.contains(
            u"Contract C-9 renews automatically and needs a renewal term in months."_s));
        QVERIFY(problems.contains(u"Contract C-9 cannot have a negative fee."_s));

        c = sample();
        c.reference = u"  "_s;
        c.fee = Money(1, u"rupiah"_s);
        c.start = {};
        const QStringList more = ContractRepository::validate(c);
        QVERIFY(more.contains(u"A contract needs a reference."_s));
        QVERIFY(more.contains(u"The contract needs a start date."_s));
        QVERIFY(more.contains(u"The contract needs a currency code such as IDR, not “rupiah”."_s));

        c = sample();
        c.noticeDays = 400;
        QVERIFY(ContractRepository::validate(c).contains(
            u"The notice period of 400 days is longer than the term of C-2024-001 (2024-01-01 to "
            "2024-12-31)."_s));
        c = sample();
        c.status = ContractStatus::Active;
        QVERIFY(ContractRepository::validate(c).contains(
            u"Contract C-2024-001 is active and needs the date it was signed."_s));
        QVERIFY(ContractRepository::validate(sample()).isEmpty());
    }

    // An hourly contract's value is its rate times its hours: an amount, bounded like any
    // other, so that no annual value or outlook sum computed from it can wrap.
    void anHourlyContractsValueIsBounded()
    {
        Contract c = sample();
        c.billingModel = BillingModel::Hourly;
        c.estimatedHours = 2;
        c.fee = Money(Money::kMaxMinorUnits / 2, u"IDR"_s);
        QVERIFY(ContractRepository::validate(c).isEmpty());
        c.fee = Money(Money::kMaxMinorUnits / 2 + 1, u"IDR"_s);
        QVERIFY(ContractRepository::validate(c).contains(
            u"The hourly rate of Contract C-2024-001 times its 2 estimated hours is too large an "
            "amount. %1"_s.arg(Money::boundsSentence(u"IDR"_s))));
        c.fee = Money(100, u"IDR"_s);
        c.estimatedHours = ContractRepository::kMaxEstimatedHours + 1;
        QVERIFY(ContractRepository::validate(c).contains(
            u"Contract C-2024-001 estimates 100001 hours; at most 100000 hours can be "
            "estimated."_s));
        // The import refuses it with its line, through the same rules.
        c.estimatedHours = std::numeric_limits<int>::max();
        c.fee = Money(Money::kMaxMinorUnits, u"IDR"_s);
        QVERIFY(!ContractRepository::validate(c).isEmpty());
    }

    void badContractsWriteNothing()
    {
        ContractRepository repo(m_test.db());
        Contract c = sample();
        c.end = QDate(2023, 6, 1);
        auto id = repo.insert(c);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(u"Contract end 2023-06-01 is before its start 2024-01-01."_s));

        c = sample();
        c.accountId = m_test.rawAccount(u"Budi Santoso"_s, u"customer"_s);
        id = repo.insert(c);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(),
                 u"Budi Santoso is a customer; contracts are for clients. Convert it "
                 "to a client first."_s);

        c = sample();
        c.accountId = 9999;
        id = repo.insert(c);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(u"no account with id 9999"_s));
        QCOMPARE(m_test.count(u"contracts"_s), 0);
        QCOMPARE(m_test.count(u"audit_log"_s), 0);
    }

    void referencesAreUnique()
    {
        ContractRepository repo(m_test.db());
        QVERIFY(repo.insert(sample()).ok());
        const qint64 other = m_test.rawAccount(u"PT Lain"_s, u"client"_s);
        Contract c = sample();
        c.accountId = other;
        const auto id = repo.insert(c);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), u"Contract reference C-2024-001 is already used by PT Maju Jaya."_s);
        QCOMPARE(m_test.count(u"contracts"_s), 1);
    }

    void signRenewTerminate()
    {
        ContractRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        // A draft cannot be terminated.
        Status refused = repo.terminate(id, { 2024, 6, 1 }, u"Budget"_s, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), u"Contract C-2024-001 is draft and cannot become terminated."_s);

        QVERIFY(repo.sign(id, { 2023, 12, 20 }, 1).ok());
        auto c = repo.get(id);
        QCOMPARE(c->status, ContractStatus::Active);
        QCOMPARE(c->signedOn, QDate(2023, 12, 20));
        QVERIFY(!repo.sign(id, { 2023, 12, 21 }, c->rowVersion).ok()); // already signed

        QVERIFY(repo.renew(id, c->rowVersion).ok());
        c = repo.get(id);
        QCOMPARE(c->end, QDate(2025, 12, 31));

        refused = repo.terminate(id, { 2026, 3, 1 }, u"Budget"_s, c->rowVersion);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"cannot be terminated on 2026-03-01"_s));
        refused = repo.terminate(id, { 2025, 3, 1 }, u"  "_s, c->rowVersion);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"needs a reason"_s));
        QCOMPARE(repo.get(id)->status, ContractStatus::Active);

        QVERIFY(repo.terminate(id, { 2025, 3, 1 }, u"Moved in-house"_s, c->rowVersion).ok());
        c = repo.get(id);
        QCOMPARE(c->status, ContractStatus::Terminated);
        QCOMPARE(c->terminatedOn, QDate(2025, 3, 1));
        QCOMPARE(c->terminationReason, u"Moved in-house"_s);
        QVERIFY(!repo.renew(id, c->rowVersion).ok());
        QCOMPARE(m_test.count(u"audit_log"_s), 4);
    }

    void staleWritesAreRefused()
    {
        ContractRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        Contract mine = *repo.get(id);
        Contract theirs = mine;
        theirs.title = u"Their title"_s;
        QVERIFY(repo.update(theirs).ok());
        mine.title = u"My title"_s;
        const Status stale = repo.update(mine);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().contains(u"Someone else changed contract C-2024-001"_s));
        QCOMPARE(repo.get(id)->title, u"Their title"_s);
        QVERIFY(!repo.sign(id, { 2024, 1, 1 }, 1).ok()); // version 1 is gone too
        // The status is not edited directly.
        Contract current = *repo.get(id);
        current.status = ContractStatus::Expired;
        QVERIFY(!repo.update(current).ok());
    }

    void restoreBringsBackAnEarlierStateForUndo()
    {
        ContractRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        const Contract draft = *repo.get(id);
        QVERIFY(repo.sign(id, { 2023, 12, 20 }, draft.rowVersion).ok());
        const Contract signedContract = *repo.get(id);
        // Undo the signing: back to a draft, through the version check.
        QVERIFY(!repo.restore(draft, draft.rowVersion).ok()); // stale: version moved on
        const auto version = repo.restore(draft, signedContract.rowVersion);
        QVERIFY2(version.ok(), qPrintable(version.error()));
        QCOMPARE(repo.get(id)->status, ContractStatus::Draft);
        QVERIFY(!repo.get(id)->signedOn.isValid());
        QCOMPARE(repo.get(id)->rowVersion, *version);
        // Redo it.
        QVERIFY(repo.restore(signedContract, *version).ok());
        QCOMPARE(repo.get(id)->status, ContractStatus::Active);
        // An invalid state is refused like any other write.
        Contract broken = signedContract;
        broken.end = QDate(2020, 1, 1);
        QVERIFY(!repo.restore(broken, repo.get(id)->rowVersion).ok());
        QCOMPARE(m_test.count(u"audit_log"_s), 4);
    }

    void aContractWithRevenueCannotBeDeleted()
    {
        ContractRepository repo(m_test.db());
        const qint64 id = *repo.insert(sample());
        QVERIFY(m_test.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                            "currency, account_kind, contract_id, created_at) VALUES (:a, "
                            "'2024-02-01', 100, 'IDR', 'client', :c, '2024-02-01T00:00:00')"_s,
                            { { u"a"_s, m_client }, { u"c"_s, id } }));
        const Status refused = repo.remove(id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"Contract C-2024-001 has 1 revenue entries and cannot be "
                 "deleted; terminate it instead."_s);
        QCOMPARE(m_test.count(u"contracts"_s), 1);
        const qint64 draft = *repo.insert(sample(u"C-2024-002"_s));
        QVERIFY(repo.remove(draft).ok());
        QCOMPARE(m_test.count(u"contracts"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ContractRepository)
#include "tst_contractrepository.moc"
