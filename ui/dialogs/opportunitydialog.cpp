#include "dialogs/opportunitydialog.h"

#include "dialogs/saverecord.h"
#include "domain/isodate.h"
#include "domain/opportunityrules.h"
#include "services/opportunityservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kCurrencyRole = Qt::UserRole + 2; ///< the account's own currency, or empty

} // namespace

OpportunityDialog::OpportunityDialog(Database &database, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_db(database)
{
    setWindowTitle(tr("New Opportunity"));
    m_original.accountId = accountId;
    m_original.firstContact = QDate::currentDate();
    build(accountId);
}

OpportunityDialog::OpportunityDialog(Database &database, const Opportunity &opportunity,
                                     QWidget *parent)
    : QDialog(parent), m_db(database), m_original(opportunity)
{
    setWindowTitle(tr("Edit Opportunity"));
    m_dealTypeTouched = true;
    build(opportunity.accountId);
}

void OpportunityDialog::build(qint64 accountId)
{
    setObjectName(u"opportunityDialog"_s);
    const bool isNew = m_original.id == 0;
    const OpportunityService::Choices choices = OpportunityService(m_db).choices(accountId);
    m_firmCurrency = choices.firmCurrency;
    m_currency = isNew ? choices.firmCurrency : m_original.expectedValue.currency();
    // A new deal is in the account's own currency when it has one.
    for (const Account &a : choices.accounts) {
        if (isNew && a.id == accountId && !a.currency.isEmpty())
            m_currency = a.currency;
    }
    m_users = choices.users;

    buildAccountField(choices.accounts, accountId, isNew);
    QLayout *valueRow = buildDealFields(isNew);
    QLayout *closeRow = buildDateFields();
    m_owner = new QComboBox(this);
    m_nextStep = new QLineEdit(this);
    m_nextStep->setPlaceholderText(tr("e.g. Send the proposal by Friday"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Deal type:"), m_dealType);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(buddyLabel(tr("Expected &value:"), m_value, this), valueRow);
    form->addRow(tr("&Probability:"), m_probability);
    form->addRow(tr("&First contact:"), m_firstContact);
    form->addRow(buddyLabel(tr("Expected &close:"), m_hasExpectedClose, this), closeRow);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Next step:"), m_nextStep);

    buildButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connectFields();
    fill(m_original);
    accountChanged();
    revalidate();
    (isNew && accountId <= 0 ? static_cast<QWidget *>(m_account) : m_title)->setFocus();
}

void OpportunityDialog::buildAccountField(const QList<Account> &accounts, qint64 accountId,
                                          bool isNew)
{
    m_account = new QComboBox(this);
    m_account->setObjectName(u"opportunityAccount"_s);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_account->completer()->setFilterMode(Qt::MatchContains);
    m_account->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (const Account &a : accounts) {
        m_account->addItem(a.name, a.id);
        m_account->setItemData(m_account->count() - 1, int(a.kind), kKindRole);
        m_account->setItemData(m_account->count() - 1, a.currency, kCurrencyRole);
    }
    m_account->setCurrentIndex(accountId > 0 ? m_account->findData(accountId) : -1);
    m_account->setEnabled(isNew && accountId <= 0);
}

QLayout *OpportunityDialog::buildDealFields(bool isNew)
{
    const QLocale locale;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"opportunityTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Tax advisory for 2027"));

    m_dealType = new QComboBox(this);
    for (DealType type : { DealType::Engagement, DealType::Sale })
        m_dealType->addItem(toLabel(type), int(type));

    m_stage = new QComboBox(this);
    m_stage->setObjectName(u"opportunityStage"_s);
    for (OpportunityStage stage : { OpportunityStage::Lead, OpportunityStage::Qualified,
                                    OpportunityStage::Proposal, OpportunityStage::Negotiation })
        m_stage->addItem(toLabel(stage), int(stage));
    m_stage->setEnabled(isNew);
    m_stage->setToolTip(isNew ? QString()
                              : tr("Move the opportunity on the board to change its stage."));

    m_probability = new QSpinBox(this);
    m_probability->setObjectName(u"opportunityProbability"_s);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(locale.percent());

    m_value = new QLineEdit(this);
    m_value->setObjectName(u"opportunityValue"_s);
    m_value->setAlignment(Qt::AlignRight);
    m_value->setPlaceholderText(Money(0, m_currency).formatNumber(locale));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    m_currencyLabel = new QLabel(m_currency, this);
    valueRow->addWidget(m_currencyLabel);
    QWidget::setTabOrder(m_value, m_probability); // the value's row comes first in the form
    return valueRow;
}

QLayout *OpportunityDialog::buildDateFields()
{
    m_firstContact = new QDateEdit(this);
    m_firstContact->setDateRange(earliestDate(), latestDate());
    m_firstContact->setObjectName(u"opportunityFirstContact"_s);
    m_firstContact->setCalendarPopup(true);
    m_hasExpectedClose = new QCheckBox(tr("Expected on"), this);
    m_expectedClose = new QDateEdit(this);
    m_expectedClose->setDateRange(earliestDate(), latestDate());
    m_expectedClose->setObjectName(u"opportunityExpectedClose"_s);
    m_expectedClose->setCalendarPopup(true);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_hasExpectedClose);
    closeRow->addWidget(m_expectedClose, 1);
    return closeRow;
}

