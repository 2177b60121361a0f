#include "invoicedialog.h"

#include "billing/billingactions.h"
#include "billing/billingdesk.h"
#include "billing/invoicelineseditor.h"
#include "dialogs/currencychoice.h"
#include "domain/billingsettings.h"
#include "domain/invoicerules.h"
#include "domain/money.h"
#include "models/invoicelistmodel.h"
#include "services/accountservice.h"
#include "services/invoiceservice.h"
#include "services/settingsservice.h"
#include "time/workchooser.h"
#include "userprompts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

InvoiceDialog::InvoiceDialog(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_invoice(invoice)
{
    setObjectName(u"invoiceDialog"_s);
    Database &db = *m_desk.database();
    const auto settings = SettingsService(db).billingSettings();
    m_taxRateBp = settings ? settings->taxRateBp : BillingSettings().taxRateBp;
    m_taxName = settings ? settings->taxLabel : BillingSettings().taxLabel;
    buildFields();
    buildButtons();
    if (m_invoice.id != 0) {
        reread();
    } else {
        if (!m_invoice.date.isValid())
            m_invoice.date = QDate::currentDate();
        if (const auto defaults = InvoiceService(db).withDefaults(m_invoice))
            m_invoice = *defaults;
        show(m_invoice);
    }
    resize(900, 640);
}

void InvoiceDialog::buildFields()
{
    m_work = new WorkChooser(*m_desk.database(), false, this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Invoice date"));
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    m_currency = currencychoice::create(this);
    m_currency->setAccessibleName(tr("Currency"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_lines = new InvoiceLinesEditor(this);
    m_lines->setTax(m_taxRateBp, m_taxName);
    m_addLine = new QPushButton(tr("Ne&w Line"), this);
    m_removeLine = new QPushButton(tr("Re&move Line"), this);
    m_net = new QLabel(this);
    m_net->setObjectName(u"invoiceNet"_s);
    m_tax = new QLabel(this);
    m_tax->setObjectName(u"invoiceTax"_s);
    m_total = new QLabel(this);
    m_total->setObjectName(u"invoiceTotal"_s);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(u"invoiceState"_s);
    m_state->setWordWrap(true);
    m_state->setFont(bold);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"invoiceProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b03a2e"_s);
    m_problem->hide();
    m_payments = new QTreeWidget(this);
    m_payments->setObjectName(u"invoicePayments"_s);
    m_payments->setAccessibleName(tr("Payments"));
    m_payments->setRootIsDecorated(false);
    m_payments->setHeaderLabels({ tr("Paid on"), tr("Amount"), tr("Method"), tr("Reference") });
    m_payments->setFixedHeight(m_payments->fontMetrics().lineSpacing() * 5 + 12);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_date);
    auto *dueLabel = new QLabel(tr("D&ue:"), this);
    dueLabel->setBuddy(m_due);
    dates->addSpacing(12);
    dates->addWidget(dueLabel);
    dates->addWidget(m_due);
    auto *currencyLabel = new QLabel(tr("Currenc&y:"), this);
    currencyLabel->setBuddy(m_currency);
    dates->addSpacing(12);
    dates->addWidget(currencyLabel);
    dates->addWidget(m_currency);
    dates->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_state);
    form->addRow(m_work);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dates);
    form->addRow(tr("&Notes:"), m_notes);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    auto *totals = new QFormLayout;
    totals->setLabelAlignment(Qt::AlignRight);
    totals->addRow(tr("Before tax:"), m_net);
    totals->addRow(tr("Tax:"), m_tax);
    totals->addRow(tr("Total:"), m_total);
    for (QLabel *label : { m_net, m_tax, m_total })
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    lineButtons->addLayout(totals);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *linesLabel = new QLabel(tr("&Lines:"), this);
    linesLabel->setBuddy(m_lines);
    layout->addWidget(linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    auto *paymentsLabel = new QLabel(tr("Payments:"), this);
    paymentsLabel->setObjectName(u"paymentsLabel"_s);
    layout->addWidget(paymentsLabel);
    layout->addWidget(m_payments);
    layout->addWidget(m_problem);

    connect(m_work, &WorkChooser::changed, this, &InvoiceDialog::workChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &InvoiceDialog::dateChanged);
    connect(m_due, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            m_dueTouched = true;
    });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] {
        m_lines->setCurrency(currencychoice::code(m_currency));
        updateTotals();
    });
    connect(m_lines, &InvoiceLinesEditor::changed, this, &InvoiceDialog::updateTotals);
    connect(m_addLine, &QPushButton::clicked, m_lines, &InvoiceLinesEditor::addLine);
    connect(m_removeLine, &QPushButton::clicked, m_lines, &InvoiceLinesEditor::removeCurrentLine);
}

void InvoiceDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save Draft"), QDialogButtonBox::AcceptRole);
    m_issue = buttons->addButton(tr("&Issue…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("Delete Dra&ft"), QDialogButtonBox::DestructiveRole);
    m_void = buttons->addButton(tr("&Void…"), QDialogButtonBox::ActionRole);
    m_credit = buttons->addButton(tr("Cr&edit Note…"), QDialogButtonBox::ActionRole);
    m_pay = buttons->addButton(tr("Record &Payment…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("Pr&int…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_issue->setToolTip(tr("Give the invoice its number and book its revenue"));
    m_void->setToolTip(tr("Cancel the invoice: it keeps its number, its revenue is taken out"));
    m_credit->setToolTip(tr("Correct the invoice by a credit note with its own number"));
    qobject_cast<QVBoxLayout *>(layout())->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            accept();
    });
    connect(m_issue, &QPushButton::clicked, this, &InvoiceDialog::issue);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (deleteDraft())
            accept();
    });
    connect(m_void, &QPushButton::clicked, this, &InvoiceDialog::voidInvoice);
    connect(m_credit, &QPushButton::clicked, this, &InvoiceDialog::creditNote);
    connect(m_pay, &QPushButton::clicked, this, &InvoiceDialog::recordPayment);
    connect(m_print, &QPushButton::clicked, this,
            [this] { m_desk.printInvoice(m_invoice.id, this); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void InvoiceDialog::reread()
{
    const auto stored = InvoiceService(*m_desk.database()).get(m_invoice.id);
    if (!stored) {
        setProblem(stored.error());
        show(m_invoice);
        return;
    }
    m_invoice = *stored;
    show(m_invoice);
}

void InvoiceDialog::show(const Invoice &invoice)
{
    m_filling = true;
    m_work->setWork(invoice.accountId, invoice.contractId.value_or(0));
    m_date->setDate(invoice.date);
    m_due->setDate(invoice.dueDate.isValid() ? invoice.dueDate : invoice.date);
    currencychoice::select(m_currency, invoice.currency);
    m_lines->setCurrency(invoice.currency);
    m_notes->setPlainText(invoice.notes);
    m_lines->setLines(invoice.lines);
    m_filling = false;
    // A stored draft's due date was chosen (or followed) already: it stays unless the terms
    // change with the work.
    m_dueTouched = invoice.id != 0 && invoice.dueDate.isValid();
    updateState();
    updateTotals();
}

void InvoiceDialog::workChanged()
{
    if (m_filling)
        return;
    // The currency and the due date follow the client and contract (until typed over).
    Invoice draft = m_invoice;
    draft.accountId = m_work->accountId();
    draft.contractId
        = m_work->contractId() != 0 ? std::optional(m_work->contractId()) : std::nullopt;
    draft.date = m_date->date();
    draft.currency.clear();
    draft.dueDate = QDate();
    draft.lines.clear();
    if (draft.accountId == 0)
        return;
    const auto defaults = InvoiceService(*m_desk.database()).withDefaults(draft);
    if (!defaults)
        return;
    m_filling = true;
    if (m_invoice.lines.isEmpty() || m_lines->rowCount() == 0)
        currencychoice::select(m_currency, defaults->currency);
    m_lines->setCurrency(currencychoice::code(m_currency));
    m_dueTouched = false;
    m_due->setDate(defaults->dueDate);
    m_filling = false;
    updateTotals();
}

void InvoiceDialog::dateChanged()
{
    if (m_filling || m_dueTouched)
        return;
    Invoice draft = invoice();
    draft.dueDate = QDate();
    draft.lines.clear();
    if (draft.accountId == 0)
        return;
    if (const auto defaults = InvoiceService(*m_desk.database()).withDefaults(draft)) {
        m_filling = true;
        m_due->setDate(defaults->dueDate);
        m_filling = false;
    }
}

Invoice InvoiceDialog::invoice(QString *problem) const
{
    Invoice invoice = m_invoice;
    invoice.accountId = m_work->accountId();
    invoice.contractId
        = m_work->contractId() != 0 ? std::optional(m_work->contractId()) : std::nullopt;
    invoice.date = m_date->date();
    invoice.dueDate = m_due->date();
    invoice.currency = currencychoice::code(m_currency);
    invoice.notes = m_notes->toPlainText().trimmed();
    QString sentence;
    if (auto lines = m_lines->lines()) {
        invoice.lines = *lines;
        if (const Status ok = InvoiceRules::total(invoice); !ok)
            sentence = ok.error();
    } else {
        sentence = lines.error();
    }
    if (sentence.isEmpty() && invoice.accountId == 0)
        sentence
            = m_work->problem().isEmpty() ? tr("Choose the client to bill.") : m_work->problem();
    if (problem)
        *problem = sentence;
    return invoice;
}

void InvoiceDialog::updateTotals()
{
    if (m_filling)
        return;
    QString problem;
    const Invoice shown = m_invoice.state == InvoiceState::Draft ? invoice(&problem) : m_invoice;
    const QString currency = shown.currency.isEmpty() ? u"USD"_s : shown.currency;
    m_net->setText(Money(shown.netMinor, currency).format());
    m_tax->setText(Money(shown.taxMinor, currency).format());
    m_total->setText(Money(shown.totalMinor, currency).format());
    if (m_invoice.state == InvoiceState::Draft)
        setProblem(problem);
}

void InvoiceDialog::updateState()
{
    const bool draft = m_invoice.state == InvoiceState::Draft;
    const bool stored = m_invoice.id != 0;
    const bool credit = m_invoice.series == InvoiceSeries::CreditNote;
    const QString firstNumber
        = stored && !m_invoice.number.isEmpty() ? m_invoice.number : QString();
    QString title;
    if (!stored)
        title = tr("New Invoice");
    else if (draft)
        title = tr("Draft Invoice");
    else
        title = (credit ? tr("Credit Note %1") : tr("Invoice %1")).arg(firstNumber);
    setWindowTitle(title);
    QString state;
    if (draft) {
        state = stored ? tr("Draft: it gets its number when it is issued.")
                       : tr("New draft: it gets its number when it is issued.");
    } else {
        InvoiceService::Row row;
        row.state = m_invoice.state;
        row.creditNote = credit;
        row.daysOverdue = InvoiceRules::daysOverdue(m_invoice, QDate::currentDate());
        state = tr("%1 %2 — %3")
                    .arg(title, InvoiceListModel::stateText(row),
                         tr("issued on %1, due on %2")
                             .arg(QLocale().toString(m_invoice.date, QLocale::ShortFormat),
                                  QLocale().toString(m_invoice.dueDate, QLocale::ShortFormat)));
        if (m_invoice.state == InvoiceState::Void)
            state += u'\n'
                + tr("Voided on %1: %2")
                      .arg(QLocale().toString(m_invoice.voidedOn, QLocale::ShortFormat),
                           m_invoice.voidReason);
        if (row.daysOverdue > 0)
            m_state->setStyleSheet(u"color: #b03a2e"_s);
    }
    m_state->setText(state);
    for (QWidget *field : std::initializer_list<QWidget *> { m_work, m_date, m_due, m_currency })
        field->setEnabled(draft);
    m_addLine->setVisible(draft);
    m_removeLine->setVisible(draft);
    m_notes->setReadOnly(!draft);
    m_lines->setReadOnly(!draft);
    m_save->setVisible(draft);
    m_issue->setVisible(draft);
    m_delete->setVisible(draft);
    m_delete->setEnabled(stored);
    const bool open
        = m_invoice.state == InvoiceState::Issued || m_invoice.state == InvoiceState::PartlyPaid;
    m_void->setVisible(!draft);
    m_void->setEnabled(m_invoice.state == InvoiceState::Issued && m_invoice.paidMinor == 0);
    if (!m_void->isEnabled() && m_invoice.paidMinor != 0)
        m_void->setToolTip(tr("An invoice with payments cannot be voided: issue a credit note."));
    m_credit->setVisible(!draft && !credit);
    m_credit->setEnabled(open || m_invoice.state == InvoiceState::Paid);
    m_pay->setVisible(!draft && !credit);
    m_pay->setEnabled(open);
    m_print->setVisible(!draft);
    m_print->setEnabled(m_desk.canPrint());
    m_payments->setVisible(stored && !draft);
    if (QLabel *label = findChild<QLabel *>(u"paymentsLabel"_s))
        label->setVisible(stored && !draft);
    fillPayments();
}

void InvoiceDialog::fillPayments()
{
    m_payments->clear();
    if (m_invoice.id == 0 || m_invoice.state == InvoiceState::Draft)
        return;
    const auto payments = InvoiceService(*m_desk.database()).payments(m_invoice.id);
    if (!payments) {
        setProblem(payments.error());
        return;
    }
    for (const Payment &payment : *payments) {
        qint64 here = payment.amountMinor;
        for (const Payment::Allocation &allocation : payment.allocations) {
            if (allocation.invoiceId == m_invoice.id)
                here = allocation.amountMinor;
        }
        auto *item = new QTreeWidgetItem(m_payments);
        item->setText(0, QLocale().toString(payment.date, QLocale::ShortFormat));
        item->setText(1, Money(here, payment.currency).format());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, payment.method);
        item->setText(3, payment.reference);
        if (here != payment.amountMinor)
            item->setToolTip(
                1,
                tr("%1 of a payment of %2")
                    .arg(item->text(1), Money(payment.amountMinor, payment.currency).format()));
    }
    for (int column = 0; column < m_payments->columnCount(); ++column)
        m_payments->resizeColumnToContents(column);
    if (payments->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_payments);
        item->setText(0, tr("No payments yet."));
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void InvoiceDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool InvoiceDialog::saveDraft()
{
    QString problem;
    Invoice draft = invoice(&problem);
    InvoiceService service(*m_desk.database());
    if (problem.isEmpty()) {
        const auto checked = service.draftProblem(draft);
        problem = checked ? *checked : checked.error();
    }
    setProblem(problem);
    if (!problem.isEmpty())
        return false;
    if (draft.id == 0) {
        const auto created = service.createDraft(draft);
        if (!created) {
            setProblem(created.error());
            return false;
        }
        draft.id = *created;
    } else if (const Status ok = service.updateDraft(draft); !ok) {
        setProblem(ok.error());
        return false;
    }
    m_invoice.id = draft.id;
    m_desk.notifyChanged();
    return true;
}

bool InvoiceDialog::issue()
{
    QString problem;
    const Invoice draft = invoice(&problem);
    if (problem.isEmpty())
        problem = InvoiceRules::issueProblem(draft);
    setProblem(problem);
    if (!problem.isEmpty())
        return false;
    if (!billing::confirmIssue(m_desk, { draft }, this) || !saveDraft())
        return false;
    const auto numbers = InvoiceService(*m_desk.database()).issue({ m_invoice.id });
    if (!numbers) {
        setProblem(numbers.error());
        reread();
        return false;
    }
    m_desk.notifyChanged();
    reread();
    return true;
}

bool InvoiceDialog::deleteDraft()
{
    if (!billing::deleteDraft(m_desk, m_invoice, this))
        return false;
    return true;
}

bool InvoiceDialog::voidInvoice()
{
    if (!billing::voidInvoice(m_desk, m_invoice, this))
        return false;
    reread();
    return true;
}

bool InvoiceDialog::creditNote()
{
    if (!billing::creditNote(m_desk, m_invoice, this))
        return false;
    reread();
    return true;
}

bool InvoiceDialog::recordPayment()
{
    if (!billing::recordPayment(m_desk, m_invoice, this))
        return false;
    reread();
    return true;
}

} // namespace cd
