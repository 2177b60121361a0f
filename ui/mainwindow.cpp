#include "mainwindow.h"

#include "backgroundtask.h"
#include "dialogs/accountdialog.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/cataloguedialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/firmprofiledialog.h"
#include "dialogs/helpdialogs.h"
#include "dialogs/importwizard.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/revenueentriesdialog.h"
#include "dialogs/saledialog.h"
#include "dialogs/samplesizedialog.h"
#include "dialogs/settingsdialog.h"
#include "io/exporter.h"
#include "io/rollingbackups.h"
#include "models/clientagendamodel.h"
#include "models/portfoliosummary.h"
#include "passwordstore.h"
#include "reports/reportdialog.h"
#include "samplerunner.h"
#include "storage/accountrepository.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "views/analyticsview.h"
#include "views/clientpage.h"
#include "views/clientsview.h"
#include "views/customerpage.h"
#include "views/customersview.h"
#include "views/dashboardview.h"
#include "views/elidedlabel.h"
#include "views/nodatabasepanel.h"
#include "views/pipelineview.h"
#include "views/placeholderview.h"
#include "views/welcomepanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kAreaRole = Qt::UserRole + 1;

const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
const QString kLastDatabaseKey = u"database/last"_s;
const QString kRecentServersKey = u"database/recentServers"_s;
constexpr int kRecentServersKept = 8;

QString databaseFilter()
{
    return MainWindow::tr("ClientDesk databases (*.sqlite *.db)");
}

QIcon areaIcon(MainWindow::Area area, const QStyle *style)
{
    // The desktop's icon theme when there is one, else the style's own pixmaps.
    switch (area) {
    case MainWindow::Area::Dashboard:
        return QIcon::fromTheme(u"go-home"_s, style->standardIcon(QStyle::SP_DirHomeIcon));
    case MainWindow::Area::Clients:
        return QIcon::fromTheme(u"system-users"_s,
                                style->standardIcon(QStyle::SP_FileDialogDetailedView));
    case MainWindow::Area::Customers:
        return QIcon::fromTheme(u"x-office-address-book"_s,
                                style->standardIcon(QStyle::SP_FileDialogListView));
    case MainWindow::Area::Pipeline:
        return QIcon::fromTheme(u"go-next"_s, style->standardIcon(QStyle::SP_MediaSeekForward));
    case MainWindow::Area::Contracts:
        return QIcon::fromTheme(u"text-x-generic"_s, style->standardIcon(QStyle::SP_FileIcon));
    case MainWindow::Area::Analytics:
        return QIcon::fromTheme(u"x-office-spreadsheet"_s,
                                style->standardIcon(QStyle::SP_FileDialogContentsView));
    case MainWindow::Area::Reports:
        return QIcon::fromTheme(u"document-print"_s,
                                style->standardIcon(QStyle::SP_DialogSaveButton));
    }
    return {};
}

