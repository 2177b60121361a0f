#include "invoicestab.h"

#include "backgroundtask.h"
#include "billing/billingactions.h"
#include "billing/billingdesk.h"
#include "billing/billperioddialog.h"
#include "billing/invoicedelegate.h"
#include "billing/invoicedialog.h"
#include "domain/money.h"
#include "models/invoicelistmodel.h"
#include "services/workerconnection.h"
#include "userprompts.h"
#include "views/listviews.h"
#include "views/viewexport.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kHeaderKey = u"billing/invoices/header"_s;
const QString kFilterKey = u"billing/invoices/filter/"_s;
const QDate kAnyDate(2000, 1, 1); ///< the date fields' "Any"

QDateEdit *makeDateFilter(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setAccessibleName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(InvoicesTab::tr("Any"));
    edit->setDate(kAnyDate);
    return edit;
}

QDate filterDate(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

} // namespace

InvoicesTab::InvoicesTab(BillingDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new InvoiceListModel(this))
    , m_load(std::make_unique<BackgroundTask>())
{
    setObjectName(u"invoicesTab"_s);
    auto *layout = new QVBoxLayout(this);
    buildFilters();
    buildButtons();
    m_table = listviews::makeListTable(u"invoices"_s, this);
    m_table->setModel(m_model);
    // Several issued invoices at once for Print/PDF… (a folder of PDFs).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegate(new InvoiceDelegate(m_table));
    m_table->sortByColumn(InvoiceListModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"invoicesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_table, &QTableView::doubleClicked, this, &InvoicesTab::openInvoice);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicesTab::updateState);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) {
                listviews::chooseColumns(m_table, InvoiceListModel::Number,
                                         m_table->horizontalHeader()->mapToGlobal(at));
            });
    connect(m_load.get(), &BackgroundTask::finished, this, &InvoicesTab::loaded);
    connect(&m_desk, &BillingDesk::invoicesChanged, this, [this] {
        if (isVisible())
            startLoad();
        else
            m_stale = true;
    });
    connect(&m_desk, &BillingDesk::databaseChanged, this, [this] {
        m_stale = true;
        m_model->setRows({});
        if (isVisible())
            reload();
        updateState();
    });
    const QByteArray header = QSettings().value(kHeaderKey).toByteArray();
    m_fitColumns = header.isEmpty() || !m_table->horizontalHeader()->restoreState(header);
    if (m_fitColumns) { // the currency shows in every amount: on demand (the column menu)
        m_table->horizontalHeader()->setSectionHidden(InvoiceListModel::Currency, true);
        m_table->horizontalHeader()->setSectionHidden(InvoiceListModel::Tax, true);
        m_table->horizontalHeader()->setSectionHidden(InvoiceListModel::Net, true);
    }
    restoreFilter();
    updateState();
}

