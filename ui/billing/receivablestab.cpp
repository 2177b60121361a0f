#include "receivablestab.h"

#include "billing/billingactions.h"
#include "billing/billingdesk.h"
#include "billing/invoicedialog.h"
#include "billing/paymentdialog.h"
#include "domain/money.h"
#include "models/agingmodel.h"
#include "models/invoicelistmodel.h"
#include "services/invoiceservice.h"
#include "userprompts.h"
#include "views/listviews.h"
#include "views/viewexport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kHeaderKey = u"billing/receivables/header"_s;

/// The totals in bold; what is over 60 days past due in red.
class AgingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(AgingModel::TotalRole).toBool())
            option->font.setBold(true);
        if ((index.column() == AgingModel::Days61to90 || index.column() == AgingModel::Over90)
            && !index.data().toString().isEmpty())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x3a, 0x2e));
    }
};

} // namespace

ReceivablesTab::ReceivablesTab(BillingDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new AgingModel(this))
{
    setObjectName(u"receivablesTab"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"receivablesSummary"_s);
    m_summary->setWordWrap(true);
    m_open = new QPushButton(tr("&Open Invoices…"), this);
    m_open->setToolTip(tr("The selected client's open invoices"));
    m_pay = new QPushButton(tr("Record &Payment…"), this);
    m_pay->setToolTip(tr("A payment from the selected client, to its oldest invoices first"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setToolTip(tr("Save the receivables as CSV or Excel"));
    m_table = listviews::makeListTable(u"receivables"_s, this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AgingDelegate(m_table));
    m_table->sortByColumn(AgingModel::Client, Qt::AscendingOrder);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"receivablesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_open);
    top->addWidget(m_pay);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openClient(index.row()); });
    connect(m_export, &QPushButton::clicked, this,
            [this] { exportViewInteractively(*m_table, tr("receivables"), this); });
    connect(m_open, &QPushButton::clicked, this, [this] { openClient(selectedClientRow()); });
    connect(m_pay, &QPushButton::clicked, this, [this] { recordPayment(selectedClientRow()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReceivablesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceivablesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ReceivablesTab::updateButtons);
    connect(&m_desk, &BillingDesk::invoicesChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(&m_desk, &BillingDesk::databaseChanged, this, [this] {
        m_model->setRows({});
        m_stale = true;
        if (isVisible())
            reload();
    });
    const QByteArray header = QSettings().value(kHeaderKey).toByteArray();
    m_fitColumns = header.isEmpty() || !m_table->horizontalHeader()->restoreState(header);
    updateButtons();
}

ReceivablesTab::~ReceivablesTab()
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void ReceivablesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ReceivablesTab::reload()
{
    m_stale = false;
    Database *db = m_desk.database();
    const QDate today = QDate::currentDate();
    const auto rows = db
        ? InvoiceService(*db).aging(today)
        : Result<QList<InvoiceService::AgingRow>>(QList<InvoiceService::AgingRow>());
    m_model->setRows(rows ? *rows : QList<InvoiceService::AgingRow>());
    m_empty->setText(rows ? tr("Nothing is owed: every issued invoice is paid.\nIssued "
                               "invoices that are not paid yet show here by how long they are "
                               "past due.")
                          : rows.error());
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_fitColumns = false;
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(AgingModel::Client, QHeaderView::Stretch);
    }
    m_export->setEnabled(m_model->rowCount() > 0);
    QStringList owed;
    QStringList overdue;
    for (const InvoiceService::AgingRow &total : m_model->totals()) {
        owed.append(Money(total.totalMinor, total.currency).format());
        if (const qint64 late = total.totalMinor - total.currentMinor; late != 0)
            overdue.append(Money(late, total.currency).format());
    }
    if (owed.isEmpty())
        m_summary->setText(tr("As of %1.").arg(QLocale().toString(today, QLocale::LongFormat)));
    else
        m_summary->setText(
            tr("As of %1: %2 owed by %3, of which %4 past due.")
                .arg(QLocale().toString(today, QLocale::LongFormat),
                     QLocale().createSeparatedList(owed),
                     m_model->clientRowCount() == 1
                         ? tr("one client")
                         : tr("%1 clients").arg(QLocale().toString(m_model->clientRowCount())),
                     overdue.isEmpty() ? tr("nothing") : QLocale().createSeparatedList(overdue)));
}

int ReceivablesTab::selectedClientRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->clientRowCount())
        return -1;
    return rows.first().row();
}

