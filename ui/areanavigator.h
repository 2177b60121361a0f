#pragma once

#include <QMap>
#include <QWidget>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace cd {

class AnalyticsView;
class ClientAgendaModel;
class ClientPage;
class ClientsView;
class ContractsView;
class CustomerPage;
class CustomersView;
class DashboardView;
class Database;
class NoDatabasePanel;
class PipelineView;
class ReportsView;
class WelcomePanel;

/// The list of areas on the left and the page of the current one on the right: which page
/// shows (the welcome panel on an empty database, the no-database panel without one, a
/// client's or customer's page over its list), and keeping the pages current (refresh(), and
/// refreshForOthers() after others' changes on a server, keeping the user's place).
///
class AreaNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaNavigator)

public:
    enum class Area {
        Dashboard,
        Clients,
        Customers,
        Pipeline,
        Contracts,
        Analytics,
        Reports,
        Time
    };
    Q_ENUM(Area)

    explicit AreaNavigator(QWidget *parent = nullptr);
    ~AreaNavigator() override;

    static QList<Area> areas();
    static QString areaTitle(Area area);
    static QIcon areaIcon(Area area, const QStyle *style);

    /// The database the pages show, or none. Lets go of the previous one first.
    void setDatabase(Database *database);
    /// Lets go of the database (before it closes); setDatabase() follows.
    void releaseDatabase();
    Database *database() const { return m_database; }
    /// A sample portfolio is being created: the welcome panel waits, others' changes too.
    void setBusy(bool busy);
    /// The sentence the no-database panel shows.
    void setNoDatabaseReason(const QString &reason);
    /// The page of an area that has one page (Pipeline, Contracts, Analytics, Reports).
    void setPage(Area area, QWidget *page);

    void showArea(Area area);
    Area currentArea() const { return m_area; }
    QWidget *currentPage() const;
    /// Shows one client's page in the Clients area.
    void openClient(qint64 accountId);
    /// Shows one customer's page in the Customers area (a client's page for a client).
    void openCustomer(qint64 accountId);
    /// The client (customer) whose page shows in its area, or 0.
    qint64 openClientId() const { return m_area == Area::Clients ? m_openClient : 0; }
    qint64 openCustomerId() const { return m_area == Area::Customers ? m_openCustomer : 0; }
    /// The account whose page shows, in any area (0: none).
    qint64 openAccountId() const { return m_openClient != 0 ? m_openClient : m_openCustomer; }

    /// Reloads the current page's figures and chooses between welcome panel and dashboard.
    void refresh();
    /// Refreshes the page after others changed these tables on a shared server, keeping the
    /// selection and scroll position of its lists; waits while a dialog or menu is open.
    void refreshForOthers(const QStringList &tables);
    /// Puts the cursor in the search field of the clients' (or customers') list.
    void focusSearch();
    /// Logs an interaction with the client or customer whose page is open.
    void logInteraction();

    QListWidget *navigation() const { return m_navigation; }
    DashboardView *dashboard() const { return m_dashboard; }
    ClientsView *clientsView() const { return m_clients; }
    ClientPage *clientPage() const { return m_clientPage; }
    CustomersView *customersView() const { return m_customers; }
    CustomerPage *customerPage() const { return m_customerPage; }
    PipelineView *pipelineView() const { return m_pipeline; }
    ContractsView *contractsView() const { return m_contracts; }
    AnalyticsView *analyticsView() const { return m_analytics; }
    ReportsView *reportsView() const { return m_reports; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    NoDatabasePanel *noDatabasePanel() const { return m_noDatabase; }

signals:
    /// The area changed (the View menu follows).
    void areaShown(cd::AreaNavigator::Area area);
    /// Another page shows, or the same for another record.
    void pageChanged();
    /// For the status bar.
    void statusMessage(const QString &text, int timeoutMs);
    /// The page of `area`, set by setPage() (Time), should read its figures again: the area
    /// was shown, or refresh() was asked for while it shows.
    void pageRefreshRequested(cd::AreaNavigator::Area area);

private:
    void createPages();
    void createNavigation();
    void updatePage();

    Database *m_database = nullptr;
    std::unique_ptr<ClientAgendaModel> m_agenda; ///< reads m_database
    Area m_area = Area::Dashboard;
    bool m_hasAccounts = false;
    bool m_busy = false;
    bool m_othersWaiting = false; ///< a refresh for others' changes waits for a dialog
    qint64 m_openClient = 0; ///< the client whose page shows in the Clients area, or 0
    qint64 m_openCustomer = 0; ///< the customer whose page shows in the Customers area, or 0

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DashboardView *m_dashboard = nullptr;
    ClientsView *m_clients = nullptr;
    ClientPage *m_clientPage = nullptr;
    CustomersView *m_customers = nullptr;
    CustomerPage *m_customerPage = nullptr;
    PipelineView *m_pipeline = nullptr;
    ContractsView *m_contracts = nullptr;
    AnalyticsView *m_analytics = nullptr;
    ReportsView *m_reports = nullptr;
    WelcomePanel *m_welcome = nullptr;
    NoDatabasePanel *m_noDatabase = nullptr;
    QMap<Area, QWidget *> m_pages; ///< the areas of one page each
};

} // namespace cd
