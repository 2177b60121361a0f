#include "models/contractlistmodel.h"
#include "repositorytestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The contracts below name only the terms they need (Terms: a row of the table).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace Qt::StringLiterals;
using cd::ContractListFilter;
using cd::ContractListModel;
using Mark = cd::ContractListModel::NoticeMark;

// The Contracts area's list (issue 27): every contract with its client, monthly value,
// notice deadline and its mark, hours used and the time not invoiced yet, filtered and
// sorted in the model. Every figure worked out by hand in the comments; on SQLite and, as
// tst_contractlistmodel_postgresql, on PostgreSQL.
namespace {

const QDate kToday(2026, 11, 22);

} // namespace

class tst_ContractListModel final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_test;
    qint64 m_ana = 0, m_budi = 0, m_alfa = 0, m_beta = 0, m_gamma = 0;
    QHash<QString, qint64> m_ids; ///< reference → contract id

    struct Terms
    {
        QString reference, title, model, currency = u"USD"_s;
        qint64 fee = 0;
        QString start;
        QVariant end;
        int notice = 0;
        QString status = u"active"_s;
        bool autoRenew = false;
        QVariant included, budget, hours;
        bool rollover = false;
    };

    qint64 contract(qint64 account, const Terms &t)
    {
        const QVariant none(QMetaType::fromType<int>());
        const bool ok = m_test.exec(
            u"INSERT INTO contracts (account_id, reference, title, billing_model, fee_minor, "
            "currency, estimated_hours, start_date, end_date, auto_renew, renewal_months, "
            "notice_days, status, signed_on, included_minutes, rollover, budget_minutes, "
            "created_at, updated_at) VALUES (:a, :r, :t, :m, :f, :c, :h, :s, :e, :ar, :rm, :n, "
            ":st, :so, :i, :ro, :b, '2026-01-01', '2026-01-01')"_s,
            { { u"a"_s, account },
              { u"r"_s, t.reference },
              { u"t"_s, t.title },
              { u"m"_s, t.model },
              { u"f"_s, t.fee },
              { u"c"_s, t.currency },
              { u"h"_s, t.hours.isValid() ? t.hours : none },
              { u"s"_s, t.start },
              { u"e"_s, t.end.isValid() ? t.end : QVariant(QMetaType::fromType<QString>()) },
              { u"ar"_s, int(t.autoRenew) },
              { u"rm"_s, t.autoRenew ? QVariant(12) : none },
              { u"n"_s, t.notice },
              { u"st"_s, t.status },
              { u"so"_s,
                t.status == u"draft"_s ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(t.start) },
              { u"i"_s, t.included.isValid() ? t.included : none },
              { u"ro"_s, int(t.rollover) },
              { u"b"_s, t.budget.isValid() ? t.budget : none } });
        if (!ok)
            return 0;
        const qint64 id = m_test.scalar(u"SELECT max(id) FROM contracts"_s).toLongLong();
        m_ids.insert(t.reference, id);
        return id;
    }

    qint64 time(qint64 account, qint64 contract, const QString &date, int minutes, bool billable,
                qint64 value, const QString &state = u"open"_s, const QString &currency = u"USD"_s)
    {
        m_test.exec(
            u"INSERT INTO time_entries (entry_date, user_id, account_id, contract_id, minutes, "
            "billable, rate_minor, currency, value_minor, state, invoice_id, created_at, "
            "updated_at) VALUES (:d, :u, :a, :c, :m, :b, 10000, :cur, :v, :st, :inv, "
            "'2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s,
            { { u"d"_s, date },
              { u"u"_s, m_ana },
              { u"a"_s, account },
              { u"c"_s, contract },
              { u"m"_s, minutes },
              { u"b"_s, int(billable) },
              { u"cur"_s, currency },
              { u"v"_s, value },
              { u"st"_s, state },
              { u"inv"_s,
                state == u"invoiced"_s ? QVariant(999)
                                       : QVariant(QMetaType::fromType<qint64>()) } });
        return m_test.scalar(u"SELECT max(id) FROM time_entries"_s).toLongLong();
    }

    /// A draft invoice of `account` whose hours line holds entry `entry`.
    bool holdOnDraft(qint64 account, qint64 entry)
    {
        return m_test.exec(u"INSERT INTO invoices (account_id, invoice_date, due_date, currency, "
                           "created_at, updated_at) VALUES (:a, '2026-11-30', '2026-12-30', "
                           "'USD', '2026-11-22T00:00:00', '2026-11-22T00:00:00')"_s,
                           { { u"a"_s, account } })
            && m_test.exec(u"INSERT INTO invoice_lines (invoice_id, position, source, description, "
                           "amount_minor, net_minor, tax_minor) VALUES ((SELECT max(id) FROM "
                           "invoices), 1, 'hours', 'Hours', 5000, 5000, 0)"_s)
            && m_test.exec(u"INSERT INTO invoice_line_time (line_id, time_entry_id) VALUES "
                           "((SELECT max(id) FROM invoice_lines), :e)"_s,
                           { { u"e"_s, entry } });
    }

    const ContractListModel::Row *row(const ContractListModel &model, const QString &reference)
    {
        const int r = model.rowOf(m_ids.value(reference));
        return model.rowAt(r);
    }

    QStringList references(const ContractListModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, ContractListModel::Reference).data().toString());
        return out;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_ids.clear();
        QVERIFY(m_test.open());
        m_ana = m_test.rawUser(u"Ana"_s);
        m_budi = m_test.rawUser(u"Budi"_s);
        m_alfa = m_test.rawAccount(u"PT Alfa"_s, u"client"_s);
        m_beta = m_test.rawAccount(u"PT Beta"_s, u"client"_s);
        m_gamma = m_test.rawAccount(u"CV Gamma"_s, u"client"_s);
        QVERIFY(m_test.exec(u"UPDATE accounts SET manager_id = :m WHERE id = :a"_s,
                            { { u"m"_s, m_ana }, { u"a"_s, m_alfa } }));
        QVERIFY(m_test.exec(u"UPDATE accounts SET manager_id = :m WHERE id = :a"_s,
                            { { u"m"_s, m_budi }, { u"a"_s, m_beta } }));

        // Retainer, 2,000.00 a month, 10 h included, ends 2026-12-31 with 60 days' notice:
        // the deadline 2026-11-01 passed 21 days ago while the contract runs: missed.
        const qint64 a1
            = contract(m_alfa,
                       { u"C-2026-00001"_s, u"Support"_s, u"retainer"_s, u"USD"_s, 200000,
                         u"2026-01-01"_s, u"2026-12-31"_s, 60, u"active"_s, true, 600 });
        // Fixed fee 12,000.00 over June 2026 to May 2027 (12 months): 1,000.00 a month;
        // deadline 2027-05-01, 160 days away; a budget of 100 h.
        const qint64 b1 = contract(m_beta,
                                   { u"C-2026-00002"_s,
                                     u"Website"_s,
                                     u"fixed"_s,
                                     u"USD"_s,
                                     1200000,
                                     u"2026-06-01"_s,
                                     u"2027-05-31"_s,
                                     30,
                                     u"active"_s,
                                     false,
                                     {},
                                     6000 });
        // Hourly 100.00 for 120 h over 2026: 100.00 × 120 ÷ 12 = 1,000.00 a month; deadline
        // 2026-12-01, in 9 days: soon.
        const qint64 g1 = contract(m_gamma,
                                   { u"C-2026-00003"_s,
                                     u"Audit"_s,
                                     u"hourly"_s,
                                     u"USD"_s,
                                     10000,
                                     u"2026-01-01"_s,
                                     u"2026-12-31"_s,
                                     30,
                                     u"active"_s,
                                     false,
                                     {},
                                     {},
                                     120 });
        // Expired: its deadline 2024-12-01 is history, not marked.
        contract(m_alfa,
                 { u"C-2024-00007"_s, u"Old support"_s, u"retainer"_s, u"USD"_s, 150000,
                   u"2024-01-01"_s, u"2024-12-31"_s, 30, u"expired"_s });
        // A draft in EUR without an end: no deadline.
        contract(m_beta,
                 { u"X-1"_s,
                   u"Maintenance"_s,
                   u"retainer"_s,
                   u"EUR"_s,
                   50000,
                   u"2027-01-01"_s,
                   {},
                   0,
                   u"draft"_s });

        // Alfa's hours this month: 8 h + 1 h + three half hours below = 10:30 of 10 h
        // (105 %); October's do not count.
        time(m_alfa, a1, u"2026-11-05"_s, 480, false, 0);
        time(m_alfa, a1, u"2026-11-10"_s, 60, true, 15000); // not invoiced: 150.00
        time(m_alfa, a1, u"2026-10-10"_s, 600, false, 0);
        // Billable but held: by a draft's line, invoiced, not billable, after today.
        const qint64 held = time(m_alfa, a1, u"2026-11-11"_s, 30, true, 5000);
        QVERIFY(holdOnDraft(m_alfa, held));
        time(m_alfa, a1, u"2026-11-12"_s, 30, true, 7000, u"invoiced"_s);
        time(m_alfa, a1, u"2026-11-30"_s, 30, true, 9000);
        // Beta's budget: 20 h in July and 5 h in November: 25 h of 100 h over the term.
        time(m_beta, b1, u"2026-07-01"_s, 1200, false, 0);
        time(m_beta, b1, u"2026-11-02"_s, 300, false, 0);
        // Gamma's billable hours: 150.00 + 150.00, and 20.00 in EUR apart.
        time(m_gamma, g1, u"2026-11-03"_s, 90, true, 15000);
        time(m_gamma, g1, u"2026-11-04"_s, 90, true, 15000);
        time(m_gamma, g1, u"2026-11-05"_s, 12, true, 2000, u"open"_s, u"EUR"_s);
    }

    void cleanup() { m_test.close(); }

    void listsEveryContractWithItsFigures()
    {
        ContractListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_test.db(), kToday).ok());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.totalContracts(), 5);
        QCOMPARE(model.columnCount(), int(ContractListModel::ColumnCount));

        const auto *a1 = row(model, u"C-2026-00001"_s);
        QVERIFY(a1);
        QCOMPARE(a1->accountName, u"PT Alfa"_s);
        QCOMPARE(a1->manager, u"Ana"_s);
        QCOMPARE(a1->monthly.minorUnits(), 200000);
        QCOMPARE(a1->noticeDeadline, QDate(2026, 11, 1));
        QCOMPARE(a1->daysToNotice, -21);
        QCOMPARE(a1->noticeMark, Mark::Missed);
        QVERIFY(a1->tracksHours);
        QCOMPARE(a1->usedMinutes, 630);
        QCOMPARE(a1->allowedMinutes, 600);
        QCOMPARE(a1->uninvoiced.minorUnits(), 15000);
        QCOMPARE(a1->uninvoicedEntries, 1);

        const auto *b1 = row(model, u"C-2026-00002"_s);
        QCOMPARE(b1->monthly.minorUnits(), 100000);
        QCOMPARE(b1->daysToNotice, 160);
        QCOMPARE(b1->noticeMark, Mark::None);
        QVERIFY(b1->budget);
        QCOMPARE(b1->usedMinutes, 1500);
        QCOMPARE(b1->allowedMinutes, 6000);
        QCOMPARE(b1->uninvoiced.minorUnits(), 0);

        const auto *g1 = row(model, u"C-2026-00003"_s);
        QCOMPARE(g1->monthly.minorUnits(), 100000);
        QCOMPARE(g1->daysToNotice, 9);
        QCOMPARE(g1->noticeMark, Mark::Soon);
        QVERIFY(!g1->tracksHours);
        QCOMPARE(g1->uninvoiced.minorUnits(), 30000);
        QCOMPARE(g1->uninvoicedEntries, 2);
        QCOMPARE(g1->uninvoicedElsewhere.value(u"EUR"_s), 2000);
        QVERIFY(g1->manager.isEmpty());

        const auto *old = row(model, u"C-2024-00007"_s);
        QCOMPARE(old->noticeMark, Mark::None);
        QVERIFY(!old->tracksHours);
        const auto *draft = row(model, u"X-1"_s);
        QVERIFY(!draft->noticeDeadline.isValid());
        QCOMPARE(draft->monthly.currency(), u"EUR"_s);
    }

    void showsMarksInColourAndText()
    {
        ContractListModel model;
        QVERIFY(model.reload(m_test.db(), kToday).ok());
        const auto cell = [&](const QString &reference, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(m_ids.value(reference)), column).data(role);
        };
        using M = ContractListModel;
        QCOMPARE(cell(u"C-2026-00001"_s, M::NoticeDeadline).toString(),
                 u"11/1/26, missed 21 days ago"_s);
        QCOMPARE(cell(u"C-2026-00001"_s, M::NoticeDeadline, M::NoticeMarkRole).toInt(),
                 int(Mark::Missed));

        QCOMPARE(cell(u"C-2026-00003"_s, M::NoticeDeadline).toString(),
                 u"12/1/26, soon: in 9 days"_s);
        QCOMPARE(cell(u"C-2026-00003"_s, M::NoticeDeadline, M::NoticeMarkRole).toInt(),
                 int(Mark::Soon));
        QCOMPARE(cell(u"C-2026-00002"_s, M::NoticeDeadline).toString(), u"5/1/27 (in 160 days)"_s);
        QCOMPARE(cell(u"C-2026-00002"_s, M::NoticeDeadline, M::NoticeMarkRole).toInt(),
                 int(Mark::None));
        QCOMPARE(cell(u"C-2024-00007"_s, M::NoticeDeadline).toString(), u"12/1/24"_s);
        QCOMPARE(cell(u"X-1"_s, M::NoticeDeadline).toString(), QString());

        QCOMPARE(cell(u"C-2026-00001"_s, M::HoursUsed).toString(),
                 u"10:30 of 10:00 (105 %), hours spent"_s);
        QCOMPARE(cell(u"C-2026-00002"_s, M::HoursUsed).toString(),
                 u"25:00 of 100:00 budget (25 %)"_s);
        QCOMPARE(cell(u"C-2026-00001"_s, M::HoursUsed, M::HoursLevelRole).toInt(),
                 int(cd::ContractHours::Level::Spent));
        QCOMPARE(cell(u"C-2026-00002"_s, M::HoursUsed, M::HoursLevelRole).toInt(),
                 int(cd::ContractHours::Level::Within));
        QCOMPARE(cell(u"C-2026-00003"_s, M::HoursUsed).toString(), QString());
        QVERIFY(!cell(u"C-2026-00003"_s, M::HoursUsed, M::HoursLevelRole).isValid());

        QCOMPARE(cell(u"C-2026-00001"_s, M::Fee).toString(), u"$2,000.00 / month"_s);
        QCOMPARE(cell(u"C-2026-00002"_s, M::Fee).toString(), u"$12,000.00"_s);
        QCOMPARE(cell(u"C-2026-00003"_s, M::Fee).toString(), u"$100.00 / hour"_s);
        QCOMPARE(cell(u"C-2026-00003"_s, M::Monthly).toString(), u"$1,000.00"_s);
        QCOMPARE(cell(u"C-2026-00003"_s, M::Uninvoiced).toString(), u"$300.00"_s);
        QCOMPARE(cell(u"C-2026-00002"_s, M::Uninvoiced).toString(), QString());
        QVERIFY(cell(u"C-2026-00003"_s, M::Uninvoiced, Qt::ToolTipRole)
                    .toString()
                    .contains(u"2 billable time entries"_s));
        QCOMPARE(cell(u"X-1"_s, M::End).toString(), u"open-ended"_s);
        QCOMPARE(cell(u"C-2026-00001"_s, M::Renewal).toString(), u"automatic, 12 months"_s);
        QCOMPARE(cell(u"C-2026-00002"_s, M::Renewal).toString(), u"by hand"_s);
        QCOMPARE(cell(u"C-2026-00001"_s, M::StatusColumn).toString(), u"Active"_s);
        QCOMPARE(cell(u"C-2026-00001"_s, M::Owner).toString(), u"Ana"_s);
    }

    void carriesUnusedHoursOver()
    {
        // 10 h a month rolling over, from September: 200 min used leaves 400 for October;
        // October uses 900 of 600 + 400, leaving min(600, 1000 − 900) = 100 for November,
        // which then allows 700 and has used none.
        const qint64 r = contract(m_alfa,
                                  { u"R-1"_s,
                                    u"Rolling"_s,
                                    u"retainer"_s,
                                    u"USD"_s,
                                    100000,
                                    u"2026-09-01"_s,
                                    u"2027-08-31"_s,
                                    30,
                                    u"active"_s,
                                    false,
                                    600,
                                    {},
                                    {},
                                    true });
        time(m_alfa, r, u"2026-09-15"_s, 200, false, 0);
        time(m_alfa, r, u"2026-10-15"_s, 900, false, 0);
        ContractListModel model;
        QVERIFY(model.reload(m_test.db(), kToday).ok());
        const auto *rolling = row(model, u"R-1"_s);
        QVERIFY(rolling->tracksHours);
        QCOMPARE(rolling->usedMinutes, 0);
        QCOMPARE(rolling->allowedMinutes, 700);
    }

    void filters()
    {
        ContractListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_test.db(), kToday).ok());
        model.sort(ContractListModel::Reference);
        const auto shown = [&](const ContractListFilter &filter) {
            model.setFilter(filter);
            return references(model);
        };
        ContractListFilter f;
        QCOMPARE(shown(f).size(), 5);
        f.search = u"alfa"_s; // the client
        QCOMPARE(shown(f), QStringList({ u"C-2024-00007"_s, u"C-2026-00001"_s }));
        f.search = u"00003"_s; // the reference
        QCOMPARE(shown(f), QStringList({ u"C-2026-00003"_s }));
        f.search = u"WEB"_s; // the title, any case
        QCOMPARE(shown(f), QStringList({ u"C-2026-00002"_s }));
        f = {};
        f.status = cd::ContractStatus::Active;
        QCOMPARE(shown(f),
                 QStringList({ u"C-2026-00001"_s, u"C-2026-00002"_s, u"C-2026-00003"_s }));
        f.billingModel = cd::BillingModel::Retainer;
        QCOMPARE(shown(f), QStringList({ u"C-2026-00001"_s }));
        f = {};
        f.managerId = m_budi;
        QCOMPARE(shown(f), QStringList({ u"C-2026-00002"_s, u"X-1"_s }));
        f = {};
        f.autoRenew = true;
        QCOMPARE(shown(f), QStringList({ u"C-2026-00001"_s }));
        f.autoRenew = false;
        QCOMPARE(shown(f).size(), 4);
        // Ends or notice from today to today + N: Gamma's notice in 9 days; within 39 days
        // Alfa's and Gamma's end on 2026-12-31 too (a missed deadline is not "within").
        f = {};
        f.withinDays = 8;
        QCOMPARE(shown(f), QStringList());
        f.withinDays = 9;
        QCOMPARE(shown(f), QStringList({ u"C-2026-00003"_s }));
        f.withinDays = 39;
        QCOMPARE(shown(f), QStringList({ u"C-2026-00001"_s, u"C-2026-00003"_s }));
        f.withinDays = 160; // Beta's notice on 2027-05-01
        QCOMPARE(shown(f),
                 QStringList({ u"C-2026-00001"_s, u"C-2026-00002"_s, u"C-2026-00003"_s }));
        QCOMPARE(
            model.managers(),
            (QList<std::pair<qint64, QString>> { { m_ana, u"Ana"_s }, { m_budi, u"Budi"_s } }));
    }

    void sortsByTheValueNotTheText()
    {
        ContractListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_test.db(), kToday).ok());
        model.sort(ContractListModel::NoticeDeadline);
        QCOMPARE(references(model),
                 QStringList({ u"C-2024-00007"_s, u"C-2026-00001"_s, u"C-2026-00003"_s,
                               u"C-2026-00002"_s, u"X-1"_s }));
        model.sort(ContractListModel::Uninvoiced, Qt::DescendingOrder);
        QCOMPARE(references(model).first(2), QStringList({ u"C-2026-00003"_s, u"C-2026-00001"_s }));
        model.sort(ContractListModel::HoursUsed, Qt::DescendingOrder); // 105 %, then 25 %
        QCOMPARE(references(model).first(2), QStringList({ u"C-2026-00001"_s, u"C-2026-00002"_s }));
        // 1,200,000 sorts above 200,000 (a text sort would put "$2,000" first).
        model.sort(ContractListModel::Fee, Qt::DescendingOrder);
        QCOMPARE(references(model).first(2), QStringList({ u"C-2026-00002"_s, u"C-2026-00001"_s }));
        // Equal keys keep client, then reference order.
        model.sort(ContractListModel::StatusColumn);
        QCOMPARE(references(model),
                 QStringList({ u"X-1"_s, u"C-2026-00003"_s, u"C-2026-00001"_s, u"C-2026-00002"_s,
                               u"C-2024-00007"_s }));
        // The selection stays on its contract through a sort.
        model.sort(ContractListModel::Client);
        const QPersistentModelIndex kept = model.index(model.rowOf(m_ids.value(u"X-1"_s)), 0);
        model.sort(ContractListModel::Reference, Qt::DescendingOrder);
        QCOMPARE(kept.data(ContractListModel::IdRole).toLongLong(), m_ids.value(u"X-1"_s));
    }

    void fillsInTimeAfterTheContracts()
    {
        ContractListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto contracts = ContractListModel::loadContracts(m_test.db(), kToday);
        QVERIFY(contracts.ok());
        model.setSnapshot(std::move(contracts).value());
        model.sort(ContractListModel::Uninvoiced, Qt::DescendingOrder);
        const int gamma = model.rowOf(m_ids.value(u"C-2026-00003"_s));
        QCOMPARE(model.index(gamma, ContractListModel::Uninvoiced).data().toString(), u"…"_s);
        QCOMPARE(model.index(gamma, ContractListModel::HoursUsed).data().toString(), u"…"_s);
        QVERIFY(!model.rowAt(gamma)->timeRead);
        const QPersistentModelIndex kept = model.index(gamma, 0);
        // Figures of another day are not these rows'.
        auto figures = ContractListModel::loadTime(m_test.db(), kToday.addDays(1));
        QVERIFY(figures.ok());
        model.setTimeFigures(*figures);
        QVERIFY(!model.rowAt(gamma)->timeRead);
        figures = ContractListModel::loadTime(m_test.db(), kToday);
        model.setTimeFigures(*figures);
        // Sorted by what came in: Gamma's 300.00 first, the selection kept on it.
        QCOMPARE(model.rowOf(m_ids.value(u"C-2026-00003"_s)), 0);
        QCOMPARE(kept.row(), 0);
        QCOMPARE(model.index(0, ContractListModel::Uninvoiced).data().toString(), u"$300.00"_s);
        QCOMPARE(model.rowAt(model.rowOf(m_ids.value(u"C-2026-00001"_s)))->usedMinutes, 630);
    }

    void emptyDatabase()
    {
        testsupport::TestDatabase empty;
        QVERIFY(empty.open());
        ContractListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(empty.db(), kToday).ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalContracts(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ContractListModel)
#include "tst_contractlistmodel.moc"
