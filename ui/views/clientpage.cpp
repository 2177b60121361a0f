#include "views/clientpage.h"

#include "billing/billingdesk.h"
#include "dialogs/accounteditors.h"
#include "dialogs/contractdialog.h"
#include "dialogs/requestdialog.h"
#include "dialogs/serviceitemdialog.h"
#include "domain/isodate.h"
#include "models/clientlistmodel.h"
#include "services/accountservice.h"
#include "services/contactservice.h"
#include "services/interactionservice.h"
#include "services/revenueservice.h"
#include "services/serviceplanservice.h"
#include "services/settingsservice.h"
#include "services/userservice.h"
#include "views/accountopportunities.h"
#include "views/clientinvoices.h"
#include "views/pagetables.h"
#include "views/undoablechange.h"
#include "views/undosteps.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QStyle>
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

// The Contracts tab is in clientpagecontracts.cpp, the Service tab in clientpageservice.cpp.

ClientPage::ClientPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"clientPage"_s);
    setDefaultEditors();
    // Widgets are made in the order Tab moves through them.
    buildHeader();
    buildTables();
    QWidget *contractsTab = buildContractsTab();
    QWidget *serviceTab = buildServiceTab();
    QWidget *timelineTab = buildTimelineTab();
    m_invoices = new ClientInvoices(this);
    m_tabs->addTab(buildProfileTab(), tr("Profile"));
    m_tabs->addTab(buildContactsTab(), tr("Contacts"));
    m_tabs->addTab(contractsTab, tr("Contracts"));
    m_tabs->addTab(m_invoices, tr("Invoices"));
    m_tabs->addTab(serviceTab, tr("Service"));
    m_tabs->addTab(timelineTab, tr("Timeline"));
    m_opportunities = new AccountOpportunities(this);
    m_tabs->addTab(m_opportunities, tr("Opportunities"));
    buildUndo();
    buildLayout();
}

void ClientPage::setDefaultEditors()
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("ClientDesk"), question) == QMessageBox::Yes;
    };
    m_askTermination = [this](const Contract &contract) {
        return askTerminationDialog(contract);
    };
    m_serviceEditor = [](Database &db, const ServiceItem &item, QWidget *owner) {
        ServiceItemDialog dialog(db, item, owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_contactEditor = editors::editContact;
    m_profileEditor = editors::editProfile;
    m_requestEditor = [](Database &db, qint64 accountId, QWidget *owner) {
        const auto plan = ServicePlanService(db).listForAccount(accountId);
        RequestDialog dialog(db, accountId, plan ? *plan : QList<ServiceItem>(), owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_interactionEditor = editors::logInteraction;
    m_editor = [this](Database &db, const Contract &contract, QWidget *owner) {
        ContractDialog dialog(db, contract, owner);
        connect(&dialog, &ContractDialog::startTimerRequested, this,
                &ClientPage::startTimerRequested);
        return dialog.exec() == QDialog::Accepted;
    };
}

void ClientPage::buildHeader()
{
    m_back = new QPushButton(tr("← All clients"), this);
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, &ClientPage::backRequested);
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
}

void ClientPage::buildTables()
{
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
}

QWidget *ClientPage::buildTimelineTab()
{
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
    return timelineTab;
}

QWidget *ClientPage::buildProfileTab()
{
    auto *profileTab = new QWidget(this);
    auto *profileLayout = new QVBoxLayout(profileTab);
    m_editProfile = new QPushButton(tr("Edit Profile…"), profileTab);
    connect(m_editProfile, &QPushButton::clicked, this, &ClientPage::editProfile);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_editProfile);
    profileButtons->addStretch(1);
    profileLayout->addLayout(profileButtons);
    profileLayout->addWidget(m_profile, 1);
    return profileTab;
}

QWidget *ClientPage::buildContactsTab()
{
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
    return contactsTab;
}

void ClientPage::buildUndo()
{
    m_undoStack = new QUndoStack(this);
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(u"undoButton"_s);
    m_undoButton->setDefaultAction(undo);
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(u"redoButton"_s);
    m_redoButton->setDefaultAction(redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ClientPage::refreshAfterUndo);
}

void ClientPage::buildLayout()
{
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
    m_startTimer
        = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start Timer"), this);
    m_startTimer->setObjectName(u"startTimerButton"_s);
    m_startTimer->setToolTip(tr("Start a timer on this client: on the selected contract in the "
                                "Contracts tab, or the selected request in the Service tab"));
    connect(m_startTimer, &QPushButton::clicked, this, [this] {
        if (m_accountId == 0)
            return;
        const QWidget *tab = m_tabs->currentWidget();
        const Contract *contract
            = tab && tab->isAncestorOf(m_contracts) ? selectedContract() : nullptr;
        const int request = tab && tab->isAncestorOf(m_requests) ? m_requests->currentRow() : -1;
        emit startTimerRequested(
            m_accountId, contract ? contract->id : 0,
            request >= 0 && request < m_requestList.size() ? m_requestList.at(request).id : 0);
    });
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_back);
    topRow->addStretch(1);
    topRow->addWidget(m_startTimer);
    topRow->addWidget(report);
    topRow->addWidget(m_undoConversion);
    topRow->addWidget(m_undoButton);
    topRow->addWidget(m_redoButton);
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
    m_invoices->showAccount(database, 0);
}

