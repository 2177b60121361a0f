#include "timeentriestab.h"

#include "backgroundtask.h"
#include "domain/timerules.h"
#include "models/timeentrylistmodel.h"
#include "services/accountservice.h"
#include "services/contractservice.h"
#include "services/userservice.h"
#include "services/workerconnection.h"
#include "time/timeentrydialog.h"
#include "time/timetracker.h"
#include "userprompts.h"
#include "views/listviews.h"
#include "views/viewexport.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kHeaderKey = u"time/entries/header"_s;
const QString kFilterKey = u"time/entries/filter/"_s;

/// An entry that overlaps another says so in red.
class FlagDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TimeEntryListModel::FlaggedRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x3a, 0x2e));
    }
};

} // namespace

TimeEntriesTab::TimeEntriesTab(TimeTracker &tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_model(new TimeEntryListModel(this))
    , m_load(std::make_unique<BackgroundTask>())
{
    auto *layout = new QVBoxLayout(this);
    buildFilters();
    buildButtons();
    m_table = listviews::makeListTable(u"timeEntries"_s, this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FlagDelegate(m_table));
    m_table->sortByColumn(TimeEntryListModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"entriesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_table, &QTableView::doubleClicked, this, &TimeEntriesTab::editEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimeEntriesTab::updateState);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) {
                listviews::chooseColumns(m_table, TimeEntryListModel::Date,
                                         m_table->horizontalHeader()->mapToGlobal(at));
            });
    connect(m_load.get(), &BackgroundTask::finished, this, &TimeEntriesTab::loaded);
    connect(&m_tracker, &TimeTracker::entriesChanged, this, &TimeEntriesTab::startLoad);
    const QByteArray header = QSettings().value(kHeaderKey).toByteArray();
    m_fitColumns = header.isEmpty() || !m_table->horizontalHeader()->restoreState(header);
    if (m_fitColumns) // who asked and for which request: on demand (the column menu)
        m_table->horizontalHeader()->setSectionHidden(TimeEntryListModel::Request, true);
    updateState();
}

TimeEntriesTab::~TimeEntriesTab()
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void TimeEntriesTab::buildFilters()
{
    m_person = listviews::makeCombo(tr("Person"), this);
    m_account = listviews::makeCombo(tr("Account"), this);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_account->completer()->setFilterMode(Qt::MatchContains);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(18);
    m_contract = listviews::makeCombo(tr("Contract"), this);
    m_billable = listviews::makeCombo(tr("Billable"), this);
    listviews::refill(m_billable, tr("Billable or not"),
                      { { true, tr("Billable") }, { false, tr("Not billable") } });
    m_state = listviews::makeCombo(tr("State"), this);
    listviews::refill(m_state, tr("Open or invoiced"),
                      { { u"open"_s, tr("Open") }, { u"invoiced"_s, tr("Invoiced") } });
    m_period = listviews::makeCombo(tr("Period"), this);
    const QList<std::pair<Period, QString>> periods {
        { Period::ThisWeek, tr("This week") },   { Period::LastWeek, tr("Last week") },
        { Period::ThisMonth, tr("This month") }, { Period::LastMonth, tr("Last month") },
        { Period::ThisYear, tr("This year") },   { Period::Last12Months, tr("Last 12 months") },
        { Period::All, tr("All time") },
    };
    for (const auto &[period, label] : periods)
        m_period->addItem(label, int(period));
    m_period->setCurrentIndex(int(Period::ThisMonth));
    auto *row = new QHBoxLayout;
    for (QComboBox *combo : { m_period, m_person, m_account, m_contract, m_billable, m_state })
        row->addWidget(combo);
    row->addStretch(1);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
    for (QComboBox *combo : { m_period, m_person, m_contract, m_billable, m_state }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            saveFilter();
            startLoad();
        });
    }
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        fillContracts();
        saveFilter();
        startLoad();
    });
}

