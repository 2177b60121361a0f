#include "areanavigator.h"

#include "models/clientagendamodel.h"
#include "models/portfoliosummary.h"
#include "services/accountservice.h"
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
#include "windowtexts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Area = AreaNavigator::Area;

constexpr int kAreaRole = Qt::UserRole + 1;

} // namespace

AreaNavigator::AreaNavigator(QWidget *parent) : QWidget(parent)
{
    createPages();
    createNavigation();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
}

AreaNavigator::~AreaNavigator()
{
    m_customers->setDatabase(nullptr); // its tag refresh too
}

QList<Area> AreaNavigator::areas()
{
    // Time came last, after the seven first areas: their shortcuts (Ctrl+1…) stay.
    return { Area::Dashboard, Area::Clients,   Area::Customers, Area::Pipeline,
             Area::Contracts, Area::Analytics, Area::Reports,   Area::Time };
}

QString AreaNavigator::areaTitle(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return WindowTexts::tr("Dashboard");
    case Area::Clients:
        return WindowTexts::tr("Clients");
    case Area::Customers:
        return WindowTexts::tr("Customers");
    case Area::Pipeline:
        return WindowTexts::tr("Pipeline");
    case Area::Contracts:
        return WindowTexts::tr("Contracts");
    case Area::Analytics:
        return WindowTexts::tr("Analytics");
    case Area::Reports:
        return WindowTexts::tr("Reports");
    case Area::Time:
        return WindowTexts::tr("Time");
    }
    return {};
}

QIcon AreaNavigator::areaIcon(Area area, const QStyle *style)
{
    // The desktop's icon theme when there is one, else the style's own pixmaps.
    switch (area) {
    case Area::Dashboard:
        return QIcon::fromTheme(u"go-home"_s, style->standardIcon(QStyle::SP_DirHomeIcon));
    case Area::Clients:
        return QIcon::fromTheme(u"system-users"_s,
                                style->standardIcon(QStyle::SP_FileDialogDetailedView));
    case Area::Customers:
        return QIcon::fromTheme(u"x-office-address-book"_s,
                                style->standardIcon(QStyle::SP_FileDialogListView));
    case Area::Pipeline:
        return QIcon::fromTheme(u"go-next"_s, style->standardIcon(QStyle::SP_MediaSeekForward));
    case Area::Contracts:
        // Our own: the theme's and the style's are a blank page.
        return QIcon(u":/icons/contracts.svg"_s);
    case Area::Analytics:
        return QIcon::fromTheme(u"x-office-spreadsheet"_s,
                                style->standardIcon(QStyle::SP_FileDialogContentsView));
    case Area::Reports:
        // Our own: the style's is a floppy disk.
        return QIcon(u":/icons/reports.svg"_s);
    case Area::Time:
        return QIcon::fromTheme(u"appointment-new"_s,
                                style->standardIcon(QStyle::SP_BrowserReload));
    }
    return {};
}

void AreaNavigator::createPages()
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
    connect(m_clients, &ClientsView::clientActivated, this, &AreaNavigator::openClient);
    connect(m_clientPage, &ClientPage::backRequested, this, [this] {
        m_openClient = 0;
        showArea(Area::Clients);
    });
    m_customers = new CustomersView(m_stack);
    m_stack->addWidget(m_customers);
    m_customerPage = new CustomerPage(m_stack);
    m_stack->addWidget(m_customerPage);
    connect(m_customers, &CustomersView::customerActivated, this, &AreaNavigator::openCustomer);
    connect(m_customerPage, &CustomerPage::backRequested, this, [this] {
        m_openCustomer = 0;
        showArea(Area::Customers);
    });
    connect(m_customerPage, &CustomerPage::converted, this, &AreaNavigator::openClient);
    connect(m_clientPage, &ClientPage::conversionUndone, this, &AreaNavigator::openCustomer);
    m_pipeline = new PipelineView(m_stack);
    setPage(Area::Pipeline, m_pipeline);
    connect(m_pipeline, &PipelineView::accountActivated, this, &AreaNavigator::openCustomer);
    m_analytics = new AnalyticsView(m_stack);
    setPage(Area::Analytics, m_analytics);
    m_contracts = new ContractsView(m_stack);
    setPage(Area::Contracts, m_contracts);
    m_reports = new ReportsView(m_stack);
    setPage(Area::Reports, m_reports);
    connect(m_dashboard, &DashboardView::refreshRequested, this, &AreaNavigator::refresh);
    // An item opens its account: a client's page, or a customer's (a follow-up).
    connect(m_dashboard, &DashboardView::accountActivated, this, &AreaNavigator::openCustomer);
}

