#include "views/clientpage.h"

#include "domain/isodate.h"
#include "views/accountopportunities.h"
#include "views/pagetables.h"
#include "views/undoablechange.h"

#include "dialogs/accounteditors.h"
#include "dialogs/contractdialog.h"
#include "dialogs/requestdialog.h"
#include "dialogs/serviceitemdialog.h"
#include "domain/contractrules.h"
#include "domain/servicerules.h"
#include "models/clientlistmodel.h"
#include "storage/accountconversion.h"
#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/interactionrepository.h"
#include "storage/revenuerepository.h"
#include "storage/serviceitemrepository.h"
#include "storage/servicerequestrepository.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

using namespace pagetables;

namespace {

QString feeText(const Contract &c)
{
    const QString fee = c.fee.format();
    switch (c.billingModel) {
    case BillingModel::Retainer:
        return ClientPage::tr("%1 per month").arg(fee);
    case BillingModel::Fixed:
        return ClientPage::tr("%1 fixed").arg(fee);
    case BillingModel::Hourly:
        return ClientPage::tr("%1 per hour, %2 h").arg(fee, QLocale().toString(c.estimatedHours));
    }
    return fee;
}

Status takeOutServiceItem(Database &db, const std::shared_ptr<ServiceItem> &kept)
{
    const auto current = ServiceItemRepository(db).get(kept->id);
    if (!current)
        return Error { current.error() };
    *kept = *current;
    return ServiceItemRepository(db).remove(kept->id);
}

Status takeOutContact(Database &db, const std::shared_ptr<Contact> &kept)
{
    const auto current = ContactRepository(db).get(kept->id);
    if (!current)
        return Error { current.error() };
    *kept = *current;
    return ContactRepository(db).remove(kept->id);
}

Status takeOutRequest(Database &db, const std::shared_ptr<ServiceRequest> &kept)
{
    const auto current = ServiceRequestRepository(db).get(kept->id);
    if (!current)
        return Error { current.error() };
    *kept = *current;
    return ServiceRequestRepository(db).remove(kept->id);
}

// Undo of a create and redo of a delete: remember the row as it is now, then delete it.
Status takeOutContract(Database &db, const std::shared_ptr<Contract> &kept)
{
    const auto current = ContractRepository(db).get(kept->id);
    if (!current)
        return Error { current.error() };
    *kept = *current;
    return ContractRepository(db).remove(kept->id);
}

Status takeOutInteraction(Database &db, const std::shared_ptr<Interaction> &kept)
{
    const auto current = InteractionRepository(db).get(kept->id);
    if (!current)
        return Error { current.error() };
    *kept = *current;
    return InteractionRepository(db).remove(kept->id);
}

} // namespace

