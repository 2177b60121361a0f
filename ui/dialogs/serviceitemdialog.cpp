#include "dialogs/serviceitemdialog.h"

#include "dialogs/saverecord.h"
#include "services/serviceplanservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

ServiceItemDialog::ServiceItemDialog(Database &database, const ServiceItem &item, QWidget *parent)
    : QDialog(parent), m_db(database), m_original(item)
{
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Monthly advisory call"));
    m_customisation = new QLineEdit(this);
    m_customisation->setPlaceholderText(tr("How it is tailored to this client"));
    m_frequency = new QComboBox(this);
    for (Frequency f : { Frequency::Once, Frequency::Weekly, Frequency::Monthly,
                         Frequency::Quarterly, Frequency::Yearly, Frequency::OnRequest })
        m_frequency->addItem(toLabel(f), int(f));
    m_response = new QSpinBox(this);
    m_response->setRange(0, 24 * 90);
    m_response->setSuffix(tr(" hours"));
    m_consultant = new QLineEdit(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_title);
    form->addRow(tr("&Tailored:"), m_customisation);
    form->addRow(tr("&Frequency:"), m_frequency);
    form->addRow(tr("&Response time:"), m_response);
    form->addRow(tr("&Consultant:"), m_consultant);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"serviceItemProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceItemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceItemDialog::reject);
    m_reload = addReloadButton(m_buttons, tr("Reloa&d"),
                               tr("Show the service as it is now saved, without your edits"),
                               u"serviceItemReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &ServiceItemDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &ServiceItemDialog::revalidate);
    connect(m_response, &QSpinBox::valueChanged, this, &ServiceItemDialog::revalidate);
    fill(item);
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

void ServiceItemDialog::fill(const ServiceItem &item)
{
    m_original = item;
    setWindowTitle(item.id == 0 ? tr("New Service") : tr("Edit %1").arg(item.title));
    m_title->setText(item.title);
    m_customisation->setText(item.customisation);
    m_frequency->setCurrentIndex(m_frequency->findData(int(item.frequency)));
    m_response->setValue(item.responseHours);
    m_consultant->setText(item.consultant);
    revalidate();
}

void ServiceItemDialog::reload()
{
    reloadRecord(ServicePlanService(m_db), m_original.id, m_problemLabel, m_reload,
                 [this](const ServiceItem &now) { fill(now); });
}

ServiceItem ServiceItemDialog::item() const
{
    ServiceItem i = m_original;
    i.title = m_title->text().trimmed();
    i.customisation = m_customisation->text().trimmed();
    i.frequency = Frequency(m_frequency->currentData().toInt());
    i.responseHours = m_response->value();
    i.consultant = m_consultant->text().trimmed();
    return i;
}

void ServiceItemDialog::revalidate()
{
    m_problems = ServicePlanService::validate(item());
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void ServiceItemDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    ServicePlanService plan(m_db);
    const ServiceItem i = item();
    if (i.id != 0) {
        if (const Status ok = plan.update(i); !ok) {
            // The edits stay in the form; after a change by someone else the form can be
            // reloaded with theirs.
            m_problemLabel->setText(ok.error());
            m_problemLabel->setVisible(true);
            m_reload->setVisible(ok.conflict());
            return;
        }
    } else if (const auto id = plan.insert(i); !id) {
        m_problemLabel->setText(id.error());
        m_problemLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace cd
