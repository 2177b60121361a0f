#include "timeentrydialog.h"

#include "domain/timerules.h"
#include "models/timeentrylistmodel.h"
#include "services/timeservice.h"
#include "time/workchooser.h"
#include "userprompts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cd {

TimeEntryDialog::TimeEntryDialog(Database &database, UserPrompts &prompts, const TimeEntry &entry,
                                 QWidget *parent)
    : QDialog(parent), m_db(database), m_prompts(prompts), m_entry(entry)
{
    setWindowTitle(entry.id == 0 ? tr("New Time Entry") : tr("Edit Time Entry"));
    buildFields();
    m_date->setDate(entry.date.isValid() ? entry.date : QDate::currentDate());
    m_work->setWork(entry.accountId, entry.contractId, entry.serviceRequestId);
    const bool times = entry.start.isValid() && entry.end.isValid();
    (times ? m_byTimes : m_byDuration)->setChecked(true);
    if (times) {
        m_start->setTime(entry.start);
        m_end->setTime(entry.end);
    }
    m_duration->setText(entry.minutes > 0 ? TimeRules::formatDuration(entry.minutes) : QString());
    m_description->setText(entry.description);
    m_billable->setChecked(entry.billable);
    workChanged(); // a new entry takes the default billable flag and rate
    updateTimes();
    connect(m_work, &WorkChooser::changed, this, &TimeEntryDialog::workChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &TimeEntryDialog::workChanged);
}

void TimeEntryDialog::buildFields()
{
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_work = new WorkChooser(m_db, true, this);
    m_byDuration = new QRadioButton(tr("D&uration"), this);
    m_duration = new QLineEdit(this);
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->setPlaceholderText(tr("1:30 or 1.5"));
    m_byTimes = new QRadioButton(tr("&From"), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byDuration);
    group->addButton(m_byTimes);
    m_start = new QTimeEdit(QTime(9, 0), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Start"));
    m_end = new QTimeEdit(QTime(10, 0), this);
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setAccessibleName(tr("End"));
    m_description = new QLineEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_billable = new QCheckBox(tr("&Billable"), this);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_problem->hide();

    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_byDuration);
    durationRow->addWidget(m_duration, 1);
    auto *timesRow = new QHBoxLayout;
    timesRow->addWidget(m_byTimes);
    timesRow->addWidget(m_start);
    timesRow->addWidget(new QLabel(tr("to"), this));
    timesRow->addWidget(m_end);
    timesRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(m_work);
    form->addRow(tr("Time:"), durationRow);
    form->addRow(QString(), timesRow);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(QString(), m_billable);
    form->addRow(tr("Rate:"), m_rate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimeEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimeEntryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_byDuration, &QRadioButton::toggled, this, &TimeEntryDialog::updateTimes);
    resize(520, sizeHint().height());
}

void TimeEntryDialog::updateTimes()
{
    const bool times = m_byTimes->isChecked();
    m_duration->setEnabled(!times);
    m_start->setEnabled(times);
    m_end->setEnabled(times);
}

void TimeEntryDialog::workChanged()
{
    // The default billable flag and the rate in force follow the contract and the date.
    TimeEntry draft = m_entry;
    draft.date = m_date->date();
    draft.accountId = m_work->accountId();
    draft.contractId = m_work->contractId();
    draft.serviceRequestId = m_work->requestId();
    // A stored entry on the same work keeps its rate and billable flag.
    const bool sameWork = m_entry.id != 0 && draft.accountId == m_entry.accountId
        && draft.contractId == m_entry.contractId;
    if (!sameWork)
        draft.rate = Money();
    if (draft.accountId == 0) {
        m_rate->setText(tr("Choose an account to see the rate in force."));
        return;
    }
    const auto defaults = TimeService(m_db).withDefaults(draft);
    if (!defaults) {
        m_rate->setText(defaults.error());
        return;
    }
    if (!sameWork)
        m_billable->setChecked(defaults->billable);
    const QString rate = TimeEntryListModel::rateText(defaults->rate);
    m_rate->setText(rate.isEmpty() || defaults->rate.isZero()
                        ? tr("No rate: set the person's default rate in Settings.")
                        : rate);
}

QString TimeEntryDialog::readFields(TimeEntry &entry) const
{
    entry = m_entry;
    entry.date = m_date->date();
    entry.accountId = m_work->accountId();
    entry.contractId = m_work->contractId();
    entry.serviceRequestId = m_work->requestId();
    entry.description = m_description->text().trimmed();
    if (entry.accountId == 0)
        return m_work->problem().isEmpty() ? tr("Choose the account the time was spent on.")
                                           : m_work->problem();
    if (m_byTimes->isChecked()) {
        entry.start = m_start->time();
        entry.end = m_end->time();
        if (entry.end <= entry.start)
            return tr("The end (%1) must come after the start (%2) on the same day.")
                .arg(entry.end.toString(QStringLiteral("HH:mm")),
                     entry.start.toString(QStringLiteral("HH:mm")));
        entry.minutes = int(entry.start.secsTo(entry.end) / 60);
    } else {
        entry.start = QTime();
        entry.end = QTime();
        const Result<int> minutes = TimeRules::parseDuration(m_duration->text());
        if (!minutes)
            return minutes.error();
        entry.minutes = *minutes;
    }
    const bool billable = m_billable->isChecked();
    // The rate in force is worked out again for new work; a stored entry on the same work
    // keeps the rate it was logged at.
    if (entry.id == 0 || entry.accountId != m_entry.accountId
        || entry.contractId != m_entry.contractId || entry.userId != m_entry.userId)
        entry.rate = Money();
    const auto defaults = TimeService(m_db).withDefaults(entry);
    if (!defaults)
        return defaults.error();
    entry = *defaults;
    entry.billable = billable;
    return {};
}

TimeEntry TimeEntryDialog::entry() const
{
    TimeEntry entry;
    readFields(entry);
    return entry;
}

void TimeEntryDialog::accept()
{
    TimeEntry entry;
    QString problem = readFields(entry);
    TimeService service(m_db);
    if (problem.isEmpty()) {
        const auto checked = service.problem(entry);
        problem = checked ? *checked : checked.error();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    if (const QString future = TimeRules::futureDateProblem(entry.date, QDate::currentDate());
        !future.isEmpty()
        && !m_prompts.ask(tr("Time in the Future"), tr("%1 Log this time anyway?").arg(future))) {
        return;
    }
    if (entry.start.isValid()) {
        const auto overlaps = service.overlapping(entry);
        if (overlaps && !overlaps->isEmpty()
            && !m_prompts.ask(
                tr("Overlapping Time"),
                (overlaps->size() == 1
                     ? tr("This entry overlaps another entry of the same person on %1.")
                           .arg(QLocale().toString(entry.date, QLocale::ShortFormat))
                     : tr("This entry overlaps %1 other entries of the same person on %2.")
                           .arg(QLocale().toString(qint64(overlaps->size())),
                                QLocale().toString(entry.date, QLocale::ShortFormat)))
                    + u' ' + tr("Save it anyway?"))) {
            return;
        }
    }
    if (entry.id == 0) {
        const auto logged = service.log(entry);
        if (!logged) {
            m_problem->setText(logged.error());
            m_problem->show();
            return;
        }
        m_savedId = *logged;
    } else {
        if (const Status ok = service.update(entry); !ok) {
            m_problem->setText(ok.error());
            m_problem->show();
            return;
        }
        m_savedId = entry.id;
    }
    QDialog::accept();
}

} // namespace cd