void TimeEntriesTab::buildButtons()
{
    m_new = new QPushButton(tr("New…"), this);
    m_new->setToolTip(tr("Log time by hand: date, account, start and end or a duration"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Save the entries shown as CSV or Excel"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"entriesCount"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_new);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    row->addSpacing(12);
    row->addWidget(m_count, 1);
    row->addWidget(m_export);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(m_new, &QPushButton::clicked, this, &TimeEntriesTab::newEntry);
    connect(m_edit, &QPushButton::clicked, this, &TimeEntriesTab::editEntry);
    connect(m_delete, &QPushButton::clicked, this, &TimeEntriesTab::deleteEntry);
    connect(m_export, &QPushButton::clicked, this,
            [this] { exportViewInteractively(*m_table, tr("time"), this); });
}

std::pair<QDate, QDate> TimeEntriesTab::periodRange(Period period, const QDate &today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (period) {
    case Period::ThisWeek:
        return { monday, monday.addDays(6) };
    case Period::LastWeek:
        return { monday.addDays(-7), monday.addDays(-1) };
    case Period::ThisMonth:
        return { firstOfMonth, firstOfMonth.addMonths(1).addDays(-1) };
    case Period::LastMonth:
        return { firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1) };
    case Period::ThisYear:
        return { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) };
    case Period::Last12Months:
        return { firstOfMonth.addMonths(-11), firstOfMonth.addMonths(1).addDays(-1) };
    case Period::All:
        break;
    }
    return {};
}

TimeFilter TimeEntriesTab::currentFilter(const QDate &today) const
{
    TimeFilter filter;
    std::tie(filter.from, filter.to) = periodRange(Period(m_period->currentData().toInt()), today);
    filter.userId = m_person->currentData().toLongLong();
    filter.accountId = m_account->currentData().toLongLong();
    filter.contractId = m_contract->currentData().toLongLong();
    if (const QVariant billable = m_billable->currentData(); billable.isValid())
        filter.billable = billable.toBool();
    if (const QVariant state = m_state->currentData(); state.isValid())
        filter.state = state.toString() == u"invoiced" ? TimeState::Invoiced : TimeState::Open;
    return filter;
}

void TimeEntriesTab::fillChoices()
{
    Database *db = m_tracker.database();
    m_restoring = true;
    QList<std::pair<QVariant, QString>> people;
    QList<std::pair<QVariant, QString>> accounts;
    if (db) {
        if (const auto users = UserService(*db).list())
            for (const User &user : *users)
                people.append({ user.id, user.name });
        if (auto list = AccountService(*db).list()) {
            std::sort(list->begin(), list->end(), [](const Account &a, const Account &b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
            for (const Account &account : *list)
                accounts.append({ account.id, account.name });
        }
    }
    listviews::refill(m_person, tr("Everyone"), people);
    listviews::refill(m_account, tr("Every account"), accounts);
    restoreFilter();
    fillContracts();
    m_restoring = false;
}

void TimeEntriesTab::fillContracts()
{
    QList<std::pair<QVariant, QString>> contracts;
    const qint64 account = m_account->currentData().toLongLong();
    if (Database *db = m_tracker.database(); db && account != 0) {
        if (const auto list = ContractService(*db).listForAccount(account))
            for (const Contract &contract : *list)
                contracts.append({ contract.id, contract.reference });
    }
    listviews::refill(m_contract, tr("Every contract"), contracts);
    m_contract->setEnabled(account != 0);
    if (m_restoring)
        listviews::selectStored(m_contract, QSettings().value(kFilterKey + u"contract"_s));
}

void TimeEntriesTab::saveFilter() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(kFilterKey + u"period"_s, m_period->currentData());
    settings.setValue(kFilterKey + u"person"_s, m_person->currentData());
    settings.setValue(kFilterKey + u"account"_s, m_account->currentData());
    settings.setValue(kFilterKey + u"contract"_s, m_contract->currentData());
    settings.setValue(kFilterKey + u"billable"_s, m_billable->currentData());
    settings.setValue(kFilterKey + u"state"_s, m_state->currentData());
}

void TimeEntriesTab::restoreFilter()
{
    const QSettings settings;
    const QVariant period = settings.value(kFilterKey + u"period"_s);
    if (const int at = m_period->findData(period.toInt()); period.isValid() && at >= 0)
        m_period->setCurrentIndex(at);
    listviews::selectStored(m_person, settings.value(kFilterKey + u"person"_s));
    listviews::selectStored(m_account, settings.value(kFilterKey + u"account"_s));
    listviews::selectStored(m_billable, settings.value(kFilterKey + u"billable"_s));
    listviews::selectStored(m_state, settings.value(kFilterKey + u"state"_s));
}

void TimeEntriesTab::reload()
{
    const QSignalBlocker period(m_period);
    const QSignalBlocker person(m_person);
    const QSignalBlocker account(m_account);
    const QSignalBlocker contract(m_contract);
    const QSignalBlocker billable(m_billable);
    const QSignalBlocker state(m_state);
    fillChoices();
    startLoad();
}

bool TimeEntriesTab::isLoading() const
{
    return m_load->isRunning();
}

bool TimeEntriesTab::waitForLoaded(int timeoutMs)
{
    return !m_load->isRunning() || m_load->waitForDone(timeoutMs);
}

void TimeEntriesTab::startLoad()
{
    Database *db = m_tracker.database();
    if (!db) {
        m_model->setRows({});
        updateState();
        return;
    }
    if (m_load->isRunning()) {
        m_loadAgain = true;
        return;
    }
    m_count->setText(tr("Reading time entries…"));
    const TimeFilter filter = currentFilter(QDate::currentDate());
    auto loading = std::make_shared<Result<QList<TimeEntryRow>>>(Error { QString() });
    m_loading = loading;
    const WorkerConnection connection(*db);
    m_load->start([connection, filter, loading](const BackgroundTask::Reporter &) {
        *loading = connection.run<QList<TimeEntryRow>>(
            [&filter](Database &database) { return TimeService(database).list(filter); });
    });
}

void TimeEntriesTab::loaded()
{
    if (m_loadAgain) {
        m_loadAgain = false;
        startLoad();
        return;
    }
    const qint64 keep = m_keepSelected != 0 ? m_keepSelected : selectedId();
    m_keepSelected = 0;
    if (m_loading && *m_loading) {
        m_model->setRows(**m_loading);
        m_empty->setText(tr("No time entries in this period.\nLog time in the Week tab, with "
                            "New…, or with the timer in the status bar; or choose another "
                            "period or fewer filters above."));
    } else {
        m_model->setRows({});
        m_empty->setText(m_loading ? m_loading->error() : QString());
    }
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_fitColumns = false;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        for (int column : { TimeEntryListModel::Person, TimeEntryListModel::Account,
                            TimeEntryListModel::Request, TimeEntryListModel::Description })
            header->resizeSection(column, std::min(header->sectionSize(column), 220));
    }
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateState();
}

