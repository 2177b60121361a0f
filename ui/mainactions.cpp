#include "mainactions.h"

#include "areanavigator.h"
#include "dialogs/helpdialogs.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "session/serveraddress.h"
#include "session/session.h"
#include "session/sessiondialogs.h"
#include "views/pipelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Area = AreaNavigator::Area;

} // namespace

MainActions::MainActions(MainWindow &window) : QObject(&window), m_window(window)
{
    createFileMenu();
    createEditAndViewMenus();
    createToolsMenu();
    createHelpMenu();
    connect(window.navigator(), &AreaNavigator::areaShown, this,
            [this](Area area) { checkArea(int(area)); });
}

void MainActions::createFileMenu()
{
    QStyle *style = m_window.style();
    SessionDialogs *dialogs = m_window.sessionDialogs();
    QMenu *file = m_window.menuBar()->addMenu(MainWindow::tr("&File"));
    m_newAction = file->addAction(style->standardIcon(QStyle::SP_FileIcon),
                                  MainWindow::tr("&New database…"), dialogs,
                                  &SessionDialogs::chooseAndCreate);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = file->addAction(style->standardIcon(QStyle::SP_DialogOpenButton),
                                   MainWindow::tr("&Open database…"), dialogs,
                                   &SessionDialogs::chooseAndOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = file->addAction(MainWindow::tr("Connect to &Server…"), dialogs, [dialogs] {
        // The last server, if any, as a start.
        const QStringList recent = Session::recentServers();
        dialogs->showConnectDialog(
            recent.isEmpty()
                ? ServerAddress()
                : ServerAddress::fromUrl(recent.constFirst()).value_or(ServerAddress()));
    });
    m_recentServersMenu = file->addMenu(MainWindow::tr("&Recent Servers"));
    connect(m_recentServersMenu, &QMenu::aboutToShow, this, &MainActions::fillRecentServers);
    file->addSeparator();
    m_importAction
        = file->addAction(MainWindow::tr("&Import…"), &m_window, &MainWindow::showImportWizard);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exportMenu = file->addMenu(MainWindow::tr("&Export"));
    for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                             ImportKind::Revenue }) {
        const QString title = kind == ImportKind::Accounts ? MainWindow::tr("&Accounts…")
            : kind == ImportKind::Contacts                 ? MainWindow::tr("C&ontacts…")
            : kind == ImportKind::Contracts                ? MainWindow::tr("Con&tracts…")
                                                           : MainWindow::tr("&Revenue…");
        m_exportMenu->addAction(title, dialogs,
                                [dialogs, kind] { dialogs->chooseAndExport(kind); });
    }
    m_calendarAction = file->addAction(MainWindow::tr("Export &Calendar…"), dialogs,
                                       &SessionDialogs::chooseAndExportCalendar);
    m_calendarAction->setToolTip(
        MainWindow::tr("Write the notice deadlines, renewals, follow-ups and requests due as a "
                       "file your calendar program can import or subscribe to"));
    m_restoreAction = file->addAction(MainWindow::tr("Restore from &Backup…"), dialogs,
                                      &SessionDialogs::chooseAndRestoreBackup);
    file->addSeparator();
    m_clientReportAction = file->addAction(MainWindow::tr("&Client Report…"), &m_window, [this] {
        if (const qint64 client = m_window.navigator()->openClientId(); client != 0)
            m_window.showReport(client);
    });
    m_clientReportAction->setShortcut(QKeySequence::Print);
    m_portfolioReportAction = file->addAction(MainWindow::tr("&Portfolio Report…"), &m_window,
                                              [this] { m_window.showReport(0); });
    m_batchReportAction = file->addAction(MainWindow::tr("Client Reports for a &Manager…"),
                                          &m_window, &MainWindow::showBatchReports);
    m_firmProfileAction = file->addAction(MainWindow::tr("&Firm Profile…"), &m_window,
                                          &MainWindow::showFirmProfile);
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), &m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainActions::createEditAndViewMenus()
{
    AreaNavigator *navigator = m_window.navigator();
    QMenu *edit = m_window.menuBar()->addMenu(MainWindow::tr("&Edit"));
    m_findAction
        = edit->addAction(MainWindow::tr("&Find…"), navigator, &AreaNavigator::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_settingsAction
        = edit->addAction(MainWindow::tr("&Settings…"), &m_window, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *view = m_window.menuBar()->addMenu(MainWindow::tr("&View"));
    m_areaActions = new QActionGroup(this);
    m_areaActions->setExclusive(true);
    int index = 0;
    for (Area area : AreaNavigator::areas()) {
        QAction *action = view->addAction(AreaNavigator::areaIcon(area, m_window.style()),
                                          AreaNavigator::areaTitle(area), navigator,
                                          [navigator, area] { navigator->showArea(area); });
        action->setCheckable(true);
        action->setData(QVariant::fromValue(area));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index++)));
        m_areaActions->addAction(action);
    }
    view->addSeparator();
    m_refreshAction
        = view->addAction(m_window.style()->standardIcon(QStyle::SP_BrowserReload),
                          MainWindow::tr("&Refresh"), navigator, &AreaNavigator::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
}