InvoicesTab::~InvoicesTab()
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void InvoicesTab::buildFilters()
{
    m_state = listviews::makeCombo(tr("State"), this);
    QList<std::pair<QVariant, QString>> states;
    for (InvoiceState state : { InvoiceState::Draft, InvoiceState::Issued, InvoiceState::PartlyPaid,
                                InvoiceState::Paid, InvoiceState::Void })
        states.append({ toCode(state), InvoiceListModel::stateLabel(state) });
    states.insert(1, { u"overdue"_s, tr("Overdue") });
    listviews::refill(m_state, tr("Every state"), states);
    m_from = makeDateFilter(tr("From"), this);
    m_to = makeDateFilter(tr("To"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"invoiceSearch"_s);
    m_search->setAccessibleName(tr("Search invoices"));
    m_search->setPlaceholderText(tr("Search number, client, contract"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_clearClient = new QPushButton(this);
    m_clearClient->setObjectName(u"clearClient"_s);
    m_clearClient->setToolTip(tr("List every client's invoices again"));
    m_clearClient->hide();

    auto *row = new QHBoxLayout;
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    row->addWidget(stateLabel);
    row->addWidget(m_state);
    row->addSpacing(8);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_search, 1);
    row->addWidget(m_clearClient);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
    const auto changed = [this] {
        saveFilter();
        startLoad();
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, changed);
    connect(m_clearClient, &QPushButton::clicked, this, [this] { showClient(0, {}); });
}

void InvoicesTab::buildButtons()
{
    m_new = new QPushButton(tr("&New Invoice…"), this);
    m_new->setToolTip(tr("Write an invoice by hand: client, contract, lines"));
    m_bill = new QPushButton(tr("&Bill Period…"), this);
    m_bill->setToolTip(tr("Propose the drafts of a month from the contracts: retainers, "
                          "instalments, hours and overage"));
    m_pay = new QPushButton(tr("Record &Payment…"), this);
    m_void = new QPushButton(tr("&Void…"), this);
    m_credit = new QPushButton(tr("Cr&edit Note…"), this);
    m_print = new QPushButton(tr("Prin&t/PDF…"), this);
    m_delete = new QPushButton(tr("&Delete Draft"), this);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setToolTip(tr("Save the invoices shown as CSV or Excel"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"invoicesCount"_s);
    m_count->setWordWrap(true);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : { m_new, m_bill, m_pay, m_void, m_credit, m_print, m_delete })
        row->addWidget(button);
    row->addSpacing(12);
    row->addWidget(m_count, 1);
    row->addWidget(m_export);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(m_new, &QPushButton::clicked, this, &InvoicesTab::newInvoice);
    connect(m_bill, &QPushButton::clicked, this, &InvoicesTab::billPeriod);
    connect(m_pay, &QPushButton::clicked, this, &InvoicesTab::recordPayment);
    connect(m_void, &QPushButton::clicked, this, &InvoicesTab::voidInvoice);
    connect(m_credit, &QPushButton::clicked, this, &InvoicesTab::creditNote);
    connect(m_print, &QPushButton::clicked, this, &InvoicesTab::print);
    connect(m_delete, &QPushButton::clicked, this, &InvoicesTab::deleteDraft);
    connect(m_export, &QPushButton::clicked, this,
            [this] { exportViewInteractively(*m_table, tr("invoices"), this); });
}

InvoiceService::Filter InvoicesTab::currentFilter() const
{
    InvoiceService::Filter filter;
    const QString state = m_state->currentData().toString();
    if (state == u"overdue")
        filter.overdueOnly = true;
    else if (!state.isEmpty())
        filter.state = invoiceStateFromCode(state);
    filter.from = filterDate(m_from);
    filter.to = filterDate(m_to);
    filter.search = m_search->text().trimmed();
    if (m_client != 0)
        filter.accountId = m_client;
    return filter;
}

void InvoicesTab::saveFilter() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(kFilterKey + u"state"_s, m_state->currentData());
    settings.setValue(kFilterKey + u"from"_s, filterDate(m_from));
    settings.setValue(kFilterKey + u"to"_s, filterDate(m_to));
    settings.setValue(kFilterKey + u"search"_s, m_search->text());
}

void InvoicesTab::restoreFilter()
{
    m_restoring = true;
    const QSettings settings;
    listviews::selectStored(m_state, settings.value(kFilterKey + u"state"_s));
    const QDate from = settings.value(kFilterKey + u"from"_s).toDate();
    const QDate to = settings.value(kFilterKey + u"to"_s).toDate();
    m_from->setDate(from.isValid() ? from : kAnyDate);
    m_to->setDate(to.isValid() ? to : kAnyDate);
    m_search->setText(settings.value(kFilterKey + u"search"_s).toString());
    m_searchDelay->stop();
    m_restoring = false;
}

void InvoicesTab::showClient(qint64 accountId, const QString &name)
{
    m_client = accountId;
    m_clientName = name;
    m_clearClient->setText(tr("Only %1 ✕").arg(name));
    m_clearClient->setVisible(accountId != 0);
    startLoad();
}

void InvoicesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void InvoicesTab::reload()
{
    m_stale = false;
    startLoad();
}

bool InvoicesTab::isLoading() const
{
    return m_load->isRunning();
}

bool InvoicesTab::waitForLoaded(int timeoutMs)
{
    return !m_load->isRunning() || m_load->waitForDone(timeoutMs);
}

void InvoicesTab::startLoad()
{
    Database *db = m_desk.database();
    if (!db) {
        m_model->setRows({});
        updateState();
        return;
    }
    if (m_load->isRunning()) {
        m_loadAgain = true;
        return;
    }
    m_count->setText(tr("Reading invoices…"));
    const InvoiceService::Filter filter = currentFilter();
    auto loading = std::make_shared<Result<QList<InvoiceService::Row>>>(Error { QString() });
    m_loading = loading;
    const WorkerConnection connection(*db);
    m_load->start([connection, filter, loading](const BackgroundTask::Reporter &) {
        *loading = connection.run<QList<InvoiceService::Row>>([&filter](Database &database) {
            return InvoiceService(database).list(filter, QDate::currentDate());
        });
    });
}

void InvoicesTab::loaded()
{
    if (m_loadAgain) {
        m_loadAgain = false;
        startLoad();
        return;
    }
    const qint64 keep = m_keepSelected != 0 ? m_keepSelected : selectedId();
    m_keepSelected = 0;
    const InvoiceService::Filter filter = currentFilter();
    const bool filtered = filter.state || filter.overdueOnly || filter.from.isValid()
        || filter.to.isValid() || !filter.search.isEmpty() || filter.accountId;
    if (m_loading && *m_loading) {
        m_model->setRows(**m_loading);
        m_empty->setText(filtered ? tr("No invoices match these filters.\nChoose another state "
                                       "or period, or clear the search.")
                                  : tr("No invoices yet. Bill Period… creates the drafts of a "
                                       "month; New Invoice… writes one by hand."));
    } else {
        m_model->setRows({});
        m_empty->setText(m_loading ? m_loading->error() : QString());
    }
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_fitColumns = false;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        for (int column : { InvoiceListModel::Client, InvoiceListModel::Contract })
            header->resizeSection(column, std::min(header->sectionSize(column), 220));
    }
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateState();
}

