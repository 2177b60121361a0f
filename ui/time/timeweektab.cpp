#include "timeweektab.h"

#include "backgroundtask.h"
#include "domain/timerules.h"
#include "models/timeweekmodel.h"
#include "services/accountservice.h"
#include "services/contractservice.h"
#include "services/timeservice.h"
#include "services/workerconnection.h"
#include "time/timetracker.h"
#include "time/workchooser.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

/// Totals in bold; the editor of a cell starts with its text selected, to type over.
class WeekDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TimeWeekModel::IsTotalRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

TimeWeekTab::TimeWeekTab(TimeTracker &tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_model(new TimeWeekModel(this))
    , m_load(std::make_unique<BackgroundTask>())
{
    buildBar();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("weekGrid"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new WeekDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(TimeWeekModel::Row, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const int dayWidth = fontMetrics().horizontalAdvance(QStringLiteral("Wed 30/12__")) + 16;
    for (int column = TimeWeekModel::FirstDay; column <= TimeWeekModel::Total; ++column)
        header->resizeSection(column, dayWidth);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("weekEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No time logged this week yet.\nChoose Add Row… to pick an account "
                        "(and its contract), then type the hours in a day: 1:30 or 1.5.\nCopy "
                        "Last Week's Rows brings back the accounts you worked on last week."));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("weekProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_problem->hide();
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);

    m_model->setWriter([this](const TimeWeekRow &row, const QDate &day, int minutes) -> Status {
        Database *db = m_tracker.database();
        if (!db || m_tracker.userId() == 0)
            return Error { tr("Choose who you are before logging time.") };
        // A read still running was made before this write: its week is read again.
        if (m_load->isRunning())
            m_loadAgain = true;
        return TimeService(*db).setDayMinutes(m_tracker.userId(), row.accountId, row.contractId,
                                              day, minutes);
    });
    // Delete empties the cell: its time is deleted.
    auto *clear = new QAction(tr("Clear"), m_table);
    clear->setShortcuts({ QKeySequence::Delete, QKeySequence(Qt::Key_Backspace) });
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && (m_model->flags(current) & Qt::ItemIsEditable)) {
            m_model->setData(current, QString());
            m_problem->setText(m_model->lastError());
            m_problem->setVisible(!m_model->lastError().isEmpty());
        }
    });
    connect(m_model, &TimeWeekModel::dataChanged, this, [this] {
        m_problem->hide();
        emit entriesChanged();
    });
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        m_problem->setText(m_model->lastError());
        m_problem->setVisible(!m_model->lastError().isEmpty());
    });
    connect(&m_tracker, &TimeTracker::userChanged, this, [this] {
        m_added.clear(); // another person's week
        reload();
    });
    connect(&m_tracker, &TimeTracker::entriesChanged, this, &TimeWeekTab::reload);
    connect(&m_tracker, &TimeTracker::timerChanged, this, &TimeWeekTab::updateState);
    connect(m_load.get(), &BackgroundTask::finished, this, &TimeWeekTab::loaded);
    m_monday = mondayOf(QDate::currentDate());
}

TimeWeekTab::~TimeWeekTab()
{
    // The read may still run: its result goes nowhere.
    m_load->disconnect(this);
}

