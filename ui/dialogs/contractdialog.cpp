#include "dialogs/contractdialog.h"

#include "dialogs/instalmentsection.h"
#include "dialogs/saverecord.h"
#include "domain/contracthours.h"
#include "domain/contractrules.h"
#include "domain/isodate.h"
#include "domain/timerules.h"
#include "services/contractservice.h"
#include "services/settingsservice.h"
#include "views/contracthourspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

ContractDialog::ContractDialog(Database &database, const Contract &contract, QWidget *parent)
    : QDialog(parent), m_db(database), m_original(contract)
{
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("e.g. C-2026-014"));
    m_title = new QLineEdit(this);
    m_model = new QComboBox(this);
    for (BillingModel model : { BillingModel::Retainer, BillingModel::Fixed, BillingModel::Hourly })
        m_model->addItem(toLabel(model), int(model));
    m_fee = new QLineEdit(this);
    m_fee->setAlignment(Qt::AlignRight);
    m_feeUnit = new QLabel(this);
    m_hours = new QSpinBox(this);
    m_hours->setRange(0, ContractService::kMaxEstimatedHours);
    m_hours->setSuffix(tr(" h"));
    createTimeFields(); // in tab order: after the fee
    m_start = new QDateEdit(this);
    m_start->setDateRange(earliestDate(), latestDate());
    m_start->setCalendarPopup(true);
    m_hasEnd = new QCheckBox(tr("Ends on"), this);
    m_end = new QDateEdit(this);
    m_end->setDateRange(earliestDate(), latestDate());
    m_end->setCalendarPopup(true);
    m_autoRenew = new QCheckBox(tr("Renews automatically by"), this);
    m_renewalMonths = new QSpinBox(this);
    m_renewalMonths->setRange(0, 120);
    m_renewalMonths->setSuffix(tr(" months"));
    m_notice = new QSpinBox(this);
    m_notice->setRange(-1, 3650);
    m_notice->setSuffix(tr(" days"));
    m_deadline = new QLabel(this);
    createTermsField(); // in tab order: after the notice period
    m_scope = new QPlainTextEdit(this);
    m_scope->setTabChangesFocus(true);
    m_scope->setMaximumHeight(70);
    m_clause = new QPlainTextEdit(this);
    m_clause->setTabChangesFocus(true);
    m_clause->setMaximumHeight(70);
    m_instalments = new InstalmentSection(m_db, this);

    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee, 1);
    feeRow->addWidget(m_feeUnit);
    feeRow->addWidget(m_hours);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    auto *renewRow = new QHBoxLayout;
    renewRow->addWidget(m_autoRenew);
    renewRow->addWidget(m_renewalMonths, 1);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice);
    noticeRow->addWidget(m_deadline, 1);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Billing model:"), m_model);
    form->addRow(buddyLabel(tr("&Fee (%1):").arg(contract.fee.currency()), m_fee, this), feeRow);
    addTimeRows(form, contract.fee.currency());
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("End:"), endRow);
    form->addRow(tr("Renewal:"), renewRow);
    form->addRow(buddyLabel(tr("&Notice period:"), m_notice, this), noticeRow);
    form->addRow(buddyLabel(tr("&Payment terms:"), m_terms, this), m_terms);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("Ter&mination clause:"), m_clause);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"contractProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContractDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContractDialog::reject);
    m_startTimer = m_buttons->addButton(tr("Start Tim&er"), QDialogButtonBox::ActionRole);
    m_startTimer->setObjectName(u"contractStartTimer"_s);
    m_startTimer->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_startTimer->setToolTip(tr("Start a timer on this contract"));
    connect(m_startTimer, &QPushButton::clicked, this,
            [this] { emit startTimerRequested(m_original.accountId, m_original.id, 0); });

    m_reload = addReloadButton(m_buttons, tr("Reloa&d"),
                               tr("Show the contract as it is now saved, without your edits"),
                               u"contractReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &ContractDialog::reload);
    // After the last button is added: adding one shows the box's hidden ones again.
    m_startTimer->setVisible(contract.id != 0);
    m_hoursPanel = new ContractHoursPanel(this);
    if (contract.id != 0)
        m_hoursPanel->setContracts(m_db, { contract }, QDate::currentDate());
    else
        m_hoursPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hoursPanel);
    layout->addWidget(m_instalments, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_reference, m_title, m_fee, m_included, m_overage, m_budget })
        connect(edit, &QLineEdit::textChanged, this, &ContractDialog::revalidate);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ContractDialog::revalidate);
    for (QSpinBox *spin : { m_hours, m_renewalMonths, m_notice, m_terms })
        connect(spin, &QSpinBox::valueChanged, this, &ContractDialog::revalidate);
    for (QDateEdit *date : { m_start, m_end })
        connect(date, &QDateEdit::dateChanged, this, &ContractDialog::revalidate);
    for (QCheckBox *box : { m_hasEnd, m_autoRenew, m_rollover })
        connect(box, &QCheckBox::toggled, this, &ContractDialog::revalidate);
    fill(contract);
    suggestReference(contract);
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