void OpportunityDialog::buildButtons()
{
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"opportunityProblems"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);
    m_reload = addReloadButton(m_buttons, tr("&Reload"),
                               tr("Show the opportunity as it is now saved, without your edits"),
                               u"opportunityReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &OpportunityDialog::reload);
}

void OpportunityDialog::connectFields()
{
    connect(m_account, &QComboBox::currentIndexChanged, this, &OpportunityDialog::accountChanged);
    connect(m_dealType, &QComboBox::activated, this, [this] { m_dealTypeTouched = true; });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        // A new stage brings its default probability; the user may still change it.
        m_probability->setValue(
            OpportunityRules::defaultProbability(OpportunityStage(m_stage->currentData().toInt())));
    });
    for (QLineEdit *edit : { m_title, m_value, m_nextStep })
        connect(edit, &QLineEdit::textChanged, this, &OpportunityDialog::revalidate);
    connect(m_account, &QComboBox::currentIndexChanged, this, &OpportunityDialog::revalidate);
    connect(m_probability, &QSpinBox::valueChanged, this, &OpportunityDialog::revalidate);
    connect(m_firstContact, &QDateEdit::dateChanged, this, &OpportunityDialog::revalidate);
    connect(m_expectedClose, &QDateEdit::dateChanged, this, &OpportunityDialog::revalidate);
    connect(m_hasExpectedClose, &QCheckBox::toggled, this, [this](bool on) {
        m_expectedClose->setEnabled(on);
        revalidate();
    });
}

void OpportunityDialog::fill(const Opportunity &opportunity)
{
    m_original = opportunity;
    const bool isNew = opportunity.id == 0;
    const QLocale locale;
    m_title->setText(opportunity.title);
    m_dealType->setCurrentIndex(m_dealType->findData(int(opportunity.dealType)));
    {
        // The stage's default probability is for a stage the user picks, not a stored one.
        const QSignalBlocker blocker(m_stage);
        if (m_stage->findData(int(opportunity.stage)) < 0)
            m_stage->addItem(toLabel(opportunity.stage), int(opportunity.stage));
        m_stage->setCurrentIndex(m_stage->findData(int(opportunity.stage)));
    }
    m_probability->setValue(isNew ? OpportunityRules::defaultProbability(opportunity.stage)
                                  : opportunity.probability);
    m_value->setText(opportunity.expectedValue.minorUnits() > 0
                         ? opportunity.expectedValue.formatNumber(locale)
                         : QString());
    m_firstContact->setDate(opportunity.firstContact);
    m_hasExpectedClose->setChecked(isNew || opportunity.expectedClose.isValid());
    m_expectedClose->setDate(opportunity.expectedClose.isValid()
                                 ? opportunity.expectedClose
                                 : QDate::currentDate().addMonths(1));
    m_expectedClose->setEnabled(m_hasExpectedClose->isChecked());
    // Active users, and the owner even when no longer active.
    m_owner->clear();
    m_owner->addItem(tr("Nobody yet"), QVariant());
    for (const User &u : std::as_const(m_users)) {
        if (u.active || std::optional<qint64>(u.id) == opportunity.ownerId)
            m_owner->addItem(u.name, u.id);
    }
    if (opportunity.ownerId)
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(*opportunity.ownerId)));
    m_nextStep->setText(opportunity.nextStep);
    revalidate();
}

