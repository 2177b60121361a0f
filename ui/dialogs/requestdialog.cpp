#include "dialogs/requestdialog.h"

#include "domain/servicerules.h"
#include "services/servicerequestservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

RequestDialog::RequestDialog(Database &database, qint64 accountId, const QList<ServiceItem> &plan,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_accountId(accountId)
    , m_plan(plan)
    , m_openedAt(QDateTime::currentDateTime())
{
    setWindowTitle(tr("New Service Request"));
    m_type = new QComboBox(this);
    for (RequestType type : { RequestType::Request, RequestType::Revision, RequestType::Complaint })
        m_type->addItem(toLabel(type), int(type));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Review the supplier agreement"));
    m_priority = new QComboBox(this);
    for (RequestPriority p : { RequestPriority::Low, RequestPriority::Normal, RequestPriority::High,
                               RequestPriority::Urgent })
        m_priority->addItem(toLabel(p), int(p));
    m_priority->setCurrentIndex(1);
    m_item = new QComboBox(this);
    m_item->addItem(
        tr("Not under a service item (%1 hours)").arg(ServiceRequestService::kDefaultResponseHours),
        QVariant());
    for (const ServiceItem &item : plan)
        m_item->addItem(tr("%1 (%2 hours)").arg(item.title).arg(item.responseHours), item.id);
    if (!plan.isEmpty())
        m_item->setCurrentIndex(1);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_due = new QLabel(this);
    m_due->setObjectName(u"requestDue"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Service:"), m_item);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Due:"), m_due);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"requestProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &RequestDialog::revalidate);
    connect(m_item, &QComboBox::currentIndexChanged, this, &RequestDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ServiceRequest RequestDialog::request() const
{
    ServiceRequest r;
    r.accountId = m_accountId;
    r.type = RequestType(m_type->currentData().toInt());
    r.title = m_title->text().trimmed();
    r.priority = RequestPriority(m_priority->currentData().toInt());
    r.description = m_description->toPlainText().trimmed();
    r.openedAt = m_openedAt;
    int hours = ServiceRequestService::kDefaultResponseHours;
    if (const QVariant item = m_item->currentData(); item.isValid()) {
        r.serviceItemId = item.toLongLong();
        for (const ServiceItem &planned : m_plan) {
            if (planned.id == *r.serviceItemId)
                hours = planned.responseHours;
        }
    }
    r.dueAt = ServiceRules::dueAt(m_openedAt, hours);
    return r;
}

void RequestDialog::revalidate()
{
    const ServiceRequest r = request();
    const QLocale locale;
    m_due->setText(locale.toString(r.dueAt.date(), QLocale::LongFormat) + u' '
                   + locale.toString(r.dueAt.time(), u"HH:mm"_s));
    m_problems = ServiceRequestService::validate(r);
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void RequestDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    const auto id = ServiceRequestService(m_db).open(request());
    if (!id) {
        m_problemLabel->setText(id.error());
        m_problemLabel->setVisible(true);
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace cd
