#include "views/customerpage.h"

#include "dialogs/accounteditors.h"
#include "dialogs/saledialog.h"
#include "services/accountservice.h"
#include "services/contactservice.h"
#include "services/interactionservice.h"
#include "services/revenueservice.h"
#include "services/userservice.h"
#include "views/accountopportunities.h"
#include "views/pagetables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

using namespace pagetables;

CustomerPage::CustomerPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"customerPage"_s);
    setDefaultEditors();
    // Widgets are made in the order Tab moves through them.
    QPushButton *back = buildHeader();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOverviewTab(), tr("Overview"));
    m_tabs->addTab(buildPurchasesTab(), tr("Purchases"));
    m_tabs->addTab(buildContactsTab(), tr("Contacts"));
    m_tabs->addTab(buildInteractionsTab(), tr("Interactions"));
    m_opportunities = new AccountOpportunities(this);
    m_tabs->addTab(m_opportunities, tr("Opportunities"));
    buildLayout(back);
}

void CustomerPage::setDefaultEditors()
{
    m_saleEditor = [](Database &db, qint64 accountId, QWidget *owner) {
        SaleDialog dialog(db, accountId, owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_interactionEditor = editors::logInteraction;
    m_contactEditor = editors::editContact;
    m_profileEditor = editors::editProfile;
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Convert to Client"), question) == QMessageBox::Yes;
    };
}

QPushButton *CustomerPage::buildHeader()
{
    auto *back = new QPushButton(tr("← All customers"), this);
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &CustomerPage::backRequested);
    m_name = new QLabel(this);
    m_name->setObjectName(u"customerName"_s);
    m_name->setTextFormat(Qt::PlainText);
    QFont font = m_name->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_name->setFont(font);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"customerFigures"_s);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"customerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_recordSale = new QPushButton(tr("Record &Sale…"), this);
    m_recordSale->setObjectName(u"recordSaleButton"_s);
    m_convert = new QPushButton(tr("Convert to &Client…"), this);
    m_convert->setObjectName(u"convertButton"_s);
    m_convert->setToolTip(tr("Make this customer a client: records today as the conversion "
                             "date and opens a draft contract; past revenue stays customer "
                             "revenue"));
    connect(m_recordSale, &QPushButton::clicked, this, &CustomerPage::recordSale);
    connect(m_convert, &QPushButton::clicked, this, &CustomerPage::convertToClient);
    return back;
}

QWidget *CustomerPage::buildOverviewTab()
{
    // Overview: behaviour tags with their reasons, then the profile.
    auto *overview = new QWidget(this);
    m_tags = makeTable({ tr("Tag"), tr("Why it holds") }, overview);
    m_tags->setObjectName(u"customerTags"_s);
    m_profile = new QLabel(overview);
    m_profile->setTextFormat(Qt::PlainText);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setWordWrap(true);
    m_editProfile = new QPushButton(tr("Edit Profile…"), overview);
    connect(m_editProfile, &QPushButton::clicked, this, &CustomerPage::editProfile);
    auto *overviewLayout = new QVBoxLayout(overview);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_editProfile, 0, Qt::AlignTop);
    overviewLayout->addLayout(profileRow);
    auto *behaviour = new QLabel(tr("Behaviour"), overview);
    QFont bold = behaviour->font();
    bold.setBold(true);
    behaviour->setFont(bold);
    overviewLayout->addWidget(behaviour);
    overviewLayout->addWidget(m_tags, 1);
    return overview;
}

QWidget *CustomerPage::buildPurchasesTab()
{
    auto *purchasesTab = new QWidget(this);
    m_purchases = makeTable({ tr("Date"), tr("Product"), tr("Category"), tr("Quantity"),
                              tr("Discount"), tr("Promotion"), tr("Amount") },
                            purchasesTab);
    m_purchases->setObjectName(u"customerPurchases"_s);
    // Amounts stay next to their figures; the product name takes the spare room.
    m_purchases->horizontalHeader()->setStretchLastSection(false);
    m_purchasesNote = new QLabel(purchasesTab);
    m_purchasesNote->setForegroundRole(QPalette::PlaceholderText);
    auto *purchasesLayout = new QVBoxLayout(purchasesTab);
    purchasesLayout->addWidget(m_purchases, 1);
    purchasesLayout->addWidget(m_purchasesNote);
    return purchasesTab;
}

