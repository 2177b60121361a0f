#include "analytics/pipelineanalytics.h"
#include "dialogs/opportunitydialog.h"
#include "mainwindow.h"
#include "models/pipelinemodel.h"
#include "sample/samplegenerator.h"
#include "storage/database.h"
#include "storage/opportunityrepository.h"
#include "uitestdatabase.h"
#include "views/accountopportunities.h"
#include "views/clientpage.h"
#include "views/customerpage.h"
#include "views/pipelineboard.h"
#include "views/pipelineview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

// The Pipeline area offscreen on a sample portfolio: the board's columns and headings, a
// drop (through the real drop event) saved and shown, winning with its confirmation, losing
// with its reason, refusals, filters, the table and the analytics; the opportunity dialog.
class tst_PipelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    int m_serial = 0;
    QStringList m_told;
    QStringList m_asked;
    bool m_answer = true;
    QString m_reason;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = m_databases.copyOf(m_dir.filePath(u"template.sqlite"_s),
                                     m_dir.filePath(u"pipeline-%1.sqlite"_s.arg(++m_serial)));
        if (!db)
            qWarning("%s", qPrintable(m_databases.error()));
        return db;
    }
    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    void hook(PipelineView &view)
    {
        m_told.clear();
        m_asked.clear();
        view.setHooks(
            [this](const QString &, const QString &text) {
                m_asked.append(text);
                return m_answer;
            },
            [this](const QString &, const QString &) { return m_reason; },
            [this](const QString &, const QString &text) { m_told.append(text); });
    }
    static int rows(PipelineView &view, OpportunityStage stage)
    {
        return view.board()->column(stage)->model()->rowCount();
    }
    /// Drops the cards on a column as a drag from another column would.
    static void dropOn(PipelineView &view, OpportunityStage stage, const QList<qint64> &ids)
    {
        QListView *column = view.board()->column(stage);
        QModelIndexList indexes;
        for (qint64 id : ids)
            indexes.append(view.model()->index(view.model()->rowOf(id), 0));
        std::unique_ptr<QMimeData> mime(view.model()->mimeData(indexes));
        // Enter, move, drop: the order a drag delivers them in (the drop goes to the target
        // the enter found).
        QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(QPoint(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton,
                            Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        // After a move drop the dragging view asks its model to remove the rows: refused.
        const int before = view.model()->rowCount();
        QVERIFY(!view.board()->column(stage)->model()->removeRows(0, 1));
        QCOMPARE(view.model()->rowCount(), before);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_pipelineview"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        auto db = m_databases.open(m_dir.filePath(u"template.sqlite"_s));
        QVERIFY2(db, qPrintable(m_databases.error()));
        SampleOptions options;
        options.accounts = 150;
        options.revenueEntries = 3000;
        QVERIFY(SampleGenerator(options).generate(*db).ok());
        db.reset();
    }
    void init()
    {
        QSettings().clear();
        m_answer = true;
        m_reason.clear();
    }

    void theTableTheTabAndTheFiltersAreRemembered()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        qint64 owner = 0;
        int filteredRows = -1;
        QString filteredSummary;
        {
            PipelineView view;
            view.setDatabase(db.get());
            view.reload();
            QVERIFY(view.ownerFilter()->count() > 1);
            view.ownerFilter()->setCurrentIndex(1);
            owner = view.ownerFilter()->currentData().toLongLong();
            view.kindFilter()->setCurrentIndex(
                view.kindFilter()->findData(int(AccountKind::Customer)));
            view.periodFilter()->setCurrentIndex(
                view.periodFilter()->findData(int(ClosePeriod::ThisQuarter)));
            view.tabs()->setCurrentIndex(1);
            QHeaderView *header = view.table()->horizontalHeader();
            header->moveSection(header->visualIndex(PipelineModel::ValueColumn), 0);
            header->setSectionHidden(PipelineModel::WeightedColumn, true);
            filteredRows = view.table()->model()->rowCount();
            filteredSummary = view.summaryText();
        } // closing the view keeps its layout
        {
            // As after a restart: QSettings reads its values back as text.
            QSettings settings;
            for (const QString &key : settings.allKeys()) {
                if (settings.value(key).typeId() != QMetaType::QByteArray)
                    settings.setValue(key, settings.value(key).toString());
            }
        }
        PipelineView view;
        view.setDatabase(db.get());
        view.reload();
        QCOMPARE(view.ownerFilter()->currentData().toLongLong(), owner);
        QCOMPARE(view.kindFilter()->currentData().toInt(), int(AccountKind::Customer));
        QCOMPARE(view.periodFilter()->currentData().toInt(), int(ClosePeriod::ThisQuarter));
        QCOMPARE(view.tabs()->currentIndex(), 1);
        QHeaderView *header = view.table()->horizontalHeader();
        QCOMPARE(header->logicalIndex(0), int(PipelineModel::ValueColumn));
        QVERIFY(header->isSectionHidden(PipelineModel::WeightedColumn));
        // And they apply: the same deals are listed as when the view was closed.
        QCOMPARE(view.table()->model()->rowCount(), filteredRows);
        QCOMPARE(view.summaryText(), filteredSummary);
    }

    void boardShowsEveryOpenDealByStage()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PipelineView view;
        view.setDatabase(db.get());
        view.resize(1300, 800);
        view.show();
        view.reload();
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 open
            = scalar(*db,
                     u"SELECT count(*) FROM opportunities WHERE stage NOT IN ('won', 'lost')"_s)
                  .toLongLong();
        QVERIFY(open > 0);
        int onBoard = 0;
        for (OpportunityStage stage :
             { OpportunityStage::Lead, OpportunityStage::Qualified, OpportunityStage::Proposal,
               OpportunityStage::Negotiation }) {
            const qint64 inStage = scalar(*db,
                                          u"SELECT count(*) FROM opportunities WHERE stage "
                                          "= '%1'"_s.arg(toCode(stage)))
                                       .toLongLong();
            QCOMPARE(rows(view, stage), int(inStage));
            QVERIFY2(view.board()->headingText(stage).startsWith(toLabel(stage) + u'\n'
                                                                 + QString::number(inStage)),
                     qPrintable(view.board()->headingText(stage)));
            onBoard += rows(view, stage);
        }
        QCOMPARE(onBoard, int(open));
        // The stale cards are the ones the dashboard counts.
        int stale = 0;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            stale += view.model()->index(row, 0).data(PipelineModel::StaleRole).toBool() ? 1 : 0;
        QVERIFY(stale > 0);
        QCOMPARE(PipelineAnalytics::staleCount(*db, QDate::currentDate()).value(), qint64(stale));
        QVERIFY(
            view.board()->headingText(OpportunityStage::Won).startsWith(u"Won, last 30 days"_s));
        QVERIFY2(view.summaryText().startsWith(QLocale().toString(open) + u" open opportunities"_s),
                 qPrintable(view.summaryText()));

        // Filters: one owner, then customers only, then nothing due this far back.
        const qint64 owner
            = scalar(*db,
                     u"SELECT owner_id FROM opportunities WHERE owner_id IS NOT NULL AND "
                     "stage NOT IN ('won', 'lost') GROUP BY owner_id ORDER BY count(*) DESC "
                     "LIMIT 1"_s)
                  .toLongLong();
        view.ownerFilter()->setCurrentIndex(view.ownerFilter()->findData(owner));
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QCOMPARE(view.model()->cardAt(row)->ownerId, std::optional<qint64>(owner));
        QVERIFY(view.model()->rowCount() > 0);
        view.ownerFilter()->setCurrentIndex(0);
        view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(int(AccountKind::Customer)));
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QCOMPARE(view.model()->cardAt(row)->accountKind, AccountKind::Customer);
        view.kindFilter()->setCurrentIndex(0);
        view.periodFilter()->setCurrentIndex(
            view.periodFilter()->findData(int(ClosePeriod::Overdue)));
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QVERIFY(view.model()->cardAt(row)->expectedClose < QDate::currentDate());
        view.periodFilter()->setCurrentIndex(0);
        QCOMPARE(view.model()->rowCount(),
                 onBoard + rows(view, OpportunityStage::Won) + rows(view, OpportunityStage::Lost));

        // The table shows the same rows; the analytics fill when their tab opens.
        QCOMPARE(view.table()->model()->rowCount(), view.model()->rowCount());
        view.tabs()->setCurrentIndex(2);
        QCOMPARE(view.stagesTable()->rowCount(), 5);
        QCOMPARE(view.stagesTable()->item(4, 1)->text(), QLocale().toString(open));
        QCOMPARE(view.cycleTable()->rowCount(), 2);
        QVERIFY(view.cycleTable()->item(0, 4)->text().endsWith(u" d"_s));
        QVERIFY(view.forecastTable()->rowCount() > 0);
        QCOMPARE(view.distributionTable()->rowCount(), 5);
        QCOMPARE(view.dwellTable()->rowCount(), 4);
    }

    // Open deals in a currency with no rate today are named: in the column's heading (counted,
    // with the sentence as its tooltip), the summary and the analytics note; not summed.
    void dealsNoRateConvertsAreNamed()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM exchange_rates WHERE currency = 'JPY'"_s)
                     .toLongLong(),
                 0);
        const qint64 account = scalar(*db, u"SELECT min(id) FROM accounts"_s).toLongLong();
        QSqlQuery q(db->connection());
        for (const char *value : { "150000", "2500" })
            QVERIFY(q.exec(u"INSERT INTO opportunities (account_id, title, deal_type, "
                           "expected_value_minor, currency, probability, stage, first_contact, "
                           "created_at, updated_at) VALUES (%1, 'Yen deal', 'sale', %2, 'JPY', "
                           "10, 'lead', '2026-01-01', '2026-01-01', '2026-01-01')"_s.arg(account)
                               .arg(QLatin1StringView(value))));
        PipelineView view;
        view.setDatabase(db.get());
        view.reload();
        const QString sentence = u"2 JPY deals, 152,500 JPY, have no JPY rate on or before today "
                                 "and are not in these figures — add rates in Settings."_s;
        const PipelineModel::Totals lead = view.model()->totals(OpportunityStage::Lead);
        QCOMPARE(lead.unconverted.amounts(),
                 (QList<UnconvertedAmount> { { u"JPY"_s, 2, 152'500 } }));
        QCOMPARE(view.board()->headingToolTip(OpportunityStage::Lead), sentence);
        QVERIFY2(view.board()->headingText(OpportunityStage::Lead).endsWith(u"2 not converted"_s),
                 qPrintable(view.board()->headingText(OpportunityStage::Lead)));
        QCOMPARE(view.board()->headingToolTip(OpportunityStage::Qualified), QString());
        QVERIFY2(view.summaryText().endsWith(u"move it. "_s + sentence),
                 qPrintable(view.summaryText()));
        view.tabs()->setCurrentIndex(2);
        const auto *note = view.findChild<QLabel *>(u"pipelineAnalyticsNote"_s);
        QVERIFY(note);
        QVERIFY2(note->text().endsWith(sentence), qPrintable(note->text()));
    }

    void dropsMoveWinAndLose()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PipelineView view;
        hook(view);
        view.setDatabase(db.get());
        view.resize(1300, 800);
        view.show();
        view.reload();
        // An open customer sale with a value, and an open client engagement.
        const qint64 sale = scalar(*db,
                                   u"SELECT o.id FROM opportunities o JOIN accounts a ON "
                                   "a.id = o.account_id WHERE o.stage = 'lead' AND "
                                   "o.deal_type = 'sale' AND a.kind = 'customer' LIMIT 1"_s)
                                .toLongLong();
        const qint64 engagement
            = scalar(*db,
                     u"SELECT o.id FROM opportunities o JOIN accounts a ON a.id = "
                     "o.account_id WHERE o.stage IN ('lead', 'qualified') AND o.deal_type = "
                     "'engagement' AND a.kind = 'client' AND o.contract_id IS NULL LIMIT 1"_s)
                  .toLongLong();
        QVERIFY(sale > 0 && engagement > 0);

        // A real drop event on the Proposal column moves the sale there.
        const int proposals = rows(view, OpportunityStage::Proposal);
        dropOn(view, OpportunityStage::Proposal, { sale });
        QCOMPARE(rows(view, OpportunityStage::Proposal), proposals + 1);
        QCOMPARE(
            scalar(*db, u"SELECT stage FROM opportunities WHERE id = %1"_s.arg(sale)).toString(),
            u"proposal"_s);
        QCOMPARE(scalar(*db,
                        u"SELECT count(*) FROM opportunity_stages WHERE opportunity_id = %1 "
                        "AND stage = 'proposal' AND changed_on = '%2'"_s.arg(sale)
                            .arg(QDate::currentDate().toString(Qt::ISODate)))
                     .toInt(),
                 1);
        QVERIFY(m_told.isEmpty());

        // Lost needs a reason: none given, nothing changes.
        m_reason.clear();
        view.moveCards({ sale }, OpportunityStage::Lost);
        QCOMPARE(view.model()->card(sale)->stage, OpportunityStage::Proposal);
        m_reason = u"Chose a cheaper course"_s;
        view.moveCards({ sale }, OpportunityStage::Lost);
        QCOMPARE(view.model()->card(sale)->stage, OpportunityStage::Lost);
        QCOMPARE(scalar(*db, u"SELECT lost_reason FROM opportunities WHERE id = %1"_s.arg(sale))
                     .toString(),
                 m_reason);
        // A closed deal moves only after Reopen, and says so.
        dropOn(view, OpportunityStage::Qualified, { sale });
        QCOMPARE(view.model()->card(sale)->stage, OpportunityStage::Lost);
        QCOMPARE(m_told.size(), 1);
        QVERIFY2(m_told.first().contains(u"reopen it before moving it"_s),
                 qPrintable(m_told.first()));
        view.reopen(sale);
        QCOMPARE(view.model()->card(sale)->stage, OpportunityStage::Proposal);

        // Winning the engagement asks first with what it will create; No changes nothing.
        const qint64 contracts = scalar(*db, u"SELECT count(*) FROM contracts"_s).toLongLong();
        m_answer = false;
        view.moveCards({ engagement }, OpportunityStage::Won);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(u"draft contract"_s), qPrintable(m_asked.first()));
        QVERIFY(view.model()->card(engagement)->stage != OpportunityStage::Won);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contracts"_s).toLongLong(), contracts);
        m_answer = true;
        const int won = rows(view, OpportunityStage::Won);
        dropOn(view, OpportunityStage::Won, { engagement });
        QCOMPARE(view.model()->card(engagement)->stage, OpportunityStage::Won);
        QCOMPARE(rows(view, OpportunityStage::Won), won + 1);
        const qint64 linked
            = scalar(*db, u"SELECT contract_id FROM opportunities WHERE id = %1"_s.arg(engagement))
                  .toLongLong();
        QVERIFY(linked > 0);
        QCOMPARE(
            scalar(*db, u"SELECT status FROM contracts WHERE id = %1"_s.arg(linked)).toString(),
            u"draft"_s);

        // Winning the sale books it.
        const qint64 revenue = scalar(*db, u"SELECT count(*) FROM revenue_entries"_s).toLongLong();
        view.moveCards({ sale }, OpportunityStage::Won);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM revenue_entries"_s).toLongLong(), revenue + 1);
        QVERIFY(m_asked.last().contains(u"records a sale of"_s));
    }

    void aWinWithoutValueIsRefused()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 id
            = scalar(*db, u"SELECT id FROM opportunities WHERE stage = 'lead' LIMIT 1"_s)
                  .toLongLong();
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(u"UPDATE opportunities SET expected_value_minor = 0 WHERE id = %1"_s.arg(id)));
        PipelineView view;
        hook(view);
        view.setDatabase(db.get());
        view.reload();
        view.moveCards({ id }, OpportunityStage::Won);
        QVERIFY(m_asked.isEmpty()); // refused before asking
        QCOMPARE(m_told.size(), 1);
        QVERIFY2(m_told.first().contains(u"without a value"_s), qPrintable(m_told.first()));
        QCOMPARE(view.model()->card(id)->stage, OpportunityStage::Lead);
    }

    void dialogChecksAsTheUserTypes()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 account
            = scalar(*db, u"SELECT id FROM accounts WHERE kind = 'client' LIMIT 1"_s).toLongLong();
        OpportunityDialog dialog(*db, account);
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no title yet
        dialog.titleField()->setText(u"Transfer pricing study"_s);
        dialog.valueField()->setText(u"250,000,000"_s);
        QVERIFY2(save->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        // The stage brings its probability.
        dialog.stageField()->setCurrentIndex(
            dialog.stageField()->findData(int(OpportunityStage::Proposal)));
        QCOMPARE(dialog.probabilityField()->value(), 50);
        // Expected close before the first contact is refused with a sentence.
        dialog.firstContactField()->setDate(QDate(2026, 6, 1));
        dialog.expectedCloseBox()->setChecked(true);
        dialog.expectedCloseField()->setDate(QDate(2026, 5, 1));
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.problemLabel()->text().contains(u"before the first contact"_s),
                 qPrintable(dialog.problemLabel()->text()));
        dialog.expectedCloseField()->setDate(QDate(2026, 12, 1));
        dialog.valueField()->setText(u"12x"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.problemLabel()->text().startsWith(u"Expected value:"_s));
        dialog.valueField()->setText(u"250,000,000"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = OpportunityRepository(*db).get(dialog.savedId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->stage, OpportunityStage::Proposal);
        QCOMPARE(saved->probability, 50);
        QCOMPARE(saved->expectedValue.minorUnits(), 250'000'000'00);
        QCOMPARE(saved->dealType, DealType::Engagement); // a client's deal
        QCOMPARE(saved->expectedClose, QDate(2026, 12, 1));

        // Editing keeps the stage, changes the details.
        OpportunityDialog edit(*db, *saved);
        QVERIFY(!edit.stageField()->isEnabled());
        edit.probabilityField()->setValue(65);
        edit.accept();
        QCOMPARE(OpportunityRepository(*db).get(saved->id)->probability, 65);
        QCOMPARE(OpportunityRepository(*db).get(saved->id)->stage, OpportunityStage::Proposal);
    }

    void aNewDealFollowsTheChosenAccountsCurrency()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 usd
            = scalar(*db, u"SELECT min(id) FROM accounts WHERE kind = 'client'"_s).toLongLong();
        const qint64 firm
            = scalar(*db, u"SELECT max(id) FROM accounts WHERE kind = 'client'"_s).toLongLong();
        QVERIFY(usd != firm);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"UPDATE accounts SET currency = 'USD' WHERE id = %1"_s.arg(usd)));
        QVERIFY(q.exec(u"UPDATE accounts SET currency = NULL WHERE id = %1"_s.arg(firm)));
        const QString firmCurrency
            = scalar(*db,
                     u"SELECT coalesce((SELECT value FROM settings WHERE key = "
                     "'currency'), 'IDR')"_s)
                  .toString();
        // New Opportunity… from the Pipeline: no account yet; picking one sets the currency.
        OpportunityDialog dialog(*db, 0);
        dialog.accountField()->setCurrentIndex(dialog.accountField()->findData(usd));
        dialog.titleField()->setText(u"Regional retainer"_s);
        dialog.valueField()->setText(u"1,500.50"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = OpportunityRepository(*db).get(dialog.savedId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->expectedValue, Money(150050, u"USD"_s));
        // Back to an account without a currency of its own: the firm's.
        OpportunityDialog other(*db, 0);
        other.accountField()->setCurrentIndex(other.accountField()->findData(usd));
        other.accountField()->setCurrentIndex(other.accountField()->findData(firm));
        other.titleField()->setText(u"Local study"_s);
        other.valueField()->setText(u"2,000"_s);
        other.accept();
        QCOMPARE(OpportunityRepository(*db).get(other.savedId())->expectedValue.currency(),
                 firmCurrency);
    }

    void accountPagesListTheirDeals()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 client = scalar(*db,
                                     u"SELECT account_id FROM opportunities o JOIN accounts a "
                                     "ON a.id = o.account_id WHERE a.kind = 'client' GROUP "
                                     "BY account_id ORDER BY count(*) DESC LIMIT 1"_s)
                                  .toLongLong();
        const qint64 deals
            = scalar(*db, u"SELECT count(*) FROM opportunities WHERE account_id = %1"_s.arg(client))
                  .toLongLong();
        const qint64 won = scalar(*db,
                                  u"SELECT count(*) FROM opportunities WHERE account_id = %1 "
                                  "AND stage = 'won'"_s.arg(client))
                               .toLongLong();
        ClientPage page;
        page.setDatabase(db.get());
        QVERIFY(page.showClient(client));
        QCOMPARE(page.opportunities()->table()->rowCount(), int(deals));
        QVERIFY2(page.opportunities()->summary().contains(u"%1 won"_s.arg(won)),
                 qPrintable(page.opportunities()->summary()));
        // Open deals come first.
        const qint64 open = scalar(*db,
                                   u"SELECT count(*) FROM opportunities WHERE account_id = "
                                   "%1 AND stage NOT IN ('won', 'lost')"_s.arg(client))
                                .toLongLong();
        const QString first = page.opportunities()->table()->item(0, 1)->text();
        QCOMPARE(first.startsWith(u"Won"_s) || first.startsWith(u"Lost"_s), open == 0);

        const qint64 customer
            = scalar(*db,
                     u"SELECT id FROM accounts a WHERE kind = 'customer' AND NOT EXISTS "
                     "(SELECT 1 FROM opportunities o WHERE o.account_id = a.id) LIMIT 1"_s)
                  .toLongLong();
        CustomerPage customerPage;
        customerPage.setDatabase(db.get());
        QVERIFY(customerPage.showCustomer(customer));
        QCOMPARE(customerPage.opportunities()->table()->rowCount(), 0);
        QCOMPARE(customerPage.opportunities()->summary(), u"No opportunities yet."_s);
    }

    void pipelineAreaInTheMainWindow()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        MainWindow window(std::move(db));
        window.resize(1300, 800);
        window.show();
        window.showArea(MainWindow::Area::Pipeline);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.pipelineView()));
        QVERIFY(window.pipelineView()->model()->rowCount() > 0);
    }
};

QTEST_MAIN(tst_PipelineView)
#include "tst_pipelineview.moc"