void MainActions::createToolsMenu()
{
    AreaNavigator *navigator = m_window.navigator();
    QMenu *tools = m_window.menuBar()->addMenu(MainWindow::tr("&Tools"));
    m_newClientAction
        = tools->addAction(MainWindow::tr("New &Client…"), &m_window, &MainWindow::newClient);
    m_newClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_newCustomerAction
        = tools->addAction(MainWindow::tr("New C&ustomer…"), &m_window, &MainWindow::newCustomer);
    // Not Ctrl+Shift+U: the input method of GNOME takes it for typing Unicode characters.
    m_newCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_interactionAction = tools->addAction(MainWindow::tr("Log &Interaction…"), navigator,
                                           &AreaNavigator::logInteraction);
    m_interactionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_saleAction = tools->addAction(MainWindow::tr("Record &Sale…"), &m_window, [this, navigator] {
        m_window.recordSale(navigator->openCustomerId());
    });
    m_saleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_opportunityAction
        = tools->addAction(MainWindow::tr("New &Opportunity…"), navigator, [navigator] {
              const qint64 account = navigator->openAccountId();
              navigator->showArea(Area::Pipeline);
              navigator->pipelineView()->newOpportunity(account);
          });
    m_opportunityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_catalogueAction = tools->addAction(MainWindow::tr("Product &Catalogue…"), &m_window,
                                         &MainWindow::showCatalogue);
    tools->addSeparator();
    m_duplicatesAction = tools->addAction(MainWindow::tr("Find &Duplicate Accounts…"), &m_window,
                                          &MainWindow::showDuplicates);
    m_auditAction
        = tools->addAction(MainWindow::tr("&Audit Log…"), &m_window, &MainWindow::showAuditLog);
}

void MainActions::createHelpMenu()
{
    QMenu *help = m_window.menuBar()->addMenu(MainWindow::tr("&Help"));
    QAction *guide = help->addAction(MainWindow::tr("User &Guide"), &m_window, [this] {
        UserGuideDialog dialog(&m_window);
        dialog.exec();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(MainWindow::tr("&Keyboard Shortcuts"), &m_window, [this] {
        ShortcutsDialog dialog(*m_window.menuBar(), &m_window);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(MainWindow::tr("&About ClientDesk"), &m_window, [this] {
        QMessageBox::about(
            &m_window, MainWindow::tr("About ClientDesk"),
            MainWindow::tr(
                "<h3>ClientDesk %1</h3><p>Clients under contract and transactional customers "
                "of a consultancy, side by side in one local database, with what each kind "
                "earns.</p><p>Built with Qt %2.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                     QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainActions::fillRecentServers()
{
    SessionDialogs *dialogs = m_window.sessionDialogs();
    m_recentServersMenu->clear();
    const QStringList recent = Session::recentServers();
    for (const QString &url : recent) {
        const auto address = ServerAddress::fromUrl(url);
        if (!address)
            continue;
        m_recentServersMenu->addAction(address->displayName(), dialogs,
                                       [dialogs, url] { dialogs->openServer(url); });
    }
    if (m_recentServersMenu->isEmpty())
        m_recentServersMenu->addAction(MainWindow::tr("No servers yet"))->setEnabled(false);
}

void MainActions::checkArea(int area)
{
    for (QAction *action : m_areaActions->actions()) {
        if (int(action->data().value<Area>()) == area)
            action->setChecked(true);
    }
}

void MainActions::update()
{
    const Session *session = m_window.session();
    const AreaNavigator *navigator = m_window.navigator();
    const bool open = session->database() != nullptr;
    const bool busy = session->isGeneratingSample();
    const bool restoring = session->isRestoring();
    for (QAction *action : { m_newAction, m_openAction, m_connectAction })
        action->setEnabled(!busy && !restoring);
    m_recentServersMenu->setEnabled(!busy && !restoring);
    m_refreshAction->setEnabled(open);
    for (QAction *action :
         { m_importAction, m_duplicatesAction, m_auditAction, m_saleAction, m_opportunityAction,
           m_catalogueAction, m_portfolioReportAction, m_batchReportAction, m_firmProfileAction,
           m_newClientAction, m_newCustomerAction })
        action->setEnabled(open && !busy);
    m_clientReportAction->setEnabled(open && !busy && navigator->openClientId() != 0);
    m_settingsAction->setEnabled(!busy); // the language can be chosen without a database
    m_interactionAction->setEnabled(
        open && !busy && (navigator->openClientId() != 0 || navigator->openCustomerId() != 0));
    m_findAction->setEnabled(open);
    m_exportMenu->setEnabled(open && !session->isExporting());
    m_calendarAction->setEnabled(open && !session->isExporting());
    m_restoreAction->setEnabled(session->isFile() && !busy && !session->isExporting()
                                && !session->isBackingUp());
    m_areaActions->setEnabled(open);
}

} // namespace cd