void TimeWeekTab::buildBar()
{
    m_previous = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_previous->setToolTip(tr("Previous week (Alt+Left)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setAccessibleName(tr("Previous week"));
    m_thisWeek = new QPushButton(tr("This Week"), this);
    m_next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    m_next->setToolTip(tr("Next week (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setAccessibleName(tr("Next week"));
    m_week = new QLabel(this);
    m_week->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_week->font();
    bold.setBold(true);
    m_week->setFont(bold);
    m_addRow = new QPushButton(tr("Add Row…"), this);
    m_addRow->setToolTip(tr("Add an account (and contract) to log time on this week"));
    m_copyRows = new QPushButton(tr("Copy Last Week's Rows"), this);
    m_copyRows->setToolTip(tr("Add the accounts and contracts of last week, without their hours"));
    m_startTimer
        = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start Timer"), this);
    m_startTimer->setToolTip(tr("Start a timer on the selected row's account and contract"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_week);
    bar->addStretch(1);
    bar->addWidget(m_addRow);
    bar->addWidget(m_copyRows);
    bar->addWidget(m_startTimer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    connect(m_previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { showWeek(QDate::currentDate()); });
    connect(m_addRow, &QPushButton::clicked, this, &TimeWeekTab::askRow);
    connect(m_copyRows, &QPushButton::clicked, this, &TimeWeekTab::copyLastWeeksRows);
    connect(m_startTimer, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        const bool onRow = row >= 0 && row < m_model->entryRowCount();
        m_tracker.start(window(), onRow ? m_model->weekRow(row).accountId : 0,
                        onRow ? m_model->weekRow(row).contractId : 0);
    });
}

void TimeWeekTab::showWeek(const QDate &day)
{
    if (mondayOf(day) != m_monday)
        m_added.clear();
    m_monday = mondayOf(day);
    reload();
}

void TimeWeekTab::reload()
{
    const QLocale locale;
    const QDate sunday = m_monday.addDays(6);
    m_week->setText(tr("%1 – %2 (week %3)")
                        .arg(locale.toString(m_monday, tr("d MMMM", "first day of a week")),
                             locale.toString(sunday, tr("d MMMM yyyy", "last day of a week")))
                        .arg(m_monday.weekNumber()));
    m_problem->hide();
    startLoad();
    updateState();
}

bool TimeWeekTab::isLoading() const
{
    return m_load->isRunning();
}

bool TimeWeekTab::waitForLoaded(int timeoutMs)
{
    return !m_load->isRunning() || m_load->waitForDone(timeoutMs);
}

void TimeWeekTab::startLoad()
{
    Database *db = m_tracker.database();
    const qint64 user = m_tracker.userId();
    if (!db || user == 0) {
        m_loading.reset();
        m_loadAgain = m_load->isRunning();
        m_model->setWeek(m_monday, {}, {});
        m_model->addRows(m_added);
        return;
    }
    if (m_load->isRunning()) {
        m_loadAgain = true; // read again for the week asked now once this read ends
        return;
    }
    auto loading = std::make_shared<Result<WeekRead>>(Error { QString() });
    m_loading = loading;
    const QDate monday = m_monday;
    const WorkerConnection connection(*db);
    m_load->start([connection, loading, user, monday](const BackgroundTask::Reporter &) {
        *loading = connection.run<WeekRead>([user, monday](Database &database) -> Result<WeekRead> {
            const TimeService service(database);
            const auto week = service.week(user, monday);
            if (!week)
                return Error { week.error() };
            TimeFilter invoiced;
            invoiced.userId = user;
            invoiced.from = monday;
            invoiced.to = monday.addDays(6);
            invoiced.state = TimeState::Invoiced;
            const auto entries = service.list(invoiced);
            if (!entries)
                return Error { entries.error() };
            WeekRead read { *week, {} };
            for (const TimeEntryRow &entry : *entries)
                read.locked.append(
                    { entry.entry.accountId, entry.entry.contractId, entry.entry.date });
            return read;
        });
    });
}

void TimeWeekTab::loaded()
{
    if (m_loadAgain) {
        m_loadAgain = false;
        startLoad();
        return;
    }
    if (!m_loading)
        return;
    if (!*m_loading) {
        m_problem->setText(m_loading->error());
        m_problem->show();
        m_model->setWeek(m_monday, {}, {});
    } else {
        m_model->setWeek(m_monday, (*m_loading)->rows, (*m_loading)->locked);
    }
    m_model->addRows(m_added); // the rows added meanwhile, as they were
    updateState();
}

void TimeWeekTab::updateState()
{
    const bool ready = m_tracker.database() && m_tracker.userId() != 0;
    m_addRow->setEnabled(ready);
    m_copyRows->setEnabled(ready);
    m_startTimer->setEnabled(ready && !m_tracker.isRunning());
    m_thisWeek->setEnabled(m_monday != mondayOf(QDate::currentDate()));
    m_stack->setCurrentWidget(m_model->entryRowCount() > 0 ? static_cast<QWidget *>(m_table)
                                                           : m_empty);
}

void TimeWeekTab::addRow(qint64 accountId, qint64 contractId)
{
    Database *db = m_tracker.database();
    if (!db || accountId == 0)
        return;
    TimeWeekRow row;
    row.accountId = accountId;
    row.contractId = contractId;
    const auto account = AccountService(*db).get(accountId);
    if (!account) {
        m_problem->setText(account.error());
        m_problem->show();
        return;
    }
    row.accountName = account->name;
    if (contractId != 0) {
        if (const auto contract = ContractService(*db).get(contractId))
            row.contractReference = contract->reference;
    }
    if (m_model->addRows({ row }) == 0)
        emit statusMessage(tr("That row is already in the week."), 5000);
    else
        m_added.append(row);
    updateState();
}

void TimeWeekTab::askRow()
{
    Database *db = m_tracker.database();
    if (!db || !m_tracker.ensureUser(window()))
        return;
    QDialog dialog(window());
    dialog.setWindowTitle(tr("Add Row"));
    auto *chooser = new WorkChooser(*db, false, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(chooser);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        addRow(chooser->accountId(), chooser->contractId());
}

void TimeWeekTab::copyLastWeeksRows()
{
    Database *db = m_tracker.database();
    if (!db || !m_tracker.ensureUser(window()))
        return;
    const auto rows = TimeService(*db).rowsOfPreviousWeek(m_tracker.userId(), m_monday);
    if (!rows) {
        m_problem->setText(rows.error());
        m_problem->show();
        return;
    }
    const int added = m_model->addRows(*rows);
    m_added.append(*rows);
    emit statusMessage(added == 0 ? tr("Last week has no rows that are not here already.")
                           : added == 1
                           ? tr("One row of last week added.")
                           : tr("%1 rows of last week added.").arg(QLocale().toString(added)),
                       5000);
    updateState();
}

} // namespace cd