void ClientPage::setBillingDesk(BillingDesk *desk)
{
    if (m_desk)
        m_desk->disconnect(this);
    m_desk = desk;
    m_invoices->setDesk(desk);
    if (!desk)
        return;
    // Issuing, voiding and payments move the revenue and the health (overdue invoices).
    connect(desk, &BillingDesk::invoicesChanged, this, [this] {
        if (m_db && m_accountId != 0 && isVisible())
            fillRevenue();
    });
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
    m_currency = SettingsService(*m_db).firmCurrency();
    const auto account = AccountService(*m_db).get(accountId);
    if (!account) {
        m_name->setText(tr("Client not found"));
        m_message->setText(account.error());
        m_message->show();
        return false;
    }
    m_name->setText(account->name);
    m_accountCurrency = account->currency.isEmpty() ? m_currency : account->currency;
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
    m_invoices->showAccount(m_db, m_accountId);
    updateConversionAction();
    return true;
}

void ClientPage::updateConversionAction()
{
    const auto blocker = AccountService(*m_db).conversionUndoBlocker(m_accountId);
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
    if (const Status ok = AccountService(*m_db).undoConversion(m_accountId); !ok) {
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
    const auto account = AccountService(*m_db).get(m_accountId);
    if (!account)
        return;
    const Account &a = *account;
    QString manager;
    if (a.managerId) {
        if (const auto user = UserService(*m_db).get(*a.managerId))
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
    const auto contacts = ContactService(*m_db).listForAccount(m_accountId);
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

void ClientPage::fillTimeline()
{
    const auto interactions = InteractionService(*m_db).listForAccount(m_accountId);
    const auto contacts = ContactService(*m_db).listForAccount(m_accountId);
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
    if (const auto account = AccountService(*m_db).get(m_accountId); account)
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
    const auto revenue = RevenueService(*m_db).yearFigures(m_accountId, today);
    if (!revenue) {
        m_revenue->setText(revenue.error());
        return;
    }
    const Money &thisYear = revenue->thisYear;
    const Money &lastYearToDate = revenue->lastYearToDate;
    const Money &lastYear = revenue->lastYear;
    QString trend;
    if (lastYearToDate.minorUnits() > 0) {
        const qint64 change = (thisYear.minorUnits() - lastYearToDate.minorUnits()) * 100
            / lastYearToDate.minorUnits();
        trend = change >= 0 ? tr("up %1% on the same period last year").arg(change)
                            : tr("down %1% on the same period last year").arg(-change);
    } else {
        trend = tr("no revenue in the same period last year");
    }
    QString text
        = tr("Revenue %1 so far: %2, %3. Last year: %4.")
              .arg(QString::number(today.year()), thisYear.format(), trend, lastYear.format());
    // Converted to the firm's currency: say what had no rate to convert at.
    if (!revenue->unconverted.isEmpty())
        text += u' ' + revenue->unconverted.text();
    m_revenue->setText(text);
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
        pushChange(tr("Log “%1”").arg(logged.subject),
                   undosteps::takeOut<InteractionService>(m_db, kept),
                   undosteps::reinsert<InteractionService>(m_db, kept));
    }
}

void ClientPage::markFollowUpDone()
{
    const int row = m_timeline->currentRow();
    if (row < 0 || row >= m_interactionList.size())
        return;
    const Interaction interaction = m_interactionList.at(row);
    const Status ok = InteractionService(*m_db).setFollowUpDone(interaction.id, true);
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
        [db, id] { return InteractionService(*db).setFollowUpDone(id, false); },
        [db, id] { return InteractionService(*db).setFollowUpDone(id, true); });
}

void ClientPage::editProfile()
{
    if (!m_db)
        return;
    const auto before = AccountService(*m_db).get(m_accountId);
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
    // Undo writes the profile as it was; redo as it became.
    const auto after = AccountService(*m_db).get(id);
    if (!after)
        return;
    auto [undo, redo] = undosteps::restore<AccountService>(m_db, *before, *after);
    pushChange(tr("Edit profile of %1").arg(before->name), std::move(undo), std::move(redo));
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
        pushChange(tr("New contact %1").arg(added.name),
                   undosteps::takeOut<ContactService>(m_db, kept),
                   undosteps::reinsert<ContactService>(m_db, kept));
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
    const auto after = ContactService(*m_db).get(before.id);
    if (!after)
        return;
    auto [undo, redo] = undosteps::restore<ContactService>(m_db, before, *after);
    pushChange(tr("Edit contact %1").arg(before.name), std::move(undo), std::move(redo));
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
    if (const auto account = AccountService(*m_db).get(m_accountId)) {
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