ClientPage::ClientPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"clientPage"_s);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("ClientDesk"), question) == QMessageBox::Yes;
    };
    m_askTermination = [this](const Contract &contract) -> std::optional<Termination> {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Terminate Contract %1").arg(contract.reference));
        auto *on = new QDateEdit(QDate::currentDate(), &dialog);
        on->setDateRange(earliestDate(), latestDate());
        on->setCalendarPopup(true);
        on->setMinimumDate(contract.start);
        if (contract.end.isValid())
            on->setMaximumDate(contract.end);
        auto *reason = new QLineEdit(&dialog);
        reason->setPlaceholderText(tr("e.g. The client moved the work in-house"));
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Terminate"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Ends &on:"), on);
        form->addRow(tr("&Reason:"), reason);
        form->addRow(new QLabel(tr("The reason goes into the audit log."), &dialog));
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Termination { on->date(), reason->text() };
    };
    m_serviceEditor = [](Database &db, const ServiceItem &item, QWidget *owner) {
        ServiceItemDialog dialog(db, item, owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_contactEditor = editors::editContact;
    m_profileEditor = editors::editProfile;
    m_requestEditor = [](Database &db, qint64 accountId, QWidget *owner) {
        const auto plan = ServiceItemRepository(db).listForAccount(accountId);
        RequestDialog dialog(db, accountId, plan ? *plan : QList<ServiceItem>(), owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_interactionEditor = editors::logInteraction;
    m_editor = [](Database &db, const Contract &contract, QWidget *owner) {
        ContractDialog dialog(db, contract, owner);
        return dialog.exec() == QDialog::Accepted;
    };

    auto *back = new QPushButton(tr("← All clients"), this);
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &ClientPage::backRequested);
    m_name = new QLabel(this);
    m_name->setObjectName(u"clientName"_s);
    m_name->setTextFormat(Qt::PlainText);
    QFont font = m_name->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_name->setFont(font);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_health = new QLabel(this);
    m_health->setObjectName(u"clientHealth"_s);
    m_health->setTextFormat(Qt::PlainText);
    m_health->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"clientMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_tabs = new QTabWidget(this);
    m_profile = new QLabel(this);
    m_profile->setTextFormat(Qt::PlainText);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setMargin(12);
    m_contacts
        = makeTable({ tr("Name"), tr("Roles"), tr("Job title"), tr("Email"), tr("Phone") }, this);
    m_contracts = makeTable({ tr("Reference"), tr("Title"), tr("Fee"), tr("Term"),
                              tr("Notice deadline"), tr("Renewal"), tr("Status") },
                            this);
    m_plan = makeTable({ tr("Service"), tr("Tailored to the client"), tr("Frequency"),
                         tr("Response time"), tr("Consultant") },
                       this);
    m_requests = makeTable({ tr("Opened"), tr("Type"), tr("Title"), tr("Priority"), tr("Due"),
                             tr("Closed"), tr("Service level") },
                           this);
    m_timeline = makeTable(
        { tr("When"), tr("Type"), tr("Subject"), tr("Contact"), tr("Follow-up") }, this);
    m_revenue = new QLabel(this);
    m_revenue->setObjectName(u"clientRevenue"_s);
    m_revenue->setTextFormat(Qt::PlainText);

    m_newContract = new QPushButton(tr("New Contract…"), this);
    m_editContract = new QPushButton(tr("Edit…"), this);
    m_signContract = new QPushButton(tr("Sign"), this);
    m_renewContract = new QPushButton(tr("Renew"), this);
    m_terminateContract = new QPushButton(tr("Terminate…"), this);
    m_deleteContract = new QPushButton(tr("Delete"), this);
    auto *contractButtons = new QHBoxLayout;
    for (QPushButton *b : { m_newContract, m_editContract, m_signContract, m_renewContract,
                            m_terminateContract, m_deleteContract })
        contractButtons->addWidget(b);
    contractButtons->addStretch(1);
    auto *contractsTab = new QWidget(this);
    auto *contractsLayout = new QVBoxLayout(contractsTab);
    contractsLayout->addLayout(contractButtons);
    contractsLayout->addWidget(m_contracts);
    connect(m_newContract, &QPushButton::clicked, this, &ClientPage::newContract);
    connect(m_editContract, &QPushButton::clicked, this, &ClientPage::editContract);
    connect(m_signContract, &QPushButton::clicked, this, &ClientPage::signContract);
    connect(m_renewContract, &QPushButton::clicked, this, &ClientPage::renewContract);
    connect(m_terminateContract, &QPushButton::clicked, this, &ClientPage::terminateContract);
    connect(m_deleteContract, &QPushButton::clicked, this, &ClientPage::deleteContract);
    connect(m_contracts, &QTableWidget::itemSelectionChanged, this,
            &ClientPage::updateContractActions);
    connect(m_contracts, &QTableWidget::itemActivated, this, &ClientPage::editContract);

    auto *serviceTab = new QWidget(this);
    auto *serviceLayout = new QVBoxLayout(serviceTab);
    m_newService = new QPushButton(tr("New Service…"), serviceTab);
    m_editService = new QPushButton(tr("Edit…"), serviceTab);
    m_editService->setEnabled(false);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(new QLabel(tr("Personalised service plan"), serviceTab));
    planRow->addStretch(1);
    planRow->addWidget(m_newService);
    planRow->addWidget(m_editService);
    serviceLayout->addLayout(planRow);
    serviceLayout->addWidget(m_plan, 1);
    connect(m_newService, &QPushButton::clicked, this, &ClientPage::newService);
    connect(m_editService, &QPushButton::clicked, this, &ClientPage::editService);
    connect(m_plan, &QTableWidget::itemActivated, this, &ClientPage::editService);
    connect(m_plan, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editService->setEnabled(m_plan->selectionModel()->hasSelection()); });
    m_closeRequest = new QPushButton(tr("Close Request"), serviceTab);
    m_newRequest = new QPushButton(tr("New Request…"), serviceTab);
    connect(m_newRequest, &QPushButton::clicked, this, &ClientPage::newRequest);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(new QLabel(tr("Requests, revisions and complaints"), serviceTab));
    requestRow->addStretch(1);
    requestRow->addWidget(m_newRequest);
    requestRow->addWidget(m_closeRequest);
    serviceLayout->addLayout(requestRow);
    serviceLayout->addWidget(m_requests, 2);
    connect(m_closeRequest, &QPushButton::clicked, this, &ClientPage::closeRequest);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &ClientPage::updateOtherActions);

    auto *timelineTab = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineTab);
    m_logInteraction = new QPushButton(tr("Log Interaction…"), timelineTab);
    m_followUpDone = new QPushButton(tr("Follow-up Done"), timelineTab);
    auto *timelineButtons = new QHBoxLayout;
    timelineButtons->addWidget(m_logInteraction);
    timelineButtons->addWidget(m_followUpDone);
    timelineButtons->addStretch(1);
    timelineLayout->addLayout(timelineButtons);
    timelineLayout->addWidget(m_timeline);
    connect(m_logInteraction, &QPushButton::clicked, this, &ClientPage::logInteraction);
    connect(m_followUpDone, &QPushButton::clicked, this, &ClientPage::markFollowUpDone);
    connect(m_timeline, &QTableWidget::itemSelectionChanged, this, &ClientPage::updateOtherActions);

    auto *profileTab = new QWidget(this);
    auto *profileLayout = new QVBoxLayout(profileTab);
    m_editProfile = new QPushButton(tr("Edit Profile…"), profileTab);
    connect(m_editProfile, &QPushButton::clicked, this, &ClientPage::editProfile);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_editProfile);
    profileButtons->addStretch(1);
    profileLayout->addLayout(profileButtons);
    profileLayout->addWidget(m_profile, 1);
    m_tabs->addTab(profileTab, tr("Profile"));
    auto *contactsTab = new QWidget(this);
    auto *contactsLayout = new QVBoxLayout(contactsTab);
    m_newContact = new QPushButton(tr("New Contact…"), contactsTab);
    m_editContact = new QPushButton(tr("Edit…"), contactsTab);
    m_editContact->setEnabled(false);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_newContact);
    contactButtons->addWidget(m_editContact);
    contactButtons->addStretch(1);
    contactsLayout->addLayout(contactButtons);
    contactsLayout->addWidget(m_contacts);
    connect(m_newContact, &QPushButton::clicked, this, &ClientPage::newContact);
    connect(m_editContact, &QPushButton::clicked, this, &ClientPage::editContact);
    connect(m_contacts, &QTableWidget::itemActivated, this, &ClientPage::editContact);
    connect(m_contacts, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editContact->setEnabled(m_contacts->selectionModel()->hasSelection()); });
    m_tabs->addTab(contactsTab, tr("Contacts"));
    m_tabs->addTab(contractsTab, tr("Contracts"));
    m_tabs->addTab(serviceTab, tr("Service"));
    m_tabs->addTab(timelineTab, tr("Timeline"));
    m_opportunities = new AccountOpportunities(this);
    m_tabs->addTab(m_opportunities, tr("Opportunities"));

    m_undoStack = new QUndoStack(this);
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(u"undoButton"_s);
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(u"redoButton"_s);
    redoButton->setDefaultAction(redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ClientPage::refreshAfterUndo);

    m_undoConversion = new QPushButton(tr("Undo Conversion…"), this);
    m_undoConversion->setObjectName(u"undoConversionButton"_s);
    m_undoConversion->setToolTip(tr("Make this client a customer again and delete the draft "
                                    "contract the conversion opened (while it is unsigned)"));
    m_undoConversion->hide();
    connect(m_undoConversion, &QPushButton::clicked, this, &ClientPage::undoConversion);
    auto *report = new QPushButton(tr("Report…"), this);
    report->setObjectName(u"reportButton"_s);
    report->setToolTip(tr("Preview, print or save this client's report for a meeting (Ctrl+P)"));
    connect(report, &QPushButton::clicked, this, [this] {
        if (m_accountId != 0)
            emit reportRequested(m_accountId);
    });
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(back);
    topRow->addStretch(1);
    topRow->addWidget(report);
    topRow->addWidget(m_undoConversion);
    topRow->addWidget(undoButton);
    topRow->addWidget(redoButton);
    auto *header = new QVBoxLayout;
    header->addLayout(topRow);
    header->addWidget(m_name);
    header->addWidget(m_subtitle);
    header->addWidget(m_health);
    header->addWidget(m_revenue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    m_message->hide();
}