void InvoicesTab::updateState()
{
    const int row = m_model->rowOf(selectedId());
    const InvoiceService::Row *shown = row >= 0 ? &m_model->invoiceRow(row) : nullptr;
    const bool db = m_desk.database() != nullptr;
    const InvoiceState state = shown ? shown->state : InvoiceState::Draft;
    const bool open = shown && (state == InvoiceState::Issued || state == InvoiceState::PartlyPaid);
    m_new->setEnabled(db);
    m_bill->setEnabled(db);
    m_pay->setEnabled(open && !shown->creditNote);
    m_void->setEnabled(shown && state == InvoiceState::Issued && shown->paidMinor == 0
                       && !shown->creditNote);
    m_void->setToolTip(shown && shown->paidMinor != 0
                           ? tr("An invoice with payments cannot be voided: issue a credit note.")
                           : QString());
    m_credit->setEnabled(shown && !shown->creditNote && (open || state == InvoiceState::Paid));
    updatePrint();
    m_delete->setEnabled(shown && state == InvoiceState::Draft);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (m_load->isRunning())
        return;
    const int count = m_model->rowCount();
    QStringList owed;
    const QMap<QString, qint64> byCurrency = m_model->owedByCurrency();
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        owed.append(Money(it.value(), it.key()).format());
    if (count == 0)
        m_count->clear();
    else if (owed.isEmpty())
        m_count->setText(count == 1 ? tr("One invoice.")
                                    : tr("%1 invoices.").arg(QLocale().toString(count)));
    else
        m_count->setText(
            count == 1 ? tr("One invoice; %1 owed.").arg(QLocale().createSeparatedList(owed))
                       : tr("%1 invoices; %2 owed.")
                             .arg(QLocale().toString(count), QLocale().createSeparatedList(owed)));
}

void InvoicesTab::updatePrint()
{
    const QList<qint64> ids = selectedIds();
    bool issued = !ids.isEmpty();
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        issued = issued && row >= 0 && m_model->invoiceRow(row).state != InvoiceState::Draft;
    }
    m_print->setEnabled(issued && (ids.size() == 1 ? m_desk.canPrint() : m_desk.canSavePdfs()));
    m_print->setToolTip(ids.size() > 1 ? tr("Save the %1 selected invoices as PDFs into a folder")
                                             .arg(locale().toString(qint64(ids.size())))
                                       : tr("Preview the invoice, print it or save it as PDF"));
}

qint64 InvoicesTab::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() != 1 ? 0 : rows.first().data(InvoiceListModel::IdRole).toLongLong();
}

QList<qint64> InvoicesTab::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(InvoiceListModel::IdRole).toLongLong());
    // In the list's order, top to bottom, whatever order they were picked in.
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_model->rowOf(a) < m_model->rowOf(b); });
    return ids;
}

std::optional<Invoice> InvoicesTab::selectedInvoice()
{
    Database *db = m_desk.database();
    const qint64 id = selectedId();
    if (!db || id == 0)
        return std::nullopt;
    auto invoice = InvoiceService(*db).get(id);
    if (!invoice) {
        m_desk.prompts().message(QMessageBox::Warning, tr("Invoices"), invoice.error());
        startLoad();
        return std::nullopt;
    }
    return *invoice;
}

void InvoicesTab::newInvoice()
{
    if (!m_desk.database())
        return;
    Invoice invoice;
    invoice.accountId = m_client;
    invoice.date = QDate::currentDate();
    InvoiceDialog dialog(m_desk, invoice, window());
    dialog.exec();
    m_keepSelected = dialog.stored().id;
    startLoad();
}

void InvoicesTab::billPeriod()
{
    if (!m_desk.database())
        return;
    BillPeriodDialog dialog(m_desk, window());
    m_desk.exec(dialog);
    startLoad();
}

void InvoicesTab::openInvoice()
{
    const auto invoice = selectedInvoice();
    if (!invoice)
        return;
    InvoiceDialog dialog(m_desk, *invoice, window());
    dialog.exec();
    m_keepSelected = invoice->id;
    startLoad();
}

void InvoicesTab::recordPayment()
{
    if (const auto invoice = selectedInvoice())
        billing::recordPayment(m_desk, *invoice, window());
}

void InvoicesTab::voidInvoice()
{
    if (const auto invoice = selectedInvoice())
        billing::voidInvoice(m_desk, *invoice, window());
}

void InvoicesTab::creditNote()
{
    if (const auto invoice = selectedInvoice())
        billing::creditNote(m_desk, *invoice, window());
}

void InvoicesTab::print()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        m_desk.printInvoice(ids.first(), window());
    else if (ids.size() > 1)
        m_desk.savePdfs(ids, window());
}

void InvoicesTab::deleteDraft()
{
    if (const auto invoice = selectedInvoice())
        billing::deleteDraft(m_desk, *invoice, window());
}

} // namespace cd
