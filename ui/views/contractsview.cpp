#include "views/contractsview.h"

#include "backgroundtask.h"
#include "dialogs/contractdialog.h"
#include "services/contractservice.h"
#include "services/workerconnection.h"
#include "views/listviews.h"
#include "views/viewexport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

using namespace listviews;

namespace {

const QString kHeaderKey = u"contracts/header"_s;
const QString kFilterKey = u"contracts/filter/"_s;
const QString kAutoRenew = u"auto"_s;
const QString kByHand = u"manual"_s;

/// Colours a missed notice deadline red and one within 30 days amber, and hours over 80 %
/// amber and spent red; the text says the same in words ("missed", "soon", "over 80 %").
class MarkDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        bool red = false;
        bool amber = false;
        if (index.column() == ContractListModel::NoticeDeadline) {
            const auto mark = ContractListModel::NoticeMark(
                index.data(ContractListModel::NoticeMarkRole).toInt());
            red = mark == ContractListModel::NoticeMark::Missed;
            amber = mark == ContractListModel::NoticeMark::Soon;
        } else if (const QVariant level = index.data(ContractListModel::HoursLevelRole);
                   level.isValid()) {
            red = ContractHours::Level(level.toInt()) == ContractHours::Level::Spent;
            amber = ContractHours::Level(level.toInt()) == ContractHours::Level::Near;
        }
        if ((red || amber) && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text,
                                     red ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00));
        option->font.setBold(red);
    }
};

} // namespace

ContractsView::ContractsView(QWidget *parent)
    : QWidget(parent)
    , m_model(std::make_unique<ContractListModel>())
    , m_timeTask(std::make_unique<BackgroundTask>())
{
    connect(m_timeTask.get(), &BackgroundTask::finished, this, &ContractsView::timeRead);
    setObjectName(u"contractsView"_s);
    m_editor = [this](Database &db, const Contract &contract, QWidget *owner) {
        ContractDialog dialog(db, contract, owner);
        connect(&dialog, &ContractDialog::startTimerRequested, this,
                &ContractsView::startTimerRequested);
        return dialog.exec() == QDialog::Accepted;
    };
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"contractsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // a tab bar once others add their tabs
    m_tabs->addTab(buildListPage(), tr("Contracts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_table->setModel(m_model.get());
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ContractsView::updateState);
    connect(m_model.get(), &QAbstractItemModel::layoutChanged, this, &ContractsView::updateState);
    restoreLayout();
    updateState();
}

ContractsView::~ContractsView()
{
    saveLayout();
}

QWidget *ContractsView::buildListPage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Contracts"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel(page);
    m_count->setObjectName(u"contractCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    buildFilters();
    m_export = new QToolButton(page);
    m_export->setObjectName(u"exportContractsButton"_s);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the contracts as listed (this filter and order, the columns "
                            "shown) as CSV or XLSX"));
    connect(m_export, &QToolButton::clicked, this,
            [this] { exportViewInteractively(*m_table, tr("contracts"), this); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox *combo : { m_status, m_billing, m_manager, m_within, m_renewal })
        filters->addWidget(combo);
    filters->addStretch(1);
    filters->addWidget(m_export);

    m_table = makeListTable(u"contractTable"_s, page);
    auto *marks = new MarkDelegate(m_table);
    m_table->setItemDelegateForColumn(ContractListModel::NoticeDeadline, marks);
    m_table->setItemDelegateForColumn(ContractListModel::HoursUsed, marks);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openContract(index.data(ContractListModel::IdRole).toLongLong());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) {
                chooseColumns(m_table, ContractListModel::Reference,
                              m_table->horizontalHeader()->mapToGlobal(position));
                saveLayout();
            });
    m_empty = new QLabel(page);
    m_empty->setObjectName(u"contractEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(page);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    return page;
}

