#include "mainwindow.h"

#include "billing/billingdesk.h"
#include "billing/invoicepdf.h"
#include "billing/invoicestab.h"
#include "billing/receivablestab.h"
#include "dialogs/accountdialog.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/cataloguedialog.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/firmprofiledialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/revenueentriesdialog.h"
#include "dialogs/saledialog.h"
#include "dialogs/settingsdialog.h"
#include "mainactions.h"
#include "reminders/calendarfeed.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "reports/reportdialog.h"
#include "services/accountservice.h"
#include "session/jobprogress.h"
#include "session/session.h"
#include "session/sessiondialogs.h"
#include "time/timercontrol.h"
#include "time/timetracker.h"
#include "time/timeview.h"
#include "userprompts.h"
#include "views/analyticsview.h"
#include "views/clientpage.h"
#include "views/clientsview.h"
#include "views/contractsview.h"
#include "views/customerpage.h"
#include "views/customersview.h"
#include "views/dashboardview.h"
#include "views/elidedlabel.h"
#include "views/nodatabasepanel.h"
#include "views/reportsview.h"
#include "views/welcomepanel.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_boxes(std::make_unique<MessageBoxPrompts>(this))
    , m_session(std::make_unique<Session>(*m_boxes))
{
    arrange();
    m_session->close();
}

MainWindow::MainWindow(std::unique_ptr<Database> &&database, QWidget *parent)
    : QMainWindow(parent)
    , m_boxes(std::make_unique<MessageBoxPrompts>(this))
    , m_session(std::make_unique<Session>(*m_boxes))
{
    arrange();
    setDatabase(std::move(database));
}

void MainWindow::arrange()
{
    setMinimumSize(860, 560);
    m_navigator = new AreaNavigator(this);
    m_timeTracker = new TimeTracker(m_session->prompts(), this);
    m_timeView = new TimeView(*m_timeTracker, m_navigator);
    m_navigator->setPage(Area::Time, m_timeView);
    arrangeBilling();
    m_reminders = new Reminders(*new DesktopNotifier(this), &QDateTime::currentDateTime, this);
    m_calendarFeed = new CalendarFeed(this);
    connect(m_calendarFeed, &CalendarFeed::written, this, [this](const QString &error) {
        if (!error.isEmpty())
            showStatus(tr("The calendar file was not updated: %1").arg(error), 15000);
    });
    m_sessionDialogs = new SessionDialogs(*m_session, *m_navigator, this);
    m_jobProgress = new JobProgress(*m_session, this);
    m_actions = new MainActions(*this);
    createStatusBar();
    setCentralWidget(m_navigator);
    connectSession();
    connectPages();

    readSettings();
}

MainWindow::~MainWindow()
{
    // The pages let go of the database before the session closes it (and stops its work).
    m_session->disconnect(this);
    m_navigator->setDatabase(nullptr);
    m_timeTracker->setDatabase(nullptr);
    m_billing->setDatabase(nullptr);
    m_reminders->setDatabase(nullptr);
    m_calendarFeed->setDatabase(nullptr);
    m_session.reset();
}

void MainWindow::connectSession()
{
    Session *session = m_session.get();
    connect(session, &Session::aboutToClose, m_navigator, &AreaNavigator::releaseDatabase);
    connect(session, &Session::aboutToClose, m_timeTracker,
            [this] { m_timeTracker->setDatabase(nullptr); });
    connect(session, &Session::aboutToClose, m_billing,
            [this] { m_billing->setDatabase(nullptr); });
    connect(session, &Session::aboutToClose, m_reminders,
            [this] { m_reminders->setDatabase(nullptr); });
    connect(session, &Session::aboutToClose, m_calendarFeed,
            [this] { m_calendarFeed->setDatabase(nullptr); });
    connect(session, &Session::changedByOthers, m_billing, [this](const QStringList &tables) {
        if (tables.contains(u"invoices"_s) || tables.contains(u"payments"_s))
            m_billing->notifyChanged();
    });
    connect(session, &Session::opened, this, &MainWindow::onDatabaseChanged);
    connect(session, &Session::closed, this, &MainWindow::onDatabaseChanged);
    connect(session, &Session::changedByOthers, m_navigator, &AreaNavigator::refreshForOthers);
    connect(session, &Session::stateChanged, this, &MainWindow::updateState);
    connect(session, &Session::statusMessage, this, &MainWindow::showStatus);
    connect(session, &Session::jobFinished, this,
            [this](Session::Job job, bool ok) { onJobFinished(int(job), ok); });
    connect(m_navigator, &AreaNavigator::statusMessage, this, &MainWindow::showStatus);
    connect(m_navigator, &AreaNavigator::pageChanged, this, &MainWindow::updateState);
}