void ContractDialog::createTermsField()
{
    m_terms = new QSpinBox(this);
    m_terms->setObjectName(u"contractPaymentTerms"_s);
    m_terms->setRange(-1, Contract::kMaxPaymentTermsDays);
    m_terms->setSuffix(tr(" days"));
    const auto billing = SettingsService(m_db).billingSettings();
    m_terms->setSpecialValueText(
        billing ? tr("the firm's setting (%1 days)").arg(billing->paymentTermsDays)
                : tr("the firm's setting"));
    m_terms->setToolTip(tr("Days from an invoice's date to its due date for this contract's "
                           "invoices."));
}

void ContractDialog::suggestReference(const Contract &contract)
{
    const int year = (contract.start.isValid() ? contract.start : QDate::currentDate()).year();
    if (const auto placeholder = ContractService(m_db).referencePlaceholder(year))
        m_reference->setPlaceholderText(*placeholder);
    if (contract.id != 0 || !contract.reference.trimmed().isEmpty())
        return;
    // Still editable: the next number of the year, which a typed reference may replace.
    if (const auto next = ContractService(m_db).nextReference(year))
        m_reference->setText(*next);
}

void ContractDialog::fill(const Contract &contract)
{
    m_original = contract;
    setWindowTitle(contract.id == 0 ? tr("New Contract")
                                    : tr("Edit Contract %1").arg(contract.reference));
    m_reference->setText(contract.reference);
    m_title->setText(contract.title);
    m_model->setCurrentIndex(m_model->findData(int(contract.billingModel)));
    m_fee->setText(contract.fee.minorUnits() != 0 ? contract.fee.formatNumber(QLocale())
                                                  : QString());
    m_hours->setValue(contract.estimatedHours);
    m_included->setText(contract.includedMinutes > 0
                            ? TimeRules::formatDuration(contract.includedMinutes)
                            : QString());
    m_rollover->setChecked(contract.rollover);
    m_overage->setText(
        contract.overageRateMinor
            ? Money(*contract.overageRateMinor, contract.fee.currency()).formatNumber(QLocale())
            : QString());
    m_budget->setText(contract.budgetMinutes > 0 ? TimeRules::formatDuration(contract.budgetMinutes)
                                                 : QString());
    m_start->setDate(contract.start.isValid() ? contract.start : QDate::currentDate());
    m_hasEnd->setChecked(contract.end.isValid() || contract.id == 0);
    m_end->setDate(contract.end.isValid() ? contract.end : m_start->date().addYears(1).addDays(-1));
    m_autoRenew->setChecked(contract.autoRenew);
    m_renewalMonths->setValue(contract.renewalMonths > 0 ? contract.renewalMonths : 12);
    m_notice->setValue(contract.noticeDays);
    m_scope->setPlainText(contract.scope);
    m_clause->setPlainText(contract.terminationClause);
    m_terms->setValue(contract.paymentTermsDays ? *contract.paymentTermsDays : -1);
    revalidate();
}

void ContractDialog::reload()
{
    reloadRecord(ContractService(m_db), m_original.id, m_problemLabel, m_reload,
                 [this](const Contract &now) {
                     fill(now);
                     m_hoursPanel->setContracts(m_db, { now }, QDate::currentDate());
                 });
}

Contract ContractDialog::contract() const
{
    Contract c = m_original;
    c.reference = m_reference->text().trimmed();
    c.title = m_title->text().trimmed();
    c.billingModel = BillingModel(m_model->currentData().toInt());
    const auto fee = Money::parseLocalized(m_fee->text(), m_original.fee.currency(), QLocale());
    c.fee = fee ? *fee : Money(0, m_original.fee.currency());
    c.estimatedHours = c.billingModel == BillingModel::Hourly ? m_hours->value() : 0;
    // Hours of the other billing models are not kept: the form shows them no more.
    const bool retainer = c.billingModel == BillingModel::Retainer;
    const auto included = ContractHours::parseHours(m_included->text(), QString());
    c.includedMinutes = retainer && included ? *included : 0;
    c.rollover = c.includedMinutes > 0 && m_rollover->isChecked();
    const auto overage = Money::parseLocalized(m_overage->text(), c.fee.currency(), QLocale());
    c.overageRateMinor = retainer && !m_overage->text().trimmed().isEmpty() && overage
        ? std::optional<qint64>(overage->minorUnits())
        : std::nullopt;
    const auto budget = ContractHours::parseHours(m_budget->text(), QString());
    c.budgetMinutes = c.billingModel == BillingModel::Fixed && budget ? *budget : 0;
    c.start = m_start->date();
    c.end = m_hasEnd->isChecked() ? m_end->date() : QDate();
    c.autoRenew = m_autoRenew->isChecked();
    c.renewalMonths = c.autoRenew ? m_renewalMonths->value() : 0;
    c.noticeDays = m_notice->value();
    c.scope = m_scope->toPlainText().trimmed();
    c.terminationClause = m_clause->toPlainText().trimmed();
    c.paymentTermsDays
        = m_terms->value() >= 0 ? std::optional<int>(m_terms->value()) : std::nullopt;
    return c;
}

