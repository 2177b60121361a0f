#include "dialogs/interactiondialog.h"

#include "domain/isodate.h"
#include "services/interactionservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

InteractionDialog::InteractionDialog(Database &database, qint64 accountId,
                                     const QList<Contact> &contacts, QWidget *parent)
    : QDialog(parent), m_db(database), m_accountId(accountId)
{
    setWindowTitle(tr("Log Interaction"));
    m_type = new QComboBox(this);
    for (InteractionType type :
         { InteractionType::Call, InteractionType::Meeting, InteractionType::Email,
           InteractionType::Visit, InteractionType::Note })
        m_type->addItem(toLabel(type), int(type));
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setDateRange(earliestDate(), latestDate());
    m_when->setCalendarPopup(true);
    m_subject = new QLineEdit(this);
    m_subject->setPlaceholderText(tr("e.g. Discussed next year's budget"));
    m_contact = new QComboBox(this);
    m_contact->addItem(tr("Nobody in particular"), QVariant());
    for (const Contact &c : contacts)
        m_contact->addItem(c.name, c.id);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_hasFollowUp = new QCheckBox(tr("Follow up on"), this);
    m_followUp = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_followUp->setDateRange(earliestDate(), latestDate());
    m_followUp->setCalendarPopup(true);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_hasFollowUp);
    followUpRow->addWidget(m_followUp, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Follow-up:"), followUpRow);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"interactionProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InteractionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_subject, &QLineEdit::textChanged, this, &InteractionDialog::revalidate);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &InteractionDialog::revalidate);
    connect(m_followUp, &QDateEdit::dateChanged, this, &InteractionDialog::revalidate);
    connect(m_hasFollowUp, &QCheckBox::toggled, this, &InteractionDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

Interaction InteractionDialog::interaction() const
{
    Interaction i;
    i.accountId = m_accountId;
    i.type = InteractionType(m_type->currentData().toInt());
    i.occurredAt = m_when->dateTime();
    i.subject = m_subject->text().trimmed();
    if (const QVariant contact = m_contact->currentData(); contact.isValid())
        i.contactId = contact.toLongLong();
    i.notes = m_notes->toPlainText().trimmed();
    if (m_hasFollowUp->isChecked())
        i.followUpOn = m_followUp->date();
    return i;
}

void InteractionDialog::revalidate()
{
    m_followUp->setEnabled(m_hasFollowUp->isChecked());
    m_problems = InteractionService::validate(interaction());
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void InteractionDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    if (const auto id = InteractionService(m_db).log(interaction()); !id) {
        m_problemLabel->setText(id.error());
        m_problemLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace cd
