// The client page's Contracts tab: the contracts table and New, Edit, Sign, Renew, Terminate
// and Delete, each recorded on the page's undo stack (see clientpage.cpp for the rest).

#include "views/clientpage.h"

#include "domain/contractrules.h"
#include "domain/isodate.h"
#include "domain/timerules.h"
#include "services/contractservice.h"
#include "services/currencyservice.h"
#include "views/contracthourspanel.h"
#include "views/pagetables.h"
#include "views/undosteps.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

using namespace pagetables;

namespace {

/// The fee in the contract's own currency; in another than the firm's, with its value at
/// today's rate beside it ("USD 1,000.00 (Rp 16,245,500.00) per month"), or a word that the
/// currency has no rate yet.
QString feeText(const Contract &c, const RateTable &rates, const QDate &today)
{
    QString fee = c.fee.format();
    if (!rates.firmCurrency().isEmpty() && c.fee.currency() != rates.firmCurrency()) {
        if (const auto converted = rates.convert(c.fee.minorUnits(), c.fee.currency(), today))
            fee = ClientPage::tr("%1 (%2)").arg(fee,
                                                Money(*converted, rates.firmCurrency()).format());
        else
            fee = ClientPage::tr("%1 (no %2 rate yet)").arg(fee, c.fee.currency());
    }
    switch (c.billingModel) {
    case BillingModel::Retainer:
        return c.includedMinutes > 0 ? ClientPage::tr("%1 per month, %2 h included")
                                           .arg(fee, TimeRules::formatDuration(c.includedMinutes))
                                     : ClientPage::tr("%1 per month").arg(fee);
    case BillingModel::Fixed:
        return c.budgetMinutes > 0 ? ClientPage::tr("%1 fixed, %2 h budget")
                                         .arg(fee, TimeRules::formatDuration(c.budgetMinutes))
                                   : ClientPage::tr("%1 fixed").arg(fee);
    case BillingModel::Hourly:
        return ClientPage::tr("%1 per hour, %2 h").arg(fee, QLocale().toString(c.estimatedHours));
    }
    return fee;
}

} // namespace

std::optional<ClientPage::Termination> ClientPage::askTerminationDialog(const Contract &contract)
{
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
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
}

QWidget *ClientPage::buildContractsTab()
{
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
    m_hours = new ContractHoursPanel(contractsTab);
    contractsLayout->addWidget(m_hours);
    contractsLayout->addWidget(m_contracts, 1);
    connect(m_newContract, &QPushButton::clicked, this, &ClientPage::newContract);
    connect(m_editContract, &QPushButton::clicked, this, &ClientPage::editContract);
    connect(m_signContract, &QPushButton::clicked, this, &ClientPage::signContract);
    connect(m_renewContract, &QPushButton::clicked, this, &ClientPage::renewContract);
    connect(m_terminateContract, &QPushButton::clicked, this, &ClientPage::terminateContract);
    connect(m_deleteContract, &QPushButton::clicked, this, &ClientPage::deleteContract);
    connect(m_contracts, &QTableWidget::itemSelectionChanged, this,
            &ClientPage::updateContractActions);
    connect(m_contracts, &QTableWidget::itemActivated, this, &ClientPage::editContract);
    return contractsTab;
}

void ClientPage::fillContracts()
{
    const auto contracts = ContractService(*m_db).listForAccount(m_accountId);
    m_contractList = contracts ? *contracts : QList<Contract>();
    // Fees in another currency show their value at today's rate.
    const auto loaded = CurrencyService(*m_db).rateTable();
    const RateTable rates = loaded ? *loaded : RateTable();
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
               { c.reference, c.title, feeText(c, rates, today), term, notice, renewal,
                 toLabel(c.status) },
               { 2 });
        if (c.status == ContractStatus::Active && deadline.isValid() && !c.autoRenew
            && today.daysTo(deadline) >= 0 && today.daysTo(deadline) <= 30) {
            m_contracts->item(r, 4)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
    m_contracts->resizeColumnsToContents();
    m_hours->setContracts(*m_db, m_contractList, today);
    updateContractActions();
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

void ClientPage::newContract()
{
    const Contract c = ContractService::draft(m_accountId, m_accountCurrency, QDate::currentDate());
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
        pushChange(tr("New contract %1").arg(created.reference),
                   undosteps::takeOut<ContractService>(m_db, kept),
                   undosteps::reinsert<ContractService>(m_db, kept));
    }
}

void ClientPage::pushContractChange(const QString &text, const Contract &before, qint64 id)
{
    const auto after = ContractService(*m_db).get(id);
    if (!after)
        return;
    auto [undo, redo] = undosteps::restore<ContractService>(m_db, before, *after);
    pushChange(text, std::move(undo), std::move(redo));
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
        = ContractService(*m_db).sign(before.id, QDate::currentDate(), before.rowVersion);
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
    const Status ok = ContractService(*m_db).renew(before.id, before.rowVersion);
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
    const Status ok = ContractService(*m_db).terminate(before.id, termination->on,
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
    const Status ok = ContractService(*m_db).remove(before.id);
    afterChange(ok ? QString() : ok.error());
    if (!ok)
        return;
    // Undo stores the contract again under its own id; redo deletes it again.
    auto kept = std::make_shared<Contract>(before);
    pushChange(tr("Delete contract %1").arg(before.reference),
               undosteps::reinsert<ContractService>(m_db, kept),
               undosteps::takeOut<ContractService>(m_db, kept));
}

} // namespace cd