void TimeEntriesTab::updateState()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    const bool open = row >= 0 && m_model->entryRow(row).entry.state == TimeState::Open;
    m_new->setEnabled(m_tracker.database() != nullptr);
    m_edit->setEnabled(open);
    m_delete->setEnabled(open);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_edit->setToolTip(row >= 0 && !open ? tr("Invoiced entries cannot be changed.") : QString());
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (!m_load->isRunning()) {
        const int count = m_model->rowCount();
        const QString total = TimeRules::formatDuration(m_model->totalMinutes());
        const QString billable = TimeRules::formatDuration(m_model->billableMinutes());
        if (count == 0)
            m_count->clear();
        else if (count == 1)
            m_count->setText(tr("One entry: %1, of which %2 billable.").arg(total, billable));
        else
            m_count->setText(tr("%1 entries: %2, of which %3 billable.")
                                 .arg(QLocale().toString(count), total, billable));
    }
}

qint64 TimeEntriesTab::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TimeEntryListModel::IdRole).toLongLong();
}

void TimeEntriesTab::newEntry()
{
    Database *db = m_tracker.database();
    if (!db || !m_tracker.ensureUser(window()))
        return;
    TimeEntry entry;
    entry.userId = m_tracker.userId();
    entry.date = QDate::currentDate();
    entry.accountId = m_account->currentData().toLongLong();
    entry.contractId = m_contract->currentData().toLongLong();
    TimeEntryDialog dialog(*db, m_tracker.prompts(), entry, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_keepSelected = dialog.savedId();
    startLoad();
    emit entriesChanged();
}

void TimeEntriesTab::editEntry()
{
    Database *db = m_tracker.database();
    const qint64 id = selectedId();
    if (!db || id == 0 || !m_edit->isEnabled())
        return;
    const auto entry = TimeService(*db).get(id);
    if (!entry) {
        m_tracker.prompts().message(QMessageBox::Warning, tr("Time"), entry.error());
        return;
    }
    TimeEntryDialog dialog(*db, m_tracker.prompts(), *entry, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_keepSelected = id;
    startLoad();
    emit entriesChanged();
}

void TimeEntriesTab::deleteEntry()
{
    Database *db = m_tracker.database();
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (!db || row < 0)
        return;
    const TimeEntryRow &shown = m_model->entryRow(row);
    if (!m_tracker.prompts().ask(
            tr("Delete Time Entry"),
            tr("Delete %1 on %2 for %3?")
                .arg(TimeRules::formatDuration(shown.entry.minutes),
                     QLocale().toString(shown.entry.date, QLocale::ShortFormat),
                     shown.accountName)))
        return;
    if (const Status ok = TimeService(*db).remove(id); !ok) {
        m_tracker.prompts().message(QMessageBox::Warning, tr("Time"), ok.error());
        return;
    }
    startLoad();
    emit entriesChanged();
}

} // namespace cd
