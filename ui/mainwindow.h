#pragma once

#include "areanavigator.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QProgressDialog;

namespace cd {

class AnalyticsView;
class BillingDesk;
class ClientPage;
class ClientsView;
class ContractsView;
class ReportsView;
class ConnectDialog;
class CustomerPage;
class CustomersView;
class DashboardView;
class Database;
class ElidedLabel;
class InvoicesTab;
class JobProgress;
class MainActions;
class MessageBoxPrompts;
class NoDatabasePanel;
class PipelineView;
class ReceivablesTab;
class Reminders;
class CalendarFeed;
class Session;
class SessionDialogs;
class TimeTracker;
class TimeView;
class TimerControl;
class UserPrompts;
class WelcomePanel;

/// The desktop shell, which only arranges: the Session (the open database and its long
/// work), the AreaNavigator (the areas and their pages, the central widget), MainActions (menus
/// and shortcuts), the session's dialogs and progress dialogs, and a status bar naming the
/// open database. It opens the dialogs that the pages and the menus ask for.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Area = AreaNavigator::Area;

    /// Without a database: the no-database panel shows.
    explicit MainWindow(QWidget *parent = nullptr);
    /// Opens on `database` (taken over; the session owns it).
    explicit MainWindow(std::unique_ptr<Database> &&database, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QList<Area> areas() { return AreaNavigator::areas(); }
    static QString areaTitle(Area area) { return AreaNavigator::areaTitle(area); }

    Session *session() const { return m_session.get(); }
    AreaNavigator *navigator() const { return m_navigator; }
    SessionDialogs *sessionDialogs() const { return m_sessionDialogs; }
    /// Where messages and questions go: message boxes unless `prompts` (which must outlive
    /// the window; null: message boxes again).
    void setPrompts(UserPrompts *prompts);

    Database *database() const;
    /// Makes `database` (or none) the open one. Refused while a sample is being created.
    bool setDatabase(std::unique_ptr<Database> &&database);
    /// The sentence the no-database panel shows, e.g. why the start-up database failed.
    void setNoDatabaseReason(const QString &reason);
    /// Opens an existing database; on failure shows why and keeps the current one.
    bool openDatabase(const QString &location);
    /// Creates a new database at a path where no file exists yet.
    bool createDatabase(const QString &location);
    /// File > Connect to Server… (SessionDialogs::showConnectDialog()).
    ConnectDialog *showConnectDialog();
    /// Opens a remembered server (SessionDialogs::openServer()).
    ConnectDialog *openServer(const QString &url);

    void showArea(Area area) { m_navigator->showArea(area); }
    Area currentArea() const { return m_navigator->currentArea(); }
    QWidget *currentPage() const { return m_navigator->currentPage(); }
    QListWidget *navigation() const { return m_navigator->navigation(); }
    DashboardView *dashboard() const { return m_navigator->dashboard(); }
    ClientsView *clientsView() const { return m_navigator->clientsView(); }
    ClientPage *clientPage() const { return m_navigator->clientPage(); }
    CustomersView *customersView() const { return m_navigator->customersView(); }
    CustomerPage *customerPage() const { return m_navigator->customerPage(); }
    PipelineView *pipelineView() const { return m_navigator->pipelineView(); }
    ContractsView *contractsView() const { return m_navigator->contractsView(); }
    ReportsView *reportsView() const { return m_navigator->reportsView(); }
    AnalyticsView *analyticsView() const { return m_navigator->analyticsView(); }
    WelcomePanel *welcomePanel() const { return m_navigator->welcomePanel(); }
    NoDatabasePanel *noDatabasePanel() const { return m_navigator->noDatabasePanel(); }
    /// The Time area, the person's running timer and the status bar's control of it.
    TimeView *timeView() const { return m_timeView; }
    TimeTracker *timeTracker() const { return m_timeTracker; }
    TimerControl *timerControl() const { return m_timerControl; }
    Reminders *reminders() const { return m_reminders; }
    CalendarFeed *calendarFeed() const { return m_calendarFeed; }
    /// Billing in the Contracts area: its shared state and its Invoices and Receivables tabs.
    BillingDesk *billingDesk() const { return m_billing; }
    InvoicesTab *invoicesTab() const { return m_invoicesTab; }
    ReceivablesTab *receivablesTab() const { return m_receivablesTab; }
    void openClient(qint64 accountId) { m_navigator->openClient(accountId); }
    void openCustomer(qint64 accountId) { m_navigator->openCustomer(accountId); }
    /// Reloads the current page and chooses between welcome panel and dashboard.
    void refresh() { m_navigator->refresh(); }

    /// The full text of the status bar's database label.
    QString databaseStatusText() const;
    /// The sample portfolio's progress dialog while one is being created.
    QProgressDialog *progressDialog() const;

    /// Asks for a new client (AccountDialog) and opens its page once saved.
    void newClient();
    void newCustomer();
    /// Records a sale (SaleDialog) to `accountId`, or to a customer the user chooses (0).
    void recordSale(qint64 accountId = 0);
    /// The product catalogue (CatalogueDialog).
    void showCatalogue();
    void showSettings();
    void showFirmProfile();
    /// Tools > Audit Log: who changed what, and when.
    void showAuditLog();
    /// File > Import…: the import wizard, modal; the views refresh after an import.
    void showImportWizard();
    void showDuplicates();
    /// The report dialog of a client, or of the portfolio for 0.
    void showReport(qint64 clientId);
    /// Client reports for one account manager, into a folder.
    void showBatchReports();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Builds and arranges the parts (both constructors).
    void arrange();
    void connectSession();
    void connectPages();
    void createStatusBar();
    /// The Invoices and Receivables tabs of the Contracts area, the printed invoice.
    void arrangeBilling();
    void onDatabaseChanged();
    void onJobFinished(int job, bool ok);
    void showStatus(const QString &text, int timeoutMs);
    /// Brings the actions and the pages in step with what the session is doing.
    void updateState();
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<MessageBoxPrompts> m_boxes; ///< the default prompts
    std::unique_ptr<Session> m_session; ///< outlives the pages that read its database
    AreaNavigator *m_navigator = nullptr;
    SessionDialogs *m_sessionDialogs = nullptr;
    JobProgress *m_jobProgress = nullptr;
    MainActions *m_actions = nullptr;
    ElidedLabel *m_databaseLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    TimeTracker *m_timeTracker = nullptr;
    BillingDesk *m_billing = nullptr;
    InvoicesTab *m_invoicesTab = nullptr;
    ReceivablesTab *m_receivablesTab = nullptr;
    TimeView *m_timeView = nullptr;
    TimerControl *m_timerControl = nullptr;
    Reminders *m_reminders = nullptr;
    CalendarFeed *m_calendarFeed = nullptr;
};

} // namespace cd
