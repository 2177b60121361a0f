#include "views/clientsview.h"

#include "views/healthdelegate.h"
#include "views/listviews.h"
#include "views/viewexport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

using namespace listviews;

namespace {

const QString kHeaderKey = u"clients/header"_s;
const QString kFilterKey = u"clients/filter/"_s;

} // namespace

ClientsView::ClientsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"clientsView"_s);
    auto *title = new QLabel(tr("Clients"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"clientSearch"_s);
    m_search->setPlaceholderText(tr("Search clients by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setMinimumWidth(220);

    m_manager = makeCombo(tr("Account manager"), this);
    m_status = makeCombo(tr("Status"), this);
    m_industry = makeCombo(tr("Industry"), this);
    m_region = makeCombo(tr("Region"), this);
    m_health = makeCombo(tr("Health"), this);
    refill(m_status, tr("Any status"),
           { { toCode(AccountStatus::Active), toLabel(AccountStatus::Active) },
             { toCode(AccountStatus::Prospect), toLabel(AccountStatus::Prospect) },
             { toCode(AccountStatus::Dormant), toLabel(AccountStatus::Dormant) },
             { toCode(AccountStatus::Former), toLabel(AccountStatus::Former) } });
    refill(
        m_health, tr("Any health"),
        { { int(ClientHealth::Level::Good), ClientHealth::label(ClientHealth::Level::Good) },
          { int(ClientHealth::Level::Watch), ClientHealth::label(ClientHealth::Level::Watch) },
          { int(ClientHealth::Level::AtRisk), ClientHealth::label(ClientHealth::Level::AtRisk) } });

    auto *columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setToolTip(tr("Choose the columns to show"));
    columns->setPopupMode(QToolButton::InstantPopup);
    connect(columns, &QToolButton::clicked, this, [this, columns] {
        showColumnMenu(columns->mapTo(this, QPoint(0, columns->height())));
    });

    auto *exportList = new QToolButton(this);
    exportList->setObjectName(u"exportClientsButton"_s);
    exportList->setText(tr("Export…"));
    exportList->setToolTip(tr("Save the clients as listed (this filter and order, the columns "
                              "shown) as CSV or XLSX"));
    connect(exportList, &QToolButton::clicked, this,
            [this] { exportViewInteractively(*m_table, tr("clients"), this); });

    m_newClient = new QToolButton(this);
    m_newClient->setObjectName(u"newClientButton"_s);
    m_newClient->setText(tr("New Client…"));
    m_newClient->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_newClient, &QToolButton::clicked, this, &ClientsView::newClientRequested);

    m_count = new QLabel(this);
    m_count->setObjectName(u"clientCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox *combo : { m_manager, m_status, m_industry, m_region, m_health })
        filters->addWidget(combo);
    filters->addStretch(1);
    filters->addWidget(columns);
    filters->addWidget(exportList);

    m_table = makeListTable(u"clientTable"_s, this);
    // Health in words and in colour (red at risk, amber to watch), bold unless good.
    m_table->setItemDelegateForColumn(ClientListModel::Health, new HealthDelegate(m_table));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) {
                showColumnMenu(m_table->horizontalHeader()->mapTo(this, position));
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit clientActivated(index.data(ClientListModel::IdRole).toLongLong());
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"clientEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_conversionNote = new QLabel(this);
    m_conversionNote->setObjectName(u"clientConversionNote"_s);
    m_conversionNote->setWordWrap(true);
    m_conversionNote->setForegroundRole(QPalette::PlaceholderText);
    m_conversionNote->hide();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    header->addSpacing(12);
    header->addWidget(m_newClient);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_conversionNote);

    connect(m_search, &QLineEdit::textChanged, this, &ClientsView::applyFilter);
    for (QComboBox *combo : { m_manager, m_status, m_industry, m_region, m_health }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilter);
    }
}

ClientsView::~ClientsView()
{
    saveLayout();
}

void ClientsView::setDatabase(Database *database)
{
    if (m_model)
        saveLayout();
    m_database = database;
    m_table->setModel(nullptr);
    m_model.reset();
    if (!m_database) {
        updateState();
        return;
    }
    m_model = std::make_unique<ClientListModel>(*m_database);
    m_table->setModel(m_model.get());
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ClientsView::updateState);
    connect(m_model.get(), &QAbstractItemModel::layoutChanged, this, &ClientsView::updateState);
    restoreLayout();
}

