#include "billperioddialog.h"

#include "backgroundtask.h"
#include "billing/billingactions.h"
#include "billing/billingdesk.h"
#include "domain/invoicerules.h"
#include "domain/money.h"
#include "services/invoiceservice.h"
#include "services/workerconnection.h"
#include "userprompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kProposalRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

/// Only a line's description and amount can be typed over.
class ReviewDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (!index.parent().isValid()
            || (index.column() != BillPeriodDialog::What
                && index.column() != BillPeriodDialog::Amount))
            return nullptr;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

QString sourceLabel(LineSource source)
{
    switch (source) {
    case LineSource::Retainer:
        return BillPeriodDialog::tr("Retainer");
    case LineSource::Instalment:
        return BillPeriodDialog::tr("Instalment");
    case LineSource::Hours:
        return BillPeriodDialog::tr("Hours");
    case LineSource::Overage:
        return BillPeriodDialog::tr("Overage");
    case LineSource::Manual:
        return BillPeriodDialog::tr("Other");
    case LineSource::Credit:
        return BillPeriodDialog::tr("Credit");
    }
    return {};
}

} // namespace

BillPeriodDialog::BillPeriodDialog(BillingDesk &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_task(std::make_unique<BackgroundTask>())
    , m_store(std::make_unique<BackgroundTask>())
{
    setObjectName(u"billPeriodDialog"_s);
    setWindowTitle(tr("Bill Period"));
    m_pages = new QStackedWidget(this);
    buildChoosePage();
    buildReviewPage();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_task.get(), &BackgroundTask::finished, this, &BillPeriodDialog::proposed);
    connect(m_store.get(), &BackgroundTask::finished, this, &BillPeriodDialog::stored);
    resize(900, 620);
}

BillPeriodDialog::~BillPeriodDialog() = default;

void BillPeriodDialog::buildChoosePage()
{
    auto *page = new QWidget(m_pages);
    m_month = new QComboBox(page);
    m_month->setAccessibleName(tr("Month"));
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 0; back < 36; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        m_month->addItem(QLocale().toString(month, u"MMMM yyyy"_s), month.toString(u"yyyy-MM"_s));
    }
    m_month->setCurrentIndex(1); // last month: the one that has ended
    m_useDate = new QCheckBox(tr("Date the invoices &on:"), page);
    m_date = new QDateEdit(today, page);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Invoice date"));
    m_date->setMaximumDate(today);
    m_date->setEnabled(false);
    m_chooseHint = new QLabel(page);
    m_chooseHint->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    form->addRow(QString(), dateRow);
    auto *buttons = new QDialogButtonBox(page);
    m_propose = buttons->addButton(tr("&Propose Drafts"), QDialogButtonBox::AcceptRole);
    m_propose->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Proposes one draft per contract with something to bill in the "
                                "month: a retainer's fee, instalments and milestones due, "
                                "billable hours not invoiced yet and overage. Nothing is "
                                "stored until you review the drafts."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_chooseHint);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
    const auto hint = [this] {
        const QDate first = QDate::fromString(period() + u"-01"_s, u"yyyy-MM-dd"_s);
        const QDate last = first.addMonths(1).addDays(-1);
        m_chooseHint->setText(
            m_useDate->isChecked()
                ? tr("The invoices are dated %1; hours logged up to that day are billed.")
                      .arg(QLocale().toString(m_date->date(), QLocale::LongFormat))
                : tr("The invoices are dated %1, the month's last day, so that their revenue "
                     "falls in the month the work was done.")
                      .arg(QLocale().toString(last, QLocale::LongFormat)));
    };
    connect(m_useDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_useDate, &QCheckBox::toggled, this, hint);
    connect(m_date, &QDateEdit::dateChanged, this, hint);
    connect(m_month, &QComboBox::currentIndexChanged, this, hint);
    hint();
    connect(m_propose, &QPushButton::clicked, this, &BillPeriodDialog::propose);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_task->isRunning()) {
            m_task->cancel(); // the result is dropped when it comes
            setBusy(false);
            return;
        }
        reject();
    });
}

