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
    : QDialog(parent)
    , m_desk(desk)
    , m_accountId(invoice.accountId)
    , m_currency(invoice.currency)
    , m_invoice(invoice)
{
    build();
}

PaymentDialog::PaymentDialog(BillingDesk &desk, qint64 accountId, const QString &currency,
                             QWidget *parent)
    : QDialog(parent), m_desk(desk), m_accountId(accountId), m_currency(currency)
{
    build();
}

void PaymentDialog::build()
{
    setObjectName(u"paymentDialog"_s);
    setWindowTitle(tr("Record Payment"));
    QString client;
    if (const auto account = AccountService(*m_desk.database()).get(m_accountId))
        client = account->name;
    auto *from = new QLabel(tr("From %1, in %2").arg(client, m_currency), this);
    from->setObjectName(u"paymentFrom"_s);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Paid on"));
    if (m_invoice)
        m_date->setMinimumDate(m_invoice->date);
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
    filter.accountId = m_accountId;
    const auto rows = InvoiceService(*m_desk.database()).list(filter, QDate::currentDate());
    if (!rows) {
        setProblem(rows.error());
        return;
    }
    for (const InvoiceService::Row &row : *rows) {
        if (!row.creditNote && row.currency == m_currency && row.owedMinor > 0
            && (row.state == InvoiceState::Issued || row.state == InvoiceState::PartlyPaid))
            m_open.append(row);
    }
    const qint64 chosen = m_invoice ? m_invoice->id : 0;
    std::stable_sort(m_open.begin(), m_open.end(), [chosen](const auto &a, const auto &b) {
        // The chosen invoice first, then the oldest.
        if ((a.id == chosen) != (b.id == chosen))
            return a.id == chosen;
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
    m_filling = false;
    if (!m_invoice) {
        // From the receivables: the amount received is typed, and goes to the oldest first.
        m_amount->setFocus();
        if (m_open.isEmpty())
            setProblem(nothingOwed());
        return;
    }
    // What the chosen invoice owes, to start with.
    const qint64 owed = m_open.isEmpty() || m_open.first().id != m_invoice->id
        ? m_invoice->totalMinor - m_invoice->paidMinor
        : m_open.first().owedMinor;
    m_amount->setText(Money(owed, m_currency).formatNumber());
}

void PaymentDialog::allocate()
{
    const auto amount = Money::parseLocalized(m_amount->text(), m_currency, QLocale());
    qint64 left = amount ? amount->minorUnits() : 0;
    m_filling = true;
    for (int row = 0; row < m_open.size(); ++row) {
        const qint64 here = std::clamp<qint64>(left, 0, m_open.at(row).owedMinor);
        left -= here;
        m_allocations->item(row, Allocated)
            ->setText(here == 0 ? QString() : Money(here, m_currency).formatNumber());
    }
    m_filling = false;
}

Payment PaymentDialog::payment(QString *problem) const
{
    Payment payment;
    payment.accountId = m_accountId;
    payment.currency = m_currency;
    payment.date = m_date->date();
    payment.method = m_method->currentText().trimmed();
    payment.reference = m_reference->text().trimmed();
    QString sentence;
    const auto amount = Money::parseLocalized(m_amount->text(), m_currency, QLocale());
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
        const auto allocated = Money::parseLocalized(text, m_currency, QLocale());
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
                       .arg(Money(allocatedSum, m_currency).format(),
                            Money(payment.amountMinor, m_currency).format());
    }
    if (sentence.isEmpty() && allocatedSum != payment.amountMinor) {
        // Allocated automatically and the amount is more than is owed: one allocation of the
        // whole amount to the chosen (or oldest) invoice, which the service refuses with its
        // sentence.
        if (m_invoice)
            payment.allocations = { { m_invoice->id, payment.amountMinor } };
        else if (!m_open.isEmpty())
            payment.allocations = { { m_open.first().id, payment.amountMinor } };
        else
            sentence = nothingOwed();
    }
    if (problem)
        *problem = sentence;
    return payment;
}

QString PaymentDialog::nothingOwed() const
{
    return tr("Nothing is owed in %1: there is no open invoice to record a payment against.")
        .arg(m_currency);
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