QString areaDescription(MainWindow::Area area)
{
    switch (area) {
    case MainWindow::Area::Dashboard:
        return {};
    case MainWindow::Area::Clients:
        return MainWindow::tr("The accounts under contract, each with its contacts, contracts, "
                              "personalised service plan, service requests and health.");
    case MainWindow::Area::Customers:
        return MainWindow::tr("Transactional customers with their purchase history and behaviour "
                              "tags, and the ones ready to become clients.");
    case MainWindow::Area::Pipeline:
        return MainWindow::tr("Opportunities by stage with their expected value and probability, "
                              "the weighted forecast, and how long sales cycles take.");
    case MainWindow::Area::Contracts:
        return MainWindow::tr("Every contract with its terms, renewal and notice deadline, and the "
                              "value it brings each month and year.");
    case MainWindow::Area::Analytics:
        return MainWindow::tr("Revenue from clients and from customers by month, quarter and year, "
                              "segments, and customers likely to convert.");
    case MainWindow::Area::Reports:
        return MainWindow::tr("Client and portfolio reports to preview, print or save as PDF.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_runner(std::make_unique<SampleRunner>())
    , m_exportTask(std::make_unique<BackgroundTask>())
    , m_backupTask(std::make_unique<BackgroundTask>())
    , m_passwordStore(std::make_unique<KeychainPasswordStore>())
{
    setMinimumSize(860, 560);
    createPages();
    createNavigation();
    createMenus();
    createStatusBar();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_runner.get(), &SampleRunner::progressChanged, this, &MainWindow::onSampleProgress);
    connect(m_runner.get(), &SampleRunner::finished, this, &MainWindow::onSampleFinished);

    readSettings();
    setDatabase(std::move(database));
}

MainWindow::~MainWindow()
{
    // Stop a run before the database it reopens goes away (member order does the same).
    m_exportTask.reset();
    m_backupTask.reset();
    m_runner.reset();
    m_customers->setDatabase(nullptr); // its tag refresh too
}

QList<MainWindow::Area> MainWindow::areas()
{
    return { Area::Dashboard, Area::Clients,   Area::Customers, Area::Pipeline,
             Area::Contracts, Area::Analytics, Area::Reports };
}

QString MainWindow::areaTitle(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("Dashboard");
    case Area::Clients:
        return tr("Clients");
    case Area::Customers:
        return tr("Customers");
    case Area::Pipeline:
        return tr("Pipeline");
    case Area::Contracts:
        return tr("Contracts");
    case Area::Analytics:
        return tr("Analytics");
    case Area::Reports:
        return tr("Reports");
    }
    return {};
}

void MainWindow::createPages()
{
    m_stack = new QStackedWidget(this);
    m_noDatabase = new NoDatabasePanel(m_stack);
    m_welcome = new WelcomePanel(m_stack);
    m_dashboard = new DashboardView(m_stack);
    m_stack->addWidget(m_noDatabase);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_dashboard);
    m_clients = new ClientsView(m_stack);
    m_stack->addWidget(m_clients);
    m_clientPage = new ClientPage(m_stack);
    m_stack->addWidget(m_clientPage);
    connect(m_clients, &ClientsView::clientActivated, this, &MainWindow::openClient);
    connect(m_clients, &ClientsView::newClientRequested, this, &MainWindow::newClient);
    connect(m_clientPage, &ClientPage::backRequested, this, [this] {
        m_openClient = 0;
        showArea(Area::Clients);
    });
    m_customers = new CustomersView(m_stack);
    m_stack->addWidget(m_customers);
    m_customerPage = new CustomerPage(m_stack);
    m_stack->addWidget(m_customerPage);
    connect(m_customers, &CustomersView::customerActivated, this, &MainWindow::openCustomer);
    connect(m_customers, &CustomersView::recordSaleRequested, this, &MainWindow::recordSale);
    connect(m_customers, &CustomersView::catalogueRequested, this, &MainWindow::showCatalogue);
    connect(m_customerPage, &CustomerPage::backRequested, this, [this] {
        m_openCustomer = 0;
        showArea(Area::Customers);
    });
    connect(m_customerPage, &CustomerPage::converted, this, &MainWindow::openClient);
    connect(m_clientPage, &ClientPage::conversionUndone, this, &MainWindow::openCustomer);
    connect(m_clientPage, &ClientPage::reportRequested, this, &MainWindow::showReport);
    m_pipeline = new PipelineView(m_stack);
    m_stack->addWidget(m_pipeline);
    connect(m_pipeline, &PipelineView::accountActivated, this, &MainWindow::openCustomer);
    m_analytics = new AnalyticsView(m_stack);
    m_stack->addWidget(m_analytics);
    connect(m_analytics, &AnalyticsView::picked, this, [this](const RevenueEntryFilter &pick) {
        if (!m_database)
            return;
        RevenueEntriesDialog dialog(*m_database, pick, this);
        dialog.exec();
    });
    for (Area area : areas()) {
        if (area == Area::Dashboard || area == Area::Clients || area == Area::Customers
            || area == Area::Pipeline || area == Area::Analytics)
            continue;
        auto *page = new PlaceholderView(areaTitle(area), areaDescription(area), m_stack);
        m_placeholders.insert(area, page);
        m_stack->addWidget(page);
    }
    connect(m_noDatabase, &NoDatabasePanel::openRequested, this,
            &MainWindow::chooseAndOpenDatabase);
    connect(m_noDatabase, &NoDatabasePanel::newRequested, this,
            &MainWindow::chooseAndCreateDatabase);
    connect(m_welcome, &WelcomePanel::createSampleRequested, this, &MainWindow::askAndCreateSample);
    connect(m_dashboard, &DashboardView::refreshRequested, this, &MainWindow::refresh);
    connect(m_dashboard, &DashboardView::clientActivated, this, &MainWindow::openClient);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_navigation->setFont(font);
    // As wide as the longest title needs, whatever the language.
    const QFontMetrics metrics(font);
    int textWidth = 0;
    for (Area area : areas())
        textWidth = std::max(textWidth, metrics.horizontalAdvance(areaTitle(area)));
    const QSize itemSize(m_navigation->iconSize().width() + textWidth + 36, metrics.height() * 2);
    for (Area area : areas()) {
        auto *item = new QListWidgetItem(areaIcon(area, style()), areaTitle(area), m_navigation);
        item->setData(kAreaRole, QVariant::fromValue(area));
        item->setSizeHint(itemSize);
    }
    m_navigation->setFixedWidth(itemSize.width() + 2 * m_navigation->spacing() + 16);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem *item = m_navigation->item(row))
            showArea(item->data(kAreaRole).value<Area>());
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New database…"),
                                  this, &MainWindow::chooseAndCreateDatabase);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                   tr("&Open database…"), this, &MainWindow::chooseAndOpenDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = file->addAction(tr("Connect to &Server…"), this, [this] {
        // The last server, if any, as a start.
        const QStringList recent = recentServers();
        showConnectDialog(
            recent.isEmpty()
                ? ServerAddress()
                : ServerAddress::fromUrl(recent.constFirst()).value_or(ServerAddress()));
    });
    m_recentServersMenu = file->addMenu(tr("&Recent Servers"));
    connect(m_recentServersMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentServers);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::showImportWizard);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exportMenu = file->addMenu(tr("&Export"));
    for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                             ImportKind::Revenue }) {
        const QString title = kind == ImportKind::Accounts ? tr("&Accounts…")
            : kind == ImportKind::Contacts                 ? tr("C&ontacts…")
            : kind == ImportKind::Contracts                ? tr("Con&tracts…")
                                                           : tr("&Revenue…");
        m_exportMenu->addAction(title, this, [this, kind] { chooseAndExport(kind); });
    }
    m_restoreAction
        = file->addAction(tr("Restore from &Backup…"), this, &MainWindow::chooseAndRestoreBackup);
    file->addSeparator();
    m_clientReportAction = file->addAction(tr("&Client Report…"), this, [this] {
        if (m_openClient != 0)
            showReport(m_openClient);
    });
    m_clientReportAction->setShortcut(QKeySequence::Print);
    m_portfolioReportAction
        = file->addAction(tr("&Portfolio Report…"), this, [this] { showReport(0); });
    m_batchReportAction = file->addAction(tr("Client Reports for a &Manager…"), this, [this] {
        if (!m_database)
            return;
        BatchReportDialog dialog(*m_database, this);
        dialog.exec();
    });
    m_firmProfileAction = file->addAction(tr("&Firm Profile…"), this, &MainWindow::showFirmProfile);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_settingsAction = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_areaActions = new QActionGroup(this);
    m_areaActions->setExclusive(true);
    int index = 0;
    for (Area area : areas()) {
        QAction *action = view->addAction(areaIcon(area, style()), areaTitle(area), this,
                                          [this, area] { showArea(area); });
        action->setCheckable(true);
        action->setData(QVariant::fromValue(area));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index++)));
        m_areaActions->addAction(action);
    }
    view->addSeparator();
    m_refreshAction = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                      tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_newClientAction = tools->addAction(tr("New &Client…"), this, &MainWindow::newClient);
    m_newClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_newCustomerAction = tools->addAction(tr("New C&ustomer…"), this, &MainWindow::newCustomer);
    // Not Ctrl+Shift+U: the input method of GNOME takes it for typing Unicode characters.
    m_newCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_interactionAction
        = tools->addAction(tr("Log &Interaction…"), this, &MainWindow::logInteraction);
    m_interactionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_saleAction = tools->addAction(tr("Record &Sale…"), this, [this] {
        recordSale(m_area == Area::Customers ? m_openCustomer : 0);
    });
    m_saleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_opportunityAction = tools->addAction(tr("New &Opportunity…"), this, [this] {
        const qint64 account = m_openClient != 0 ? m_openClient : m_openCustomer;
        showArea(Area::Pipeline);
        m_pipeline->newOpportunity(account);
    });
    m_opportunityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_catalogueAction
        = tools->addAction(tr("Product &Catalogue…"), this, &MainWindow::showCatalogue);
    tools->addSeparator();
    m_duplicatesAction
        = tools->addAction(tr("Find &Duplicate Accounts…"), this, &MainWindow::showDuplicates);
    m_auditAction = tools->addAction(tr("&Audit Log…"), this, &MainWindow::showAuditLog);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("User &Guide"), this, [this] {
        UserGuideDialog dialog(this);
        dialog.exec();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(*menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ClientDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new ElidedLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(u"schemaLabel"_s);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
}

bool MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    if (m_runner->isRunning())
        return false;
    m_clients->setDatabase(nullptr); // before the database it reads goes away
    m_customers->setDatabase(nullptr);
    m_pipeline->setDatabase(nullptr);
    m_analytics->setDatabase(nullptr);
    m_dashboard->setAgenda(nullptr);
    m_agenda.reset();
    m_changes.reset();
    m_database = std::move(database);
    if (m_database) {
        m_agenda = std::make_unique<ClientAgendaModel>(*m_database);
        m_dashboard->setAgenda(m_agenda.get());
        m_changes = std::make_unique<ChangeFeed>(*m_database);
        connect(m_changes.get(), &ChangeFeed::changed, this, &MainWindow::refreshForOthers);
    }
    m_clients->setDatabase(m_database.get());
    m_clientPage->setDatabase(m_database.get());
    m_openClient = 0;
    m_customers->setDatabase(m_database.get());
    m_customerPage->setDatabase(m_database.get());
    m_openCustomer = 0;
    m_pipeline->setDatabase(m_database.get());
    m_analytics->setDatabase(m_database.get());
    if (m_database)
        m_noDatabase->setReason({});
    updateDatabaseInfo();
    showArea(m_database ? Area::Dashboard : m_area);
    startAutomaticBackup();
    return true;
}