void ClientsView::reload()
{
    if (!m_model)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected
        = current.isValid() ? current.data(ClientListModel::IdRole).toLongLong() : 0;
    const Status ok = m_model->reload(QDate::currentDate());
    m_error = ok ? QString() : ok.error();
    fillChoices();
    if (!m_choicesRestored) {
        // Industry and region choices exist only now that the figures are loaded.
        m_choicesRestored = true;
        const QSettings settings;
        const QSignalBlocker industryBlocker(m_industry);
        const QSignalBlocker regionBlocker(m_region);
        for (auto [combo, key] :
             { std::pair { m_industry, u"industry"_s }, std::pair { m_region, u"region"_s } }) {
            listviews::selectStored(combo, settings.value(kFilterKey + key));
        }
    }
    applyFilter();
    if (m_fitColumns && m_model->rowCount() > 0) {
        // First time on this machine: columns as wide as their contents, names capped.
        m_fitColumns = false;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(ClientListModel::Name,
                              std::min(header->sectionSize(ClientListModel::Name), 280));
    }
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
}

void ClientsView::fillChoices()
{
    QList<std::pair<QVariant, QString>> managers;
    for (const auto &[id, name] : m_model->managers())
        managers.append({ id, name });
    refill(m_manager, tr("Any manager"), managers);
    QList<std::pair<QVariant, QString>> industries;
    for (const QString &industry : m_model->industries())
        industries.append({ industry, industry });
    refill(m_industry, tr("Any industry"), industries);
    QList<std::pair<QVariant, QString>> regions;
    for (const QString &region : m_model->regions())
        regions.append({ region, region });
    refill(m_region, tr("Any region"), regions);
}

void ClientsView::applyFilter()
{
    if (!m_model || m_restoring)
        return;
    ClientFilter filter;
    filter.search = m_search->text();
    if (const QVariant v = m_manager->currentData(); v.isValid())
        filter.managerId = v.toLongLong();
    if (const QVariant v = m_status->currentData(); v.isValid())
        filter.status = fromCode<AccountStatus>(v.toString());
    if (const QVariant v = m_industry->currentData(); v.isValid())
        filter.industry = v.toString();
    if (const QVariant v = m_region->currentData(); v.isValid())
        filter.region = v.toString();
    if (const QVariant v = m_health->currentData(); v.isValid())
        filter.health = ClientHealth::Level(v.toInt());
    if (const Status ok = m_model->setFilter(filter); !ok)
        m_error = ok.error();
    updateState();
}

QString ClientsView::countText() const
{
    return m_count->text();
}

void ClientsView::updateState()
{
    const QLocale locale;
    if (!m_model) {
        m_conversionNote->hide();
        m_count->clear();
        m_empty->setText(tr("No database is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const qsizetype total = m_model->totalClients();
    const int shown = m_model->rowCount();
    // Revenue columns are converted to the firm's currency: name what had no rate.
    const QStringList notes = m_model->conversionNotes(locale);
    m_conversionNote->setText(notes.join(u' '));
    m_conversionNote->setVisible(!notes.isEmpty());
    m_count->setText(
        shown == total
            ? tr("%1 clients").arg(locale.toString(total))
            : tr("%1 of %2 clients").arg(locale.toString(shown), locale.toString(total)));
    if (!m_error.isEmpty()) {
        m_empty->setText(m_error);
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0) {
        m_empty->setText(tr("There are no clients yet. A customer becomes a client when it "
                            "signs a contract; clients can also be imported."));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No client matches these filters."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void ClientsView::showColumnMenu(const QPoint &position)
{
    chooseColumns(m_table, ClientListModel::Name, mapToGlobal(position));
    saveLayout();
}

void ClientsView::saveLayout() const
{
    if (!m_model)
        return;
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kFilterKey + u"search"_s, m_search->text());
    settings.setValue(kFilterKey + u"status"_s, m_status->currentData());
    settings.setValue(kFilterKey + u"health"_s, m_health->currentData());
    settings.setValue(kFilterKey + u"industry"_s, m_industry->currentData());
    settings.setValue(kFilterKey + u"region"_s, m_region->currentData());
}

void ClientsView::restoreLayout()
{
    QSettings settings;
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    m_fitColumns = !header->restoreState(settings.value(kHeaderKey).toByteArray());
    if (m_fitColumns) {
        header->setSortIndicator(ClientListModel::Name, Qt::AscendingOrder);
        header->setSectionHidden(ClientListModel::AnnualValue, true);
        // What needs attention first; who and what kind of business after it.
        const QList<int> order { ClientListModel::Name,           ClientListModel::Health,
                                 ClientListModel::NoticeDeadline, ClientListModel::OpenRequests,
                                 ClientListModel::LastContact,    ClientListModel::MonthlyRecurring,
                                 ClientListModel::AnnualValue,    ClientListModel::ActiveContracts,
                                 ClientListModel::Manager,        ClientListModel::Industry };
        for (int visual = 0; visual < order.size(); ++visual)
            header->moveSection(header->visualIndex(order.at(visual)), visual);
    }
    m_restoring = true;
    m_search->setText(settings.value(kFilterKey + u"search"_s).toString());
    for (auto [combo, key] :
         { std::pair { m_status, u"status"_s }, std::pair { m_health, u"health"_s } }) {
        listviews::selectStored(combo, settings.value(kFilterKey + key));
    }
    m_restoring = false;
    m_choicesRestored = false;
}

} // namespace cd