void ContractsView::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"contractSearch"_s);
    m_search->setPlaceholderText(tr("Client, reference or title"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contracts"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 48);
    m_status = makeCombo(tr("Status"), this);
    QList<std::pair<QVariant, QString>> statuses;
    for (ContractStatus s : { ContractStatus::Draft, ContractStatus::Active,
                              ContractStatus::Expired, ContractStatus::Terminated })
        statuses.append({ toCode(s), toLabel(s) });
    refill(m_status, tr("Any status"), statuses);
    m_billing = makeCombo(tr("Billing model"), this);
    QList<std::pair<QVariant, QString>> models;
    for (BillingModel m : { BillingModel::Retainer, BillingModel::Fixed, BillingModel::Hourly })
        models.append({ toCode(m), toLabel(m) });
    refill(m_billing, tr("Any billing"), models);
    m_manager = makeCombo(tr("Account manager"), this);
    refill(m_manager, tr("Any manager"), {});
    m_within = makeCombo(tr("Ending or notice within"), this);
    QList<std::pair<QVariant, QString>> windows;
    for (int days : { 30, 60, 90, 180 })
        windows.append({ days, tr("Ends or notice within %1 days").arg(days) });
    refill(m_within, tr("Any end or notice"), windows);
    m_renewal = makeCombo(tr("Renewal"), this);
    refill(m_renewal, tr("Any renewal"),
           { { kAutoRenew, tr("Renews automatically") }, { kByHand, tr("Renewed by hand") } });
    connect(m_search, &QLineEdit::textChanged, this, &ContractsView::applyFilter);
    for (QComboBox *combo : { m_status, m_billing, m_manager, m_within, m_renewal })
        connect(combo, &QComboBox::currentIndexChanged, this, &ContractsView::applyFilter);
}

int ContractsView::addTab(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

void ContractsView::setDatabase(Database *database)
{
    // A read still going works on its own connection; what it finds is for no one now.
    m_timeTask->cancel();
    m_timeResult.reset();
    m_readTimeAgain = false;
    m_database = database;
    m_loaded = false;
    m_error.clear();
    m_model->setSnapshot({});
    updateState();
}

void ContractsView::reload()
{
    if (!m_database)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected
        = current.isValid() ? current.data(ContractListModel::IdRole).toLongLong() : 0;
    auto snapshot = ContractListModel::loadContracts(*m_database, QDate::currentDate());
    m_error = snapshot ? QString() : snapshot.error();
    m_model->setSnapshot(snapshot ? std::move(snapshot).value() : ContractListModel::Snapshot());
    m_loaded = true;
    readTime();
    QList<std::pair<QVariant, QString>> managers;
    for (const auto &[id, name] : m_model->managers())
        managers.append({ id, name });
    refill(m_manager, tr("Any manager"), managers);
    if (m_storedManager.isValid()) {
        // The remembered manager exists only now that the contracts are read.
        const QSignalBlocker blocker(m_manager);
        selectStored(m_manager, m_storedManager);
        m_storedManager = QVariant();
    }
    applyFilter();
    if (m_fitColumns && m_model->rowCount() > 0) {
        // First time on this machine: columns as wide as their contents, text capped.
        m_fitColumns = false;
        m_fitTimeColumns = true;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        for (int column : { int(ContractListModel::Client), int(ContractListModel::Title),
                            int(ContractListModel::NoticeDeadline) })
            header->resizeSection(column, std::min(header->sectionSize(column), 220));
    }
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
}

void ContractsView::readTime()
{
    if (!m_database || m_model->totalContracts() == 0)
        return;
    if (m_timeTask->isRunning()) {
        m_readTimeAgain = true; // for the rows shown now, once this read ends
        return;
    }
    auto result = std::make_shared<Result<ContractListModel::TimeFigures>>(Error { QString() });
    m_timeResult = result;
    m_timeTask->start([worker = WorkerConnection(*m_database), today = m_model->today(),
                       result](const BackgroundTask::Reporter &) {
        *result = worker.run<ContractListModel::TimeFigures>(
            [&today](Database &db) { return ContractListModel::loadTime(db, today); });
    });
}

void ContractsView::timeRead()
{
    // The read has ended: what it wrote is the UI thread's now.
    if (m_timeResult && m_database) {
        if (*m_timeResult) {
            m_model->setTimeFigures(**m_timeResult);
            if (m_fitTimeColumns)
                fitTimeColumns();
        } else {
            m_error = m_timeResult->error();
        }
    }
    m_timeResult.reset();
    updateState();
    if (m_readTimeAgain) {
        m_readTimeAgain = false;
        readTime();
    }
}

void ContractsView::fitTimeColumns()
{
    // As wide as their figures, now that they are there; capped like the text columns.
    m_fitTimeColumns = false;
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : { int(ContractListModel::HoursUsed), int(ContractListModel::Uninvoiced) }) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), 240));
    }
}

bool ContractsView::waitForTime(int timeoutMs)
{
    return !m_timeTask->isRunning() || m_timeTask->waitForDone(timeoutMs);
}

