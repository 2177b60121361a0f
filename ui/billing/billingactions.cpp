#include "billingactions.h"

#include "billing/billingdesk.h"
#include "billing/invoicelineseditor.h"
#include "billing/paymentdialog.h"
#include "domain/billingsettings.h"
#include "domain/invoicerules.h"
#include "domain/money.h"
#include "services/invoiceservice.h"
#include "services/settingsservice.h"
#include "userprompts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The texts of the billing actions.
struct BillingTexts
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingTexts)
};

} // namespace

namespace billing {

QString describe(const Invoice &invoice, const QString &accountName)
{
    if (!invoice.number.isEmpty())
        return invoice.number;
    return accountName.isEmpty() ? BillingTexts::tr("this draft")
                                 : BillingTexts::tr("the draft for %1").arg(accountName);
}

bool confirmIssue(const BillingDesk &desk, const QList<Invoice> &invoices, QWidget *parent)
{
    Q_UNUSED(parent)
    if (invoices.isEmpty())
        return false;
    const auto settings = SettingsService(*desk.database()).billingSettings();
    const QString pattern = settings ? settings->invoicePattern : BillingSettings().invoicePattern;
    if (invoices.size() == 1) {
        const Invoice &invoice = invoices.first();
        const auto parsed = NumberPattern::parse(pattern);
        // "INV/2026/…": the number itself is given when it is issued.
        QString number = parsed ? parsed->placeholder(invoice.date.year()) : pattern;
        static const QRegularExpression lastZeros(u"0+(?!.*0)"_s);
        number.replace(lastZeros, u"…"_s);
        return desk.prompts().ask(
            BillingTexts::tr("Issue Invoice"),
            BillingTexts::tr(
                "Issue %1 for %2? It gets its number and cannot be changed afterwards.")
                .arg(number, Money(invoice.totalMinor, invoice.currency).format()));
    }
    QMap<QString, qint64> totals;
    for (const Invoice &invoice : invoices)
        totals[invoice.currency] += invoice.totalMinor;
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(Money(it.value(), it.key()).format());
    return desk.prompts().ask(
        BillingTexts::tr("Issue Invoices"),
        BillingTexts::tr("Issue %1 invoices, %2 in all? They get their numbers and cannot be "
                         "changed afterwards.")
            .arg(QLocale().toString(qint64(invoices.size())), QLocale().createSeparatedList(sums)));
}

bool deleteDraft(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
{
    Q_UNUSED(parent)
    if (invoice.id == 0 || invoice.state != InvoiceState::Draft)
        return false;
    if (!desk.prompts().ask(BillingTexts::tr("Delete Draft"),
                            BillingTexts::tr("Delete this draft of %1? What it bills can be billed "
                                             "again.")
                                .arg(Money(invoice.totalMinor, invoice.currency).format())))
        return false;
    if (const Status ok = InvoiceService(*desk.database()).deleteDraft(invoice.id); !ok) {
        desk.prompts().message(QMessageBox::Warning, BillingTexts::tr("Delete Draft"), ok.error());
        return false;
    }
    desk.notifyChanged();
    return true;
}

bool voidInvoice(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
{
    VoidDialog dialog(invoice.number, parent);
    if (desk.exec(dialog) != QDialog::Accepted)
        return false;
    const Status ok = InvoiceService(*desk.database())
                          .voidInvoice(invoice.id, dialog.reason(), QDate::currentDate());
    if (!ok) {
        desk.prompts().message(QMessageBox::Warning, BillingTexts::tr("Void Invoice"), ok.error());
        return false;
    }
    desk.notifyChanged();
    return true;
}

bool creditNote(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
{
    CreditNoteDialog dialog(desk, invoice, parent);
    return desk.exec(dialog) == QDialog::Accepted;
}

bool recordPayment(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
{
    PaymentDialog dialog(desk, invoice, parent);
    return desk.exec(dialog) == QDialog::Accepted;
}

} // namespace billing

VoidDialog::VoidDialog(const QString &number, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"voidDialog"_s);
    setWindowTitle(tr("Void %1").arg(number));
    auto *what = new QLabel(tr("%1 keeps its number and is marked void with the reason; its "
                               "revenue is taken out of the month it was booked in, and what it "
                               "billed can be billed again.")
                                .arg(number),
                            this);
    what->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why it is void (required), e.g. billed to the wrong client"));
    auto *label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_void = buttons->addButton(tr("&Void"), QDialogButtonBox::AcceptRole);
    m_void->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_void->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 260);
}

QString VoidDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

CreditNoteDialog::CreditNoteDialog(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_invoice(invoice)
{
    setObjectName(u"creditNoteDialog"_s);
    setWindowTitle(tr("Credit Note for %1").arg(invoice.number));
    const auto settings = SettingsService(*desk.database()).billingSettings();
    const BillingSettings billing = settings ? *settings : BillingSettings();
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(invoice.date);
    m_date->setAccessibleName(tr("Date"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_lines = new InvoiceLinesEditor(this);
    m_lines->setTax(billing.taxRateBp, billing.taxLabel);
    m_lines->setCurrency(invoice.currency);
    QList<InvoiceLine> lines;
    for (InvoiceLine line : invoice.lines) {
        // What the credit note credits, as positive amounts; stored negative by the service.
        line.id = 0;
        line.source = LineSource::Credit;
        line.billingKey.clear();
        line.timeEntryIds.clear();
        line.instalmentId.reset();
        lines.append(line);
    }
    m_lines->setLines(lines);
    auto *add = new QPushButton(tr("Ne&w Line"), this);
    auto *remove = new QPushButton(tr("Re&move Line"), this);
    m_total = new QLabel(this);
    m_total->setObjectName(u"creditTotal"_s);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b03a2e"_s);
    m_problem->hide();
    auto *form = new QFormLayout;
    auto *intro = new QLabel(tr("Credits part or all of %1 with a credit note of its own "
                                "number. Remove or change the lines it does not credit.")
                                 .arg(invoice.number),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Issue Credit Note"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, m_lines, &InvoiceLinesEditor::addLine);
    connect(remove, &QPushButton::clicked, m_lines, &InvoiceLinesEditor::removeCurrentLine);
    connect(m_lines, &InvoiceLinesEditor::changed, this, &CreditNoteDialog::updateTotal);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTotal();
    resize(820, 480);
}

void CreditNoteDialog::updateTotal()
{
    Invoice credit;
    credit.currency = m_invoice.currency;
    credit.pricesIncludeTax = m_invoice.pricesIncludeTax;
    QString problem;
    if (auto lines = m_lines->lines()) {
        credit.lines = *lines;
        if (const Status ok = InvoiceRules::total(credit); !ok)
            problem = ok.error();
    } else {
        problem = lines.error();
    }
    m_total->setText(tr("Credited, tax included: %1")
                         .arg(Money(credit.totalMinor, m_invoice.currency).format()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void CreditNoteDialog::accept()
{
    const QString reason = m_reason->toPlainText().simplified();
    QString problem;
    auto lines = m_lines->lines();
    if (!lines)
        problem = lines.error();
    else if (lines->isEmpty())
        problem = tr("Keep at least one line to credit.");
    else if (reason.isEmpty())
        problem = tr("Say why the invoice is credited: the reason is printed on the credit note.");
    if (problem.isEmpty()) {
        if (!m_desk.prompts().ask(tr("Issue Credit Note"),
                                  tr("Issue a credit note for %1? It gets its number and cannot "
                                     "be changed afterwards.")
                                      .arg(m_invoice.number))) {
            return;
        }
        const auto number = InvoiceService(*m_desk.database())
                                .creditNote(m_invoice.id, *lines, m_date->date(), reason);
        if (number) {
            m_number = *number;
            m_desk.notifyChanged();
            QDialog::accept();
            return;
        }
        problem = number.error();
    }
    m_problem->setText(problem);
    m_problem->setVisible(true);
}

} // namespace cd
