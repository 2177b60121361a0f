#include "views/clientinvoices.h"

#include "backgroundtask.h"
#include "billing/billingactions.h"
#include "billing/billingdesk.h"
#include "billing/invoicedelegate.h"
#include "billing/invoicedialog.h"
#include "domain/money.h"
#include "models/invoicelistmodel.h"
#include "services/workerconnection.h"
#include "userprompts.h"
#include "views/listviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kHeaderKey = u"clientPage/invoices/header"_s;

} // namespace

ClientInvoices::ClientInvoices(QWidget *parent)
    : QWidget(parent)
    , m_model(new InvoiceListModel(this))
    , m_load(std::make_unique<BackgroundTask>())
{
    setObjectName(u"clientInvoices"_s);
    m_new = new QPushButton(tr("New Invoice…"), this);
    m_new->setToolTip(tr("Write an invoice for this client by hand: contract, lines"));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setToolTip(tr("Open the selected invoice (or double-click it)"));
    m_pay = new QPushButton(tr("Record Payment…"), this);
    m_pay->setToolTip(tr("Record a payment of the selected invoice"));
    m_print = new QPushButton(tr("Print/PDF…"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"clientInvoicesSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_new, m_open, m_pay, m_print })
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_summary, 1);

    m_table = listviews::makeListTable(u"clientInvoicesTable"_s, this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new InvoiceDelegate(m_table));
    m_table->sortByColumn(InvoiceListModel::Date, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::DefaultContextMenu);
    // The client is the page's; the amounts before tax and the tax are on the invoice.
    for (int column : { InvoiceListModel::Client, InvoiceListModel::Net, InvoiceListModel::Tax })
        header->setSectionHidden(column, true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"clientInvoicesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &ClientInvoices::newInvoice);
    connect(m_open, &QPushButton::clicked, this, &ClientInvoices::openInvoice);
    connect(m_pay, &QPushButton::clicked, this, &ClientInvoices::recordPayment);
    connect(m_print, &QPushButton::clicked, this, &ClientInvoices::print);
    connect(m_table, &QTableView::doubleClicked, this, &ClientInvoices::openInvoice);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientInvoices::updateState);
    connect(m_load.get(), &BackgroundTask::finished, this, &ClientInvoices::loaded);
    // The columns as the user left them; fitted to the first invoices shown otherwise.
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    m_fitColumns = state.isEmpty() || !header->restoreState(state);
    updateState();
}

ClientInvoices::~ClientInvoices()
{
    // The read may still run: its result goes nowhere.
    m_load->disconnect(this);
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void ClientInvoices::setDesk(BillingDesk *desk)
{
    if (m_desk)
        m_desk->disconnect(this);
    m_desk = desk;
    if (m_desk)
        connect(m_desk, &BillingDesk::invoicesChanged, this, &ClientInvoices::reload);
    updateState();
}

void ClientInvoices::showAccount(Database *database, qint64 accountId)
{
    const bool other = database != m_db || accountId != m_accountId;
    m_db = database;
    m_accountId = accountId;
    if (other)
        m_model->setRows({});
    reload();
}

void ClientInvoices::reload()
{
    startLoad();
}

bool ClientInvoices::isLoading() const
{
    return m_load->isRunning();
}

bool ClientInvoices::waitForLoaded(int timeoutMs)
{
    return !m_load->isRunning() || m_load->waitForDone(timeoutMs);
}

void ClientInvoices::startLoad()
{
    if (!m_db || m_accountId == 0) {
        m_model->setRows({});
        m_empty->clear();
        m_summary->clear();
        updateState();
        return;
    }
    if (m_load->isRunning()) {
        m_loadAgain = true; // read again for what is asked now once this read ends
        return;
    }
    m_summary->setText(tr("Reading invoices…"));
    InvoiceService::Filter filter;
    filter.accountId = m_accountId;
    m_loadingAccount = m_accountId;
    auto loading = std::make_shared<Result<QList<InvoiceService::Row>>>(Error { QString() });
    m_loading = loading;
    const WorkerConnection connection(*m_db);
    m_load->start([connection, filter, loading](const BackgroundTask::Reporter &) {
        *loading = connection.run<QList<InvoiceService::Row>>([&filter](Database &database) {
            return InvoiceService(database).list(filter, QDate::currentDate());
        });
    });
}

void ClientInvoices::loaded()
{
    if (m_loadAgain || m_loadingAccount != m_accountId) {
        m_loadAgain = false;
        startLoad();
        return;
    }
    const qint64 keep = m_keepSelected != 0 ? m_keepSelected : selectedId();
    m_keepSelected = 0;
    if (m_loading && *m_loading) {
        m_model->setRows(**m_loading);
        m_empty->setText(tr("This client has no invoices yet. New Invoice… writes one; Bill "
                            "Period… in the Contracts area bills its contracts."));
    } else {
        m_model->setRows({});
        m_empty->setText(m_loading ? m_loading->error() : QString());
    }
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_fitColumns = false;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(InvoiceListModel::Contract,
                              std::min(header->sectionSize(InvoiceListModel::Contract), 220));
    }
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateState();
}

QString ClientInvoices::summaryText(const InvoiceListModel &model)
{
    const int count = model.rowCount();
    if (count == 0)
        return {};
    const QLocale locale;
    const QString invoices
        = count == 1 ? tr("One invoice.") : tr("%1 invoices.").arg(locale.toString(count));
    const QMap<QString, qint64> owed = model.owedByCurrency();
    if (owed.isEmpty())
        return tr("%1 Nothing owed.").arg(invoices);
    const QMap<QString, qint64> overdue = model.overdueByCurrency();
    QStringList parts;
    for (auto it = owed.cbegin(); it != owed.cend(); ++it) {
        const QString amount = Money(it.value(), it.key()).format();
        const qint64 late = overdue.value(it.key());
        if (late == it.value())
            parts.append(tr("%1 (all overdue)").arg(amount));
        else if (late != 0)
            parts.append(tr("%1 (%2 overdue)").arg(amount, Money(late, it.key()).format()));
        else
            parts.append(amount);
    }
    return tr("%1 Owed: %2.").arg(invoices, parts.join(u"; "_s));
}

void ClientInvoices::updateState()
{
    const int row = m_model->rowOf(selectedId());
    const InvoiceService::Row *shown = row >= 0 ? &m_model->invoiceRow(row) : nullptr;
    const bool ready = m_desk && m_desk->database() && m_db && m_accountId != 0;
    const bool open = shown
        && (shown->state == InvoiceState::Issued || shown->state == InvoiceState::PartlyPaid);
    m_new->setEnabled(ready);
    m_open->setEnabled(ready && shown);
    m_pay->setEnabled(ready && open && !shown->creditNote);
    m_print->setEnabled(ready && shown && shown->state != InvoiceState::Draft
                        && m_desk->canPrint());
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (!m_load->isRunning())
        m_summary->setText(summaryText(*m_model));
}

qint64 ClientInvoices::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(InvoiceListModel::IdRole).toLongLong();
}