void MainWindow::setNoDatabaseReason(const QString &reason)
{
    m_noDatabase->setReason(reason);
}

bool MainWindow::openDatabase(const QString &location)
{
    if (m_runner->isRunning())
        return false;
    Database::Options options;
    options.mode = Database::Mode::MustExist;
    auto opened = Database::open(location, options);
    if (!opened) {
        reportOpenFailure(location, opened.error());
        return false;
    }
    QSettings().setValue(kLastDatabaseKey, (*opened)->location());
    return setDatabase(std::move(opened).value());
}

bool MainWindow::createDatabase(const QString &location)
{
    if (m_runner->isRunning())
        return false;
    if (QFileInfo::exists(location)) {
        showMessage(QMessageBox::Warning, tr("Cannot Create Database"),
                    tr("%1 already exists; use Open database… to open it.")
                        .arg(QDir::toNativeSeparators(location)));
        return false;
    }
    auto created = Database::open(location);
    if (!created) {
        showMessage(QMessageBox::Warning, tr("Cannot Create Database"), created.error());
        return false;
    }
    QSettings().setValue(kLastDatabaseKey, (*created)->location());
    return setDatabase(std::move(created).value());
}

QStringList MainWindow::recentServers()
{
    return QSettings().value(kRecentServersKey).toStringList();
}

void MainWindow::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwordStore = std::move(store);
}

ConnectDialog *MainWindow::showConnectDialog(const ServerAddress &address, const QString &problem)
{
    if (m_runner->isRunning())
        return nullptr;
    auto *dialog = new ConnectDialog(m_passwordStore.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddress(address);
    dialog->setProblem(problem);
    connect(dialog, &ConnectDialog::connected, this, [this, dialog] { onServerConnected(dialog); });
    // Cancelled after a failure with no database open: the window's empty page says why.
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (!m_database && !dialog->problem().isEmpty())
            setNoDatabaseReason(dialog->problem());
    });
    dialog->open();
    return dialog;
}