void AreaNavigator::setPage(Area area, QWidget *page)
{
    if (QWidget *old = m_pages.value(area); old && old != page) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    m_pages.insert(area, page);
    m_stack->addWidget(page);
    if (m_area == area)
        updatePage();
}

void AreaNavigator::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(WindowTexts::tr("Areas"));
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

void AreaNavigator::releaseDatabase()
{
    if (!m_database)
        return;
    m_clients->setDatabase(nullptr); // before the database it reads goes away
    m_welcome->setDatabase(nullptr);
    m_customers->setDatabase(nullptr);
    m_pipeline->setDatabase(nullptr);
    m_contracts->setDatabase(nullptr);
    m_analytics->setDatabase(nullptr);
    m_reports->setDatabase(nullptr);
    m_dashboard->setAgenda(nullptr);
    m_dashboard->setDatabase(nullptr);
    m_agenda.reset();
    m_database = nullptr;
}

void AreaNavigator::setDatabase(Database *database)
{
    releaseDatabase();
    m_database = database;
    if (m_database) {
        m_agenda = std::make_unique<ClientAgendaModel>(*m_database);
        m_dashboard->setAgenda(m_agenda.get());
        m_dashboard->setDatabase(m_database);
    }
    m_clients->setDatabase(m_database);
    m_clientPage->setDatabase(m_database);
    m_openClient = 0;
    m_customers->setDatabase(m_database);
    m_customerPage->setDatabase(m_database);
    m_openCustomer = 0;
    m_pipeline->setDatabase(m_database);
    m_contracts->setDatabase(m_database);
    m_analytics->setDatabase(m_database);
    m_reports->setDatabase(m_database);
    m_welcome->setDatabase(m_database);
    if (m_database)
        m_noDatabase->setReason({});
    m_navigation->setEnabled(m_database != nullptr);
}

void AreaNavigator::setBusy(bool busy)
{
    m_busy = busy;
    m_welcome->setBusy(busy);
}

void AreaNavigator::setNoDatabaseReason(const QString &reason)
{
    m_noDatabase->setReason(reason);
}

void AreaNavigator::showArea(Area area)
{
    m_area = area;
    m_openClient = 0;
    m_openCustomer = 0;
    const int row = int(areas().indexOf(area));
    if (m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    emit areaShown(area);
    if (area == Area::Dashboard && m_database)
        refresh(); // cheap, and the figures are then as of now
    else if ((area == Area::Clients || area == Area::Customers || area == Area::Pipeline
              || area == Area::Contracts || area == Area::Analytics || area == Area::Time)
             && m_database)
        refresh();
    else
        updatePage();
}

QWidget *AreaNavigator::currentPage() const
{
    return m_stack->currentWidget();
}

void AreaNavigator::openClient(qint64 accountId)
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

void AreaNavigator::openCustomer(qint64 accountId)
{
    if (!m_database)
        return;
    // A customer converted meanwhile (or a client among the candidates) has a client page.
    if (const auto account = AccountService(*m_database).get(accountId);
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

void AreaNavigator::focusSearch()
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

void AreaNavigator::logInteraction()
{
    if (m_area == Area::Clients && m_openClient != 0)
        m_clientPage->logInteractionButton()->click();
    else if (m_area == Area::Customers && m_openCustomer != 0)
        m_customerPage->logInteractionButton()->click();
}

void AreaNavigator::refresh()
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
    if (m_area == Area::Contracts)
        m_contracts->reload();
    if (m_area == Area::Analytics)
        m_analytics->reload(); // off the UI thread
    if (m_area == Area::Reports)
        m_reports->reload();
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
    if (m_area == Area::Time)
        emit pageRefreshRequested(m_area);
}

void AreaNavigator::refreshForOthers(const QStringList &tables)
{
    if (!m_database || m_busy)
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
    emit statusMessage(WindowTexts::tr("Updated with changes from others."), 5000);
}

void AreaNavigator::updatePage()
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
    else
        page = m_pages.value(m_area);
    m_stack->setCurrentWidget(page);
    emit pageChanged();
}

} // namespace cd