QWidget *CustomerPage::buildContactsTab()
{
    auto *contactsTab = new QWidget(this);
    m_contacts = makeTable({ tr("Name"), tr("Roles"), tr("Job title"), tr("Email"), tr("Phone") },
                           contactsTab);
    m_newContact = new QPushButton(tr("New Contact…"), contactsTab);
    connect(m_newContact, &QPushButton::clicked, this, &CustomerPage::newContact);
    auto *contactsLayout = new QVBoxLayout(contactsTab);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_newContact);
    contactButtons->addStretch(1);
    contactsLayout->addLayout(contactButtons);
    contactsLayout->addWidget(m_contacts, 1);
    return contactsTab;
}

QWidget *CustomerPage::buildInteractionsTab()
{
    auto *interactionsTab = new QWidget(this);
    m_interactions = makeTable(
        { tr("When"), tr("Type"), tr("Subject"), tr("Contact"), tr("Follow-up") }, interactionsTab);
    m_logInteraction = new QPushButton(tr("Log Interaction…"), interactionsTab);
    connect(m_logInteraction, &QPushButton::clicked, this, &CustomerPage::logInteraction);
    auto *interactionsLayout = new QVBoxLayout(interactionsTab);
    auto *interactionButtons = new QHBoxLayout;
    interactionButtons->addWidget(m_logInteraction);
    interactionButtons->addStretch(1);
    interactionsLayout->addLayout(interactionButtons);
    interactionsLayout->addWidget(m_interactions, 1);
    return interactionsTab;
}

void CustomerPage::buildLayout(QPushButton *back)
{
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(back);
    topRow->addStretch(1);
    topRow->addWidget(m_recordSale);
    topRow->addWidget(m_convert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addLayout(topRow);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_figures);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

CustomerPage::~CustomerPage() = default;

void CustomerPage::setDatabase(Database *database)
{
    m_db = database;
    m_accountId = 0;
}

QString CustomerPage::message() const
{
    return m_message->text();
}

bool CustomerPage::showCustomer(qint64 accountId)
{
    m_accountId = accountId;
    m_message->hide();
    if (!m_db)
        return false;
    const auto account = AccountService(*m_db).get(accountId);
    if (!account) {
        m_name->setText(tr("Customer not found"));
        m_message->setText(account.error());
        m_message->show();
        return false;
    }
    m_accountName = account->name;
    m_name->setText(account->name);
    QStringList about { toLabel(account->kind), toLabel(account->status),
                        toLabel(account->channel) };
    for (const QString &part : { account->industry, account->city, account->region })
        if (!part.isEmpty())
            about.append(part);
    m_subtitle->setText(about.join(u" · "_s));
    const bool customer = account->kind == AccountKind::Customer;
    m_convert->setEnabled(customer);
    fillProfile(*account);
    fillContacts();
    fillPurchases();
    fillInteractions();
    m_opportunities->showAccount(m_db, m_accountId);
    return true;
}

void CustomerPage::fillProfile(const Account &a)
{
    const QLocale locale;
    const auto figures = AccountService(*m_db).customerFigures(a.id);
    if (!figures) {
        m_figures->setText(figures.error());
    } else if (figures->purchases == 0) {
        m_figures->setText(a.status == AccountStatus::Prospect
                               ? tr("A prospect: no purchase yet. Its first sale makes it active.")
                               : tr("No purchase yet."));
    } else {
        const Money basket(figures->revenue.minorUnits() / figures->purchases,
                           figures->revenue.currency());
        m_figures->setText(
            tr("%1 purchases from %2 to %3 · %4 in the last 12 months · average basket %5")
                .arg(locale.toString(figures->purchases), shortDate(figures->firstPurchase),
                     shortDate(figures->lastPurchase), figures->revenue12Months.format(locale),
                     basket.format(locale)));
    }
    const QList<BehaviourTag> tags = figures ? figures->tags : QList<BehaviourTag>();
    m_tags->setRowCount(int(tags.size() + a.tags.size()));
    int row = 0;
    for (const BehaviourTag &tag : tags)
        setRow(m_tags, row++, { BehaviourRules::label(tag.code), tag.reason });
    for (const QString &tag : a.tags)
        setRow(m_tags, row++, { tag, tr("Given by a user.") });
    m_tags->resizeColumnToContents(0);

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
    line(tr("Country:"), a.country);
    line(tr("Tax id:"), a.taxId);
    line(tr("Email:"), a.email);
    line(tr("Phone:"), a.phone);
    if (figures && !figures->categories.isEmpty())
        line(tr("Bought:"), figures->categories.join(u", "_s));
    line(tr("Customer since:"), shortDate(a.createdAt.date()));
    line(tr("Notes:"), a.notes);
    m_profile->setText(lines.join(u'\n'));
}

void CustomerPage::fillContacts()
{
    const auto contacts = ContactService(*m_db).listForAccount(m_accountId);
    const QList<Contact> list = contacts ? *contacts : QList<Contact>();
    m_contacts->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Contact &c = list.at(r);
        QStringList roles;
        for (ContactRole role : c.roles)
            roles.append(toLabel(role));
        setRow(m_contacts, r, { c.name, roles.join(u", "_s), c.jobTitle, c.email, c.phone });
    }
    m_contacts->resizeColumnsToContents();
}