ConnectDialog *MainWindow::openServer(const QString &url)
{
    std::optional<ServerAddress> address = ServerAddress::fromUrl(url);
    if (!address)
        return showConnectDialog({},
                                 Database::tr("“%1” is not a database address; write it as "
                                              "postgresql://USER@HOST:PORT/DATABASE.")
                                     .arg(u"postgresql://…"_s));
    bool stored = false;
    QString keychainProblem;
    if (m_passwordStore) {
        const auto remembered = m_passwordStore->read(address->keychainKey());
        if (!remembered)
            keychainProblem = remembered.error();
        else if (remembered->has_value()) {
            stored = true;
            if (address->password.isEmpty())
                address->password = **remembered;
        }
    }
    ConnectDialog *dialog = showConnectDialog(*address);
    if (!dialog)
        return nullptr;
    dialog->setRemember(stored);
    if (!keychainProblem.isEmpty()) {
        // Said only if the server wants a password after all.
        connect(
            dialog, &ConnectDialog::connectFailed, dialog,
            [dialog, keychainProblem] {
                dialog->setProblem(dialog->problem() + u'\n' + keychainProblem);
            },
            Qt::SingleShotConnection);
    }
    dialog->tryConnect();
    return dialog;
}

void MainWindow::onServerConnected(ConnectDialog *dialog)
{
    std::unique_ptr<Database> database = dialog->takeDatabase();
    if (!database)
        return;
    const QString location = database->location(); // without the password
    QSettings settings;
    QStringList recent = settings.value(kRecentServersKey).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(kRecentServersKey, recent.mid(0, kRecentServersKept));
    settings.setValue(kLastDatabaseKey, location);
    if (!setDatabase(std::move(database)))
        return;
    if (!dialog->keychainProblem().isEmpty())
        showMessage(QMessageBox::Warning, tr("Password Not Remembered"), dialog->keychainProblem());
}

void MainWindow::fillRecentServers()
{
    m_recentServersMenu->clear();
    const QStringList recent = recentServers();
    for (const QString &url : recent) {
        const auto address = ServerAddress::fromUrl(url);
        if (!address)
            continue;
        m_recentServersMenu->addAction(address->displayName(), this,
                                       [this, url] { openServer(url); });
    }
    if (m_recentServersMenu->isEmpty())
        m_recentServersMenu->addAction(tr("No servers yet"))->setEnabled(false);
}

void MainWindow::newClient()
{
    if (!m_database)
        return;
    AccountDialog dialog(*m_database, AccountKind::Client, this);
    if (dialog.exec() == QDialog::Accepted)
        openClient(dialog.savedId());
}

void MainWindow::newCustomer()
{
    if (!m_database)
        return;
    AccountDialog dialog(*m_database, AccountKind::Customer, this);
    if (dialog.exec() == QDialog::Accepted)
        openCustomer(dialog.savedId());
}

void MainWindow::logInteraction()
{
    if (m_area == Area::Clients && m_openClient != 0)
        m_clientPage->logInteractionButton()->click();
    else if (m_area == Area::Customers && m_openCustomer != 0)
        m_customerPage->logInteractionButton()->click();
}

void MainWindow::focusSearch()
{
    if (!m_database)
        return;
    // The customers' list when customers are in view, else the clients' list.
    const bool customers = m_area == Area::Customers;
    if (customers ? m_openCustomer != 0 : (m_area != Area::Clients || m_openClient != 0))
        showArea(customers ? Area::Customers : Area::Clients);
    QLineEdit *search = customers ? m_customers->searchField() : m_clients->searchField();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::showAuditLog()
{
    if (!m_database)
        return;
    AuditLogDialog dialog(*m_database, this);
    dialog.exec();
}

void MainWindow::showFirmProfile()
{
    if (!m_database)
        return;
    FirmProfileDialog dialog(*m_database, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_database.get(), this);
    connect(&dialog, &SettingsDialog::firmProfileRequested, this, &MainWindow::showFirmProfile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.figuresChanged()) {
        // New thresholds or currency: the customers' tags are worked out again.
        m_customers->settingsChanged();
        refresh();
    }
    if (dialog.languageChanged())
        showMessage(QMessageBox::Information, tr("Language"),
                    tr("ClientDesk uses the new language from its next start."));
}

void MainWindow::openClient(qint64 accountId)
{
    if (!m_database)
        return;
    m_area = Area::Clients;
    m_openClient = accountId;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(areas().indexOf(Area::Clients)));
    }
    m_clientPage->showClient(accountId);
    updatePage();
}

void MainWindow::openCustomer(qint64 accountId)
{
    if (!m_database)
        return;
    // A customer converted meanwhile (or a client among the candidates) has a client page.
    if (const auto account = AccountRepository(*m_database).get(accountId);
        account && account->kind == AccountKind::Client) {
        openClient(accountId);
        return;
    }
    m_area = Area::Customers;
    m_openCustomer = accountId;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(areas().indexOf(Area::Customers)));
    }
    m_customerPage->showCustomer(accountId);
    updatePage();
}

void MainWindow::recordSale(qint64 accountId)
{
    if (!m_database)
        return;
    SaleDialog dialog(*m_database, accountId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_openCustomer != 0 && m_area == Area::Customers)
        m_customerPage->showCustomer(m_openCustomer);
    refresh();
}