void OpportunityDialog::reload()
{
    reloadRecord(OpportunityService(m_db), m_original.id, m_problemLabel, m_reload,
                 [this](const Opportunity &now) { fill(now); });
}

void OpportunityDialog::accountChanged()
{
    if (m_account->currentIndex() < 0)
        return;
    // A new deal follows the account's own currency while no value is typed.
    if (m_original.id == 0 && m_value->text().trimmed().isEmpty()) {
        const QString own = m_account->currentData(kCurrencyRole).toString();
        m_currency = own.isEmpty() ? m_firmCurrency : own;
        m_currencyLabel->setText(m_currency);
        m_value->setPlaceholderText(Money(0, m_currency).formatNumber(QLocale()));
    }
    if (m_dealTypeTouched)
        return;
    // Clients buy engagements, customers sales, unless the user says otherwise.
    const auto kind = AccountKind(m_account->currentData(kKindRole).toInt());
    m_dealType->setCurrentIndex(m_dealType->findData(
        int(kind == AccountKind::Client ? DealType::Engagement : DealType::Sale)));
}

Opportunity OpportunityDialog::opportunity() const
{
    Opportunity o = m_original;
    o.accountId = m_account->currentIndex() >= 0 ? m_account->currentData().toLongLong() : 0;
    o.title = m_title->text().trimmed();
    o.dealType = DealType(m_dealType->currentData().toInt());
    o.stage = OpportunityStage(m_stage->currentData().toInt());
    o.probability = m_probability->value();
    const auto value = Money::parseLocalized(m_value->text(), m_currency, QLocale());
    o.expectedValue = m_value->text().trimmed().isEmpty() || !value ? Money(0, m_currency) : *value;
    o.firstContact = m_firstContact->date();
    o.expectedClose = m_hasExpectedClose->isChecked() ? m_expectedClose->date() : QDate();
    o.ownerId = m_owner->currentData().isValid()
        ? std::optional<qint64>(m_owner->currentData().toLongLong())
        : std::nullopt;
    o.nextStep = m_nextStep->text().trimmed();
    return o;
}

void OpportunityDialog::revalidate()
{
    m_problems.clear();
    if (m_account->currentIndex() < 0
        || m_account->currentText() != m_account->itemText(m_account->currentIndex()))
        m_problems.append(tr("Choose the account from the list."));
    if (!m_value->text().trimmed().isEmpty()) {
        if (const auto parsed = Money::parseLocalized(m_value->text(), m_currency, QLocale());
            !parsed)
            m_problems.append(tr("Expected value: %1").arg(parsed.error()));
    }
    Opportunity o = opportunity();
    if (o.accountId <= 0)
        o.accountId = 1; // said above already; the other rules still apply
    m_problems.append(OpportunityService::validate(o));
    m_problems.removeDuplicates();
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void OpportunityDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    const auto id = saveRecord(OpportunityService(m_db), opportunity(), m_problemLabel, m_reload);
    if (!id)
        return;
    m_savedId = *id;
    QDialog::accept();
}

} // namespace cd
