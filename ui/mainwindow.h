#pragma once

#include "io/importer.h"
#include "sample/samplegenerator.h"
#include "serveraddress.h"
#include "storage/database.h"

#include <QMainWindow>
#include <QMap>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QStackedWidget;

namespace cd {

class BackgroundTask;
class ChangeFeed;
class ClientAgendaModel;
class ConnectDialog;
class PasswordStore;
class ClientPage;
class ClientsView;
class CustomerPage;
class CustomersView;
class PipelineView;
class AnalyticsView;
class DashboardView;
class ElidedLabel;
class NoDatabasePanel;
class PlaceholderView;
class SampleRunner;
class WelcomePanel;

/// The desktop shell: navigation on the left, the current area's page on the right, menus,
/// and a status bar naming the open database. Works with one database at a time, or none.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Area { Dashboard, Clients, Customers, Pipeline, Contracts, Analytics, Reports };
    Q_ENUM(Area)

    /// Shows a message to the user; replaceable so tests can see messages without a modal box.
    using MessageHook
        = std::function<void(QMessageBox::Icon icon, const QString &title, const QString &text)>;

    explicit MainWindow(std::unique_ptr<Database> database = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QList<Area> areas();
    static QString areaTitle(Area area);

    Database *database() const { return m_database.get(); }
    /// Makes `database` (or none) the open one. Refused while a sample is being created.
    bool setDatabase(std::unique_ptr<Database> database);
    /// The sentence the no-database panel shows, e.g. why the start-up database failed.
    void setNoDatabaseReason(const QString &reason);

    /// Opens an existing database; on failure shows why and keeps the current one.
    bool openDatabase(const QString &location);
    /// Creates a new database at a path where no file exists yet.
    bool createDatabase(const QString &location);

    /// File > Connect to Server…: the Connect dialog (window-modal, returned so tests can fill
    /// it), prefilled with `address` and showing `problem`. On success the window switches to
    /// the server's database and remembers its address (never the password).
    ConnectDialog *showConnectDialog(const ServerAddress &address = {},
                                     const QString &problem = {});
    /// Opens a remembered server (the recent list, `--database postgresql://…`): the password
    /// from the address, else from the keychain; connects at once in the Connect dialog, which
    /// stays open with the reason when that fails.
    ConnectDialog *openServer(const QString &url);
    /// The servers connected to lately, newest first, without passwords.
    static QStringList recentServers();
    /// Where remembered passwords live; the system keychain unless a test puts another.
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    PasswordStore *passwordStore() const { return m_passwordStore.get(); }

    void showArea(Area area);
    Area currentArea() const { return m_area; }
    QWidget *currentPage() const;
    QListWidget *navigation() const { return m_navigation; }
    DashboardView *dashboard() const { return m_dashboard; }
    ClientsView *clientsView() const { return m_clients; }
    ClientPage *clientPage() const { return m_clientPage; }
    CustomersView *customersView() const { return m_customers; }
    PipelineView *pipelineView() const { return m_pipeline; }
    AnalyticsView *analyticsView() const { return m_analytics; }
    CustomerPage *customerPage() const { return m_customerPage; }
    /// Shows one customer's page in the Customers area (a client's page for a client).
    void openCustomer(qint64 accountId);
    /// Records a sale (SaleDialog) to `accountId`, or to a customer the user chooses (0).
    void recordSale(qint64 accountId = 0);
    /// The product catalogue (CatalogueDialog).
    void showCatalogue();
    /// Shows one client's page in the Clients area.
    void openClient(qint64 accountId);
    /// Asks for a new client (AccountDialog) and opens its page once saved.
    void newClient();
    void newCustomer();
    /// Logs an interaction with the client or customer whose page is open.
    void logInteraction();
    /// Puts the cursor in the search field of the clients' (or customers') list.
    void focusSearch();
    void showSettings();
    void showFirmProfile();
    /// Tools > Audit Log: who changed what, and when.
    void showAuditLog();
    WelcomePanel *welcomePanel() const { return m_welcome; }
    NoDatabasePanel *noDatabasePanel() const { return m_noDatabase; }
    /// The full text of the status bar's database label.
    QString databaseStatusText() const;

    /// Reloads the dashboard figures and chooses between welcome panel and dashboard.
    void refresh();
    /// Refreshes the page after others changed these tables on a shared server, keeping the
    /// selection and scroll position of its lists.
    void refreshForOthers(const QStringList &tables);
    /// Reports others' changes on a server; null in a file.
    ChangeFeed *changeFeed() const { return m_changes.get(); }

    /// Creates a sample portfolio with these options off the UI thread, showing progress.
    bool startSampleGeneration(const SampleOptions &options);
    SampleRunner *sampleRunner() const { return m_runner.get(); }
    QProgressDialog *progressDialog() const;

    void setMessageHook(MessageHook hook);
    /// Asks a yes/no question; replaceable so tests can answer it.
    using QuestionHook = std::function<bool(const QString &title, const QString &text)>;
    void setQuestionHook(QuestionHook hook) { m_questionHook = std::move(hook); }

    /// Says why `location` could not be opened; when an automatic backup of it exists and
    /// SQLite (checking off the UI thread) finds the file damaged, offers to restore the
    /// latest one instead.
    void reportOpenFailure(const QString &location, const QString &error);

    /// File > Import…: the import wizard, modal; the views refresh after an import.
    void showImportWizard();
    /// Exports a kind of record to `path` (CSV, or XLSX for a .xlsx name) off the UI thread,
    /// with progress and Cancel. exportFinished() tells the outcome.
    bool startExport(ImportKind kind, const QString &path);
    /// Replaces the open database with a backup (RollingBackups::restore()) off the UI thread,
    /// then opens it again; the replaced file is kept beside it. restoreFinished() tells the
    /// outcome. False when the restore could not start.
    bool restoreBackup(const QString &backupPath);
    /// The same for the database file at `location`, open or not (a damaged one).
    bool restoreBackupAt(const QString &backupPath, QString location);
    /// Takes the day's automatic backup off the UI thread, if one is due.
    void startAutomaticBackup();
    bool isBackingUp() const;

signals:
    void sampleGenerationFinished(bool ok);
    void exportFinished(bool ok, const QString &message);
    /// The automatic backup ended: `wrote` when a backup was taken; `message` says what
    /// happened (empty when none was due).
    void automaticBackupFinished(bool wrote, const QString &message);
    /// The check after opening found the database damaged (`findings` from SQLite).
    void damageFound(const QString &location, const QStringList &findings);
    void restoreFinished(bool restored);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createNavigation();
    void createMenus();
    void createStatusBar();
    void updatePage();
    void updateDatabaseInfo();
    void updateActions();
    void chooseAndOpenDatabase();
    void chooseAndCreateDatabase();
    void onServerConnected(ConnectDialog *dialog);
    void fillRecentServers();
    void askAndCreateSample();
    void chooseAndExport(ImportKind kind);
    void chooseAndRestoreBackup();
    void showDuplicates();
    /// The report dialog of a client, or of the portfolio for 0.
    void showReport(qint64 clientId);
    QProgressDialog *createProgressDialog(const QString &title, const QString &cancelName);
    void onSampleProgress(int percent, const QString &phase);
    void onSampleFinished(bool ok, const QString &message);
    void requestSampleCancel();
    void showAbout();
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    QString dialogDirectory() const;
    void readSettings();
    void writeSettings() const;

    // Declared before the runner: the runner (and its thread, which reopens this database)
    // is destroyed first.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_changes; ///< before m_database goes
    bool m_othersWaiting = false; ///< a refresh for others' changes waits for a dialog
    std::unique_ptr<ClientAgendaModel> m_agenda; ///< reads m_database: declared after it
    std::unique_ptr<SampleRunner> m_runner;
    std::unique_ptr<BackgroundTask> m_exportTask;
    std::unique_ptr<BackgroundTask> m_backupTask;
    std::unique_ptr<PasswordStore> m_passwordStore;

    Area m_area = Area::Dashboard;
    bool m_hasAccounts = false;
    MessageHook m_messageHook;
    QuestionHook m_questionHook;
    /// Offers the latest automatic backup of a damaged database; false when there is none.
    bool offerRestore(const QString &location, const QString &why);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DashboardView *m_dashboard = nullptr;
    ClientsView *m_clients = nullptr;
    ClientPage *m_clientPage = nullptr;
    qint64 m_openClient = 0; ///< the client whose page shows in the Clients area, or 0
    CustomersView *m_customers = nullptr;
    PipelineView *m_pipeline = nullptr;
    AnalyticsView *m_analytics = nullptr;
    CustomerPage *m_customerPage = nullptr;
    qint64 m_openCustomer = 0; ///< the customer whose page shows in the Customers area, or 0
    WelcomePanel *m_welcome = nullptr;
    NoDatabasePanel *m_noDatabase = nullptr;
    QMap<Area, PlaceholderView *> m_placeholders;
    QPointer<QProgressDialog> m_progress;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QMenu *m_recentServersMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_duplicatesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_clientReportAction = nullptr;
    QAction *m_portfolioReportAction = nullptr;
    QAction *m_batchReportAction = nullptr;
    QAction *m_firmProfileAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newClientAction = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_interactionAction = nullptr;
    QAction *m_saleAction = nullptr;
    QAction *m_opportunityAction = nullptr;
    QAction *m_catalogueAction = nullptr;
    QActionGroup *m_areaActions = nullptr;
    ElidedLabel *m_databaseLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
};

} // namespace cd