void MainWindow::showCatalogue()
{
    if (!m_database)
        return;
    CatalogueDialog dialog(*m_database, this);
    dialog.exec();
}

void MainWindow::showArea(Area area)
{
    m_area = area;
    m_openClient = 0;
    m_openCustomer = 0;
    const int row = int(areas().indexOf(area));
    if (m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    for (QAction *action : m_areaActions->actions()) {
        if (action->data().value<Area>() == area)
            action->setChecked(true);
    }
    if (area == Area::Dashboard && m_database)
        refresh(); // cheap, and the figures are then as of now
    else if ((area == Area::Clients || area == Area::Customers || area == Area::Pipeline
              || area == Area::Analytics)
             && m_database)
        refresh();
    else
        updatePage();
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

QProgressDialog *MainWindow::progressDialog() const
{
    return m_progress;
}

QString MainWindow::databaseStatusText() const
{
    return m_databaseLabel->text();
}

void MainWindow::refresh()
{
    if (!m_database) {
        updatePage();
        return;
    }
    if (m_area == Area::Clients)
        m_clients->reload();
    if (m_area == Area::Customers && m_openCustomer == 0)
        m_customers->reload();
    if (m_area == Area::Pipeline)
        m_pipeline->reload();
    if (m_area == Area::Analytics)
        m_analytics->reload(); // off the UI thread
    const auto summary = PortfolioSummary::load(*m_database, QDate::currentDate());
    if (m_area == Area::Dashboard && m_agenda) {
        if (const Status ok = m_agenda->reload(QDate::currentDate(), QDateTime::currentDateTime());
            !ok) {
            m_dashboard->setError(ok.error());
        }
    }
    if (summary) {
        m_hasAccounts = summary->accounts() > 0;
        m_dashboard->setSummary(*summary);
    } else {
        // Show the sentence on the dashboard rather than pretending the database is empty.
        m_hasAccounts = true;
        m_dashboard->setError(summary.error());
    }
    updatePage();
}

void MainWindow::refreshForOthers(const QStringList &tables)
{
    if (!m_database || m_runner->isRunning())
        return;
    // Not under an open dialog or menu: the page's models would change beneath it. Once it
    // closes, the refresh happens.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        if (!m_othersWaiting) {
            m_othersWaiting = true;
            QTimer::singleShot(1000, this, [this, tables] {
                m_othersWaiting = false;
                refreshForOthers(tables);
            });
        }
        return;
    }
    // Where the user is: the scroll positions of the page's lists, restored once the lists
    // have their rows again. The lists keep their selection themselves.
    struct Place
    {
        QPointer<QScrollBar> bar;
        int value;
    };
    QList<Place> places;
    if (QWidget *page = m_stack->currentWidget()) {
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            places.append({ view->verticalScrollBar(), view->verticalScrollBar()->value() });
            places.append({ view->horizontalScrollBar(), view->horizontalScrollBar()->value() });
        }
    }
    refresh();
    if (m_area == Area::Clients && m_openClient != 0)
        m_clientPage->showClient(m_openClient);
    if (m_area == Area::Customers && m_openCustomer != 0)
        m_customerPage->showCustomer(m_openCustomer);
    if (QWidget *page = m_stack->currentWidget()) {
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
            view->doItemsLayout();
    }
    for (const Place &place : std::as_const(places)) {
        if (place.bar)
            place.bar->setValue(place.value);
    }
    statusBar()->showMessage(tr("Updated with changes from others."), 5000);
}

void MainWindow::updatePage()
{
    QWidget *page = nullptr;
    if (!m_database)
        page = m_noDatabase;
    else if (m_area == Area::Dashboard)
        page = m_hasAccounts ? static_cast<QWidget *>(m_dashboard) : m_welcome;
    else if (m_area == Area::Clients)
        page = m_openClient != 0 ? static_cast<QWidget *>(m_clientPage) : m_clients;
    else if (m_area == Area::Customers)
        page = m_openCustomer != 0 ? static_cast<QWidget *>(m_customerPage) : m_customers;
    else if (m_area == Area::Pipeline)
        page = m_pipeline;
    else if (m_area == Area::Analytics)
        page = m_analytics;
    else
        page = m_placeholders.value(m_area);
    m_stack->setCurrentWidget(page);
    updateActions();
}

void MainWindow::updateDatabaseInfo()
{
    if (m_database && m_database->dialect() == Dialect::PostgreSQL) {
        // The location of a server database carries no password.
        const auto address = ServerAddress::fromUrl(m_database->location());
        const QString shown = address ? address->displayName() : m_database->location();
        setWindowTitle(tr("ClientDesk — %1").arg(shown));
        m_databaseLabel->setText(
            tr("%1, signed in as %2").arg(m_database->location(), m_database->session().userName));
        m_schemaLabel->setText(
            tr("Schema version %1").arg(QLocale().toString(m_database->schemaVersion())));
        m_schemaLabel->setVisible(true);
    } else if (m_database) {
        const QString location = QDir::toNativeSeparators(m_database->location());
        setWindowTitle(tr("ClientDesk — %1").arg(QFileInfo(m_database->location()).fileName()));
        m_databaseLabel->setText(location);
        m_schemaLabel->setText(
            tr("Schema version %1").arg(QLocale().toString(m_database->schemaVersion())));
        m_schemaLabel->setVisible(true);
    } else {
        setWindowTitle(tr("ClientDesk"));
        m_databaseLabel->setText(tr("No database open"));
        m_schemaLabel->clear();
        m_schemaLabel->setVisible(false);
    }
}