ClientPage::~ClientPage()
{
    // The stack outlives this part of the object: it must not call back into it.
    m_undoStack->disconnect(this);
}

void ClientPage::setDatabase(Database *database)
{
    m_undoStack->clear();
    m_db = database;
    m_accountId = 0;
}

QString ClientPage::message() const
{
    return m_message->text();
}

bool ClientPage::showClient(qint64 accountId)
{
    if (accountId != m_accountId)
        m_undoStack->clear(); // the history belongs to one client
    m_accountId = accountId;
    m_message->hide();
    if (!m_db)
        return false;
    m_currency = SettingsRepository(*m_db).firmCurrency();
    const auto account = AccountRepository(*m_db).get(accountId);
    if (!account) {
        m_name->setText(tr("Client not found"));
        m_message->setText(account.error());
        m_message->show();
        return false;
    }
    m_name->setText(account->name);
    QStringList about { toLabel(account->kind), toLabel(account->status) };
    for (const QString &part : { account->industry, account->city, account->region })
        if (!part.isEmpty())
            about.append(part);
    m_subtitle->setText(about.join(u" · "_s));
    fillProfile();
    fillContacts();
    fillContracts();
    fillService();
    fillTimeline();
    fillRevenue();
    m_opportunities->showAccount(m_db, m_accountId);
    updateConversionAction();
    return true;
}

void ClientPage::updateConversionAction()
{
    const auto blocker = AccountConversion(*m_db).undoBlocker(m_accountId);
    m_undoConversion->setVisible(blocker && !blocker->has_value());
}

