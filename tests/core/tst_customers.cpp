#include "analytics/conversioncandidates.h"
#include "models/customerlistmodel.h"
#include "models/prospectlist.h"
#include "repositorytestsupport.h"
#include "storage/accountconversion.h"
#include "storage/accountrepository.h"
#include "storage/contractrepository.h"
#include "storage/customerstats.h"
#include "storage/interactionrepository.h"
#include "storage/productrepository.h"
#include "storage/revenuerepository.h"
#include "storage/salerecorder.h"
#include "storage/segmentrepository.h"
#include "storage/settingsrepository.h"

#include <QAbstractItemModelTester>

// The filters below are written as designated initializers naming only what they set.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace Qt::StringLiterals;
using namespace cd;
using testsupport::TestDatabase;

// Recording sales, converting customers to clients and back, saved segments, the customers
// list and the conversion candidates, on a small hand-made portfolio.
class tst_Customers : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    const QDate m_today = QDate::currentDate();
    qint64 m_training = 0, m_toolkit = 0, m_retired = 0;
    qint64 m_ani = 0, m_budi = 0, m_citra = 0, m_client = 0;

    qint64 account(const QString &name, AccountKind kind = AccountKind::Customer,
                   AccountStatus status = AccountStatus::Active, const QString &region = {},
                   Channel channel = Channel::Direct)
    {
        Account a;
        a.name = name;
        a.kind = kind;
        a.status = status;
        a.region = region;
        a.channel = channel;
        const auto id = AccountRepository(m_test.db()).insert(a);
        return id ? *id : 0;
    }
    qint64 product(const QString &name, const QString &category, qint64 price, bool active = true)
    {
        Product p;
        p.name = name;
        p.category = category;
        p.listPrice = Money(price, u"IDR"_s);
        p.active = active;
        const auto id = ProductRepository(m_test.db()).insert(p);
        return id ? *id : 0;
    }
    Sale sale(qint64 accountId, const QDate &day, qint64 productId, int quantity = 1,
              qint64 discount = 0, const QString &promotion = {})
    {
        Sale s;
        s.accountId = accountId;
        s.date = day;
        const auto p = ProductRepository(m_test.db()).get(productId);
        SaleLine line;
        line.productId = productId;
        line.quantity = quantity;
        line.unitPrice = p ? p->listPrice : Money(0, u"IDR"_s);
        line.discountMinor = discount;
        line.promotion = promotion;
        s.lines.append(line);
        return s;
    }
    QStringList tagsOf(qint64 id)
    {
        QStringList codes;
        const auto figures = CustomerStats(m_test.db()).figures(id);
        for (const BehaviourTag &t : figures->tags)
            codes.append(t.code);
        return codes;
    }
    qint64 revenueRows() { return m_test.count(u"revenue_entries"_s); }