void MainWindow::updateActions()
{
    const bool busy = m_runner->isRunning();
    const bool restoring = m_backupTask->isRunning() && !m_database;
    m_newAction->setEnabled(!busy && !restoring);
    m_openAction->setEnabled(!busy && !restoring);
    m_connectAction->setEnabled(!busy && !restoring);
    m_recentServersMenu->setEnabled(!busy && !restoring);
    m_refreshAction->setEnabled(m_database != nullptr);
    m_importAction->setEnabled(m_database != nullptr && !busy);
    m_duplicatesAction->setEnabled(m_database != nullptr && !busy);
    m_auditAction->setEnabled(m_database != nullptr && !busy);
    m_saleAction->setEnabled(m_database != nullptr && !busy);
    m_opportunityAction->setEnabled(m_database != nullptr && !busy);
    m_catalogueAction->setEnabled(m_database != nullptr && !busy);
    m_clientReportAction->setEnabled(m_database != nullptr && !busy && m_openClient != 0
                                     && m_area == Area::Clients);
    m_portfolioReportAction->setEnabled(m_database != nullptr && !busy);
    m_batchReportAction->setEnabled(m_database != nullptr && !busy);
    m_firmProfileAction->setEnabled(m_database != nullptr && !busy);
    m_settingsAction->setEnabled(!busy); // the language can be chosen without a database
    m_newClientAction->setEnabled(m_database != nullptr && !busy);
    m_newCustomerAction->setEnabled(m_database != nullptr && !busy);
    m_interactionAction->setEnabled(m_database != nullptr && !busy
                                    && ((m_area == Area::Clients && m_openClient != 0)
                                        || (m_area == Area::Customers && m_openCustomer != 0)));
    m_findAction->setEnabled(m_database != nullptr);
    m_exportMenu->setEnabled(m_database != nullptr && !m_exportTask->isRunning());
    m_restoreAction->setEnabled(m_database != nullptr && m_database->dialect() == Dialect::SQLite
                                && !busy && !m_exportTask->isRunning()
                                && !m_backupTask->isRunning());
    m_areaActions->setEnabled(m_database != nullptr);
    m_navigation->setEnabled(m_database != nullptr);
    m_welcome->setBusy(busy);
}

QString MainWindow::dialogDirectory() const
{
    if (m_database && m_database->dialect() == Dialect::SQLite)
        return QFileInfo(m_database->location()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseAndOpenDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), dialogDirectory(),
                                                      databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseAndCreateDatabase()
{
    // An existing file is refused by createDatabase(), so the dialog need not ask to replace it.
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir(dialogDirectory()).filePath(tr("clientdesk.sqlite")),
        databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    createDatabase(path);
}

void MainWindow::askAndCreateSample()
{
    SampleSizeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SampleOptions options = SampleSizeDialog::optionsFor(dialog.size());
    // The firm's currency defaults to the system locale's (docs/design.md).
    const QString currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (Money::isValidCurrency(currency))
        options.currency = currency;
    startSampleGeneration(options);
}

bool MainWindow::startSampleGeneration(const SampleOptions &options)
{
    if (!m_database || !m_runner->start(*m_database, options))
        return false;

    auto *progress = createProgressDialog(tr("Creating Sample Portfolio"), u"cancelSampleButton"_s);
    connect(progress, &QProgressDialog::canceled, this, &MainWindow::requestSampleCancel);
    connect(progress, &QDialog::rejected, this, &MainWindow::requestSampleCancel);
    progress->setValue(0);
    progress->show();
    m_progress = progress;
    updateActions();
    return true;
}

void MainWindow::showImportWizard()
{
    if (!m_database || m_runner->isRunning())
        return;
    ImportWizard wizard(*m_database, this);
    bool imported = false;
    connect(&wizard, &ImportWizard::importFinished, this,
            [&imported](bool written) { imported = imported || written; });
    wizard.exec();
    if (imported)
        refresh();
}

void MainWindow::showReport(qint64 clientId)
{
    if (!m_database)
        return;
    QString name;
    if (clientId != 0) {
        const auto account = AccountRepository(*m_database).get(clientId);
        if (!account)
            return;
        name = account->name;
    }
    ReportDialog dialog(*m_database, clientId, name, this);
    dialog.exec();
}

void MainWindow::showDuplicates()
{
    if (!m_database || m_runner->isRunning())
        return;
    DuplicatesDialog dialog(*m_database, this);
    bool merged = false;
    connect(&dialog, &DuplicatesDialog::merged, this, [&merged] { merged = true; });
    dialog.exec();
    if (merged)
        refresh();
}

void MainWindow::chooseAndExport(ImportKind kind)
{
    QString selected;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(dialogDirectory()).filePath(toCode(kind) + u".csv"_s),
        csvFilter + u";;"_s + xlsxFilter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == xlsxFilter ? u".xlsx"_s : u".csv"_s;
    startExport(kind, path);
}

QProgressDialog *MainWindow::createProgressDialog(const QString &title, const QString &cancelName)
{
    auto *progress = new QProgressDialog(tr("Preparing…"), QString(), 0, 100, this);
    // Our own button, so that it can be disabled (not deleted) once pressed.
    auto *cancel = new QPushButton(tr("Cancel"), progress);
    cancel->setObjectName(cancelName);
    progress->setCancelButton(cancel);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 60);
    // Keep the dialog up after Cancel until the worker has actually stopped. QProgressDialog
    // ties canceled() to its own cancel() (which hides it) with a string-based connect, which
    // only a string-based disconnect undoes.
    disconnect(progress, SIGNAL(canceled()), progress, SLOT(cancel()));
    return progress;
}