void ClientPage::undoConversion()
{
    if (!m_db)
        return;
    if (!m_confirm(tr("Make “%1” a customer again? The draft contract its conversion opened is "
                      "deleted.")
                       .arg(m_name->text())))
        return;
    if (const Status ok = AccountConversion(*m_db).undo(m_accountId); !ok) {
        afterChange(ok.error());
        updateConversionAction();
        return;
    }
    m_undoStack->clear(); // its steps belonged to a client
    emit clientChanged(m_accountId);
    emit conversionUndone(m_accountId);
}

void ClientPage::fillProfile()
{
    const auto account = AccountRepository(*m_db).get(m_accountId);
    if (!account)
        return;
    const Account &a = *account;
    QString manager;
    if (a.managerId) {
        if (const auto user = UserRepository(*m_db).get(*a.managerId))
            manager = user->name;
    }
    QStringList lines;
    const auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label + u"  "_s + value);
    };
    line(tr("Account manager:"), manager);
    line(tr("Legal form:"), toLabel(a.legalForm));
    line(tr("Channel:"), toLabel(a.channel));
    line(tr("Country:"), a.country);
    line(tr("Tax id:"), a.taxId);
    line(tr("Email:"), a.email);
    line(tr("Phone:"), a.phone);
    line(tr("Client since:"),
         a.convertedOn.isValid() ? tr("%1 (converted from customer)").arg(shortDate(a.convertedOn))
                                 : shortDate(a.createdAt.date()));
    line(tr("Tags:"), a.tags.join(u", "_s));
    line(tr("Notes:"), a.notes);
    m_profile->setText(lines.join(u'\n'));
}

void ClientPage::fillContacts()
{
    const auto contacts = ContactRepository(*m_db).listForAccount(m_accountId);
    m_contacts->setRowCount(0);
    m_contactList = contacts ? *contacts : QList<Contact>();
    if (!contacts)
        return;
    m_contacts->setRowCount(int(contacts->size()));
    for (int r = 0; r < contacts->size(); ++r) {
        const Contact &c = contacts->at(r);
        QStringList roles;
        for (ContactRole role : c.roles)
            roles.append(toLabel(role));
        setRow(m_contacts, r, { c.name, roles.join(u", "_s), c.jobTitle, c.email, c.phone });
    }
    m_contacts->resizeColumnsToContents();
}