private slots:
    void init()
    {
        QVERIFY(m_test.open());
        QVERIFY(SettingsRepository(m_test.db()).setValue(u"currency"_s, u"IDR"_s).ok());
        m_training = product(u"Tax workshop"_s, u"Training"_s, 2'500'000'00);
        m_toolkit = product(u"HR toolkit"_s, u"Templates"_s, 750'000'00);
        m_retired = product(u"Old seminar"_s, u"Training"_s, 100'000'00, false);
        m_ani = account(u"Ani Wijaya"_s, AccountKind::Customer, AccountStatus::Prospect,
                        u"Jawa Barat"_s);
        m_budi = account(u"PT Budi Makmur"_s, AccountKind::Customer, AccountStatus::Active,
                         u"DKI Jakarta"_s, Channel::Reseller);
        m_citra = account(u"CV Citra"_s, AccountKind::Customer, AccountStatus::Active,
                          u"DKI Jakarta"_s);
        m_client = account(u"PT Klien Tetap"_s, AccountKind::Client);
        QVERIFY(m_ani && m_budi && m_citra && m_client && m_training && m_toolkit);
    }
    void cleanup() { m_test.close(); }

    void aSaleWritesOneEntryPerLineAndActivatesAProspect()
    {
        QCOMPARE(tagsOf(m_ani), QStringList { u"potential"_s });
        Sale s = sale(m_ani, m_today, m_training, 2, 500'000'00, u"EARLYBIRD"_s);
        SaleLine second;
        second.productId = m_toolkit;
        second.unitPrice = Money(700'000'00, u"IDR"_s); // the seller's price, not the list's
        s.lines.append(second);
        const auto ids = SaleRecorder(m_test.db()).record(s);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 2);
        const auto first = RevenueRepository(m_test.db()).get(ids->at(0));
        QCOMPARE(first->amount, Money(4'500'000'00, u"IDR"_s)); // 2 × 2,500,000 − 500,000
        QCOMPARE(first->quantity, 2);
        QCOMPARE(first->discountMinor, 500'000'00);
        QCOMPARE(first->promotion, u"EARLYBIRD"_s);
        QCOMPARE(first->category, u"Training"_s);
        QCOMPARE(first->description, u"Tax workshop"_s);
        QCOMPARE(first->kindAtBooking, AccountKind::Customer);
        QCOMPARE(RevenueRepository(m_test.db()).get(ids->at(1))->amount,
                 Money(700'000'00, u"IDR"_s));
        // The prospect is active now, and its tags say what the sale made it.
        QCOMPARE(AccountRepository(m_test.db()).get(m_ani)->status, AccountStatus::Active);
        QCOMPARE(tagsOf(m_ani), (QStringList { u"new"_s, u"impulsive"_s }));
        const auto figures = CustomerStats(m_test.db()).figures(m_ani);
        QCOMPARE(figures->purchases, 1);
        QCOMPARE(figures->revenue12Months, Money(5'200'000'00, u"IDR"_s));
        QCOMPARE(figures->categories, (QStringList { u"Templates"_s, u"Training"_s }));
    }

    // A sale in another currency than the firm's (a USD customer's) is stored in it, each
    // line's entry converted by the rule; a currency that is not a code is refused.
    void aSaleInAnotherCurrencyIsStoredInIt()
    {
        QVERIFY(m_test.exec(u"UPDATE accounts SET currency = 'USD' WHERE id = :id"_s,
                            { { u"id"_s, m_budi } }));
        // 15,000.50 IDR per USD since 2020.
        QVERIFY(m_test.exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                            "('USD', '2020-01-01', 150005000000000)"_s));
        Sale s;
        s.accountId = m_budi;
        s.date = m_today;
        SaleLine line;
        line.productId = m_toolkit;
        line.quantity = 2;
        line.unitPrice = Money(100'01, u"USD"_s);
        line.discountMinor = 1; // 0.01 USD
        s.lines.append(line);
        const qint64 before = m_test.count(u"revenue_entries"_s);

        SaleLine bad = line;
        bad.unitPrice = Money(100'01, u"usd"_s);
        Sale refused = s;
        refused.lines.append(bad);
        const auto no = SaleRecorder(m_test.db()).record(refused);
        QVERIFY(!no.ok());
        QCOMPARE(no.error(), u"Line 2 needs a price in a currency such as IDR."_s);
        QCOMPARE(m_test.count(u"revenue_entries"_s), before);

        const auto ids = SaleRecorder(m_test.db()).record(s);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 1);
        // 2 × 100.01 − 0.01 = 200.01 USD; × 15,000.50 = 3,000,250.005 → 3,000,250.01 IDR.
        QCOMPARE(m_test
                     .scalar(u"SELECT currency || ' ' || amount_minor || ' ' || discount_minor "
                             "|| ' ' || converted_minor FROM revenue_entries WHERE id = :id"_s,
                             { { u"id"_s, ids->first() } })
                     .toString(),
                 u"USD 20001 1 300025001"_s);
        QCOMPARE(RevenueRepository(m_test.db()).get(ids->first())->amount, Money(200'01, u"USD"_s));
    }

    void badSalesAreRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no lines") << 0 << u"A sale needs at least one line: add a product."_s;
        QTest::newRow("negative quantity")
            << 1 << u"Line 1: the quantity must be at least 1, not -2."_s;
        QTest::newRow("discount above the price") << 2 << u"is more than the price of"_s;
        QTest::newRow("not in the catalogue") << 3
                                              << u"Line 1: product 9999 is not in the "
                                                 "catalogue."_s;
        QTest::newRow("no longer sold")
            << 4 << u"Line 1: “Old seminar” is no longer sold (inactive in the catalogue)."_s;
        QTest::newRow("unknown customer") << 5 << u"There is no account with id 4242 to sell to."_s;
        QTest::newRow("second line bad, first good")
            << 6 << u"Line 2: the quantity must be at least 1, not 0."_s;
    }
    void badSalesAreRefusedAndNothingIsSaved()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Sale s = sale(m_budi, m_today, m_training);
        switch (what) {
        case 0:
            s.lines.clear();
            break;
        case 1:
            s.lines[0].quantity = -2;
            break;
        case 2:
            s.lines[0].discountMinor = 3'000'000'00;
            break;
        case 3:
            s.lines[0].productId = 9999;
            break;
        case 4:
            s = sale(m_budi, m_today, m_retired);
            break;
        case 5:
            s.accountId = 4242;
            break;
        case 6: {
            SaleLine bad = s.lines.at(0);
            bad.quantity = 0;
            s.lines.append(bad);
            break;
        }
        }
        const QStringList before = tagsOf(m_budi);
        const qint64 rows = revenueRows();
        const auto refused = SaleRecorder(m_test.db()).record(s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
        QCOMPARE(revenueRows(), rows);
        QCOMPARE(tagsOf(m_budi), before);
        QLocale::setDefault(QLocale::c());
    }

    void conversionMakesAClientWithADraftAndCanBeUndone()
    {
        QVERIFY(
            SaleRecorder(m_test.db()).record(sale(m_budi, m_today.addDays(-30), m_training)).ok());
        QVERIFY(
            SaleRecorder(m_test.db()).record(sale(m_budi, m_today.addDays(-3), m_toolkit)).ok());
        QVERIFY(!tagsOf(m_budi).isEmpty());
        const auto converted = AccountConversion(m_test.db()).convert(m_budi, m_today);
        QVERIFY2(converted.ok(), qPrintable(converted.error()));
        const auto budi = AccountRepository(m_test.db()).get(m_budi);
        QCOMPARE(budi->kind, AccountKind::Client);
        QCOMPARE(budi->convertedOn, m_today);
        const auto draft = ContractRepository(m_test.db()).get(converted->contractId);
        QCOMPARE(draft->status, ContractStatus::Draft);
        QCOMPARE(draft->accountId, m_budi);
        QVERIFY(draft->reference.startsWith(u"CNV-"_s));
        // Past revenue stays customer revenue; a client has no behaviour tags or figures.
        QCOMPARE(m_test
                     .scalar(u"SELECT COUNT(*) FROM revenue_entries WHERE account_id = :id AND "
                             "account_kind = 'customer'"_s,
                             { { u"id"_s, m_budi } })
                     .toInt(),
                 2);
        QVERIFY(tagsOf(m_budi).isEmpty());
        QCOMPARE(m_test
                     .scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'account' AND "
                             "entity_id = :id AND action = 'convert'"_s,
                             { { u"id"_s, m_budi } })
                     .toInt(),
                 1);
        // Converting it again is refused.
        const auto again = AccountConversion(m_test.db()).convert(m_budi, m_today);
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), u"“PT Budi Makmur” is already a client."_s);

        // Undo: a customer again, the draft gone, the tags back.
        QCOMPARE(*AccountConversion(m_test.db()).undoBlocker(m_budi), std::optional<QString>());
        QVERIFY(AccountConversion(m_test.db()).undo(m_budi).ok());
        const auto back = AccountRepository(m_test.db()).get(m_budi);
        QCOMPARE(back->kind, AccountKind::Customer);
        QVERIFY(!back->convertedOn.isValid());
        QVERIFY(!ContractRepository(m_test.db()).get(converted->contractId).ok());
        QCOMPARE(tagsOf(m_budi), (QStringList { u"new"_s, u"returning"_s }));
    }

    void conversionCannotBeUndoneOnceSignedOrBilledAsClient()
    {
        const auto converted = AccountConversion(m_test.db()).convert(m_citra, m_today);
        QVERIFY(converted.ok());
        // Revenue booked as client revenue since.
        RevenueEntry e;
        e.accountId = m_citra;
        e.date = m_today;
        e.amount = Money(1'000'000'00, u"IDR"_s);
        const auto entry = RevenueRepository(m_test.db()).insert(e);
        QVERIFY(entry.ok());
        auto blocker = AccountConversion(m_test.db()).undoBlocker(m_citra);
        QVERIFY(blocker->has_value());
        QVERIFY(blocker->value().contains(u"client revenue"_s));
        QVERIFY(!AccountConversion(m_test.db()).undo(m_citra).ok());
        QVERIFY(RevenueRepository(m_test.db()).remove(*entry).ok());
        // The draft signed.
        auto draft = ContractRepository(m_test.db()).get(converted->contractId);
        draft->fee = Money(5'000'000'00, u"IDR"_s);
        QVERIFY(ContractRepository(m_test.db()).update(*draft).ok());
        draft = ContractRepository(m_test.db()).get(converted->contractId);
        QVERIFY(ContractRepository(m_test.db()).sign(draft->id, m_today, draft->rowVersion).ok());
        const Status refused = AccountConversion(m_test.db()).undo(m_citra);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(),
                 u"The conversion of “CV Citra” can no longer be undone: "
                 "contract %1 has been signed."_s.arg(draft->reference));
        QCOMPARE(AccountRepository(m_test.db()).get(m_citra)->kind, AccountKind::Client);
        // A client that was never a customer has no conversion to undo.
        QVERIFY(AccountConversion(m_test.db())
                    .undoBlocker(m_client)
                    ->value()
                    .contains(u"was not converted"_s));
    }

    void signingTheFirstContractActivatesAProspectClient()
    {
        const qint64 prospect
            = account(u"PT Calon Klien"_s, AccountKind::Client, AccountStatus::Prospect);
        Contract c;
        c.accountId = prospect;
        c.reference = u"C-2026-900"_s;
        c.fee = Money(10'000'000'00, u"IDR"_s);
        c.start = m_today;
        const auto id = ContractRepository(m_test.db()).insert(c);
        QVERIFY(id.ok());
        QCOMPARE(AccountRepository(m_test.db()).get(prospect)->status, AccountStatus::Prospect);
        QVERIFY(ContractRepository(m_test.db()).sign(*id, m_today, 1).ok());
        QCOMPARE(AccountRepository(m_test.db()).get(prospect)->status, AccountStatus::Active);
    }

    void prospectsLeaveTheListAtTheirFirstSaleOrSignature()
    {
        const qint64 client
            = account(u"PT Calon Klien"_s, AccountKind::Client, AccountStatus::Prospect);
        const auto names = [this] {
            QStringList out;
            const auto prospects = ProspectList::load(m_test.db());
            for (const Prospect &p : *prospects)
                out.append(p.name);
            return out;
        };
        QCOMPARE(names(), (QStringList { u"Ani Wijaya"_s, u"PT Calon Klien"_s }));
        QVERIFY(SaleRecorder(m_test.db()).record(sale(m_ani, m_today, m_toolkit)).ok());
        QCOMPARE(names(), QStringList { u"PT Calon Klien"_s });
        Contract c;
        c.accountId = client;
        c.reference = u"C-2026-901"_s;
        c.fee = Money(1'000'000'00, u"IDR"_s);
        c.start = m_today;
        const auto id = ContractRepository(m_test.db()).insert(c);
        QVERIFY(id.ok());
        QVERIFY(ContractRepository(m_test.db()).sign(*id, m_today, 1).ok());
        QVERIFY(names().isEmpty());
    }

    void segmentsAreSavedReplacedAndRemoved()
    {
        SegmentRepository segments(m_test.db());
        CustomerFilter jakarta;
        jakarta.region = u"DKI Jakarta"_s;
        jakarta.channel = Channel::Reseller;
        jakarta.tag = u"loyal"_s;
        const auto id = segments.save(u"  Jakarta resellers  "_s, jakarta);
        QVERIFY(id.ok());
        auto all = segments.list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).name, u"Jakarta resellers"_s);
        QCOMPARE(all->at(0).filter, jakarta);
        // The same name in another case replaces the filter.
        CustomerFilter other;
        other.category = u"Training"_s;
        QCOMPARE(*segments.save(u"JAKARTA RESELLERS"_s, other), *id);
        QCOMPARE(segments.list()->at(0).filter, other);
        // Bad names and an empty filter are refused.
        QVERIFY(!segments.save(u"  "_s, other).ok());
        QVERIFY(segments.save(u"Everyone"_s, {}).error().contains(u"at least one filter"_s));
        QVERIFY(!segments.save(QString(81, u'x'), other).ok());
        QVERIFY(segments.remove(*id).ok());
        QVERIFY(segments.list()->isEmpty());
        QVERIFY(!segments.remove(*id).ok());
        // JSON keeps every field, and ignores what it does not know.
        CustomerFilter full = jakarta;
        full.search = u"maju"_s;
        full.industry = u"Retail"_s;
        full.managerId = 7;
        full.status = AccountStatus::Dormant;
        QCOMPARE(CustomerFilter::fromJson(full.toJson()), full);
        QCOMPARE(CustomerFilter::fromJson(R"({"region":"Bali","future":[1,2]})"),
                 CustomerFilter { .region = u"Bali"_s });
        QVERIFY(CustomerFilter::fromJson("not json").isEmpty());
    }

    void theListShowsFiguresAndFilters()
    {
        QVERIFY(
            SaleRecorder(m_test.db()).record(sale(m_budi, m_today.addDays(-400), m_training)).ok());
        QVERIFY(SaleRecorder(m_test.db())
                    .record(sale(m_budi, m_today.addDays(-20), m_toolkit, 2, 0, u"PROMO"_s))
                    .ok());
        QVERIFY(
            SaleRecorder(m_test.db()).record(sale(m_citra, m_today.addDays(-5), m_toolkit)).ok());
        auto budi = AccountRepository(m_test.db()).get(m_budi);
        budi->tags = { u"vip"_s };
        QVERIFY(AccountRepository(m_test.db()).update(*budi).ok());

        CustomerListModel model(m_test.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 3); // not the client
        QCOMPARE(model.totalCustomers(), 3);
        const int row = model.rowOf(m_budi);
        const auto cell = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QLocale::setDefault(QLocale::c());
        QCOMPARE(cell(CustomerListModel::Name), u"PT Budi Makmur"_s);
        QCOMPARE(cell(CustomerListModel::SalesChannel), u"Reseller"_s);
        QCOMPARE(cell(CustomerListModel::Purchases), u"2"_s);
        QCOMPARE(model.rowAt(row)->revenue12Months, Money(1'500'000'00, u"IDR"_s));
        QCOMPARE(model.rowAt(row)->averageBasket(), Money(2'000'000'00, u"IDR"_s));
        QCOMPARE(model.index(row, CustomerListModel::Tags)
                     .data(CustomerListModel::TagCodesRole)
                     .toStringList(),
                 (QStringList { u"returning"_s, u"vip"_s }));
        QVERIFY(model.index(row, CustomerListModel::Tags)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"returning: 2 purchases since"_s));
        QCOMPARE(cell(CustomerListModel::FirstPurchase).isEmpty(), false);
        QCOMPARE(
            model.index(model.rowOf(m_ani), CustomerListModel::FirstPurchase).data().toString(),
            u"none yet"_s);

        const auto shown = [&model](const CustomerFilter &f) {
            [&] {
                QVERIFY(model.setFilter(f).ok());
            }();
            QStringList names;
            for (int r = 0; r < model.rowCount(); ++r)
                names.append(model.rowAt(r)->name);
            names.sort();
            return names;
        };
        QCOMPARE(shown({ .search = u"BUDI"_s }), QStringList { u"PT Budi Makmur"_s });
        QCOMPARE(shown({ .search = u"%"_s }), QStringList {});
        QCOMPARE(shown({ .region = u"DKI Jakarta"_s }),
                 (QStringList { u"CV Citra"_s, u"PT Budi Makmur"_s }));
        QCOMPARE(shown({ .category = u"Training"_s }), QStringList { u"PT Budi Makmur"_s });
        QCOMPARE(shown({ .category = u"Templates"_s }),
                 (QStringList { u"CV Citra"_s, u"PT Budi Makmur"_s }));
        QCOMPARE(shown({ .channel = Channel::Reseller }), QStringList { u"PT Budi Makmur"_s });
        QCOMPARE(shown({ .tag = u"vip"_s }), QStringList { u"PT Budi Makmur"_s });
        QCOMPARE(shown({ .tag = u"potential"_s }), QStringList { u"Ani Wijaya"_s });
        QCOMPARE(shown({ .tag = u"new"_s }), QStringList { u"CV Citra"_s });
        QCOMPARE(shown({ .status = AccountStatus::Prospect }), QStringList { u"Ani Wijaya"_s });
        QCOMPARE(shown({ .region = u"DKI Jakarta"_s, .tag = u"new"_s }),
                 QStringList { u"CV Citra"_s });
        QCOMPARE(model.categories(), (QStringList { u"Templates"_s, u"Training"_s }));
        QCOMPARE(model.regions(), (QStringList { u"DKI Jakarta"_s, u"Jawa Barat"_s }));
        QCOMPARE(model.userTags(), QStringList { u"vip"_s });

        // Sorting by revenue, largest first; the selection follows its row.
        QVERIFY(model.setFilter({}).ok());
        model.sort(CustomerListModel::Revenue12Months, Qt::DescendingOrder);
        QCOMPARE(model.rowAt(0)->name, u"PT Budi Makmur"_s);
        QCOMPARE(model.rowAt(2)->name, u"Ani Wijaya"_s);
    }

    void candidatesAreRankedWithReasons()
    {
        // Budi: twelve purchases over two years, contact every quarter, referred two accounts.
        for (int i = 0; i < 12; ++i)
            QVERIFY(SaleRecorder(m_test.db())
                        .record(sale(m_budi, m_today.addDays(-60 * i), m_training))
                        .ok());
        for (int i = 0; i < 4; ++i) {
            Interaction call;
            call.accountId = m_budi;
            call.occurredAt = QDateTime(m_today.addDays(-80 * i), QTime(9, 0));
            call.subject = u"Quarterly call"_s;
            QVERIFY(InteractionRepository(m_test.db()).insert(call).ok());
        }
        for (const QString &name : { u"Referred one"_s, u"Referred two"_s }) {
            Account a;
            a.name = name;
            a.referredById = m_budi;
            QVERIFY(AccountRepository(m_test.db()).insert(a).ok());
        }
        // Citra: two small purchases.
        QVERIFY(
            SaleRecorder(m_test.db()).record(sale(m_citra, m_today.addDays(-300), m_toolkit)).ok());
        QVERIFY(
            SaleRecorder(m_test.db()).record(sale(m_citra, m_today.addDays(-10), m_toolkit)).ok());

        const auto ranked = ConversionCandidates::rank(m_test.db(), m_today, 100, 0);
        QVERIFY(ranked.ok());
        QCOMPARE(ranked->size(), 2); // Ani has no purchase, the client is no customer
        QCOMPARE(ranked->at(0).name, u"PT Budi Makmur"_s);
        // 30 (12 purchases) + 30 (top spender) + 15 (6+ a year) + 15 (4 calls) + 10 (2 referrals)
        QCOMPARE(ranked->at(0).score, 100);
        QCOMPARE(ranked->at(0).reasons.size(), 5);
        QVERIFY(ranked->at(0).reasons.at(0).startsWith(u"12 purchases since"_s));
        QVERIFY(ranked->at(0).reasons.contains(u"accounts referred: 2"_s));
        // Citra: 30 × 2/12 = 5 for repeat purchases; 30 for spend (with two active customers
        // the 90th percentile is hers); 2 purchases in 300 days are 2.4 a year: 15 × 2.4/6 = 6.
        QCOMPARE(ranked->at(1).name, u"CV Citra"_s);
        QCOMPARE(ranked->at(1).score, 41);
        QCOMPARE(ConversionCandidates::rank(m_test.db(), m_today, 100, 50)->size(), 1);
        QCOMPARE(ConversionCandidates::rank(m_test.db(), m_today, 1, 0)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Customers)
#include "tst_customers.moc"