void MainWindow::connectPages()
{
    connect(clientsView(), &ClientsView::newClientRequested, this, &MainWindow::newClient);
    connect(customersView(), &CustomersView::recordSaleRequested, this, &MainWindow::recordSale);
    connect(customersView(), &CustomersView::catalogueRequested, this, &MainWindow::showCatalogue);
    connect(clientPage(), &ClientPage::reportRequested, this, &MainWindow::showReport);
    connect(analyticsView(), &AnalyticsView::picked, this, [this](const RevenueEntryFilter &pick) {
        if (!database())
            return;
        RevenueEntriesDialog dialog(*database(), pick, this);
        dialog.exec();
    });
    const auto startTimer = [this](qint64 account, qint64 contract, qint64 request) {
        m_timeTracker->start(this, account, contract, request);
    };
    connect(clientPage(), &ClientPage::startTimerRequested, this, startTimer);
    connect(contractsView(), &ContractsView::startTimerRequested, this, startTimer);
    connect(m_navigator, &AreaNavigator::pageRefreshRequested, this, [this](Area area) {
        if (area == Area::Time)
            m_timeView->activate();
    });
    connect(m_timeView, &TimeView::statusMessage, this, &MainWindow::showStatus);
    connect(noDatabasePanel(), &NoDatabasePanel::openRequested, m_sessionDialogs,
            &SessionDialogs::chooseAndOpen);
    connect(noDatabasePanel(), &NoDatabasePanel::newRequested, m_sessionDialogs,
            &SessionDialogs::chooseAndCreate);
    connect(welcomePanel(), &WelcomePanel::createSampleRequested, m_sessionDialogs,
            &SessionDialogs::askAndCreateSample);
    connect(welcomePanel(), &WelcomePanel::importRequested, this, &MainWindow::showImportWizard);
    // A reminder clicked: the window, on what needs attention.
    connect(m_reminders, &Reminders::openRequested, this, [this] {
        showArea(Area::Dashboard);
        dashboard()->showWorklist();
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        show();
        raise();
        activateWindow();
    });
}

void MainWindow::arrangeBilling()
{
    m_billing = new BillingDesk(m_session->prompts(), this);
    m_invoicesTab = new InvoicesTab(*m_billing);
    m_receivablesTab = new ReceivablesTab(*m_billing);
    contractsView()->addTab(m_invoicesTab, tr("&Invoices"));
    contractsView()->addTab(m_receivablesTab, tr("&Receivables"));
    connect(m_billing, &BillingDesk::clientActivated, this, &MainWindow::openClient);
    connect(reportsView(), &ReportsView::invoicesRequested, this, [this] {
        showArea(Area::Contracts);
        contractsView()->tabs()->setCurrentWidget(m_invoicesTab);
    });
    clientPage()->setBillingDesk(m_billing);
    // One invoice: the report engine's dialog (preview, print, PDF), as for a client report.
    m_billing->setPrintInvoice([](Database &db, qint64 id, QWidget *parent) {
        const auto dialog = ReportDialog::forInvoice(db, id, parent);
        dialog->exec();
    });
    m_billing->setSavePdfs([this](Database &db, const QList<qint64> &ids, QWidget *parent) {
        invoicepdf::saveMany(db, ids, m_billing->prompts(), parent);
    });
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new ElidedLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(u"schemaLabel"_s);
    m_timerControl = new TimerControl(*m_timeTracker, this);
    statusBar()->addPermanentWidget(m_timerControl);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
}

void MainWindow::setPrompts(UserPrompts *prompts)
{
    m_session->setPrompts(prompts ? *prompts : *m_boxes);
    m_timeTracker->setPrompts(prompts ? *prompts : *m_boxes);
    m_billing->setPrompts(prompts ? *prompts : *m_boxes);
}

Database *MainWindow::database() const
{
    return m_session->database();
}

bool MainWindow::setDatabase(std::unique_ptr<Database> &&database)
{
    return m_session->setDatabase(std::move(database));
}

void MainWindow::setNoDatabaseReason(const QString &reason)
{
    m_navigator->setNoDatabaseReason(reason);
}

bool MainWindow::openDatabase(const QString &location)
{
    return m_session->openFile(location);
}

bool MainWindow::createDatabase(const QString &location)
{
    return m_session->createFile(location);
}

ConnectDialog *MainWindow::showConnectDialog()
{
    return m_sessionDialogs->showConnectDialog();
}