bool MainWindow::startExport(ImportKind kind, const QString &path)
{
    if (!m_database || m_exportTask->isRunning())
        return false;
    const ExportFormat format
        = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
    QPointer<QProgressDialog> progress
        = createProgressDialog(tr("Exporting"), u"cancelExportButton"_s);
    progress->setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const auto cancel = [this, progress] {
        m_exportTask->cancel();
        if (progress) {
            progress->setLabelText(tr("Cancelling…"));
            progress->show();
        }
    };
    connect(progress, &QProgressDialog::canceled, this, cancel);
    connect(progress, &QDialog::rejected, this, cancel);
    connect(m_exportTask.get(), &BackgroundTask::progressChanged, progress,
            &QProgressDialog::setValue);
    progress->setValue(0);
    progress->show();

    auto result = std::make_shared<std::optional<Result<qint64>>>();
    // The worker opens the database again: the window may switch databases meanwhile.
    const Database::Reopener reopener = m_database->reopener();
    m_exportTask->start([reopener, kind, path, format,
                         result](const BackgroundTask::Reporter &reporter) {
        auto db = reopener.open();
        if (!db) {
            *result = Result<qint64>(Error { db.error() });
            return;
        }
        *result
            = Exporter(**db).exportKind(kind, path, format, [&reporter](qint64 done, qint64 total) {
                  return reporter.report(int(done * 100 / std::max<qint64>(total, 1)));
              });
    });
    connect(
        m_exportTask.get(), &BackgroundTask::finished, this,
        [this, result, progress, path, kind] {
            if (progress) {
                progress->hide();
                progress->deleteLater();
            }
            updateActions();
            const Result<qint64> &done = **result;
            if (done) {
                const QString message = tr("Exported %1 to %2 (rows: %3).")
                                            .arg(toCode(kind), QDir::toNativeSeparators(path),
                                                 QLocale().toString(*done));
                statusBar()->showMessage(message, 15000);
                emit exportFinished(true, message);
            } else {
                showMessage(m_exportTask->wasCancelled() ? QMessageBox::Information
                                                         : QMessageBox::Warning,
                            tr("Export Not Written"), done.error());
                emit exportFinished(false, done.error());
            }
        },
        Qt::SingleShotConnection);
    updateActions();
    return true;
}

bool MainWindow::isBackingUp() const
{
    return m_backupTask->isRunning();
}

void MainWindow::startAutomaticBackup()
{
    if (!m_database || m_database->dialect() != Dialect::SQLite || m_backupTask->isRunning())
        return;
    auto result = std::make_shared<std::optional<Result<std::optional<BackupSummary>>>>();
    const QString location = m_database->location();
    auto damage = std::make_shared<QStringList>();
    // SQLite's quick check first (a few seconds on a large database, here off the UI thread):
    // a damaged database is reported, and never copied over the good backups.
    m_backupTask->start([location, result, damage](const BackgroundTask::Reporter &) {
        if (const auto found = IntegrityCheck::fileDamage(location); found && !found->isEmpty()) {
            *damage = *found;
            *result = Result<std::optional<BackupSummary>>(std::nullopt);
            return;
        }
        auto db = Database::open(location, { Database::Mode::MustExist, 5000 });
        if (!db)
            *result = Result<std::optional<BackupSummary>>(Error { db.error() });
        else
            *result = RollingBackups(**db).runIfDue();
    });
    connect(
        m_backupTask.get(), &BackgroundTask::finished, this,
        [this, result, damage, location] {
            updateActions();
            if (!damage->isEmpty()) {
                emit damageFound(location, *damage);
                const QString why
                    = tr("%1 is damaged: SQLite cannot read all of it (it says: %2).")
                          .arg(QDir::toNativeSeparators(location), damage->constFirst());
                // Once this task has let go: the restore runs on it.
                QTimer::singleShot(0, this, [this, location, why] {
                    if (!offerRestore(location, why))
                        showMessage(QMessageBox::Critical, tr("Database Damaged"),
                                    tr("%1\n\nThere is no automatic backup of it. Copy what "
                                       "you can with File > Export, and restore a backup of "
                                       "your own.")
                                        .arg(why));
                });
                return;
            }
            const auto &done = **result;
            if (!done) {
                // Not worth a dialog on every start, but the user must be able to see it.
                const QString message = tr("The automatic backup failed: %1").arg(done.error());
                statusBar()->showMessage(message);
                emit automaticBackupFinished(false, message);
            } else if (done->has_value()) {
                const QString message
                    = tr("Backed up to %1.").arg(QDir::toNativeSeparators((*done)->path));
                statusBar()->showMessage(message, 10000);
                emit automaticBackupFinished(true, message);
            } else {
                emit automaticBackupFinished(false, {});
            }
        },
        Qt::SingleShotConnection);
    updateActions();
}

