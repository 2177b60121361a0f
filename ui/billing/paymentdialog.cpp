#include "paymentdialog.h"

#include "billing/billingdesk.h"
#include "domain/money.h"
#include "services/accountservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

PaymentDialog::PaymentDialog(BillingDesk &desk, const Invoice &invoice, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_invoice(invoice)
{
    setObjectName(u"paymentDialog"_s);
    setWindowTitle(tr("Record Payment"));
    QString client;
    if (const auto account = AccountService(*m_desk.database()).get(invoice.accountId))
        client = account->name;
    auto *from = new QLabel(tr("From %1, in %2").arg(client, invoice.currency), this);
    from->setObjectName(u"paymentFrom"_s);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Paid on"));
    m_date->setMinimumDate(invoice.date);
    m_amount = new QLineEdit(this);
    m_amount->setAccessibleName(tr("Amount"));
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->setAccessibleName(tr("Method"));
    m_method->addItems({ tr("bank transfer"), tr("cash"), tr("card"), tr("cheque") });
    m_reference = new QLineEdit(this);
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("e.g. the bank's transaction number"));
    m_allocations = new QTableWidget(0, ColumnCount, this);
    m_allocations->setObjectName(u"paymentAllocations"_s);
    m_allocations->setAccessibleName(tr("Allocation"));
    m_allocations->setHorizontalHeaderLabels(
        { tr("Invoice"), tr("Date"), tr("Due"), tr("Owed"), tr("Allocated") });
    m_allocations->verticalHeader()->hide();
    m_allocations->horizontalHeader()->setSectionResizeMode(Number, QHeaderView::Stretch);
    m_allocations->setTabKeyNavigation(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"paymentProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b03a2e"_s);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(from);
    form->addRow(tr("Paid &on:"), m_date);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    auto *allocationLabel = new QLabel(tr("A&llocated to:"), this);
    allocationLabel->setBuddy(m_allocations);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(allocationLabel);
    layout->addWidget(m_allocations, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        if (!m_allocationsTouched)
            allocate();
    });
    connect(m_allocations, &QTableWidget::cellChanged, this, [this] {
        if (!m_filling)
            m_allocationsTouched = true;
    });
    fillOpenInvoices();
    allocate();
    resize(620, 460);
}

void PaymentDialog::fillOpenInvoices()
{
    InvoiceService::Filter filter;
    filter.accountId = m_invoice.accountId;
    const auto rows = InvoiceService(*m_desk.database()).list(filter, QDate::currentDate());
    if (!rows) {
        setProblem(rows.error());
        return;
    }
    for (const InvoiceService::Row &row : *rows) {
        if (!row.creditNote && row.currency == m_invoice.currency && row.owedMinor > 0
            && (row.state == InvoiceState::Issued || row.state == InvoiceState::PartlyPaid))
            m_open.append(row);
    }
    std::stable_sort(m_open.begin(), m_open.end(), [this](const auto &a, const auto &b) {
        // The chosen invoice first, then the oldest.
        if ((a.id == m_invoice.id) != (b.id == m_invoice.id))
            return a.id == m_invoice.id;
        return std::tuple(a.dueDate, a.date, a.id) < std::tuple(b.dueDate, b.date, b.id);
    });
    m_filling = true;
    m_allocations->setRowCount(int(m_open.size()));
    for (int row = 0; row < m_open.size(); ++row) {
        const InvoiceService::Row &open = m_open.at(row);
        const auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        m_allocations->setItem(row, Number, fixed(open.number));
        m_allocations->setItem(row, Date,
                               fixed(QLocale().toString(open.date, QLocale::ShortFormat)));
        m_allocations->setItem(row, Due,
                               fixed(QLocale().toString(open.dueDate, QLocale::ShortFormat)));
        auto *owed = fixed(Money(open.owedMinor, open.currency).format());
        owed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_allocations->setItem(row, Owed, owed);
        auto *allocated = new QTableWidgetItem;
        allocated->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_allocations->setItem(row, Allocated, allocated);
    }
    m_allocations->resizeColumnsToContents();
    m_allocations->horizontalHeader()->setSectionResizeMode(Number, QHeaderView::Stretch);
    // What the chosen invoice owes, to start with.
    const qint64 owed = m_open.isEmpty() || m_open.first().id != m_invoice.id
        ? m_invoice.totalMinor - m_invoice.paidMinor
        : m_open.first().owedMinor;
    m_amount->setText(Money(owed, m_invoice.currency).formatNumber());
    m_filling = false;
}

void PaymentDialog::allocate()
{
    const auto amount = Money::parseLocalized(m_amount->text(), m_invoice.currency, QLocale());
    qint64 left = amount ? amount->minorUnits() : 0;
    m_filling = true;
    for (int row = 0; row < m_open.size(); ++row) {
        const qint64 here = std::clamp<qint64>(left, 0, m_open.at(row).owedMinor);
        left -= here;
        m_allocations->item(row, Allocated)
            ->setText(here == 0 ? QString() : Money(here, m_invoice.currency).formatNumber());
    }
    m_filling = false;
}

Payment PaymentDialog::payment(QString *problem) const
{
    Payment payment;
    payment.accountId = m_invoice.accountId;
    payment.currency = m_invoice.currency;
    payment.date = m_date->date();
    payment.method = m_method->currentText().trimmed();
    payment.reference = m_reference->text().trimmed();
    QString sentence;
    const auto amount = Money::parseLocalized(m_amount->text(), m_invoice.currency, QLocale());
    if (!amount)
        sentence = amount.error();
    else if (amount->minorUnits() <= 0)
        sentence = tr("Type the amount received; it must be more than zero.");
    else
        payment.amountMinor = amount->minorUnits();
    qint64 allocatedSum = 0;
    for (int row = 0; row < m_open.size() && sentence.isEmpty(); ++row) {
        const QString text = m_allocations->item(row, Allocated)->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto allocated = Money::parseLocalized(text, m_invoice.currency, QLocale());
        if (!allocated) {
            sentence = tr("%1: %2").arg(m_open.at(row).number, allocated.error());
            break;
        }
        if (allocated->minorUnits() == 0)
            continue;
        payment.allocations.append({ m_open.at(row).id, allocated->minorUnits() });
        allocatedSum += allocated->minorUnits();
    }
    // More than every open invoice owes: no allocation covers it; the service says why.
    if (sentence.isEmpty() && allocatedSum != payment.amountMinor && !payment.allocations.isEmpty()
        && m_allocationsTouched) {
        sentence = tr("The allocations add up to %1, the payment is %2: make them equal.")
                       .arg(Money(allocatedSum, m_invoice.currency).format(),
                            Money(payment.amountMinor, m_invoice.currency).format());
    }
    if (sentence.isEmpty() && allocatedSum != payment.amountMinor) {
        // Allocated automatically and the amount is more than is owed: one allocation of the
        // whole amount to the invoice, which the service refuses with its sentence.
        payment.allocations = { { m_invoice.id, payment.amountMinor } };
    }
    if (problem)
        *problem = sentence;
    return payment;
}

void PaymentDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PaymentDialog::accept()
{
    QString problem;
    const Payment paid = payment(&problem);
    setProblem(problem);
    if (!problem.isEmpty())
        return;
    const auto recorded = InvoiceService(*m_desk.database()).recordPayment(paid);
    if (!recorded) {
        setProblem(recorded.error());
        return;
    }
    m_savedId = *recorded;
    m_desk.notifyChanged();
    QDialog::accept();
}

} // namespace cd