std::optional<Invoice> ClientInvoices::selectedInvoice()
{
    const qint64 id = selectedId();
    if (!m_desk || !m_desk->database() || id == 0)
        return std::nullopt;
    auto invoice = InvoiceService(*m_desk->database()).get(id);
    if (!invoice) {
        m_desk->prompts().message(QMessageBox::Warning, tr("Invoices"), invoice.error());
        startLoad();
        return std::nullopt;
    }
    return *invoice;
}

void ClientInvoices::newInvoice()
{
    if (!m_desk || !m_desk->database() || m_accountId == 0)
        return;
    Invoice invoice;
    invoice.accountId = m_accountId;
    invoice.date = QDate::currentDate();
    InvoiceDialog dialog(*m_desk, invoice, window());
    m_desk->exec(dialog);
    m_keepSelected = dialog.stored().id;
    startLoad();
}

void ClientInvoices::openInvoice()
{
    const auto invoice = selectedInvoice();
    if (!invoice)
        return;
    InvoiceDialog dialog(*m_desk, *invoice, window());
    m_desk->exec(dialog);
    m_keepSelected = invoice->id;
    startLoad();
}

void ClientInvoices::recordPayment()
{
    if (const auto invoice = selectedInvoice())
        billing::recordPayment(*m_desk, *invoice, window());
}

void ClientInvoices::print()
{
    if (const qint64 id = selectedId(); id != 0 && m_desk)
        m_desk->printInvoice(id, window());
}

} // namespace cd