void BillPeriodDialog::buildReviewPage()
{
    auto *page = new QWidget(m_pages);
    m_tree = new QTreeWidget(page);
    m_tree->setObjectName(u"billReview"_s);
    m_tree->setAccessibleName(tr("Proposed drafts"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Client / line"), tr("Contract"), tr("Kind"), tr("Amount") });
    m_tree->setItemDelegate(new ReviewDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(Contract, 140);
    m_tree->header()->resizeSection(Kind, 100);
    m_tree->header()->resizeSection(Amount, 150);
    m_tree->headerItem()->setTextAlignment(Amount, Qt::AlignRight | Qt::AlignVCenter);
    m_skipped = new QLabel(page);
    m_skipped->setObjectName(u"billSkipped"_s);
    m_skipped->setWordWrap(true);
    m_skipped->hide();
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"billSummary"_s);
    m_summary->setWordWrap(true);
    m_problem = new QLabel(page);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b03a2e"_s);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(page);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ResetRole);
    m_create = buttons->addButton(tr("&Create Drafts"), QDialogButtonBox::AcceptRole);
    m_create->setToolTip(tr("Store the checked drafts: review, print or issue them later"));
    m_issue = buttons->addButton(tr("Create and &Issue…"), QDialogButtonBox::AcceptRole);
    m_issue->setToolTip(tr("Store the checked drafts and issue them at once: they get their "
                           "numbers and their revenue is booked"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_storeProgress = new QProgressBar(page);
    m_storeProgress->setRange(0, 0);
    m_storeProgress->hide();
    auto *hint = new QLabel(tr("Uncheck a draft or a line to leave it out; double-click a line's "
                               "description or amount to change it."),
                            page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_storeProgress);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling)
            return;
        // Checking a draft checks its lines; the totals follow every change.
        if (!item->parent() && column == What) {
            m_filling = true;
            for (int i = 0; i < item->childCount(); ++i)
                item->child(i)->setCheckState(What, item->checkState(What));
            m_filling = false;
        }
        updateSummary();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_create, &QPushButton::clicked, this, [this] { create(false); });
    connect(m_issue, &QPushButton::clicked, this, [this] { create(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

QString BillPeriodDialog::period() const
{
    return m_month->currentData().toString();
}

void BillPeriodDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_propose->setEnabled(!busy);
    m_month->setEnabled(!busy);
    m_useDate->setEnabled(!busy);
    m_date->setEnabled(!busy && m_useDate->isChecked());
    m_chooseHint->setText(busy ? tr("Working out what %1 bills…").arg(m_month->currentText())
                               : m_chooseHint->text());
}

void BillPeriodDialog::propose()
{
    Database *db = m_desk.database();
    if (!db || m_task->isRunning())
        return;
    setProblem({});
    setBusy(true);
    const QString month = period();
    const std::optional<QDate> date
        = m_useDate->isChecked() ? std::optional(m_date->date()) : std::nullopt;
    auto running = std::make_shared<Result<BillingRunService::Run>>(Error { QString() });
    m_running = running;
    const WorkerConnection connection(*db);
    m_task->start([connection, month, date, running](const BackgroundTask::Reporter &) {
        *running = connection.run<BillingRunService::Run>([&](Database &database) {
            return BillingRunService(database).propose(month, date, QDate::currentDate());
        });
    });
}

bool BillPeriodDialog::isProposing() const
{
    return m_task->isRunning();
}

bool BillPeriodDialog::waitForProposed(int timeoutMs)
{
    return !m_task->isRunning() || m_task->waitForDone(timeoutMs);
}

void BillPeriodDialog::proposed()
{
    const bool cancelled = m_task->wasCancelled();
    setBusy(false);
    if (cancelled || !m_running)
        return;
    if (!*m_running) {
        m_chooseHint->setText(m_running->error());
        m_chooseHint->setStyleSheet(u"color: #b03a2e"_s);
        return;
    }
    m_chooseHint->setStyleSheet({});
    m_run = **m_running;
    fillTree(m_run);
    m_pages->setCurrentIndex(1);
}

void BillPeriodDialog::fillTree(const BillingRunService::Run &run)
{
    m_filling = true;
    m_tree->clear();
    for (int p = 0; p < run.proposals.size(); ++p) {
        const BillingRunService::Proposal &proposal = run.proposals.at(p);
        auto *draft = new QTreeWidgetItem(m_tree);
        draft->setData(What, kProposalRole, p);
        draft->setText(What, proposal.accountName);
        draft->setText(Contract, proposal.contractReference);
        draft->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        draft->setCheckState(What, Qt::Checked);
        QFont bold = draft->font(What);
        bold.setBold(true);
        draft->setFont(What, bold);
        draft->setFont(Amount, bold);
        draft->setTextAlignment(Amount, Qt::AlignRight | Qt::AlignVCenter);
        for (int l = 0; l < proposal.invoice.lines.size(); ++l) {
            const InvoiceLine &line = proposal.invoice.lines.at(l);
            auto *item = new QTreeWidgetItem(draft);
            item->setData(What, kProposalRole, p);
            item->setData(What, kLineRole, l);
            item->setText(What, line.description);
            item->setText(Kind, sourceLabel(line.source));
            item->setText(Amount,
                          Money(line.amountMinor, proposal.invoice.currency).formatNumber());
            item->setTextAlignment(Amount, Qt::AlignRight | Qt::AlignVCenter);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                           | Qt::ItemIsEditable);
            item->setCheckState(What, Qt::Checked);
        }
    }
    m_tree->expandAll();
    m_skipped->setText(run.skipped.isEmpty()
                           ? QString()
                           : tr("Not proposed:") + u"\n• "_s + run.skipped.join(u"\n• "_s));
    m_skipped->setVisible(!run.skipped.isEmpty());
    m_filling = false;
    updateSummary();
}

Result<QList<BillingRunService::Proposal>> BillPeriodDialog::reviewed() const
{
    auto indexed = review();
    if (!indexed)
        return Error { indexed.error() };
    QList<BillingRunService::Proposal> proposals;
    for (const auto &[index, proposal] : std::as_const(*indexed))
        proposals.append(proposal);
    return proposals;
}

Result<QList<std::pair<int, BillingRunService::Proposal>>> BillPeriodDialog::review() const
{
    QList<std::pair<int, BillingRunService::Proposal>> proposals;
    for (int p = 0; p < m_tree->topLevelItemCount(); ++p) {
        const QTreeWidgetItem *draft = m_tree->topLevelItem(p);
        if (draft->checkState(What) == Qt::Unchecked)
            continue;
        const int index = draft->data(What, kProposalRole).toInt();
        BillingRunService::Proposal proposal = m_run.proposals.at(index);
        QList<InvoiceLine> lines;
        for (int l = 0; l < draft->childCount(); ++l) {
            const QTreeWidgetItem *item = draft->child(l);
            if (item->checkState(What) != Qt::Checked)
                continue;
            InvoiceLine line = proposal.invoice.lines.at(item->data(What, kLineRole).toInt());
            line.description = item->text(What).trimmed();
            const auto amount
                = Money::parseLocalized(item->text(Amount), proposal.invoice.currency, QLocale());
            if (!amount)
                return Error {
                    tr("%1, “%2”: %3").arg(proposal.accountName, line.description, amount.error())
                };
            if (amount->minorUnits() != line.amountMinor) {
                line.amountMinor = amount->minorUnits();
                if (line.quantityMilli == 1000)
                    line.unitPriceMinor = line.amountMinor;
            }
            lines.append(line);
        }
        if (lines.isEmpty())
            continue;
        proposal.invoice.lines = lines;
        if (const Status ok = InvoiceRules::total(proposal.invoice); !ok)
            return Error { ok.error() };
        proposals.append({ index, proposal });
    }
    return proposals;
}

void BillPeriodDialog::updateSummary()
{
    const auto indexed = review();
    const auto proposals = reviewed();
    if (!indexed || !proposals) {
        setProblem(proposals.error());
        m_create->setEnabled(false);
        m_issue->setEnabled(false);
        return;
    }
    setProblem({});
    // Each draft's total as its checked lines make it.
    m_filling = true;
    for (int p = 0; p < m_tree->topLevelItemCount(); ++p) {
        QTreeWidgetItem *draft = m_tree->topLevelItem(p);
        const int index = draft->data(What, kProposalRole).toInt();
        qint64 total = 0;
        const QString currency = m_run.proposals.at(index).invoice.currency;
        for (const auto &[reviewedIndex, proposal] : *indexed) {
            if (reviewedIndex == index)
                total = proposal.invoice.totalMinor;
        }
        draft->setText(Amount,
                       draft->checkState(What) == Qt::Unchecked ? QString()
                                                                : Money(total, currency).format());
    }
    m_filling = false;
    QMap<QString, qint64> totals;
    for (const BillingRunService::Proposal &proposal : *proposals)
        totals[proposal.invoice.currency] += proposal.invoice.totalMinor;
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(Money(it.value(), it.key()).format());
    if (m_run.proposals.isEmpty())
        m_summary->setText(tr("Nothing to bill for %1: every retainer, instalment and hour of "
                              "the month is billed already, or no contract has any.")
                               .arg(m_month->currentText()));
    else if (proposals->isEmpty())
        m_summary->setText(tr("No draft checked."));
    else
        m_summary->setText(proposals->size() == 1
                               ? tr("One draft, %1 with tax, dated %2.")
                                     .arg(QLocale().createSeparatedList(sums),
                                          QLocale().toString(m_run.date, QLocale::ShortFormat))
                               : tr("%1 drafts, %2 with tax, dated %3.")
                                     .arg(QLocale().toString(qint64(proposals->size())),
                                          QLocale().createSeparatedList(sums),
                                          QLocale().toString(m_run.date, QLocale::ShortFormat)));
    m_create->setEnabled(!proposals->isEmpty());
    m_issue->setEnabled(!proposals->isEmpty());
}

void BillPeriodDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool BillPeriodDialog::create(bool issue)
{
    Database *db = m_desk.database();
    const auto proposals = reviewed();
    if (!db || isStoring() || !proposals || proposals->isEmpty())
        return false;
    if (issue) {
        QList<Invoice> invoices;
        for (const BillingRunService::Proposal &proposal : *proposals) {
            if (const QString problem = InvoiceRules::issueProblem(proposal.invoice);
                !problem.isEmpty()) {
                setProblem(tr("%1: %2").arg(proposal.accountName, problem));
                return false;
            }
            invoices.append(proposal.invoice);
        }
        if (!billing::confirmIssue(m_desk, invoices, this))
            return false;
    }
    // Issuing is one step with creating: all or none, off the UI thread.
    auto stored = std::make_shared<Stored>();
    stored->issue = issue;
    m_stored = stored;
    setProblem({});
    setStoring(true);
    const WorkerConnection connection(*db);
    m_store->start([connection, proposals = *proposals, stored](const BackgroundTask::Reporter &) {
        const auto run = connection.run<QList<qint64>>([&](Database &database) {
            BillingRunService service(database);
            if (!stored->issue)
                return service.createDrafts(proposals);
            QList<qint64> ids;
            const auto numbers = service.createAndIssue(proposals, &ids);
            if (!numbers)
                return Result<QList<qint64>>(Error { numbers.error() });
            stored->numbers = *numbers;
            return Result<QList<qint64>>(ids);
        });
        if (run)
            stored->ids = *run;
        else
            stored->numbers = Error { run.error() };
    });
    return true;
}

bool BillPeriodDialog::isStoring() const
{
    return m_store->isRunning();
}

bool BillPeriodDialog::waitForStored(int timeoutMs)
{
    return !m_store->isRunning() || m_store->waitForDone(timeoutMs);
}

void BillPeriodDialog::reject()
{
    // Storing is one transaction that cannot be called back half-way: it is waited for.
    if (!isStoring())
        QDialog::reject();
}

void BillPeriodDialog::setStoring(bool storing)
{
    m_storeProgress->setVisible(storing);
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_tree, m_back, m_create, m_issue, m_close })
        w->setEnabled(!storing);
    if (storing)
        m_summary->setText(m_stored && m_stored->issue ? tr("Creating and issuing the invoices…")
                                                       : tr("Creating the drafts…"));
}

void BillPeriodDialog::stored()
{
    const std::shared_ptr<Stored> done = std::exchange(m_stored, nullptr);
    setStoring(false);
    updateSummary();
    if (!done)
        return;
    if (!done->numbers) {
        setProblem(done->numbers.error());
        return;
    }
    m_created = done->ids;
    m_issued = *done->numbers;
    m_desk.notifyChanged();
    accept();
    if (done->issue && m_desk.canSavePdfs()
        && m_desk.prompts().ask(tr("Save the Invoices as PDFs"),
                                tr("%1 invoices were issued. Save them as PDFs into a folder?")
                                    .arg(QLocale().toString(qint64(m_issued.size()))))) {
        m_desk.savePdfs(m_created, parentWidget());
    }
}

} // namespace cd