void ReceivablesTab::updateButtons()
{
    const bool client = selectedClientRow() >= 0 && m_desk.database();
    m_open->setEnabled(client);
    m_pay->setEnabled(client);
}

void ReceivablesTab::recordPayment(int row)
{
    if (row < 0 || row >= m_model->clientRowCount() || !m_desk.database())
        return;
    const InvoiceService::AgingRow &aging = m_model->agingRow(row);
    PaymentDialog dialog(m_desk, aging.accountId, aging.currency, window());
    m_desk.exec(dialog);
}

void ReceivablesTab::openClient(int row)
{
    if (row < 0 || row >= m_model->clientRowCount() || !m_desk.database())
        return;
    const InvoiceService::AgingRow &aging = m_model->agingRow(row);
    OpenInvoicesDialog dialog(m_desk, aging.accountId, aging.accountName, aging.currency, window());
    m_desk.exec(dialog);
}

OpenInvoicesDialog::OpenInvoicesDialog(BillingDesk &desk, qint64 accountId, const QString &name,
                                       const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_accountId(accountId)
    , m_currency(currency)
    , m_model(new InvoiceListModel(this))
{
    setObjectName(u"openInvoicesDialog"_s);
    setWindowTitle(tr("Open Invoices of %1").arg(name));
    m_table = listviews::makeListTable(u"openInvoices"_s, this);
    m_table->setModel(m_model);
    m_table->sortByColumn(InvoiceListModel::Due, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : { InvoiceListModel::Client, InvoiceListModel::Currency, InvoiceListModel::Net,
                        InvoiceListModel::Tax })
        m_table->horizontalHeader()->setSectionHidden(column, true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pay = buttons->addButton(tr("Record &Payment…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    const auto selected = [this]() -> std::optional<Invoice> {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return std::nullopt;
        auto invoice = InvoiceService(*m_desk.database())
                           .get(rows.first().data(InvoiceListModel::IdRole).toLongLong());
        if (!invoice) {
            m_problem->setText(invoice.error());
            return std::nullopt;
        }
        return *invoice;
    };
    connect(m_table, &QTableView::doubleClicked, this, [this, selected] {
        if (const auto invoice = selected()) {
            InvoiceDialog dialog(m_desk, *invoice, this);
            dialog.exec();
            reload();
        }
    });
    connect(m_pay, &QPushButton::clicked, this, [this, selected] {
        // The selected invoice first; with none, the oldest first.
        bool recorded = false;
        if (m_table->selectionModel()->hasSelection()) {
            const auto invoice = selected();
            recorded = invoice && billing::recordPayment(m_desk, *invoice, this);
        } else {
            PaymentDialog dialog(m_desk, m_accountId, m_currency, this);
            recorded = m_desk.exec(dialog) == QDialog::Accepted;
        }
        if (recorded)
            reload();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(860, 380);
}

void OpenInvoicesDialog::reload()
{
    InvoiceService::Filter filter;
    filter.accountId = m_accountId;
    const auto rows = InvoiceService(*m_desk.database()).list(filter, QDate::currentDate());
    QList<InvoiceService::Row> open;
    if (rows) {
        for (const InvoiceService::Row &row : *rows) {
            if (row.currency == m_currency && row.owedMinor != 0)
                open.append(row);
        }
    }
    m_model->setRows(open);
    m_table->resizeColumnsToContents();
    m_problem->setText(rows ? QString() : rows.error());
    m_problem->setVisible(!m_problem->text().isEmpty());
}

} // namespace cd
