#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "dialogs/revenueentriesdialog.h"
#include "mainwindow.h"
#include "models/revenueentrylistmodel.h"
#include "services/analyticsservice.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "views/analyticsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>

using namespace Qt::StringLiterals;
using namespace cd;

// The Analytics area offscreen on a portfolio added up by hand: each chart built with the
// right series, values and labels, its numbers and exports, the empty state, a period that
// ends before it starts, a filter, and the entries behind a clicked bar.
class tst_AnalyticsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    int m_serial = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_ana = 0;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastQuery()));
            return false;
        }
        return true;
    }
    qint64 lastId(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT max(id) FROM "_s + table);
        q.next();
        return q.value(0).toLongLong();
    }
    qint64 account(const QString &name, const QString &kind, const QString &industry,
                   const QVariant &manager)
    {
        exec(u"INSERT INTO accounts (kind, name, industry, manager_id, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, '2024-01-01', '2024-01-01')"_s,
             { kind, name, industry, manager });
        return lastId(u"accounts"_s);
    }
    void revenue(qint64 account, const QString &kind, const QString &day, qint64 amount,
                 const QString &category)
    {
        QVERIFY(exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                     "currency, account_kind, category, converted_minor, created_at) VALUES (?, "
                     "?, ?, 'IDR', ?, ?, ?, '2024-01-01')"_s,
                     { account, day, amount, kind, category, amount }));
    }

    /// The view on the fixture, all time, grouped by month.
    std::unique_ptr<AnalyticsView> view()
    {
        auto v = std::make_unique<AnalyticsView>();
        v->resize(1400, 1600);
        v->setDatabase(m_db.get());
        v->reload();
        if (!v->waitForLoaded())
            return nullptr;
        v->presetBox()->setCurrentIndex(
            v->presetBox()->findData(int(AnalyticsView::Preset::AllTime)));
        return v;
    }

    template<typename T> static T *onlySeries(ChartPanel *panel)
    {
        if (!panel->chart() || panel->chart()->series().isEmpty())
            return nullptr;
        return qobject_cast<T *>(panel->chart()->series().first());
    }