void MainWindow::chooseAndRestoreBackup()
{
    if (!m_database)
        return;
    RestoreBackupDialog dialog(*m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.chosenPath();
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the database with the backup %1? Changes made since the backup are no "
           "longer shown; the database as it is now is kept beside it.")
            .arg(QFileInfo(chosen).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreBackup(chosen);
}

void MainWindow::reportOpenFailure(const QString &location, const QString &error)
{
    // Without an automatic backup there is nothing to offer: just say why. With one, SQLite's
    // check of the file (seconds on a large one) runs off the UI thread first.
    if (RollingBackups::list(location).isEmpty() || m_backupTask->isRunning()) {
        showMessage(QMessageBox::Warning, tr("Cannot Open Database"), error);
        return;
    }
    auto damage = std::make_shared<QStringList>();
    m_backupTask->start([location, damage](const BackgroundTask::Reporter &) {
        if (const auto found = IntegrityCheck::fileDamage(location); found)
            *damage = *found;
    });
    connect(
        m_backupTask.get(), &BackgroundTask::finished, this,
        [this, location, error, damage] {
            updateActions();
            // Once the task has let go: a restore runs on it.
            QTimer::singleShot(0, this, [this, location, error, damage] {
                if (damage->isEmpty()
                    || !offerRestore(location,
                                     tr("%1\n\nSQLite reports the file damaged: %2")
                                         .arg(error, damage->constFirst())))
                    showMessage(QMessageBox::Warning, tr("Cannot Open Database"), error);
            });
        },
        Qt::SingleShotConnection);
    updateActions();
}

bool MainWindow::offerRestore(const QString &location, const QString &why)
{
    const QList<BackupFile> backups = RollingBackups::list(location);
    if (backups.isEmpty())
        return false;
    const BackupFile &latest = backups.constFirst();
    const QString question
        = tr("%1\n\nRestore the latest automatic backup, taken %2? Changes made since then are "
             "not in it. The damaged file is kept beside it.")
              .arg(why,
                   tr("%1 at %2")
                       .arg(QLocale().toString(latest.takenAt.date(), QLocale::LongFormat),
                            QLocale().toString(latest.takenAt.time(), u"HH:mm"_s)));
    const bool yes = m_questionHook
        ? m_questionHook(tr("Database Damaged"), question)
        : QMessageBox::question(this, tr("Database Damaged"), question,
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    if (yes)
        restoreBackupAt(latest.path, location);
    return true;
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    // A copy of the location: the database it belongs to closes first.
    return m_database && restoreBackupAt(backupPath, QString(m_database->location()));
}

bool MainWindow::restoreBackupAt(const QString &backupPath, QString location)
{
    if (m_runner->isRunning() || m_exportTask->isRunning() || m_backupTask->isRunning())
        return false;
    setDatabase(nullptr); // no connection may stay open on the file being replaced
    // Copying and checking a large backup takes seconds: off the UI thread, without Cancel
    // (the swap itself must not be interrupted half-way).
    auto *progress = new QProgressDialog(tr("Restoring %1…").arg(QFileInfo(backupPath).fileName()),
                                         QString(), 0, 0, this);
    progress->setWindowTitle(tr("Restore from Backup"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    auto result = std::make_shared<std::optional<Result<QString>>>();
    m_backupTask->start([backupPath, location, result](const BackgroundTask::Reporter &) {
        *result = RollingBackups::restore(backupPath, location);
    });
    connect(
        m_backupTask.get(), &BackgroundTask::finished, this,
        [this, result, progress, backupPath, location] {
            progress->hide();
            progress->deleteLater();
            const Result<QString> &kept = **result;
            const bool reopened = openDatabase(location);
            updateActions();
            if (!kept) {
                showMessage(QMessageBox::Warning, tr("Backup Not Restored"), kept.error());
            } else if (reopened) {
                statusBar()->showMessage(
                    tr("Restored %1. The database as it was is kept as %2.")
                        .arg(QFileInfo(backupPath).fileName(), QDir::toNativeSeparators(*kept)),
                    20000);
            }
            emit restoreFinished(kept.ok() && reopened);
        },
        Qt::SingleShotConnection);
    updateActions();
    return true;
}

void MainWindow::requestSampleCancel()
{
    m_runner->cancel();
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling…"));
        if (auto *cancel = m_progress->findChild<QPushButton *>(u"cancelSampleButton"_s))
            cancel->setEnabled(false); // nothing more to press
        m_progress->show(); // Escape hides it; the run is not over yet
    }
    statusBar()->showMessage(tr("Cancelling the sample portfolio…"));
}

void MainWindow::onSampleProgress(int percent, const QString &phase)
{
    if (!m_progress || m_runner->wasCancelled())
        return;
    m_progress->setValue(std::clamp(percent, 0, 100));
    if (!phase.isEmpty())
        m_progress->setLabelText(phase);
}

void MainWindow::onSampleFinished(bool ok, const QString &message)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    statusBar()->clearMessage();
    updateActions();
    if (ok) {
        showArea(Area::Dashboard);
        statusBar()->showMessage(message, 15000);
    } else if (m_runner->wasCancelled()) {
        refresh();
        showMessage(QMessageBox::Information, tr("Sample Portfolio Cancelled"), message);
    } else {
        refresh();
        showMessage(QMessageBox::Warning, tr("Sample Portfolio Not Created"), message);
    }
    emit sampleGenerationFinished(ok);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ClientDesk"),
        tr("<h3>ClientDesk %1</h3><p>Clients under contract and transactional customers of a "
           "consultancy, side by side in one local database, with what each kind earns.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::setMessageHook(MessageHook hook)
{
    m_messageHook = std::move(hook);
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (m_messageHook) {
        m_messageHook(icon, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, this);
    box.exec();
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
    m_runner->cancel();
    writeSettings();
    event->accept();
}

} // namespace cd