void CustomerPage::fillPurchases()
{
    const QLocale locale;
    const auto entries = RevenueService(*m_db).listForAccount(m_accountId);
    QList<RevenueEntry> list = entries ? *entries : QList<RevenueEntry>();
    std::stable_sort(list.begin(), list.end(),
                     [](const RevenueEntry &a, const RevenueEntry &b) { return a.date > b.date; });
    const auto shown = std::min<qsizetype>(list.size(), kPurchaseRows);
    m_purchases->setRowCount(int(shown));
    for (int r = 0; r < shown; ++r) {
        const RevenueEntry &e = list.at(r);
        setRow(m_purchases, r,
               { shortDate(e.date), e.description, e.category, locale.toString(e.quantity),
                 e.discountMinor > 0 ? Money(e.discountMinor, e.amount.currency()).format(locale)
                                     : QString(),
                 e.promotion, e.amount.format(locale) },
               { 3, 4, 6 });
    }
    m_purchases->resizeColumnsToContents();
    m_purchases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (!entries)
        m_purchasesNote->setText(entries.error());
    else if (list.isEmpty())
        m_purchasesNote->setText(tr("No purchases yet: Record Sale… adds the first."));
    else if (shown < list.size())
        m_purchasesNote->setText(
            tr("The latest %1 of %2 entries.")
                .arg(locale.toString(qsizetype(shown)), locale.toString(list.size())));
    else
        m_purchasesNote->setText(tr("%1 entries.").arg(locale.toString(list.size())));
}

void CustomerPage::fillInteractions()
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
    m_interactions->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Interaction &i = list.at(r);
        setRow(m_interactions, r,
               { shortDateTime(i.occurredAt), toLabel(i.type), i.subject,
                 i.contactId ? contactNames.value(*i.contactId) : QString(),
                 shortDate(i.followUpOn) });
    }
    m_interactions->resizeColumnsToContents();
}

void CustomerPage::afterChange(const QString &error)
{
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    showCustomer(m_accountId);
    emit customerChanged(m_accountId);
}

void CustomerPage::recordSale()
{
    if (m_db && m_saleEditor(*m_db, m_accountId, this))
        afterChange({});
}

void CustomerPage::logInteraction()
{
    if (m_db && m_interactionEditor(*m_db, m_accountId, this))
        afterChange({});
}

void CustomerPage::newContact()
{
    Contact contact;
    contact.accountId = m_accountId;
    if (m_db && m_contactEditor(*m_db, contact, this))
        afterChange({});
}

void CustomerPage::editProfile()
{
    if (!m_db)
        return;
    const auto account = AccountService(*m_db).get(m_accountId);
    if (!account) {
        afterChange(account.error());
        return;
    }
    if (m_profileEditor(*m_db, *account, this))
        afterChange({});
}

void CustomerPage::convertToClient()
{
    if (!m_db)
        return;
    const QString question
        = tr("Convert “%1” to a client?\n\nToday becomes its conversion date and a draft "
             "contract is opened for it. Its past revenue stays customer revenue. You can undo "
             "this on the client's page while the draft contract is unsigned.")
              .arg(m_accountName);
    if (!m_confirm(question))
        return;
    const auto outcome = AccountService(*m_db).convertToClient(m_accountId);
    if (!outcome) {
        afterChange(outcome.error());
        return;
    }
    emit customerChanged(m_accountId);
    emit converted(m_accountId);
}

} // namespace cd
