#include "stoptimerdialog.h"

#include "domain/timerules.h"
#include "time/workchooser.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

StopTimerDialog::StopTimerDialog(Database &database, const RunningTimer &timer, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Stop Timer"));
    const qint64 minutes
        = std::max<qint64>(1, (timer.startedAt.secsTo(QDateTime::currentDateTime()) + 30) / 60);
    auto *intro = new QLabel(tr("Started at %1; %2 so far. What was this time for?")
                                 .arg(QLocale().toString(timer.startedAt, QLocale::ShortFormat),
                                      TimeRules::formatDuration(minutes)),
                             this);
    intro->setWordWrap(true);
    m_work = new WorkChooser(database, true, this);
    m_work->setWork(timer.accountId, timer.contractId, timer.serviceRequestId);
    m_work->setEnabled(timer.accountId == 0);
    m_description = new QLineEdit(timer.description, this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("e.g. Quarterly review workshop"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Stop and Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StopTimerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StopTimerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_work);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_description->setFocus();
    resize(480, sizeHint().height());
}

qint64 StopTimerDialog::accountId() const
{
    return m_work->accountId();
}

qint64 StopTimerDialog::contractId() const
{
    return m_work->contractId();
}

qint64 StopTimerDialog::requestId() const
{
    return m_work->requestId();
}

QString StopTimerDialog::description() const
{
    return m_description->text().trimmed();
}

void StopTimerDialog::accept()
{
    if (accountId() == 0) {
        m_problem->setText(tr("Choose the account the time was spent on."));
        m_problem->show();
        return;
    }
    if (description().isEmpty()) {
        m_problem->setText(tr("Say in a few words what the time was for."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd
