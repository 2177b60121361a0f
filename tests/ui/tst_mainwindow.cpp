#include "application.h"
#include "backgroundtask.h"
#include "dialogs/accountdialog.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/contractdialog.h"
#include "dialogs/importwizard.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "models/clientagendamodel.h"
#include "models/portfoliosummary.h"
#include "postgrestestsupport.h"
#include "sample/samplegenerator.h"
#include "session/session.h"
#include "storage/accountrepository.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "time/timeview.h"
#include "userprompts.h"
#include "views/analyticsview.h"
#include "views/clientpage.h"
#include "views/clientsview.h"
#include "views/contractsview.h"
#include "views/customerpage.h"
#include "views/customersview.h"
#include "views/dashboardview.h"
#include "views/nodatabasepanel.h"
#include "views/pipelineview.h"
#include "views/reportsview.h"
#include "views/welcomepanel.h"
#include "views/worklistview.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::MainWindow;
using Area = cd::MainWindow::Area;
using Figure = cd::PortfolioSummary::Figure;

namespace {

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 countAccounts(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM accounts"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 countRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QString kTimestamps = u"'2024-01-01T00:00:00', '2024-01-01T00:00:00'"_s;

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db.ok()) {
            qWarning() << db.error();
            return {};
        }
        return std::move(db).value();
    }

    // A window whose messages are recorded instead of shown in modal boxes.
    std::unique_ptr<MainWindow> makeWindow(std::unique_ptr<Database> db)
    {
        auto window = std::make_unique<MainWindow>(std::move(db));
        window->setPrompts(&m_prompts);
        return window;
    }

    QTemporaryDir m_dir;
    cd::RecordingPrompts m_prompts;

    /// A sample portfolio of `accounts` accounts in the scratch server database `pg`.
    static std::unique_ptr<Database> serverSample(const ScratchPostgres &pg, int accounts,
                                                  int revenueEntries)
    {
        auto db = Database::open(pg.url());
        if (!db) {
            qWarning("%s", qPrintable(db.error()));
            return nullptr;
        }
        cd::SampleOptions options;
        options.accounts = accounts;
        options.revenueEntries = revenueEntries;
        if (!cd::SampleGenerator(options).generate(**db).ok())
            return nullptr;
        return std::move(db).value();
    }