void ContractDialog::revalidate()
{
    const BillingModel model = BillingModel(m_model->currentData().toInt());
    m_feeUnit->setText(model == BillingModel::Retainer     ? tr("per month")
                           : model == BillingModel::Hourly ? tr("per hour, for")
                                                           : tr("in total"));
    m_hours->setVisible(model == BillingModel::Hourly);
    for (QWidget *field :
         { static_cast<QWidget *>(m_included), static_cast<QWidget *>(m_rollover), m_overageRow })
        m_form->setRowVisible(field, model == BillingModel::Retainer);
    m_form->setRowVisible(m_budget, model == BillingModel::Fixed);
    m_rollover->setEnabled(!m_included->text().trimmed().isEmpty());
    m_end->setEnabled(m_hasEnd->isChecked());
    m_renewalMonths->setEnabled(m_autoRenew->isChecked());

    const Contract c = contract();
    m_instalments->setVisible(model == BillingModel::Fixed);
    m_instalments->setContract(c);
    m_problems = ContractService::validate(c);
    m_problems.append(timeProblems());
    if (m_fee->text().trimmed().isEmpty())
        m_problems.prepend(tr("Enter the fee."));
    else if (const auto fee = Money::parseLocalized(m_fee->text(), c.fee.currency(), QLocale());
             !fee)
        m_problems.prepend(fee.error());
    const QDate deadline = ContractRules::noticeDeadline(c);
    m_deadline->setText(
        deadline.isValid()
            ? tr("Notice deadline: %1").arg(QLocale().toString(deadline, QLocale::LongFormat))
            : QString());
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void ContractDialog::createTimeFields()
{
    m_included = new QLineEdit(this);
    m_included->setObjectName(u"contractIncluded"_s);
    m_included->setPlaceholderText(tr("e.g. 20, 20:30 or 12.5; empty: not tracked"));
    m_included->setToolTip(tr("The hours the monthly fee includes. Time logged on the contract "
                              "counts against them; at 80 % and 100 % the contract appears on "
                              "the dashboard."));
    m_rollover = new QCheckBox(tr("Unused hours roll over (one month)"), this);
    m_rollover->setToolTip(tr("Hours left unused at the end of a month may be used in the next "
                              "month only."));
    m_overage = new QLineEdit(this);
    m_overage->setObjectName(u"contractOverage"_s);
    m_overage->setAlignment(Qt::AlignRight);
    m_overage->setPlaceholderText(tr("empty: none"));
    m_overage->setToolTip(tr("What an hour over the included ones costs; those hours are "
                             "billable."));
    m_budget = new QLineEdit(this);
    m_budget->setObjectName(u"contractBudget"_s);
    m_budget->setPlaceholderText(tr("e.g. 120 or 120:30; empty: no budget"));
    m_budget->setToolTip(tr("The hours the fixed fee is planned for over the whole term; at "
                            "80 % and 100 % the contract appears on the dashboard."));
}

void ContractDialog::addTimeRows(QFormLayout *form, const QString &currency)
{
    // The rate and its unit in one widget, so that the row can be hidden whole.
    m_overageRow = new QWidget(this);
    auto *overageRow = new QHBoxLayout(m_overageRow);
    overageRow->setContentsMargins(0, 0, 0, 0);
    overageRow->addWidget(m_overage, 1);
    overageRow->addWidget(new QLabel(tr("per hour"), m_overageRow));
    form->addRow(buddyLabel(tr("&Included hours per month:"), m_included, this), m_included);
    form->addRow(QString(), m_rollover);
    form->addRow(buddyLabel(tr("O&verage rate (%1):").arg(currency), m_overage, this),
                 m_overageRow);
    form->addRow(buddyLabel(tr("Hour bud&get:"), m_budget, this), m_budget);
}

QStringList ContractDialog::timeProblems() const
{
    QStringList out;
    const BillingModel model = BillingModel(m_model->currentData().toInt());
    if (model == BillingModel::Retainer) {
        const QString included = m_included->text().trimmed();
        if (!included.isEmpty()) {
            if (const auto minutes = ContractHours::parseHours(included, tr("the included hours"));
                !minutes)
                out.append(minutes.error());
        }
        const QString overage = m_overage->text().trimmed();
        if (!overage.isEmpty()) {
            if (const auto rate
                = Money::parseLocalized(overage, m_original.fee.currency(), QLocale());
                !rate)
                out.append(tr("Overage rate: %1").arg(rate.error()));
            else if (rate->minorUnits() < 0)
                out.append(tr("The overage rate cannot be negative."));
            else if (included.isEmpty())
                out.append(tr("An overage rate applies to the hours over the included ones: "
                              "enter the included hours per month too."));
        }
    } else if (model == BillingModel::Fixed) {
        const QString budget = m_budget->text().trimmed();
        if (!budget.isEmpty()) {
            if (const auto minutes = ContractHours::parseHours(budget, tr("the hour budget"));
                !minutes)
                out.append(minutes.error());
        }
    }
    return out;
}

void ContractDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    const auto id = saveRecord(ContractService(m_db), contract(), m_problemLabel, m_reload);
    if (!id)
        return;
    m_savedId = *id;
    QDialog::accept();
}

} // namespace cd