ConnectDialog *MainWindow::openServer(const QString &url)
{
    return m_sessionDialogs->openServer(url);
}

QString MainWindow::databaseStatusText() const
{
    return m_databaseLabel->text();
}

QProgressDialog *MainWindow::progressDialog() const
{
    return m_jobProgress->dialog(Session::Job::Sample);
}

void MainWindow::onDatabaseChanged()
{
    m_navigator->setDatabase(m_session->database());
    // The person and their running timer, stored: it survives closing the app and a crash.
    m_timeTracker->setDatabase(m_session->database(), m_session->isServer());
    m_billing->setDatabase(m_session->database());
    m_reminders->setDatabase(m_session->database());
    m_calendarFeed->setDatabase(m_session->database());
    setWindowTitle(m_session->windowTitle());
    m_databaseLabel->setText(m_session->locationText());
    m_schemaLabel->setText(m_session->schemaText());
    m_schemaLabel->setVisible(m_session->database() != nullptr);
    showArea(database() ? Area::Dashboard : currentArea());
}

void MainWindow::onJobFinished(int job, bool ok)
{
    updateState();
    if (Session::Job(job) != Session::Job::Sample)
        return;
    if (ok)
        showArea(Area::Dashboard);
    else
        refresh();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::updateState()
{
    m_navigator->setBusy(m_session->isGeneratingSample());
    m_actions->update();
}

void MainWindow::newClient()
{
    if (!database())
        return;
    AccountDialog dialog(*database(), AccountKind::Client, this);
    if (dialog.exec() == QDialog::Accepted)
        openClient(dialog.savedId());
}

void MainWindow::newCustomer()
{
    if (!database())
        return;
    AccountDialog dialog(*database(), AccountKind::Customer, this);
    if (dialog.exec() == QDialog::Accepted)
        openCustomer(dialog.savedId());
}

void MainWindow::recordSale(qint64 accountId)
{
    if (!database())
        return;
    SaleDialog dialog(*database(), accountId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 customer = m_navigator->openCustomerId(); customer != 0)
        customerPage()->showCustomer(customer);
    refresh();
}

void MainWindow::showCatalogue()
{
    if (!database())
        return;
    CatalogueDialog dialog(*database(), this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(database(), this);
    connect(&dialog, &SettingsDialog::firmProfileRequested, this, &MainWindow::showFirmProfile);
    const bool saved = dialog.exec() == QDialog::Accepted;
    // Rates are stored as they are changed: the figures may have moved even when cancelled.
    if (dialog.figuresChanged()) {
        // New thresholds, currency or rates: the customers' tags are worked out again.
        customersView()->settingsChanged();
        refresh();
    }
    if (saved)
        m_calendarFeed->writeNow(); // turned on, or kept on
    if (saved && dialog.languageChanged())
        m_session->prompts().message(QMessageBox::Information, tr("Language"),
                                     tr("ClientDesk uses the new language from its next start."));
}

void MainWindow::showFirmProfile()
{
    if (!database())
        return;
    FirmProfileDialog dialog(*database(), this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!database())
        return;
    AuditLogDialog dialog(*database(), this);
    dialog.exec();
}

void MainWindow::showImportWizard()
{
    if (!database() || m_session->isGeneratingSample())
        return;
    ImportWizard wizard(*database(), this);
    bool imported = false;
    connect(&wizard, &ImportWizard::importFinished, this,
            [&imported](bool written) { imported = imported || written; });
    wizard.exec();
    if (imported)
        refresh();
}

void MainWindow::showDuplicates()
{
    if (!database() || m_session->isGeneratingSample())
        return;
    DuplicatesDialog dialog(*database(), this);
    bool merged = false;
    connect(&dialog, &DuplicatesDialog::merged, this, [&merged] { merged = true; });
    dialog.exec();
    if (merged)
        refresh();
}

void MainWindow::showReport(qint64 clientId)
{
    if (!database())
        return;
    QString name;
    if (clientId != 0) {
        const auto account = AccountService(*database()).get(clientId);
        if (!account)
            return;
        name = account->name;
    }
    ReportDialog dialog(*database(), clientId, name, this);
    dialog.exec();
}

void MainWindow::showBatchReports()
{
    if (!database())
        return;
    BatchReportDialog dialog(*database(), this);
    dialog.exec();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size.expandedTo(minimumSize()));
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A run still going is cancelled; it rolls back and the destructor waits for it.
    m_session->cancelSampleGeneration(true);
    writeSettings();
    event->accept();
}

} // namespace cd