private slots:
    void initTestCase()
    {
        // Keep the developer's own settings out of it.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // Tools > Audit Log lists who changed what, filtered by kind of record and by a search.
    void theAuditLogShowsWhoChangedWhat()
    {
        auto window = makeWindow(openDb(u"audit.sqlite"_s));
        QVERIFY(window->database());
        cd::AccountRepository accounts(*window->database());
        for (const QString &name : { u"PT Satu"_s, u"PT Dua"_s, u"CV Tiga"_s }) {
            cd::Account a;
            a.name = name;
            a.kind = cd::AccountKind::Customer;
            QVERIFY(accounts.insert(a).ok());
        }
        QAction *action = nullptr;
        for (QAction *candidate : window->findChildren<QAction *>()) {
            if (candidate->text() == u"&Audit Log…"_s)
                action = candidate;
        }
        QVERIFY(action && action->isEnabled());

        cd::AuditLogDialog dialog(*window->database(), window.get());
        QCOMPARE(dialog.table()->model()->rowCount(), 3);
        QCOMPARE(dialog.statusLabel()->text(), u"3 changes, newest first."_s);
        QTest::keyClicks(dialog.searchField(), u"pt "_s);
        QCOMPARE(dialog.table()->model()->rowCount(), 2);
        QCOMPARE(dialog.statusLabel()->text(), u"2 of 3 changes match."_s);
        dialog.searchField()->clear();
        dialog.recordField()->setCurrentIndex(dialog.recordField()->findData(u"contract"_s));
        QCOMPARE(dialog.table()->model()->rowCount(), 0);
        QCOMPARE(dialog.statusLabel()->text(), u"No changes are recorded yet."_s);
    }

    // On a shared server, a colleague's change shows up by itself; the list keeps the
    // selected account and where it was scrolled to.
    void othersChangesRefreshTheListInPlace()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        auto db = serverSample(pg, 200, 1000);
        QVERIFY(db);
        auto window = makeWindow(std::move(db));
        QVERIFY(window->session()->changeFeed() && window->session()->changeFeed()->isActive());
        window->resize(1200, 500);
        window->show();
        window->showArea(Area::Clients);
        QTableView *table = window->clientsView()->table();
        auto *model = window->clientsView()->model();
        QVERIFY(model->rowCount() > 30);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // Select a client far down the list and scroll there.
        const QModelIndex chosen = table->model()->index(25, 0);
        table->setCurrentIndex(chosen);
        table->scrollTo(chosen, QAbstractItemView::PositionAtCenter);
        const qint64 id = chosen.data(cd::ClientListModel::IdRole).toLongLong();
        const int scrolled = table->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // A colleague renames another client, on a connection of their own.
        const qint64 otherId
            = table->model()->index(3, 0).data(cd::ClientListModel::IdRole).toLongLong();
        auto colleague = Database::open(pg.url());
        QVERIFY(colleague.ok());
        cd::Account renamed = *cd::AccountRepository(**colleague).get(otherId);
        renamed.name = u"PT Renamed Elsewhere"_s;
        QVERIFY(cd::AccountRepository(**colleague).update(renamed).ok());

        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(otherId) >= 0
                                     && model->index(model->rowOf(otherId), 0).data().toString()
                                         == u"PT Renamed Elsewhere"_s,
                                 5000);
        QCOMPARE(table->currentIndex().data(cd::ClientListModel::IdRole).toLongLong(), id);
        QCOMPARE(table->verticalScrollBar()->value(), scrolled);
    }

    // An open customer page shows a colleague's change too, on the tab the user was reading.
    void othersChangesRefreshAnOpenCustomerPage()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        ScratchPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        auto db = serverSample(pg, 40, 400);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT min(id) FROM accounts WHERE kind = 'customer'"_s) && q.next());
        const qint64 id = q.value(0).toLongLong();
        auto window = makeWindow(std::move(db));
        window->show();
        window->showArea(Area::Customers);
        window->openCustomer(id);
        cd::CustomerPage *page = window->customerPage();
        QCOMPARE(page->customerId(), id);
        page->tabs()->setCurrentIndex(page->tabs()->count() - 1);
        const int tab = page->tabs()->currentIndex();

        auto colleague = Database::open(pg.url());
        QVERIFY(colleague.ok());
        cd::Account renamed = *cd::AccountRepository(**colleague).get(id);
        renamed.name = u"Toko Renamed Elsewhere"_s;
        QVERIFY(cd::AccountRepository(**colleague).update(renamed).ok());

        QTRY_VERIFY_WITH_TIMEOUT(page->headerLabel()->text().contains(u"Toko Renamed Elsewhere"_s),
                                 5000);
        QCOMPARE(window->currentPage(), page);
        QCOMPARE(page->tabs()->currentIndex(), tab);
    }

    void init() { m_prompts.messages.clear(); }

    void emptyDatabaseOpensOnWelcomePanel()
    {
        auto window = makeWindow(openDb(u"empty.sqlite"_s));
        QVERIFY(window->database());
        QCOMPARE(window->currentArea(), Area::Dashboard);
        QCOMPARE(window->currentPage(), window->welcomePanel());
        QPushButton *sample = window->welcomePanel()->sampleButton();
        QVERIFY(sample->isEnabled());
        QCOMPARE(sample->text(), u"Create sample portfolio"_s);
        QVERIFY(m_prompts.messages.isEmpty());
        // Import CSV… opens the import wizard on this database.
        QPushButton *import = window->welcomePanel()->importButton();
        QVERIFY(import->isEnabled());
        QCOMPARE(import->text(), u"Import CSV…"_s);
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (auto *wizard
                = qobject_cast<cd::ImportWizard *>(QApplication::activeModalWidget())) {
                opened = wizard->windowTitle();
                wizard->reject();
            }
        });
        import->click();
        QVERIFY(!opened.isEmpty());
        QCOMPARE(window->currentPage(), window->welcomePanel());
    }

    void databaseWithAccountOpensOnDashboard()
    {
        auto db = openDb(u"one.sqlite"_s);
        QVERIFY(db);
        QVERIFY(exec(*db,
                     u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                     "('customer', 'Toko Maju', %1)"_s.arg(kTimestamps)));
        auto window = makeWindow(std::move(db));
        QCOMPARE(window->currentPage(), window->dashboard());
        QCOMPARE(window->dashboard()->valueLabel(Figure::Customers)->text(), u"1"_s);
        QCOMPARE(window->dashboard()->valueLabel(Figure::Clients)->text(), u"0"_s);
    }

    void dashboardShowsRealCounts()
    {
        auto db = openDb(u"counts.sqlite"_s);
        QVERIFY(db);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString lastMonth = QDate::currentDate().addMonths(-1).toString(Qt::ISODate);
        const QString twoYearsAgo = QDate::currentDate().addYears(-2).toString(Qt::ISODate);
        QVERIFY(exec(*db,
                     u"INSERT INTO accounts (id, kind, status, name, created_at, updated_at) "
                     "VALUES (1, 'client', 'active', 'A', %1), (2, 'client', 'dormant', 'B', "
                     "%1), (3, 'customer', 'active', 'C', %1), (4, 'customer', 'prospect', "
                     "'D', %1), (5, 'client', 'former', 'E', %1)"_s.arg(kTimestamps)));
        QVERIFY(exec(
            *db,
            u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, "
            "currency, start_date, status, created_at, updated_at) VALUES "
            "(1, 'K-1', 'retainer', 500000, 'EUR', '2024-01-01', 'active', %1), "
            "(2, 'K-2', 'fixed', 100000, 'EUR', '2024-01-01', 'draft', %1)"_s.arg(kTimestamps)));
        QVERIFY(exec(*db,
                     u"INSERT INTO service_requests (account_id, title, opened_at, due_at) "
                     "VALUES (1, 'Late', '2020-01-01T00:00:00', '2020-01-02T00:00:00'), "
                     "(1, 'Later', '2020-01-01T00:00:00', '2999-01-02T00:00:00')"_s));
        QVERIFY(exec(
            *db,
            u"INSERT INTO interactions (account_id, type, occurred_at, subject, "
            "follow_up_on) VALUES (1, 'call', '2024-01-01T10:00:00', 'Call', '%1')"_s.arg(today)));
        // The firm's currency is EUR; the entries in it convert to themselves.
        QVERIFY(exec(*db, u"INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"_s));
        QVERIFY(exec(*db,
                     u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                     "currency, account_kind, converted_minor, created_at) VALUES "
                     "(1, '%1', 250000, 'EUR', 'client', 250000, '2024-01-01T00:00:00'), "
                     "(3, '%1', 1999, 'EUR', 'customer', 1999, '2024-01-01T00:00:00'), "
                     "(3, '%2', 777777, 'EUR', 'customer', 777777, '2024-01-01T00:00:00')"_s.arg(
                         lastMonth, twoYearsAgo)));

        auto window = makeWindow(std::move(db));
        cd::DashboardView *dash = window->dashboard();
        QCOMPARE(window->currentPage(), dash);
        QCOMPARE(dash->errorText(), QString());
        const QLocale locale;
        QCOMPARE(dash->valueLabel(Figure::Clients)->text(), locale.toString(2));
        QCOMPARE(dash->valueLabel(Figure::Customers)->text(), locale.toString(1));
        QCOMPARE(dash->valueLabel(Figure::Prospects)->text(), locale.toString(1));
        QCOMPARE(dash->valueLabel(Figure::ActiveContracts)->text(), locale.toString(1));
        QCOMPARE(dash->valueLabel(Figure::OpenRequests)->text(), locale.toString(2));
        QCOMPARE(dash->valueLabel(Figure::OverdueRequests)->text(), locale.toString(1));
        QCOMPARE(dash->valueLabel(Figure::FollowUpsDue)->text(), locale.toString(1));
        QCOMPARE(dash->valueLabel(Figure::ClientRevenue)->text(),
                 cd::Money(250000, u"EUR"_s).format(locale));
        QCOMPARE(dash->valueLabel(Figure::CustomerRevenue)->text(),
                 cd::Money(1999, u"EUR"_s).format(locale));
        QCOMPARE(dash->valueLabel(Figure::TotalRevenue)->text(),
                 cd::Money(251999, u"EUR"_s).format(locale));

        // New rows show after a refresh, and the Refresh button does the same.
        QVERIFY(exec(*window->database(),
                     u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                     "('client', 'F', %1), ('client', 'G', %1)"_s.arg(kTimestamps)));
        auto *refresh = dash->findChild<QPushButton *>(u"refreshButton"_s);
        QVERIFY(refresh);
        refresh->click();
        QCOMPARE(dash->valueLabel(Figure::Clients)->text(), locale.toString(4));
    }

    void welcomeTurnsIntoDashboardOnceThereAreAccounts()
    {
        auto window = makeWindow(openDb(u"grows.sqlite"_s));
        QCOMPARE(window->currentPage(), window->welcomePanel());
        QVERIFY(exec(*window->database(),
                     u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                     "('client', 'A', %1)"_s.arg(kTimestamps)));
        window->refresh();
        QCOMPARE(window->currentPage(), window->dashboard());
    }

    void eachNavigationEntrySwitchesThePage()
    {
        auto db = openDb(u"nav.sqlite"_s);
        QVERIFY(db);
        QVERIFY(exec(*db,
                     u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                     "('client', 'A', %1)"_s.arg(kTimestamps)));
        auto window = makeWindow(std::move(db));
        QListWidget *nav = window->navigation();
        QCOMPARE(nav->count(), int(MainWindow::areas().size()));
        // Contracts and Reports draw icons of their own, not the style's blank page and
        // floppy disk (issue 30).
        for (const auto &[area, standard] :
             { std::pair { Area::Contracts, QStyle::SP_FileIcon },
               std::pair { Area::Reports, QStyle::SP_DialogSaveButton } }) {
            const QImage icon
                = nav->item(int(MainWindow::areas().indexOf(area)))->icon().pixmap(24).toImage();
            QVERIFY(!icon.isNull());
            QVERIFY(icon != window->style()->standardIcon(standard).pixmap(24).toImage());
            int coloured = 0; // the seal, the signature, the bars
            for (int y = 0; y < icon.height(); ++y) {
                for (int x = 0; x < icon.width(); ++x)
                    coloured += icon.pixelColor(x, y).hsvSaturation() > 120 ? 1 : 0;
            }
            QVERIFY2(coloured > 10, qPrintable(MainWindow::areaTitle(area)));
        }
        QSet<QWidget *> pages;
        // Backwards, so that the first step already leaves the dashboard.
        for (int row = nav->count() - 1; row >= 0; --row) {
            const Area area = MainWindow::areas().at(row);
            QCOMPARE(nav->item(row)->text(), MainWindow::areaTitle(area));
            QVERIFY(!nav->item(row)->icon().isNull());
            nav->setCurrentRow(row);
            QCOMPARE(window->currentArea(), area);
            QWidget *page = window->currentPage();
            QVERIFY(!pages.contains(page));
            pages.insert(page);
            if (area == Area::Dashboard) {
                QCOMPARE(page, window->dashboard());
                continue;
            }
            if (area == Area::Clients) {
                QCOMPARE(page, static_cast<QWidget *>(window->clientsView()));
                continue;
            }
            if (area == Area::Customers) {
                QCOMPARE(page, static_cast<QWidget *>(window->customersView()));
                continue;
            }
            if (area == Area::Pipeline) {
                QCOMPARE(page, static_cast<QWidget *>(window->pipelineView()));
                continue;
            }
            if (area == Area::Analytics) {
                QCOMPARE(page, static_cast<QWidget *>(window->analyticsView()));
                continue;
            }
            if (area == Area::Contracts) {
                QCOMPARE(page, static_cast<QWidget *>(window->contractsView()));
                continue;
            }
            if (area == Area::Time) {
                QCOMPARE(page, static_cast<QWidget *>(window->timeView()));
                continue;
            }
            QCOMPARE(area, Area::Reports);
            QCOMPARE(page, static_cast<QWidget *>(window->reportsView()));
        }
        QCOMPARE(pages.size(), nav->count());

        // The View menu leads to the same pages and keeps the list in step.
        QMenu *view = nullptr;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text().remove(u'&') == u"View"_s)
                view = menu->menu();
        }
        QVERIFY(view);
        for (QAction *action : view->actions()) {
            if (action->text() == MainWindow::areaTitle(Area::Reports))
                action->trigger();
        }
        QCOMPARE(window->currentArea(), Area::Reports);
        QCOMPARE(nav->currentRow(), int(MainWindow::areas().indexOf(Area::Reports)));
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->reportsView()));
        // Its Invoices… leads to the invoices of the Contracts area.
        window->reportsView()->invoicesButton()->click();
        QCOMPARE(window->currentArea(), Area::Contracts);
        QCOMPARE(window->contractsView()->tabs()->currentWidget()->objectName(), u"invoicesTab"_s);
    }

    void statusBarAndTitleNameTheDatabase()
    {
        auto window = makeWindow(openDb(u"named.sqlite"_s));
        const QString path = QDir::toNativeSeparators(m_dir.filePath(u"named.sqlite"_s));
        QCOMPARE(window->databaseStatusText(), path);
        QCOMPARE(window->windowTitle(), u"ClientDesk — named.sqlite"_s);
        auto *schema = window->findChild<QLabel *>(u"schemaLabel"_s);
        QVERIFY(schema);
        QCOMPARE(schema->text(), u"Schema version %1"_s.arg(window->database()->schemaVersion()));
    }

    void openingABadFileKeepsTheDatabase()
    {
        auto window = makeWindow(openDb(u"keep.sqlite"_s));
        Database *before = window->database();
        const QString status = window->databaseStatusText();

        const QString garbage = m_dir.filePath(u"garbage.sqlite"_s);
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are not the tables you are looking for\n");
        }
        const QStringList bad = { garbage, m_dir.path(), m_dir.filePath(u"missing.sqlite"_s) };
        for (const QString &path : bad) {
            m_prompts.messages.clear();
            QVERIFY(!window->openDatabase(path));
            QCOMPARE(m_prompts.messages.size(), 1);
            QCOMPARE(m_prompts.messages.first().icon, QMessageBox::Warning);
            QVERIFY2(m_prompts.messages.first().text.contains(QFileInfo(path).absoluteFilePath()),
                     qPrintable(m_prompts.messages.first().text));
            QCOMPARE(window->database(), before);
            QCOMPARE(window->databaseStatusText(), status);
            QCOMPARE(window->windowTitle(), u"ClientDesk — keep.sqlite"_s);
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));

        // A good one replaces it and is remembered for the next start.
        QVERIFY(openDb(u"other.sqlite"_s));
        m_prompts.messages.clear();
        QVERIFY(window->openDatabase(m_dir.filePath(u"other.sqlite"_s)));
        QVERIFY(m_prompts.messages.isEmpty());
        QCOMPARE(window->windowTitle(), u"ClientDesk — other.sqlite"_s);
        QCOMPARE(QSettings().value(u"database/last"_s).toString(),
                 m_dir.filePath(u"other.sqlite"_s));
    }

    void errorsAppearInAMessageBoxByDefault()
    {
        // Without a hook the real QMessageBox comes up; find it and close it.
        MainWindow window(openDb(u"boxed.sqlite"_s));
        window.show();
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openDatabase(m_dir.path()));
        QVERIFY2(shown.contains(u"is a folder"_s), qPrintable(shown));
        QVERIFY(window.database());
    }

    void creatingOverAnExistingFileIsRefused()
    {
        auto window = makeWindow(openDb(u"first.sqlite"_s));
        QVERIFY(openDb(u"exists.sqlite"_s));
        QVERIFY(!window->createDatabase(m_dir.filePath(u"exists.sqlite"_s)));
        QCOMPARE(m_prompts.messages.size(), 1);
        QVERIFY(m_prompts.messages.first().text.contains(u"already exists"_s));
        QCOMPARE(window->windowTitle(), u"ClientDesk — first.sqlite"_s);

        const QString fresh = m_dir.filePath(u"new/fresh.sqlite"_s);
        QVERIFY(window->createDatabase(fresh));
        QVERIFY(QFile::exists(fresh));
        QCOMPARE(window->windowTitle(), u"ClientDesk — fresh.sqlite"_s);
        QCOMPARE(window->currentPage(), window->welcomePanel());
    }

    void withoutADatabaseThePanelSaysSo()
    {
        auto window = makeWindow(nullptr);
        window->setNoDatabaseReason(u"/x/y.sqlite is read-only."_s);
        QCOMPARE(window->currentPage(), window->noDatabasePanel());
        QCOMPARE(window->noDatabasePanel()->reason(), u"/x/y.sqlite is read-only."_s);
        QVERIFY(window->noDatabasePanel()->findChild<QPushButton *>(u"openDatabaseButton"_s));
        QVERIFY(window->noDatabasePanel()->findChild<QPushButton *>(u"newDatabaseButton"_s));
        QVERIFY(!window->navigation()->isEnabled());
        QCOMPARE(window->windowTitle(), u"ClientDesk"_s);
        QCOMPARE(window->databaseStatusText(), u"No database open"_s);

        QVERIFY(openDb(u"later.sqlite"_s));
        QVERIFY(window->openDatabase(m_dir.filePath(u"later.sqlite"_s)));
        QCOMPARE(window->currentPage(), window->welcomePanel());
        QVERIFY(window->navigation()->isEnabled());
    }

    void sampleGenerationRunsOffTheUiThread()
    {
        auto window = makeWindow(openDb(u"sample.sqlite"_s));
        window->show();
        QCOMPARE(window->currentPage(), window->welcomePanel());

        // Ticks of a UI-thread timer while the worker runs: a blocked UI thread gets none.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QSignalSpy finished(window->session(), &cd::Session::sampleGenerationFinished);
        QSignalSpy progress(window->session()->sampleTask(), &cd::BackgroundTask::progressChanged);

        cd::SampleOptions options;
        options.accounts = 60;
        options.revenueEntries = 2000;
        QVERIFY(window->session()->startSampleGeneration(options));
        QVERIFY(window->session()->isGeneratingSample());
        QVERIFY(window->progressDialog());
        QVERIFY(window->progressDialog()->isVisible());
        QVERIFY(!window->welcomePanel()->sampleButton()->isEnabled());
        QVERIFY(!window->openDatabase(m_dir.filePath(u"sample.sqlite"_s))); // busy
        QVERIFY(!window->session()->startSampleGeneration(options)); // one at a time

        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(m_prompts.messages.isEmpty(), qPrintable(m_prompts.messages.value(0).text));
        QVERIFY(ticks > 0);
        QVERIFY(!progress.isEmpty());
        const QThread *worker = window->session()->sampleTask()->lastThread();
        QVERIFY(worker);
        QVERIFY(worker != QThread::currentThread());
        QVERIFY(!window->session()->isGeneratingSample());
        QCOMPARE(countAccounts(*window->database()), options.accounts);
        QCOMPARE(window->currentPage(), window->dashboard());
        QTRY_VERIFY(!window->progressDialog());
    }

    void cancellingSampleGenerationLeavesTheWelcomePanel()
    {
        auto window = makeWindow(openDb(u"cancel.sqlite"_s));
        window->show();
        QSignalSpy finished(window->session(), &cd::Session::sampleGenerationFinished);
        cd::SampleOptions options;
        options.accounts = 10000;
        options.revenueEntries = 1000000;
        QVERIFY(window->session()->startSampleGeneration(options));
        QProgressDialog *dialog = window->progressDialog();
        QVERIFY(dialog);
        auto *cancel = dialog->findChild<QPushButton *>(u"cancelSampleButton"_s);
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), u"Cancel"_s);
        cancel->click();
        QVERIFY(dialog->isVisible()); // stays up until the worker has stopped
        QVERIFY(!cancel->isEnabled());
        QVERIFY(window->session()->sampleTask()->wasCancelled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_prompts.messages.size(), 1);
        QCOMPARE(m_prompts.messages.first().icon, QMessageBox::Information);
        QVERIFY(!m_prompts.messages.first().text.isEmpty());
        QCOMPARE(countAccounts(*window->database()), 0);
        QCOMPARE(window->currentPage(), window->welcomePanel());
        QVERIFY(window->welcomePanel()->sampleButton()->isEnabled());
    }

    void closingDuringGenerationCancelsAndWaits()
    {
        auto window = makeWindow(openDb(u"closing.sqlite"_s));
        window->show();
        cd::SampleOptions options;
        options.accounts = 10000;
        options.revenueEntries = 1000000;
        QVERIFY(window->session()->startSampleGeneration(options));
        window->close();
        window.reset(); // must cancel, join the worker and not crash
        auto db = openDb(u"closing.sqlite"_s);
        QVERIFY(db);
        QCOMPARE(countAccounts(*db), 0);
    }

    void theDashboardsAgendaOpensTheClient()
    {
        auto db = openDb(u"agenda.sqlite"_s);
        QVERIFY(db);
        cd::SampleOptions options;
        options.accounts = 300; // enough for a neglected client or two
        options.revenueEntries = 3000;
        QVERIFY(cd::SampleGenerator(options).generate(*db).ok());
        auto window = makeWindow(std::move(db));
        window->show();
        window->refresh();
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->dashboard()));
        QListView *risk = window->dashboard()->agendaList(cd::ClientAgendaModel::Kind::AtRisk);
        QVERIFY(risk);
        QVERIFY(risk->model()->rowCount() > 0);
        const QModelIndex first = risk->model()->index(0, 0);
        const qint64 id = first.data(cd::ClientAgendaModel::AccountIdRole).toLongLong();
        emit risk->activated(first);
        QCOMPARE(window->currentArea(), Area::Clients);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->clientPage()));
        QCOMPARE(window->clientPage()->clientId(), id);
        // Back to the list, then the list opens clients too.
        window->showArea(Area::Clients);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->clientsView()));

        // A missed notice, of a contract that renews and of one that ends, is said in words
        // and shown in red; no other notice is red.
        window->showArea(Area::Dashboard);
        QListView *notices
            = window->dashboard()->agendaList(cd::ClientAgendaModel::Kind::NoticeDeadline);
        QVERIFY(notices);
        int missed = 0;
        for (int r = 0; r < notices->model()->rowCount(); ++r) {
            const QModelIndex item = notices->model()->index(r, 0);
            const bool said = item.data().toString().endsWith(u": missed."_s);
            const QVariant brush = item.data(Qt::ForegroundRole);
            const bool red = brush.isValid() && brush.value<QBrush>().color().red() > 150
                && brush.value<QBrush>().color().green() < 100;
            QCOMPARE(red, said);
            missed += said ? 1 : 0;
            if (said)
                QCOMPARE(r, missed - 1); // the missed ones first
        }
        QVERIFY2(missed > 0, "the sample has a missed notice");

        // Follow-ups due are customers' too, as the card counts them; a customer's opens its
        // page in the Customers area.
        QListView *followUps
            = window->dashboard()->agendaList(cd::ClientAgendaModel::Kind::FollowUp);
        QVERIFY(followUps);
        QCOMPARE(window->dashboard()->valueLabel(Figure::FollowUpsDue)->text(),
                 QLocale().toString(followUps->model()->rowCount()));
        qint64 customer = 0;
        for (int r = 0; r < followUps->model()->rowCount() && customer == 0; ++r) {
            const QModelIndex item = followUps->model()->index(r, 0);
            const qint64 account = item.data(cd::ClientAgendaModel::AccountIdRole).toLongLong();
            const auto found = cd::AccountRepository(*window->database()).get(account);
            if (found && found->kind == cd::AccountKind::Customer) {
                customer = account;
                emit followUps->activated(item);
            }
        }
        QVERIFY2(customer != 0, "the sample has a customer's follow-up due");
        QCOMPARE(window->currentArea(), Area::Customers);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->customerPage()));
    }

    // Issue 29: the dashboard's worklist is every item of its lists in one, its count the
    // lists' counts together and by kind each list's; a follow-up marked done there leaves it
    // and the dashboard's list and card; an item opens its account.
    void theWorklistListsWhatTheDashboardDoes()
    {
        auto db = openDb(u"worklist.sqlite"_s);
        QVERIFY(db);
        cd::SampleOptions options;
        options.accounts = 300;
        options.revenueEntries = 3000;
        QVERIFY(cd::SampleGenerator(options).generate(*db).ok());
        auto window = makeWindow(std::move(db));
        window->show();
        window->refresh();
        cd::DashboardView *dashboard = window->dashboard();
        using Kind = cd::ClientAgendaModel::Kind;
        const QList<Kind> kinds { Kind::NoticeDeadline, Kind::FollowUp, Kind::RequestPastDue,
                                  Kind::AtRisk,         Kind::Hours,    Kind::InvoiceOverdue };
        int listed = 0;
        for (Kind kind : kinds)
            listed += dashboard->agendaList(kind)->model()->rowCount();
        QVERIFY(listed > 0);

        dashboard->findChild<QPushButton *>(u"openWorklist"_s)->click();
        QVERIFY(dashboard->showsWorklist());
        cd::WorklistView *worklist = dashboard->worklist();
        QCOMPARE(worklist->table()->model()->rowCount(), listed);
        QVERIFY(worklist->countLabel()->text().startsWith(
            u"Items: %1 (missed or overdue: "_s.arg(QLocale().toString(listed))));
        for (Kind kind : kinds) {
            worklist->kindFilter()->setCurrentIndex(worklist->kindFilter()->findData(int(kind)));
            QCOMPARE(worklist->table()->model()->rowCount(),
                     dashboard->agendaList(kind)->model()->rowCount());
        }

        // Follow-ups: the first one done from here.
        worklist->kindFilter()->setCurrentIndex(
            worklist->kindFilter()->findData(int(Kind::FollowUp)));
        const int followUps = worklist->table()->model()->rowCount();
        QVERIFY(followUps > 0);
        QVERIFY(!worklist->doneButton()->isEnabled());
        worklist->table()->selectRow(0);
        QVERIFY(worklist->doneButton()->isEnabled());
        QVERIFY(worklist->snoozeButton()->isEnabled());
        worklist->doneButton()->click();
        QVERIFY2(worklist->message().isEmpty(), qPrintable(worklist->message()));
        QCOMPARE(worklist->table()->model()->rowCount(), followUps - 1);
        QCOMPARE(dashboard->agendaList(Kind::FollowUp)->model()->rowCount(), followUps - 1);
        QCOMPARE(dashboard->valueLabel(Figure::FollowUpsDue)->text(),
                 QLocale().toString(followUps - 1));
        // Another snoozed a week: gone until then.
        worklist->table()->selectRow(0);
        worklist->snoozeButton()->click();
        QCOMPARE(worklist->table()->model()->rowCount(), followUps - 2);

        // Everything again, and an item opens its account; Dashboard comes back.
        worklist->kindFilter()->setCurrentIndex(0);
        const QModelIndex first = worklist->table()->model()->index(0, 0);
        const qint64 account = first.data(cd::WorklistModel::AccountIdRole).toLongLong();
        emit worklist->table()->activated(first);
        QVERIFY(window->currentArea() == Area::Clients || window->currentArea() == Area::Customers);
        window->showArea(Area::Dashboard);
        QVERIFY(dashboard->showsWorklist());
        worklist->findChild<QPushButton *>(u"worklistBack"_s)->click();
        QVERIFY(!dashboard->showsWorklist());
        QVERIFY(account > 0);
    }

    void createsAClientWithAContractThroughTheUi()
    {
        auto db = openDb(u"newclient.sqlite"_s);
        QVERIFY(db);
        QVERIFY(exec(*db,
                     u"INSERT INTO users (name, created_at) VALUES ('Dewi Kusuma', "
                     "'2024-01-01T00:00:00')"_s));
        auto window = makeWindow(std::move(db));
        window->show();
        window->showArea(Area::Clients);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->clientsView()));

        // The New Client form: first refused while empty and with a bad email, then saved.
        bool formChecked = false;
        QTimer::singleShot(0, this, [&formChecked] {
            auto *dialog = qobject_cast<cd::AccountDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled());
            QVERIFY(dialog->problems().contains(u"An account needs a name."_s));
            QTest::keyClicks(dialog->nameField(), u"PT Baru Sejahtera"_s);
            QTest::keyClicks(dialog->emailField(), u"info@baru"_s);
            QVERIFY(!save->isEnabled());
            QVERIFY(dialog->problems().contains(u"“info@baru” is not an email address."_s));
            QTest::keyClicks(dialog->emailField(), u".co.id"_s);
            dialog->managerField()->setCurrentIndex(1);
            dialog->industryField()->setEditText(u"Logistics"_s);
            QVERIFY(save->isEnabled());
            formChecked = true;
            save->click();
        });
        window->clientsView()->newClientButton()->click();
        QVERIFY(formChecked);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->clientPage()));
        const qint64 id = window->clientPage()->clientId();
        QVERIFY(id > 0);
        QCOMPARE(window->clientPage()->headerLabel()->text(), u"PT Baru Sejahtera"_s);

        // A contract for it, through the contract form.
        window->clientPage()->setContractEditor(
            [](Database &database, const cd::Contract &c, QWidget *parent) {
                cd::ContractDialog dialog(database, c, parent);
                dialog.referenceField()->clear(); // over the numbered one it offers
                QTest::keyClicks(dialog.referenceField(), u"C-2026-900"_s);
                QTest::keyClicks(dialog.feeField(), u"25000000"_s);
                auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
                if (!save->isEnabled())
                    return false;
                save->click();
                return dialog.result() == QDialog::Accepted;
            });
        window->clientPage()->newContractButton()->click();
        QCOMPARE(window->clientPage()->contractsTable()->rowCount(), 1);
        QCOMPARE(countRows(*window->database(),
                           u"SELECT COUNT(*) FROM accounts WHERE kind = 'client' AND name = 'PT "
                           "Baru Sejahtera' AND manager_id IS NOT NULL AND industry = "
                           "'Logistics'"_s),
                 1);
        QCOMPARE(countRows(*window->database(),
                           u"SELECT COUNT(*) FROM contracts WHERE reference = 'C-2026-900' AND "
                           "fee_minor = 2500000000 AND status = 'draft'"_s),
                 1);
        QCOMPARE(countRows(*window->database(), u"SELECT COUNT(*) FROM audit_log"_s), 2);
        // Back in the list, the new client is there.
        window->showArea(Area::Clients);
        QCOMPARE(window->clientsView()->model()->rowCount(), 1);
    }

    void geometryIsRemembered()
    {
        {
            auto window = makeWindow(openDb(u"geometry.sqlite"_s));
            window->show();
            window->resize(1000, 700);
            window->close();
        }
        QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
        auto again = makeWindow(openDb(u"geometry.sqlite"_s));
        QCOMPARE(again->size(), QSize(1000, 700));
    }

    void startLocationPrefersCommandLineThenEnvironmentThenLastOpened()
    {
        const QString last = m_dir.filePath(u"last.sqlite"_s);
        QVERIFY(openDb(u"last.sqlite"_s));
        QSettings().setValue(u"database/last"_s, last);
        qunsetenv("CLIENTDESK_DATABASE");
        QCOMPARE(cd::desktopDatabaseLocation(u"/given.sqlite"_s), u"/given.sqlite"_s);
        QCOMPARE(cd::desktopDatabaseLocation({}), last);
        qputenv("CLIENTDESK_DATABASE", "/from/env.sqlite");
        QCOMPARE(cd::desktopDatabaseLocation({}), u"/from/env.sqlite"_s);
        QCOMPARE(cd::desktopDatabaseLocation(u"/given.sqlite"_s), u"/given.sqlite"_s);
        qunsetenv("CLIENTDESK_DATABASE");
        // A remembered file that has gone away falls back to the default.
        QSettings().setValue(u"database/last"_s, m_dir.filePath(u"gone.sqlite"_s));
        QCOMPARE(cd::desktopDatabaseLocation({}), Database::defaultLocation());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