void ContractsView::applyFilter()
{
    if (m_restoring)
        return;
    ContractListFilter filter;
    filter.search = m_search->text();
    if (const QVariant v = m_status->currentData(); v.isValid())
        filter.status = fromCode<ContractStatus>(v.toString());
    if (const QVariant v = m_billing->currentData(); v.isValid())
        filter.billingModel = fromCode<BillingModel>(v.toString());
    if (const QVariant v = m_manager->currentData(); v.isValid())
        filter.managerId = v.toLongLong();
    if (const QVariant v = m_within->currentData(); v.isValid())
        filter.withinDays = v.toInt();
    if (const QVariant v = m_renewal->currentData(); v.isValid())
        filter.autoRenew = v.toString() == kAutoRenew;
    if (filter != m_model->filter())
        m_model->setFilter(filter);
    updateState();
}

QString ContractsView::countText() const
{
    return m_count->text();
}

QString ContractsView::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ContractsView::updateState()
{
    const QLocale locale;
    if (!m_database) {
        m_count->clear();
        m_empty->setText(tr("No database is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const qsizetype total = m_model->totalContracts();
    const int shown = m_model->rowCount();
    m_count->setText(
        !m_loaded ? QString()
            : shown == total
            ? tr("%1 contracts").arg(locale.toString(total))
            : tr("%1 of %2 contracts").arg(locale.toString(shown), locale.toString(total)));
    if (!m_error.isEmpty()) {
        m_empty->setText(m_error);
        m_stack->setCurrentWidget(m_empty);
    } else if (m_loaded && total == 0) {
        m_empty->setText(tr("There are no contracts yet. Draft one on a client's page "
                            "(Clients › a client › Contracts › New…), or import them."));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_loaded && shown == 0) {
        m_empty->setText(tr("No contract matches these filters."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void ContractsView::openContract(qint64 id)
{
    if (!m_database || id <= 0)
        return;
    const Result<Contract> contract = ContractService(*m_database).get(id);
    if (!contract) {
        QMessageBox::warning(this, tr("ClientDesk"), contract.error());
        return;
    }
    if (!m_editor(*m_database, *contract, this))
        return;
    reload();
    emit contractChanged(id);
}

void ContractsView::saveLayout() const
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kFilterKey + u"search"_s, m_search->text());
    const std::pair<QComboBox *, QString> combos[] = { { m_status, u"status"_s },
                                                       { m_billing, u"billing"_s },
                                                       { m_within, u"within"_s },
                                                       { m_renewal, u"renewal"_s } };
    for (const auto &[combo, key] : combos)
        settings.setValue(kFilterKey + key, combo->currentData());
    // Before the contracts are read the manager choices are not there: keep the stored one.
    settings.setValue(kFilterKey + u"manager"_s,
                      m_storedManager.isValid() ? m_storedManager : m_manager->currentData());
}

void ContractsView::restoreLayout()
{
    QSettings settings;
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    m_fitColumns = !header->restoreState(settings.value(kHeaderKey).toByteArray());
    if (m_fitColumns) {
        header->setSortIndicator(ContractListModel::Client, Qt::AscendingOrder);
        // What needs attention first (deadlines, hours, what to bill); the terms after it.
        using M = ContractListModel;
        const QList<int> order { M::Client,         M::Reference, M::StatusColumn,
                                 M::NoticeDeadline, M::HoursUsed, M::Uninvoiced,
                                 M::Monthly,        M::Fee,       M::End,
                                 M::Renewal,        M::Owner,     M::BillingModelColumn,
                                 M::Title,          M::Start };
        for (int visual = 0; visual < order.size(); ++visual)
            header->moveSection(header->visualIndex(order.at(visual)), visual);
        header->setSectionHidden(M::Start, true);
    }
    m_restoring = true;
    m_search->setText(settings.value(kFilterKey + u"search"_s).toString());
    const std::pair<QComboBox *, QString> combos[] = { { m_status, u"status"_s },
                                                       { m_billing, u"billing"_s },
                                                       { m_within, u"within"_s },
                                                       { m_renewal, u"renewal"_s } };
    for (const auto &[combo, key] : combos)
        selectStored(combo, settings.value(kFilterKey + key));
    m_storedManager = settings.value(kFilterKey + u"manager"_s);
    if (m_storedManager.toString().isEmpty())
        m_storedManager = QVariant();
    m_restoring = false;
}

} // namespace cd