private slots:
    void initTestCase()
    {
        // The view remembers its choices: each test starts from none, away from the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_analyticsview"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
    }

    void init()
    {
        QSettings().clear();
        m_db = m_databases.open(m_dir.filePath(u"analytics-%1.sqlite"_s.arg(++m_serial)));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        QVERIFY(exec(u"INSERT INTO users (name, created_at) VALUES ('Ana', '2024-01-01')"_s));
        m_ana = lastId(u"users"_s);
        // 2024-01: Alfa 1,000.00 + Beta 500.00 (clients), Cahaya 200.00 (customer)
        // 2024-02: Alfa 1,000.00; Dewi 100.00        2024-03: Cahaya 300.00
        const qint64 alfa = account(u"PT Alfa"_s, u"client"_s, u"Logistics"_s, m_ana);
        const qint64 beta = account(u"PT <b>Beta</b>"_s, u"client"_s, u"Retail"_s, QVariant());
        const qint64 cahaya = account(u"Toko Cahaya"_s, u"customer"_s, u"Retail"_s, m_ana);
        const qint64 dewi = account(u"Dewi"_s, u"customer"_s, QString(), QVariant());
        revenue(alfa, u"client"_s, u"2024-01-10"_s, 100000, u"Consulting"_s);
        revenue(beta, u"client"_s, u"2024-01-20"_s, 50000, u"Audit"_s);
        revenue(cahaya, u"customer"_s, u"2024-01-03"_s, 20000, u"Training"_s);
        revenue(alfa, u"client"_s, u"2024-02-05"_s, 100000, u"Consulting"_s);
        revenue(dewi, u"customer"_s, u"2024-02-14"_s, 10000, u"Templates"_s);
        revenue(cahaya, u"customer"_s, u"2024-03-03"_s, 30000, u"Training"_s);
    }
    void cleanup() { m_db.reset(); }

    void revenueByTypeHasItsSeriesValuesAndLabels()
    {
        auto v = view();
        QVERIFY(v);
        ChartPanel *panel = v->byTypePanel();
        auto *series = onlySeries<QStackedBarSeries>(panel);
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets().at(0)->label(), u"Clients"_s);
        QCOMPARE(series->barSets().at(1)->label(), u"Customers"_s);
        QCOMPARE(series->barSets().at(0)->color(), ChartStyle::clientColour());
        QCOMPARE(series->barSets().at(0)->at(0), 1500.0); // whole rupiah
        QCOMPARE(series->barSets().at(1)->at(0), 200.0);
        QCOMPARE(series->barSets().at(0)->at(2), 0.0);
        auto *axis = qobject_cast<QBarCategoryAxis *>(panel->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        // Two lines each, so a year of months fits beside two value axes.
        QCOMPARE(axis->categories(),
                 (QStringList { u"Jan<br>2024"_s, u"Feb<br>2024"_s, u"Mar<br>2024"_s }));
        QVERIFY(!axis->truncateLabels());
        // The numbers, exact and formatted.
        QTableWidget *numbers = panel->numbers();
        QCOMPARE(numbers->rowCount(), 3);
        QCOMPARE(numbers->item(0, 0)->text(), u"Jan 2024"_s);
        QCOMPARE(numbers->item(0, 1)->text(), u"IDR\u00A01,500.00"_s);
        QCOMPARE(numbers->item(1, 3)->text(), u"IDR\u00A01,100.00"_s);

        v->groupingBox()->setCurrentIndex(v->groupingBox()->findData(int(PeriodGrouping::Quarter)));
        v->styleBox()->setCurrentIndex(1); // lines
        QCOMPARE(panel->chart()->series().size(), 2);
        auto *clients = qobject_cast<QLineSeries *>(panel->chart()->series().first());
        QVERIFY(clients);
        QCOMPARE(clients->count(), 1);
        QCOMPARE(clients->at(0).y(), 2500.0);
        QCOMPARE(qobject_cast<QBarCategoryAxis *>(panel->chart()->axes(Qt::Horizontal).first())
                     ->categories(),
                 QStringList { u"Q1<br>2024"_s });
    }

    void everyOtherChartAddsUp()
    {
        auto v = view();
        QVERIFY(v);
        const QList<ChartPanel *> panels = v->panels();
        QCOMPARE(panels.size(), 15); // with time (3) and billing (3)
        // Share: 2,500.00 of 3,100.00 is 80.6 %.
        auto *pie = onlySeries<QPieSeries>(panels.at(1));
        QVERIFY(pie);
        QCOMPARE(pie->slices().at(0)->label(), u"Clients 80.6 %"_s);
        QCOMPARE(pie->slices().at(1)->label(), u"Customers 19.4 %"_s);
        // Paying accounts: January two clients and one customer.
        QCOMPARE(panels.at(2)->numbers()->item(0, 1)->text(), u"2"_s);
        QCOMPARE(panels.at(2)->numbers()->item(0, 2)->text(), u"IDR\u00A0750.00"_s);
        QCOMPARE(panels.at(2)->numbers()->item(0, 3)->text(), u"1"_s);
        // Behaviour: no tags here, so all customer revenue is "Other".
        QCOMPARE(panels.at(3)->numbers()->item(3, 0)->text(), u"Other"_s);
        QCOMPARE(panels.at(3)->numbers()->item(3, 1)->text(), u"IDR\u00A0600.00"_s);
        // Segments by industry, largest first; the name is shown as typed.
        auto *segments = onlySeries<QHorizontalStackedBarSeries>(panels.at(4));
        QVERIFY(segments);
        QCOMPARE(panels.at(4)->numbers()->item(0, 0)->text(), u"Logistics"_s);
        QCOMPARE(panels.at(4)->numbers()->item(1, 0)->text(), u"Retail"_s);
        QCOMPARE(panels.at(4)->numbers()->item(1, 3)->text(), u"IDR\u00A01,000.00"_s);
        QCOMPARE(panels.at(4)->numbers()->item(2, 0)->text(), u"(none)"_s);
        // Concentration: the ranks and the top accounts' share.
        QCOMPARE(panels.at(5)->numbers()->item(0, 1)->text(), u"PT Alfa"_s);
        QCOMPARE(panels.at(5)->numbers()->item(1, 1)->text(), u"PT <b>Beta</b>"_s);
        QCOMPARE(panels.at(5)->chart()->title(), u"Top 10 accounts: 100.0 % of revenue"_s);

        // One manager: Alfa and Cahaya only.
        v->managerBox()->setCurrentIndex(v->managerBox()->findData(m_ana));
        QCOMPARE(panels.at(1)->numbers()->item(2, 1)->text(), u"IDR\u00A02,500.00"_s);
        // One segment value.
        v->segmentBox()->setCurrentIndex(v->segmentBox()->findData(int(Dimension::Industry)));
        v->segmentValueBox()->setCurrentIndex(v->segmentValueBox()->findData(u"Retail"_s));
        QCOMPARE(panels.at(1)->numbers()->item(2, 1)->text(), u"IDR\u00A0500.00"_s);
    }

    // An account manager signed in to a server sees her own accounts' figures: the manager
    // filter, which would offer her colleagues' empty charts, is not shown.
    void anAccountManagerHasNoManagerToChoose()
    {
        if (!UiTestDatabases::onPostgres())
            QSKIP("On a server only: a file has no sign-in.");
        ScratchPostgres *scratch = m_databases.lastScratch();
        QVERIFY(scratch);
        const QString login
            = u"cd_ana_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY2(scratch->exec(u"CREATE ROLE %1 LOGIN"_s.arg(login)), qPrintable(scratch->error()));
        const auto dropRole = qScopeGuard([&] { scratch->exec(u"DROP ROLE %1"_s.arg(login)); });
        QVERIFY(exec(u"UPDATE users SET login = ?, role = 'account_manager' WHERE id = ?"_s,
                     { login, m_ana }));
        {
            QUrl url(scratch->url());
            url.setUserName(login);
            auto ana = Database::open(url.toString());
            QVERIFY2(ana.ok(), qPrintable(ana.error()));
            QVERIFY(!(*ana)->session().seesAll);
            AnalyticsView v;
            v.resize(1400, 1600);
            v.setDatabase(ana->get());
            v.reload();
            QVERIFY(v.waitForLoaded());
            v.presetBox()->setCurrentIndex(
                v.presetBox()->findData(int(AnalyticsView::Preset::AllTime)));
            QVERIFY(v.managerBox()->isHidden());
            // Alfa and Cahaya, hers; not Beta or Dewi.
            QCOMPARE(v.panels().at(1)->numbers()->item(2, 1)->text(), u"IDR\u00A02,500.00"_s);
            v.setDatabase(nullptr);
        }
        auto managers = view();
        QVERIFY(managers);
        QVERIFY(!managers->managerBox()->isHidden());
        QVERIFY(managers->managerBox()->findData(m_ana) > 0);
    }

    void theServiceReadsOneSnapshot()
    {
        // Everything the area shows, read on connections of the service's own from another
        // thread than the one the database was opened on.
        const AnalyticsService service(*m_db);
        QVERIFY(service.seesAll());
        std::optional<Result<AnalyticsSnapshot>> read;
        std::unique_ptr<QThread> worker(
            QThread::create([&service, &read] { read = service.load(QDate::currentDate()); }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        const AnalyticsSnapshot &snapshot = **read;
        QCOMPARE(snapshot.cube.factCount() > 0, true);
        QCOMPARE(snapshot.cube.currency(), u"IDR"_s);
        QVERIFY2(snapshot.pipeline, qPrintable(snapshot.pipelineError));
        QVERIFY2(snapshot.outlook, qPrintable(snapshot.outlookError));
        QVERIFY(!snapshot.ownOnly);
        QCOMPARE(snapshot.managers.size(), 1);
        QCOMPARE(snapshot.managers.first().id, m_ana);
        QCOMPARE(service.managers(), snapshot.managers);
        const auto hers = service.outlook(QDate::currentDate(), m_ana);
        QVERIFY2(hers.ok(), qPrintable(hers.error()));
        QCOMPARE(hers->months.size(), AnalyticsService::outlookMonths);
    }

    void namesAreShownAsTypedNeverAsMarkup()
    {
        const QString hostile = u"<b>Ritel</b> & \"Co\" <script>x</script>"_s;
        QVERIFY(exec(u"UPDATE accounts SET industry = ? WHERE industry = 'Retail'"_s, { hostile }));
        auto v = view();
        QVERIFY(v);
        ChartPanel *panel = v->panels().at(4);
        QCOMPARE(panel->numbers()->item(1, 0)->text(), hostile); // the table is plain text
        auto *axis = qobject_cast<QBarCategoryAxis *>(panel->chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        // Qt Charts renders axis labels as rich text: escaped, they read as typed.
        QVERIFY(axis->categories().contains(hostile.toHtmlEscaped()));
        QVERIFY(!axis->categories().contains(hostile));
        v->segmentBox()->setCurrentIndex(v->segmentBox()->findData(int(Dimension::Industry)));
        QVERIFY(v->segmentValueBox()->findText(hostile) >= 0);
    }

    void exportsWriteTheNumbersAndTheChart()
    {
        auto v = view();
        QVERIFY(v);
        v->show();
        ChartPanel *panel = v->byTypePanel();
        QCOMPARE(panel->numbersAsText().section(u'\n', 0, 1),
                 u"Period\tClients\tCustomers\tTotal\nJan "
                 u"2024\tIDR\u00A01,500.00\tIDR\u00A0200.00\tIDR\u00A0"
                 "1,700.00"_s);
        const QString csv = m_dir.filePath(u"chart.csv"_s);
        QCOMPARE(panel->saveCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("Period,Clients,Customers,Total\r\nJan 2024,"));
        const QString png = m_dir.filePath(u"chart.png"_s);
        QCOMPARE(panel->savePng(png), QString());
        QVERIFY(!QImage(png).isNull());
        const QString svg = m_dir.filePath(u"chart.svg"_s);
        QCOMPARE(panel->saveSvg(svg), QString());
        QFile drawing(svg);
        QVERIFY(drawing.open(QIODevice::ReadOnly));
        const QByteArray text = drawing.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains(">Jan</text>")); // labels stay text, here on two lines
        QVERIFY(text.contains(">2024</text>"));
        QVERIFY(!panel->saveCsv(m_dir.filePath(u"missing/folder/x.csv"_s)).isEmpty());
    }

    void emptyAndImpossiblePeriods()
    {
        auto v = view();
        QVERIFY(v);
        v->presetBox()->setCurrentIndex(
            v->presetBox()->findData(int(AnalyticsView::Preset::Custom)));
        v->fromEdit()->setDate(QDate(2024, 3, 1));
        v->toEdit()->setDate(QDate(2024, 1, 1));
        QVERIFY2(v->statusText().contains(u"before it starts"_s), qPrintable(v->statusText()));
        for (ChartPanel *panel : v->panels())
            QVERIFY(panel->isEmpty());
        v->toEdit()->setDate(QDate(2024, 3, 1));
        QVERIFY(!v->byTypePanel()->isEmpty());
        v->fromEdit()->setDate(QDate(2030, 1, 1));
        v->toEdit()->setDate(QDate(2030, 6, 1));
        QVERIFY(v->byTypePanel()->isEmpty());
        QCOMPARE(v->byTypePanel()->emptyLabel()->text(),
                 u"No revenue in this period for this filter."_s);

        QVERIFY(exec(u"DELETE FROM revenue_entries"_s));
        v->reload();
        QVERIFY(v->waitForLoaded());
        QVERIFY(v->statusText().startsWith(u"No revenue has been recorded yet."_s));
        QVERIFY(v->panels().at(5)->isEmpty());
    }

    void aClickedBarListsTheEntriesBehindIt()
    {
        auto v = view();
        QVERIFY(v);
        QSignalSpy picked(v.get(), &AnalyticsView::picked);
        auto *series = onlySeries<QStackedBarSeries>(v->byTypePanel());
        QVERIFY(series);
        emit series->barSets().at(0)->clicked(0); // January's clients
        QCOMPARE(picked.size(), 1);
        const auto pick = picked.first().first().value<RevenueEntryFilter>();
        QCOMPARE(pick.from, QDate(2024, 1, 1));
        QCOMPARE(pick.to, QDate(2024, 1, 31));
        QCOMPARE(pick.kind, std::optional(AccountKind::Client));

        RevenueEntriesDialog dialog(*m_db, pick);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(dialog.waitForTotals());
        QCOMPARE(dialog.summary(), u"2 entries, together IDR\u00A01,500.00."_s);
        QVERIFY(dialog.heading().startsWith(u"Clients · "_s));
        const QAbstractItemModel *model = dialog.model();
        QCOMPARE(model->index(0, RevenueEntryListModel::Account).data().toString(),
                 u"PT <b>Beta</b>"_s); // newest first, the name as typed
        QCOMPARE(model->index(1, RevenueEntryListModel::Amount).data().toString(),
                 u"IDR\u00A01,000.00"_s);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A segment bar keeps the segment filter and adds its own value.
        RevenueEntryFilter segment = pick;
        segment.kind = AccountKind::Customer;
        segment.from = QDate(2024, 1, 1);
        segment.to = QDate(2024, 3, 31);
        segment.segments
            = { { Dimension::Industry, u"Retail"_s }, { Dimension::Category, u"Training"_s } };
        RevenueEntryListModel entries(*m_db);
        QVERIFY(entries.setFilter(segment).ok());
        QCOMPARE(entries.rowCount(), 2);
        const auto totals = RevenueEntryListModel::totals(*m_db, segment);
        QVERIFY(totals.ok());
        QCOMPARE(totals->count, 2);
        QCOMPARE(totals->totalMinor, 50000);
    }

    void otherCurrenciesAreConvertedAndWhatHasNoRateIsNamed()
    {
        // USD from 2024-01-20 at 15,000.50 IDR: 10.00 USD on the 25th is 150,005.00 IDR, as
        // the writers store it; 5.00 USD on the 5th came before the first rate.
        QVERIFY(exec(u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                     "('USD', '2024-01-20', 150005000000000)"_s));
        const qint64 dollar = account(u"Dollar Pte"_s, u"client"_s, u"Logistics"_s, QVariant());
        QVERIFY(exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                     "currency, account_kind, category, converted_minor, created_at) VALUES "
                     "(?, '2024-01-25', 1000, 'USD', 'client', 'Consulting', 15000500, "
                     "'2024-01-01'), (?, '2024-01-05', 500, 'USD', 'client', 'Consulting', "
                     "NULL, '2024-01-01')"_s,
                     { dollar, dollar }));
        auto v = view();
        QVERIFY(v);
        auto *series = onlySeries<QStackedBarSeries>(v->byTypePanel());
        QVERIFY(series);
        QCOMPARE(series->barSets().at(0)->at(0), 151505.0); // 1,500.00 + 150,005.00
        const QString note = u"1 USD entry from before the first USD rate, 5.00 USD, is not in "
                             "these figures — add rates in Settings."_s;
        QVERIFY2(v->statusText().endsWith(note), qPrintable(v->statusText()));
        // What is left out under each revenue chart; the rule once, in the Numbers table's
        // footnote, shown with the table only.
        const QString rule = u"Amounts in other currencies are converted at the latest rate on "
                             "or before their date, rounded to the cent per entry."_s;
        for (int i = 0; i < 6; ++i) {
            ChartPanel *panel = v->panels().at(i);
            QCOMPARE(panel->footnote(), note);
            QCOMPARE(panel->numbersNote(), rule);
        }
        ChartPanel *byType = v->byTypePanel();
        const auto shownLabels = [byType](const QString &text) {
            int shown = 0;
            for (const QLabel *label : byType->findChildren<QLabel *>())
                shown += label->text() == text && label->isVisibleTo(byType) ? 1 : 0;
            return shown;
        };
        QCOMPARE(shownLabels(note), 1);
        QCOMPARE(shownLabels(rule), 0);
        byType->showNumbers(true);
        QCOMPARE(shownLabels(rule), 1);
        byType->showNumbers(false);
        QCOMPARE(shownLabels(rule), 0);

        // The entries behind January's clients: each with its own and its converted amount.
        RevenueEntryFilter pick;
        pick.from = QDate(2024, 1, 1);
        pick.to = QDate(2024, 1, 31);
        pick.kind = AccountKind::Client;
        RevenueEntriesDialog dialog(*m_db, pick);
        const QAbstractItemModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, RevenueEntryListModel::Account).data().toString(),
                 u"Dollar Pte"_s); // the 25th, newest first
        QVERIFY2(
            model->index(0, RevenueEntryListModel::Amount).data().toString().contains(u"10.00"_s),
            qPrintable(model->index(0, RevenueEntryListModel::Amount).data().toString()));
        QCOMPARE(model->index(0, RevenueEntryListModel::Converted).data().toString(),
                 u"IDR\u00A0150,005.00"_s);
        QCOMPARE(model->index(0, RevenueEntryListModel::Converted).data(Qt::EditRole).toLongLong(),
                 15000500);
        QCOMPARE(model->index(3, RevenueEntryListModel::Converted).data().toString(),
                 u"no rate"_s); // the 5th
        QVERIFY(dialog.waitForTotals());
        QCOMPARE(dialog.summary(), u"4 entries, together IDR\u00A0151,505.00. "_s + note);
    }

    void aFilterChangeRebuildsOnlyTheChartsItChanges()
    {
        auto v = view();
        QVERIFY(v);
        const auto charts = [&v] {
            QList<QChart *> out;
            for (ChartPanel *panel : v->panels())
                out.append(panel->chart());
            return out;
        };
        const auto periods = [&v] {
            auto *series = onlySeries<QStackedBarSeries>(v->byTypePanel());
            return series ? series->barSets().at(0)->count() : -1;
        };
        QList<QChart *> before = charts();
        QCOMPARE(periods(), 3);

        // The segment chart's dimension: that chart alone, now by product category.
        v->breakdownBox()->setCurrentIndex(v->breakdownBox()->findData(int(Dimension::Category)));
        QList<QChart *> after = charts();
        for (int i : { 0, 1, 2, 3, 5, 6, 7, 8 })
            QCOMPARE(after.at(i), before.at(i));
        QVERIFY(after.at(4) != before.at(4));
        QCOMPARE(v->panels().at(4)->numbers()->item(0, 0)->text(), u"Consulting"_s);

        // The grouping: the two charts over periods; one quarter now.
        before = after;
        v->groupingBox()->setCurrentIndex(v->groupingBox()->findData(int(PeriodGrouping::Quarter)));
        after = charts();
        QVERIFY(after.at(0) != before.at(0));
        QVERIFY(after.at(2) != before.at(2));
        for (int i : { 1, 3, 4, 5, 6, 7, 8 })
            QCOMPARE(after.at(i), before.at(i));
        QCOMPARE(periods(), 1);

        // The manager: every revenue chart (and the outlook, empty here: no contracts); Ana's
        // accounts are Alfa and Cahaya.
        before = after;
        v->managerBox()->setCurrentIndex(v->managerBox()->findData(m_ana));
        after = charts();
        for (int i : { 0, 1, 2, 3, 4, 5 })
            QVERIFY(after.at(i) != before.at(i));
        QCOMPARE(v->panels().at(5)->numbers()->rowCount(), 3); // two ranked and the sum
        QCOMPARE(v->panels().at(5)->numbers()->item(1, 1)->text(), u"Toko Cahaya"_s);

        // A reload draws every chart again (the fixture has no deals or contracts: those three
        // show their empty state).
        before = after;
        v->reload();
        QVERIFY(v->waitForLoaded());
        after = charts();
        for (int i = 0; i < 6; ++i)
            QVERIFY(after.at(i) != before.at(i));
    }

    /// Count and sum of a pick's entries, as the entries dialog shows them.
    std::pair<qint64, qint64> entriesOf(const QSignalSpy &picked)
    {
        if (picked.isEmpty())
            return { -1, -1 };
        const auto pick = picked.last().first().value<RevenueEntryFilter>();
        const auto totals = RevenueEntryListModel::totals(*m_db, pick);
        return totals ? std::pair(totals->count, totals->totalMinor) : std::pair(-1LL, -1LL);
    }

    void everyRevenueChartListsTheEntriesBehindItsBarsAndRows()
    {
        // Cahaya is loyal (and new: loyal comes first), Dewi has no behaviour tag.
        QVERIFY(exec(u"INSERT INTO account_tags (account_id, tag, source) VALUES (3, 'new', "
                     "'behaviour'), (3, 'loyal', 'behaviour')"_s));
        auto v = view();
        QVERIFY(v);
        QSignalSpy picked(v.get(), &AnalyticsView::picked);

        // 3: paying accounts, February's customers: Dewi's 100.00.
        auto *payers = qobject_cast<QBarSeries *>(v->panels().at(2)->chart()->series().first());
        QVERIFY(payers);
        emit payers->barSets().at(1)->clicked(1);
        QCOMPARE(picked.last().first().value<RevenueEntryFilter>().kind,
                 std::optional(AccountKind::Customer));
        QCOMPARE(entriesOf(picked), std::pair(1LL, 10000LL));

        // 4: behaviour: loyal is Cahaya's 500.00, new nothing, other Dewi's 100.00.
        auto *behaviour = onlySeries<QBarSeries>(v->panels().at(3));
        QVERIFY(behaviour);
        emit behaviour->barSets().at(0)->clicked(0);
        QCOMPARE(picked.last().first().value<RevenueEntryFilter>().behaviour,
                 std::optional(u"loyal"_s));
        QCOMPARE(entriesOf(picked), std::pair(2LL, 50000LL));
        emit behaviour->barSets().at(0)->clicked(2);
        QCOMPARE(entriesOf(picked), std::pair(0LL, 0LL));
        emit behaviour->barSets().at(0)->clicked(3);
        QCOMPARE(entriesOf(picked), std::pair(1LL, 10000LL));

        // 6: concentration: the curve has no bars; the first ranked row is PT Alfa's 2,000.00.
        QTableWidget *ranked = v->panels().at(5)->numbers();
        QCOMPARE(ranked->item(0, 1)->text(), u"PT Alfa"_s);
        emit ranked->cellActivated(0, 1);
        const auto account = picked.last().first().value<RevenueEntryFilter>();
        QCOMPARE(account.accountId, std::optional(1LL));
        QCOMPARE(entriesOf(picked), std::pair(2LL, 200000LL));
        QVERIFY(RevenueEntriesDialog::describe(account).contains(u"Account: PT Alfa"_s));
        const auto before = picked.size();
        emit ranked->cellActivated(ranked->rowCount() - 1, 1); // "Top 4 together"
        QCOMPARE(picked.size(), before);

        // Rows of the numbers pick like the bars: by-type's March, the segment chart's Retail.
        emit v->byTypePanel()->numbers()->cellActivated(2, 0);
        QVERIFY(!picked.last().first().value<RevenueEntryFilter>().kind);
        QCOMPARE(entriesOf(picked), std::pair(1LL, 30000LL));
        QTableWidget *segments = v->panels().at(4)->numbers();
        QCOMPARE(segments->item(0, 0)->text(), u"Logistics"_s);
        emit segments->cellActivated(1, 0);
        QCOMPARE(entriesOf(picked), std::pair(3LL, 100000LL)); // Beta 500 + Cahaya 200 + 300
    }

    void salesCyclesFunnelAndOutlook()
    {
        // A client engagement won 60 days after first contact, an open customer sale, and an
        // open-ended retainer of 1,000.00 a month.
        const qint64 alfa = 1;
        QVERIFY(exec(u"INSERT INTO opportunities (account_id, title, deal_type, "
                     "expected_value_minor, currency, probability, stage, first_contact, "
                     "expected_close, closed_on, created_at, updated_at) VALUES (?, 'Audit', "
                     "'engagement', 500000, 'IDR', 100, 'won', '2025-01-01', '2025-03-02', "
                     "'2025-03-02', '2025-01-01', '2025-01-01')"_s,
                     { alfa }));
        const qint64 won = lastId(u"opportunities"_s);
        QVERIFY(exec(u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) VALUES "
                     "(?, 'lead', '2025-01-01'), (?, 'won', '2025-03-02')"_s,
                     { won, won }));
        QVERIFY(exec(u"INSERT INTO opportunities (account_id, title, deal_type, "
                     "expected_value_minor, currency, probability, stage, first_contact, "
                     "expected_close, created_at, updated_at) VALUES (3, 'Kits', 'sale', 30000, "
                     "'IDR', 50, 'proposal', '2026-01-01', NULL, '2026-01-01', '2026-01-01')"_s));
        const qint64 open = lastId(u"opportunities"_s);
        QVERIFY(exec(u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) VALUES "
                     "(?, 'proposal', '2026-01-01')"_s,
                     { open }));
        QVERIFY(exec(u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, "
                     "currency, start_date, status, created_at, updated_at) VALUES (?, 'C-1', "
                     "'retainer', 100000, 'IDR', '2025-01-01', 'active', '2025-01-01', "
                     "'2025-01-01')"_s,
                     { alfa }));
        auto v = view();
        QVERIFY(v);
        const QList<ChartPanel *> panels = v->panels();
        QCOMPARE(panels.size(), 15); // with time (3) and billing (3)
        QVERIFY(!panels.at(6)->isEmpty());
        QCOMPARE(panels.at(6)->numbers()->item(0, 0)->text(), u"Clients"_s);
        QCOMPARE(panels.at(6)->numbers()->item(0, 1)->text(), u"60"_s);
        QCOMPARE(panels.at(6)->numbers()->item(0, 3)->text(), u"1"_s);
        QCOMPARE(panels.at(6)->numbers()->item(1, 1)->text(), u"–"_s);
        QVERIFY(!panels.at(7)->isEmpty());
        QCOMPARE(panels.at(7)->numbers()->item(2, 0)->text(), u"Proposal"_s);
        QCOMPARE(panels.at(7)->numbers()->item(2, 1)->text(), u"1"_s);
        QCOMPARE(panels.at(7)->chart()->title(), u"Open deals: 1 · stale: 1"_s);
        QVERIFY(!panels.at(8)->isEmpty());
        QCOMPARE(panels.at(8)->numbers()->rowCount(), 12);
        QCOMPARE(panels.at(8)->numbers()->item(0, 1)->text(), u"IDR\u00A01,000.00"_s);
        QCOMPARE(panels.at(8)->numbers()->item(0, 2)->text(), u"1"_s);
        // Billing (issue 27): the retainer is monthly recurring revenue in every month since
        // it started; nothing invoiced yet, so nothing billed and no DSO.
        QCOMPARE(v->mrrPanel(), panels.at(12));
        QVERIFY(!panels.at(12)->isEmpty());
        const int mrrRows = panels.at(12)->numbers()->rowCount();
        QVERIFY(mrrRows > 0);
        QCOMPARE(panels.at(12)->numbers()->item(mrrRows - 1, 1)->text(), u"IDR\u00A01,000.00"_s);
        QCOMPARE(panels.at(12)->numbers()->item(mrrRows - 1, 2)->text(), u"IDR\u00A00.00"_s);
        QVERIFY(panels.at(12)->footnote().startsWith(u"Monthly recurring revenue: "_s));
        QVERIFY(panels.at(13)->isEmpty());
        QVERIFY(panels.at(13)->emptyLabel()->text().startsWith(u"Nothing billed or collected"_s));
        QVERIFY(panels.at(14)->isEmpty());
        QVERIFY(panels.at(14)->footnote().contains(u"× 90"_s));
        // Another manager's clients have no contracts. The deals do not follow the revenue
        // filter: their charts stay as they are.
        QChart *const cycles = panels.at(6)->chart();
        QChart *const funnel = panels.at(7)->chart();
        v->managerBox()->setCurrentIndex(v->managerBox()->findData(m_ana));
        QCOMPARE(panels.at(8)->numbers()->item(0, 1)->text(), u"IDR\u00A01,000.00"_s);
        QCOMPARE(panels.at(6)->chart(), cycles);
        QCOMPARE(panels.at(7)->chart(), funnel);
        // The billing charts follow the segment: Alfa is in logistics, not in retail; contracts
        // and invoices have no product category.
        v->managerBox()->setCurrentIndex(0);
        v->segmentBox()->setCurrentIndex(v->segmentBox()->findData(int(Dimension::Industry)));
        v->segmentValueBox()->setCurrentIndex(v->segmentValueBox()->findData(u"Logistics"_s));
        QVERIFY(!panels.at(12)->isEmpty());
        QCOMPARE(panels.at(12)->numbers()->item(mrrRows - 1, 1)->text(), u"IDR\u00A01,000.00"_s);
        v->segmentValueBox()->setCurrentIndex(v->segmentValueBox()->findData(u"Retail"_s));
        QVERIFY(panels.at(12)->isEmpty());
        QVERIFY(panels.at(12)->emptyLabel()->text().startsWith(u"No contract runs"_s));
        v->segmentBox()->setCurrentIndex(v->segmentBox()->findData(int(Dimension::Category)));
        for (int i : { 12, 13, 14 }) {
            QVERIFY(panels.at(i)->isEmpty());
            QVERIFY(panels.at(i)->emptyLabel()->text().contains(u"product category"_s));
        }
    }

    void thePeriodGroupingAndStyleAreRemembered()
    {
        {
            auto v = view();
            QVERIFY(v);
            v->groupingBox()->setCurrentIndex(
                v->groupingBox()->findData(int(PeriodGrouping::Quarter)));
            v->styleBox()->setCurrentIndex(1);
        }
        {
            // As after a restart: QSettings reads its values back as text.
            QSettings settings;
            for (const QString &key : settings.allKeys()) {
                if (settings.value(key).typeId() != QMetaType::QByteArray)
                    settings.setValue(key, settings.value(key).toString());
            }
        }
        auto v = std::make_unique<AnalyticsView>();
        QCOMPARE(v->presetBox()->currentData().toInt(), int(AnalyticsView::Preset::AllTime));
        QCOMPARE(v->groupingBox()->currentData().toInt(), int(PeriodGrouping::Quarter));
        QCOMPARE(v->styleBox()->currentIndex(), 1);
    }

    void closingWhileReadingIsSafe()
    {
        // The view goes while its background read still runs (ASan would see a write into
        // freed members).
        for (int i = 0; i < 5; ++i) {
            auto v = std::make_unique<AnalyticsView>();
            v->setDatabase(m_db.get());
            v->reload();
        }
        auto v = view();
        QVERIFY(v);
        QVERIFY(!v->byTypePanel()->isEmpty());
    }

    void theMainWindowShowsTheArea()
    {
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.setDatabase(std::move(m_db)));
        window.showArea(MainWindow::Area::Analytics);
        QCOMPARE(window.currentPage(), window.analyticsView());
        QVERIFY(window.analyticsView()->waitForLoaded());
        // The last twelve months by default; the fixture's revenue is older.
        QVERIFY(window.analyticsView()->byTypePanel()->isEmpty());
        QCOMPARE(window.analyticsView()->byTypePanel()->emptyLabel()->text(),
                 u"No revenue in this period for this filter."_s);
        const QDate today = QDate::currentDate();
        QVERIFY2(window.analyticsView()->statusText().contains(QString::number(today.year())),
                 qPrintable(window.analyticsView()->statusText()));
    }
};

QTEST_MAIN(tst_AnalyticsView)
#include "tst_analyticsview.moc"
