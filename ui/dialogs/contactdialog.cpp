#include "dialogs/contactdialog.h"

#include "dialogs/saverecord.h"
#include "services/contactservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

ContactDialog::ContactDialog(Database &database, const Contact &contact, QWidget *parent)
    : QDialog(parent), m_db(database), m_original(contact)
{
    m_name = new QLineEdit(this);
    m_jobTitle = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    auto *roles = new QHBoxLayout;
    for (ContactRole role : { ContactRole::DecisionMaker, ContactRole::Buyer, ContactRole::User,
                              ContactRole::Billing }) {
        auto *box = new QCheckBox(toLabel(role), this);
        connect(box, &QCheckBox::toggled, this, &ContactDialog::revalidate);
        m_roles.insert(role, box);
        roles->addWidget(box);
    }
    roles->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Roles:"), roles);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"contactProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    m_reload = addReloadButton(m_buttons, tr("Reloa&d"),
                               tr("Show the contact as it is now saved, without your edits"),
                               u"contactReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &ContactDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : { m_name, m_email })
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::revalidate);
    fill(contact);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

void ContactDialog::fill(const Contact &contact)
{
    m_original = contact;
    setWindowTitle(contact.id == 0 ? tr("New Contact") : tr("Edit %1").arg(contact.name));
    m_name->setText(contact.name);
    m_jobTitle->setText(contact.jobTitle);
    m_email->setText(contact.email);
    m_phone->setText(contact.phone);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(contact.roles.contains(it.key()));
    revalidate();
}

void ContactDialog::reload()
{
    reloadRecord(ContactService(m_db), m_original.id, m_problemLabel, m_reload,
                 [this](const Contact &now) { fill(now); });
}

Contact ContactDialog::contact() const
{
    Contact c = m_original;
    c.name = m_name->text().trimmed();
    c.jobTitle = m_jobTitle->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.roles.clear();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            c.roles.append(it.key());
    }
    return c;
}

void ContactDialog::revalidate()
{
    m_problems = ContactService::validate(contact());
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void ContactDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    ContactService contacts(m_db);
    const Contact c = contact();
    if (c.id != 0) {
        if (const Status ok = contacts.update(c); !ok) {
            // The edits stay in the form; after a change by someone else the form can be
            // reloaded with theirs.
            m_problemLabel->setText(ok.error());
            m_problemLabel->setVisible(true);
            m_reload->setVisible(ok.conflict());
            return;
        }
        m_savedId = c.id;
    } else {
        const auto id = contacts.insert(c);
        if (!id) {
            m_problemLabel->setText(id.error());
            m_problemLabel->setVisible(true);
            return;
        }
        m_savedId = *id;
    }
    QDialog::accept();
}

} // namespace cd