void ClientPage::fillContracts()
{
    const auto contracts = ContractRepository(*m_db).listForAccount(m_accountId);
    m_contractList = contracts ? *contracts : QList<Contract>();
    m_contracts->setRowCount(int(m_contractList.size()));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < m_contractList.size(); ++r) {
        const Contract &c = m_contractList.at(r);
        const QDate deadline = ContractRules::noticeDeadline(c);
        QString notice;
        if (deadline.isValid() && c.status == ContractStatus::Active) {
            const qint64 days = today.daysTo(deadline);
            notice = tr("%1 (%2)").arg(shortDate(deadline), ContractRules::whenText(days));
        } else if (deadline.isValid()) {
            notice = shortDate(deadline);
        }
        const QString term = c.end.isValid()
            ? tr("%1 – %2").arg(shortDate(c.start), shortDate(c.end))
            : tr("from %1, open-ended").arg(shortDate(c.start));
        const QString renewal
            = c.autoRenew ? tr("auto, %1 months").arg(c.renewalMonths) : tr("manual");
        setRow(m_contracts, r,
               { c.reference, c.title, feeText(c), term, notice, renewal, toLabel(c.status) },
               { 2 });
        if (c.status == ContractStatus::Active && deadline.isValid() && !c.autoRenew
            && today.daysTo(deadline) >= 0 && today.daysTo(deadline) <= 30) {
            m_contracts->item(r, 4)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
    m_contracts->resizeColumnsToContents();
    updateContractActions();
}

void ClientPage::fillService()
{
    const auto items = ServiceItemRepository(*m_db).listForAccount(m_accountId);
    m_planList = items ? *items : QList<ServiceItem>();
    m_plan->setRowCount(items ? int(items->size()) : 0);
    for (int r = 0; items && r < items->size(); ++r) {
        const ServiceItem &i = items->at(r);
        setRow(m_plan, r,
               { i.title, i.customisation, toLabel(i.frequency),
                 tr("%1 hours").arg(QLocale().toString(i.responseHours)), i.consultant });
    }
    m_plan->resizeColumnsToContents();

    const auto requests = ServiceRequestRepository(*m_db).listForAccount(m_accountId);
    m_requestList = requests ? *requests : QList<ServiceRequest>();
    m_requests->setRowCount(requests ? int(requests->size()) : 0);
    const QDateTime now = QDateTime::currentDateTime();
    for (int r = 0; requests && r < requests->size(); ++r) {
        const ServiceRequest &s = requests->at(r);
        const bool breached = ServiceRules::isBreached(s, now);
        QString level;
        if (s.status == RequestStatus::Closed)
            level = breached ? tr("Answered late") : tr("Met");
        else
            level = breached ? tr("Past due") : tr("Open, on time");
        setRow(m_requests, r,
               { shortDateTime(s.openedAt), toLabel(s.type), s.title, toLabel(s.priority),
                 shortDateTime(s.dueAt), shortDateTime(s.closedAt), level });
        if (breached) {
            QFont bold = m_requests->item(r, 6)->font();
            bold.setBold(true);
            m_requests->item(r, 6)->setFont(bold);
            m_requests->item(r, 6)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
    m_requests->resizeColumnsToContents();
    updateOtherActions();
}

void ClientPage::fillTimeline()
{
    const auto interactions = InteractionRepository(*m_db).listForAccount(m_accountId);
    const auto contacts = ContactRepository(*m_db).listForAccount(m_accountId);
    QHash<qint64, QString> contactNames;
    for (const Contact &c : contacts ? *contacts : QList<Contact>())
        contactNames.insert(c.id, c.name);
    QList<Interaction> list = interactions ? *interactions : QList<Interaction>();
    std::sort(list.begin(), list.end(), [](const Interaction &a, const Interaction &b) {
        return a.occurredAt > b.occurredAt;
    });
    // The conversion from customer, on its day, among the interactions (a row without an
    // interaction behind it: id 0, no follow-up).
    QDate convertedOn;
    if (const auto account = AccountRepository(*m_db).get(m_accountId); account)
        convertedOn = account->convertedOn;
    int conversionRow = -1;
    if (convertedOn.isValid()) {
        Interaction conversion;
        conversion.occurredAt = QDateTime(convertedOn, QTime(0, 0));
        const auto at = std::find_if(list.begin(), list.end(), [&](const Interaction &i) {
            return i.occurredAt < conversion.occurredAt;
        });
        conversionRow = int(at - list.begin());
        list.insert(at, conversion);
    }
    m_interactionList = list;
    m_timeline->setRowCount(int(list.size()));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < list.size(); ++r) {
        const Interaction &i = list.at(r);
        QString followUp;
        if (i.followUpOn.isValid()) {
            followUp = i.followUpDone  ? tr("%1, done").arg(shortDate(i.followUpOn))
                : i.followUpOn < today ? tr("%1, overdue").arg(shortDate(i.followUpOn))
                                       : shortDate(i.followUpOn);
        }
        if (r == conversionRow) {
            setRow(m_timeline, r,
                   { shortDate(convertedOn), tr("Conversion"),
                     tr("Converted from customer to client") });
            continue;
        }
        setRow(m_timeline, r,
               { shortDateTime(i.occurredAt), toLabel(i.type), i.subject,
                 i.contactId ? contactNames.value(*i.contactId) : QString(), followUp });
    }
    m_timeline->resizeColumnsToContents();
    updateOtherActions();
}

void ClientPage::fillRevenue()
{
    const QDate today = QDate::currentDate();
    const auto figures = ClientListModel::figuresFor(*m_db, m_accountId, today);
    if (figures) {
        QString text = tr("Health: %1 (%2 of 100)")
                           .arg(ClientHealth::label(figures->health.level()))
                           .arg(figures->health.score());
        if (!figures->health.reasons().isEmpty())
            text += u" — "_s + figures->health.reasons().join(u' ');
        m_health->setText(text);
    } else {
        m_health->setText(figures.error());
    }
    RevenueRepository revenue(*m_db);
    const QDate yearStart(today.year(), 1, 1);
    const auto thisYear = revenue.total(m_accountId, yearStart, today, m_currency);
    const auto lastYearToDate
        = revenue.total(m_accountId, yearStart.addYears(-1), today.addYears(-1), m_currency);
    const auto lastYear
        = revenue.total(m_accountId, yearStart.addYears(-1), yearStart.addDays(-1), m_currency);
    if (!thisYear || !lastYear || !lastYearToDate) {
        m_revenue->setText(!thisYear ? thisYear.error() : lastYear.error());
        return;
    }
    QString trend;
    if (lastYearToDate->minorUnits() > 0) {
        const qint64 change = (thisYear->minorUnits() - lastYearToDate->minorUnits()) * 100
            / lastYearToDate->minorUnits();
        trend = change >= 0 ? tr("up %1% on the same period last year").arg(change)
                            : tr("down %1% on the same period last year").arg(-change);
    } else {
        trend = tr("no revenue in the same period last year");
    }
    m_revenue->setText(
        tr("Revenue %1 so far: %2, %3. Last year: %4.")
            .arg(QString::number(today.year()), thisYear->format(), trend, lastYear->format()));
}

const Contract *ClientPage::selectedContract() const
{
    const int row = m_contracts->currentRow();
    return row >= 0 && row < m_contractList.size() && m_contracts->item(row, 0)
            && m_contracts->item(row, 0)->isSelected()
        ? &m_contractList.at(row)
        : nullptr;
}

void ClientPage::updateContractActions()
{
    const Contract *c = selectedContract();
    m_editContract->setEnabled(c != nullptr);
    m_signContract->setEnabled(c && c->status == ContractStatus::Draft);
    m_renewContract->setEnabled(
        c && (c->status == ContractStatus::Active || c->status == ContractStatus::Expired));
    m_terminateContract->setEnabled(c && c->status == ContractStatus::Active);
    m_deleteContract->setEnabled(c != nullptr);
}

void ClientPage::afterChange(const QString &error)
{
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    m_message->hide();
    const QString reference = selectedContract() ? selectedContract()->reference : QString();
    fillContracts();
    fillService();
    fillRevenue();
    for (int r = 0; r < m_contractList.size(); ++r) {
        if (m_contractList.at(r).reference == reference)
            m_contracts->selectRow(r);
    }
    emit clientChanged(m_accountId);
}

void ClientPage::newContract()
{
    Contract c;
    c.accountId = m_accountId;
    c.fee = Money(0, m_currency);
    c.start = QDate::currentDate();
    c.end = c.start.addYears(1).addDays(-1);
    c.noticeDays = 60;
    QSet<qint64> known;
    for (const Contract &existing : std::as_const(m_contractList))
        known.insert(existing.id);
    if (!m_editor(*m_db, c, this))
        return;
    afterChange({});
    for (const Contract &created : std::as_const(m_contractList)) {
        if (known.contains(created.id))
            continue;
        // Undo deletes the new contract; redo stores it again under its own id.
        auto kept = std::make_shared<Contract>(created);
        Database *db = m_db;
        pushChange(
            tr("New contract %1").arg(created.reference),
            [db, kept] { return takeOutContract(*db, kept); },
            [db, kept] { return ContractRepository(*db).reinsert(*kept); });
    }
}

void ClientPage::pushContractChange(const QString &text, const Contract &before, qint64 id)
{
    const auto after = ContractRepository(*m_db).get(id);
    if (!after)
        return;
    // Each step expects the version the other one left behind.
    auto version = std::make_shared<int>(after->rowVersion);
    Database *db = m_db;
    const Contract afterState = *after;
    const auto restore = [db, version](const Contract &state) -> Status {
        const auto newVersion = ContractRepository(*db).restore(state, *version);
        if (!newVersion)
            return Error { newVersion.error() };
        *version = *newVersion;
        return {};
    };
    pushChange(
        text, [restore, before] { return restore(before); },
        [restore, afterState] { return restore(afterState); });
}

void ClientPage::editContract()
{
    const Contract *c = selectedContract();
    if (!c)
        return;
    const Contract before = *c;
    if (!m_editor(*m_db, before, this))
        return;
    afterChange({});
    pushContractChange(tr("Edit contract %1").arg(before.reference), before, before.id);
}

void ClientPage::signContract()
{
    const Contract *c = selectedContract();
    if (!c || !m_confirm(tr("Record contract %1 as signed today?").arg(c->reference)))
        return;
    const Contract before = *c;
    const Status ok
        = ContractRepository(*m_db).sign(before.id, QDate::currentDate(), before.rowVersion);
    afterChange(ok ? QString() : ok.error());
    if (ok)
        pushContractChange(tr("Sign contract %1").arg(before.reference), before, before.id);
}

void ClientPage::renewContract()
{
    const Contract *c = selectedContract();
    if (!c)
        return;
    const QDate end = ContractRules::renewedEnd(*c);
    if (!m_confirm(tr("Renew contract %1 until %2?").arg(c->reference, shortDate(end))))
        return;
    const Contract before = *c;
    const Status ok = ContractRepository(*m_db).renew(before.id, before.rowVersion);
    afterChange(ok ? QString() : ok.error());
    if (ok)
        pushContractChange(tr("Renew contract %1").arg(before.reference), before, before.id);
}

void ClientPage::terminateContract()
{
    const Contract *c = selectedContract();
    if (!c)
        return;
    const auto termination = m_askTermination(*c);
    if (!termination)
        return;
    const Contract before = *c;
    const Status ok = ContractRepository(*m_db).terminate(before.id, termination->on,
                                                          termination->reason, before.rowVersion);
    afterChange(ok ? QString() : ok.error());
    if (ok)
        pushContractChange(tr("Terminate contract %1").arg(before.reference), before, before.id);
}

void ClientPage::deleteContract()
{
    const Contract *c = selectedContract();
    if (!c || !m_confirm(tr("Delete contract %1?").arg(c->reference)))
        return;
    const Contract before = *c;
    const Status ok = ContractRepository(*m_db).remove(before.id);
    afterChange(ok ? QString() : ok.error());
    if (!ok)
        return;
    // Undo stores the contract again under its own id; redo deletes it again.
    auto kept = std::make_shared<Contract>(before);
    Database *db = m_db;
    pushChange(
        tr("Delete contract %1").arg(before.reference),
        [db, kept] { return ContractRepository(*db).reinsert(*kept); },
        [db, kept] { return takeOutContract(*db, kept); });
}

void ClientPage::updateOtherActions()
{
    const int interaction = m_timeline->currentRow();
    const bool followUpOpen = interaction >= 0 && interaction < m_interactionList.size()
        && m_timeline->selectionModel()->hasSelection()
        && m_interactionList.at(interaction).followUpOn.isValid()
        && !m_interactionList.at(interaction).followUpDone;
    m_followUpDone->setEnabled(followUpOpen);
    const int request = m_requests->currentRow();
    m_closeRequest->setEnabled(request >= 0 && request < m_requestList.size()
                               && m_requests->selectionModel()->hasSelection()
                               && m_requestList.at(request).status != RequestStatus::Closed);
}

void ClientPage::logInteraction()
{
    if (!m_db)
        return;
    QSet<qint64> known;
    for (const Interaction &i : std::as_const(m_interactionList))
        known.insert(i.id);
    if (!m_interactionEditor(*m_db, m_accountId, this))
        return;
    m_message->hide();
    fillTimeline();
    fillRevenue(); // the health counts the last contact
    emit clientChanged(m_accountId);
    for (const Interaction &logged : std::as_const(m_interactionList)) {
        if (known.contains(logged.id))
            continue;
        auto kept = std::make_shared<Interaction>(logged);
        Database *db = m_db;
        pushChange(
            tr("Log “%1”").arg(logged.subject),
            [db, kept] { return takeOutInteraction(*db, kept); },
            [db, kept] { return InteractionRepository(*db).reinsert(*kept); });
    }
}

void ClientPage::markFollowUpDone()
{
    const int row = m_timeline->currentRow();
    if (row < 0 || row >= m_interactionList.size())
        return;
    const Interaction interaction = m_interactionList.at(row);
    const Status ok = InteractionRepository(*m_db).setFollowUpDone(interaction.id, true);
    if (!ok) {
        m_message->setText(ok.error());
        m_message->show();
        return;
    }
    fillTimeline();
    emit clientChanged(m_accountId);
    Database *db = m_db;
    const qint64 id = interaction.id;
    pushChange(
        tr("Follow-up done: “%1”").arg(interaction.subject),
        [db, id] { return InteractionRepository(*db).setFollowUpDone(id, false); },
        [db, id] { return InteractionRepository(*db).setFollowUpDone(id, true); });
}

void ClientPage::closeRequest()
{
    const int row = m_requests->currentRow();
    if (row < 0 || row >= m_requestList.size())
        return;
    const ServiceRequest request = m_requestList.at(row);
    if (!m_confirm(tr("Close the request “%1” now?").arg(request.title)))
        return;
    const QDateTime closedAt = QDateTime::currentDateTime();
    const Status ok
        = ServiceRequestRepository(*m_db).close(request.id, closedAt, request.rowVersion);
    if (!ok) {
        // Someone else may have closed or changed it: the list shows it as it is now saved.
        fillService();
        m_message->setText(ok.error());
        m_message->show();
        return;
    }
    m_message->hide();
    fillService();
    fillRevenue();
    emit clientChanged(m_accountId);
    auto version = std::make_shared<int>(request.rowVersion + 1);
    Database *db = m_db;
    pushChange(
        tr("Close “%1”").arg(request.title),
        [db, version, request]() -> Status {
            if (Status reopened = ServiceRequestRepository(*db).reopen(request.id, *version);
                !reopened)
                return reopened;
            ++*version;
            return {};
        },
        [db, version, request, closedAt]() -> Status {
            if (Status closed = ServiceRequestRepository(*db).close(request.id, closedAt, *version);
                !closed)
                return closed;
            ++*version;
            return {};
        });
}

void ClientPage::editProfile()
{
    if (!m_db)
        return;
    const auto before = AccountRepository(*m_db).get(m_accountId);
    if (!before) {
        m_message->setText(before.error());
        m_message->show();
        return;
    }
    if (!m_profileEditor(*m_db, *before, this))
        return;
    const qint64 id = m_accountId;
    showClient(id);
    emit clientChanged(id);
    // Undo writes the profile as it was; redo as it became. Each expects the version the
    // other left behind, so a change by someone else in between is not overwritten.
    const auto after = AccountRepository(*m_db).get(id);
    if (!after)
        return;
    auto version = std::make_shared<int>(after->rowVersion);
    Database *db = m_db;
    const auto write = [db, version](Account state) -> Status {
        state.rowVersion = *version;
        if (Status ok = AccountRepository(*db).update(state); !ok)
            return ok;
        ++*version;
        return {};
    };
    const Account was = *before;
    const Account became = *after;
    pushChange(
        tr("Edit profile of %1").arg(before->name), [write, was] { return write(was); },
        [write, became] { return write(became); });
}

void ClientPage::newService()
{
    if (!m_db)
        return;
    ServiceItem item;
    item.accountId = m_accountId;
    // The plan belongs to the current contract, when there is one.
    for (const Contract &c : std::as_const(m_contractList)) {
        if (c.status == ContractStatus::Active) {
            item.contractId = c.id;
            break;
        }
    }
    QSet<qint64> known;
    for (const ServiceItem &existing : std::as_const(m_planList))
        known.insert(existing.id);
    if (!m_serviceEditor(*m_db, item, this))
        return;
    fillService();
    for (const ServiceItem &added : std::as_const(m_planList)) {
        if (known.contains(added.id))
            continue;
        auto kept = std::make_shared<ServiceItem>(added);
        Database *db = m_db;
        pushChange(
            tr("New service %1").arg(added.title),
            [db, kept] { return takeOutServiceItem(*db, kept); },
            [db, kept] { return ServiceItemRepository(*db).reinsert(*kept); });
    }
}

void ClientPage::editService()
{
    const int row = m_plan->currentRow();
    if (!m_db || row < 0 || row >= m_planList.size())
        return;
    const ServiceItem before = m_planList.at(row);
    if (!m_serviceEditor(*m_db, before, this))
        return;
    fillService();
    const auto after = ServiceItemRepository(*m_db).get(before.id);
    if (!after)
        return;
    auto version = std::make_shared<int>(after->rowVersion);
    Database *db = m_db;
    const auto write = [db, version](ServiceItem state) -> Status {
        state.rowVersion = *version;
        if (Status ok = ServiceItemRepository(*db).update(state); !ok)
            return ok;
        ++*version;
        return {};
    };
    const ServiceItem became = *after;
    pushChange(
        tr("Edit service %1").arg(before.title), [write, before] { return write(before); },
        [write, became] { return write(became); });
}

void ClientPage::newContact()
{
    if (!m_db)
        return;
    Contact c;
    c.accountId = m_accountId;
    QSet<qint64> known;
    for (const Contact &existing : std::as_const(m_contactList))
        known.insert(existing.id);
    if (!m_contactEditor(*m_db, c, this))
        return;
    fillContacts();
    for (const Contact &added : std::as_const(m_contactList)) {
        if (known.contains(added.id))
            continue;
        auto kept = std::make_shared<Contact>(added);
        Database *db = m_db;
        pushChange(
            tr("New contact %1").arg(added.name), [db, kept] { return takeOutContact(*db, kept); },
            [db, kept] { return ContactRepository(*db).reinsert(*kept); });
    }
}

void ClientPage::editContact()
{
    const int row = m_contacts->currentRow();
    if (!m_db || row < 0 || row >= m_contactList.size())
        return;
    const Contact before = m_contactList.at(row);
    if (!m_contactEditor(*m_db, before, this))
        return;
    fillContacts();
    const auto after = ContactRepository(*m_db).get(before.id);
    if (!after)
        return;
    auto version = std::make_shared<int>(after->rowVersion);
    Database *db = m_db;
    const auto write = [db, version](Contact state) -> Status {
        state.rowVersion = *version;
        if (Status ok = ContactRepository(*db).update(state); !ok)
            return ok;
        ++*version;
        return {};
    };
    const Contact became = *after;
    pushChange(
        tr("Edit contact %1").arg(before.name), [write, before] { return write(before); },
        [write, became] { return write(became); });
}

void ClientPage::newRequest()
{
    if (!m_db)
        return;
    QSet<qint64> known;
    for (const ServiceRequest &r : std::as_const(m_requestList))
        known.insert(r.id);
    if (!m_requestEditor(*m_db, m_accountId, this))
        return;
    m_message->hide();
    fillService();
    fillRevenue();
    emit clientChanged(m_accountId);
    for (const ServiceRequest &opened : std::as_const(m_requestList)) {
        if (known.contains(opened.id))
            continue;
        auto kept = std::make_shared<ServiceRequest>(opened);
        Database *db = m_db;
        pushChange(
            tr("New request “%1”").arg(opened.title),
            [db, kept] { return takeOutRequest(*db, kept); },
            [db, kept] { return ServiceRequestRepository(*db).reinsert(*kept); });
    }
}

void ClientPage::pushChange(const QString &text, std::function<Status()> undo,
                            std::function<Status()> redo)
{
    const QScopedValueRollback pushing(m_pushing, true);
    m_undoStack->push(
        new UndoableChange(text, std::move(undo), std::move(redo), [this](const QString &message) {
            m_message->setText(message);
            m_message->show();
            // The history no longer matches the database.
            QTimer::singleShot(0, m_undoStack, &QUndoStack::clear);
        }));
}

void ClientPage::refreshAfterUndo()
{
    if (m_pushing || !m_db || m_accountId == 0)
        return;
    if (const auto account = AccountRepository(*m_db).get(m_accountId)) {
        m_name->setText(account->name);
        fillProfile();
    }
    fillContacts();
    fillContracts();
    fillService();
    fillTimeline();
    fillRevenue();
    emit clientChanged(m_accountId);
}

} // namespace cd
