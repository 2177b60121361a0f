#include "dialogs/contractdialog.h"

#include "dialogs/saverecord.h"
#include "domain/contractrules.h"
#include "domain/isodate.h"
#include "services/contractservice.h"

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
    m_scope = new QPlainTextEdit(this);
    m_scope->setTabChangesFocus(true);
    m_scope->setMaximumHeight(70);
    m_clause = new QPlainTextEdit(this);
    m_clause->setTabChangesFocus(true);
    m_clause->setMaximumHeight(70);

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
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Billing model:"), m_model);
    form->addRow(buddyLabel(tr("&Fee (%1):").arg(contract.fee.currency()), m_fee, this), feeRow);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("End:"), endRow);
    form->addRow(tr("Renewal:"), renewRow);
    form->addRow(buddyLabel(tr("&Notice period:"), m_notice, this), noticeRow);
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
    m_reload = addReloadButton(m_buttons, tr("Reloa&d"),
                               tr("Show the contract as it is now saved, without your edits"),
                               u"contractReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &ContractDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_reference, m_title, m_fee })
        connect(edit, &QLineEdit::textChanged, this, &ContractDialog::revalidate);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ContractDialog::revalidate);
    for (QSpinBox *spin : { m_hours, m_renewalMonths, m_notice })
        connect(spin, &QSpinBox::valueChanged, this, &ContractDialog::revalidate);
    for (QDateEdit *date : { m_start, m_end })
        connect(date, &QDateEdit::dateChanged, this, &ContractDialog::revalidate);
    for (QCheckBox *box : { m_hasEnd, m_autoRenew })
        connect(box, &QCheckBox::toggled, this, &ContractDialog::revalidate);
    fill(contract);
    resize(sizeHint().expandedTo(QSize(560, 0)));
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
    m_start->setDate(contract.start.isValid() ? contract.start : QDate::currentDate());
    m_hasEnd->setChecked(contract.end.isValid() || contract.id == 0);
    m_end->setDate(contract.end.isValid() ? contract.end : m_start->date().addYears(1).addDays(-1));
    m_autoRenew->setChecked(contract.autoRenew);
    m_renewalMonths->setValue(contract.renewalMonths > 0 ? contract.renewalMonths : 12);
    m_notice->setValue(contract.noticeDays);
    m_scope->setPlainText(contract.scope);
    m_clause->setPlainText(contract.terminationClause);
    revalidate();
}

void ContractDialog::reload()
{
    reloadRecord(ContractService(m_db), m_original.id, m_problemLabel, m_reload,
                 [this](const Contract &now) { fill(now); });
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
    c.start = m_start->date();
    c.end = m_hasEnd->isChecked() ? m_end->date() : QDate();
    c.autoRenew = m_autoRenew->isChecked();
    c.renewalMonths = c.autoRenew ? m_renewalMonths->value() : 0;
    c.noticeDays = m_notice->value();
    c.scope = m_scope->toPlainText().trimmed();
    c.terminationClause = m_clause->toPlainText().trimmed();
    return c;
}

void ContractDialog::revalidate()
{
    const BillingModel model = BillingModel(m_model->currentData().toInt());
    m_feeUnit->setText(model == BillingModel::Retainer     ? tr("per month")
                           : model == BillingModel::Hourly ? tr("per hour, for")
                                                           : tr("in total"));
    m_hours->setVisible(model == BillingModel::Hourly);
    m_end->setEnabled(m_hasEnd->isChecked());
    m_renewalMonths->setEnabled(m_autoRenew->isChecked());

    const Contract c = contract();
    m_problems = ContractService::validate(c);
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
