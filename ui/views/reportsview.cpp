#include "views/reportsview.h"

#include "backgroundtask.h"
#include "reports/reportdialog.h"
#include "services/accountservice.h"
#include "services/workerconnection.h"
#include "storage/database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ReportsView::ReportsView(QWidget *parent)
    : QWidget(parent)
    , m_load(std::make_unique<BackgroundTask>())
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
{
    setObjectName(u"reportsView"_s);
    m_chooseFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(this, tr("Default Folder for Reports"), current);
    };
    m_open = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };

    auto *title = new QLabel(tr("Reports"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    m_message = new QLabel(this);
    m_message->setObjectName(u"reportsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b03a2e"_s);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(buildMakers());
    layout->addWidget(buildRecent(), 1);
    layout->addWidget(m_message);

    connect(m_load.get(), &BackgroundTask::finished, this, &ReportsView::loaded);
    fillRecent();
    updateState();
}

ReportsView::~ReportsView()
{
    // The read may still run: its result goes nowhere.
    m_load->disconnect(this);
}

QWidget *ReportsView::buildMakers()
{
    auto *box = new QGroupBox(tr("Make a report"), this);
    m_client = new QComboBox(box);
    m_client->setObjectName(u"reportClient"_s);
    m_client->setAccessibleName(tr("Client"));
    m_client->setEditable(true);
    m_client->setInsertPolicy(QComboBox::NoInsert);
    m_client->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_client->completer()->setFilterMode(Qt::MatchContains);
    m_client->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_client->setMinimumContentsLength(28);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientReport = new QPushButton(tr("&Client Report…"), box);
    m_portfolio = new QPushButton(tr("&Portfolio Report…"), box);
    m_batch = new QPushButton(tr("Client Reports for a &Manager…"), box);
    m_invoices = new QPushButton(tr("&Invoices…"), box);
    m_folder = new QLabel(box);
    m_folder->setObjectName(u"reportsFolder"_s);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeFolder = new QPushButton(tr("C&hange…"), box);
    m_changeFolder->setToolTip(tr("The folder Save as PDF… and the batches start in"));

    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(0, 1);
    int row = 0;
    const auto addRow
        = [&](const QString &name, const QString &what, QWidget *option, QPushButton *button) {
              auto *texts = new QVBoxLayout;
              texts->setSpacing(2);
              texts->addWidget(boldLabel(name, box));
              texts->addWidget(note(what, box));
              grid->addLayout(texts, row, 0, 1, option ? 1 : 2);
              if (option)
                  grid->addWidget(option, row, 1, Qt::AlignRight | Qt::AlignVCenter);
              grid->addWidget(button, row, 2, Qt::AlignVCenter);
              ++row;
          };
    addRow(tr("Client report"),
           tr("One client's contracts, revenue against last year, service requests, "
              "opportunities and interactions for a period."),
           m_client, m_clientReport);
    addRow(tr("Portfolio report"),
           tr("Every client and customer: revenue by type and month, the largest accounts, "
              "renewals and notice deadlines, and what clients owe."),
           nullptr, m_portfolio);
    addRow(tr("Client reports for a manager"),
           tr("A report of its own for each active client of one account manager (or all), "
              "written into a folder, with progress and Cancel."),
           nullptr, m_batch);
    addRow(tr("Invoices"),
           tr("Issued invoices and credit notes: choose them in Contracts › Invoices, then "
              "Print/PDF… (several at once go into a folder)."),
           nullptr, m_invoices);
    auto *folderRow = new QHBoxLayout;
    folderRow->setSpacing(6);
    folderRow->addWidget(new QLabel(tr("Reports are saved in:"), box));
    folderRow->addWidget(m_folder, 1);
    grid->addLayout(folderRow, row, 0, 1, 2);
    grid->addWidget(m_changeFolder, row, 2);

    connect(m_clientReport, &QPushButton::clicked, this, &ReportsView::makeClientReport);
    connect(m_portfolio, &QPushButton::clicked, this, &ReportsView::makePortfolioReport);
    connect(m_batch, &QPushButton::clicked, this, &ReportsView::makeClientBatch);
    connect(m_invoices, &QPushButton::clicked, this, &ReportsView::invoicesRequested);
    connect(m_changeFolder, &QPushButton::clicked, this, &ReportsView::chooseFolder);
    connect(m_client, &QComboBox::currentIndexChanged, this, &ReportsView::updateState);
    return box;
}

QWidget *ReportsView::buildRecent()
{
    auto *box = new QGroupBox(tr("Made on this computer lately"), this);
    m_recent = new QTableWidget(0, RecentColumnCount, box);
    m_recent->setObjectName(u"recentReports"_s);
    m_recent->setHorizontalHeaderLabels({ tr("Report"), tr("Period"), tr("Made"), tr("Saved as") });
    m_recent->verticalHeader()->hide();
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setWordWrap(false);
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->horizontalHeader()->setSectionResizeMode(Place, QHeaderView::Stretch);
    m_recent->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_recentEmpty = new QLabel(tr("Reports you save as PDF on this computer are listed here, "
                                  "newest first, to open or make again."),
                               box);
    m_recentEmpty->setObjectName(u"recentReportsEmpty"_s);
    m_recentEmpty->setAlignment(Qt::AlignCenter);
    m_recentEmpty->setWordWrap(true);
    m_recentStack = new QStackedWidget(box);
    m_recentStack->addWidget(m_recent);
    m_recentStack->addWidget(m_recentEmpty);
    m_openRecent = new QPushButton(tr("&Open"), box);
    m_showFolder = new QPushButton(tr("Show in &Folder"), box);
    m_makeAgain = new QPushButton(tr("Make &Again…"), box);
    m_makeAgain->setToolTip(
        tr("The same report with the same choices, from the data as it is now"));
    m_forget = new QPushButton(tr("&Remove from List"), box);
    m_forget->setToolTip(tr("Takes the report off this list; the file stays where it is"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_openRecent, m_showFolder, m_makeAgain, m_forget })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_recentStack, 1);
    layout->addLayout(buttons);

    const auto currentRow = [this] {
        return m_recent->currentRow();
    };
    connect(m_openRecent, &QPushButton::clicked, this,
            [this, currentRow] { openRecent(currentRow()); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this, currentRow] { showRecentFolder(currentRow()); });
    connect(m_makeAgain, &QPushButton::clicked, this,
            [this, currentRow] { makeAgain(currentRow()); });
    connect(m_forget, &QPushButton::clicked, this,
            [this, currentRow] { forgetRecent(currentRow()); });
    connect(m_recent, &QTableWidget::cellActivated, this, [this](int row) { openRecent(row); });
    connect(m_recent, &QTableWidget::itemSelectionChanged, this, &ReportsView::updateState);
    return box;
}

void ReportsView::setDatabase(Database *database)
{
    m_db = database;
    m_loading.reset(); // a read still running is of the database before
    if (m_load->isRunning())
        m_loadAgain = true;
    m_client->clear();
    setMessage({});
    if (isVisible())
        reload();
    updateState();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReportsView::reload()
{
    fillRecent();
    startLoad();
    updateState();
}

bool ReportsView::waitForLoaded(int timeoutMs)
{
    return !m_load->isRunning() || m_load->waitForDone(timeoutMs);
}

void ReportsView::startLoad()
{
    if (!m_db)
        return;
    if (m_load->isRunning()) {
        m_loadAgain = true;
        return;
    }
    auto loading = std::make_shared<Result<QList<Account>>>(Error { QString() });
    m_loading = loading;
    const WorkerConnection connection(*m_db);
    m_load->start([connection, loading](const BackgroundTask::Reporter &) {
        *loading = connection.run<QList<Account>>(
            [](Database &database) { return AccountService(database).list(AccountKind::Client); });
    });
}

void ReportsView::loaded()
{
    if (m_loadAgain) {
        m_loadAgain = false;
        startLoad();
        return;
    }
    if (!m_loading || !m_db)
        return;
    if (!*m_loading) {
        setMessage(tr("The clients could not be read: %1").arg(m_loading->error()));
        return;
    }
    QList<Account> clients = **m_loading;
    std::sort(clients.begin(), clients.end(), [](const Account &a, const Account &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QVariant current = m_client->currentData();
    {
        const QSignalBlocker blocker(m_client);
        m_client->clear();
        for (const Account &client : std::as_const(clients))
            m_client->addItem(client.name, client.id);
        const int index = current.isValid() ? m_client->findData(current) : -1;
        m_client->setCurrentIndex(index >= 0 ? index : (m_client->count() > 0 ? 0 : -1));
    }
    m_client->lineEdit()->setPlaceholderText(clients.isEmpty() ? tr("No clients yet")
                                                               : tr("Type a client's name"));
    updateState();
}

void ReportsView::fillRecent()
{
    m_entries = RecentReports::entries();
    const QLocale locale;
    m_recent->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const RecentReports::Entry &e = m_entries.at(row);
        const QString period = e.from.isValid() && e.to.isValid()
            ? tr("%1 – %2").arg(locale.toString(e.from, QLocale::ShortFormat),
                                locale.toString(e.to, QLocale::ShortFormat))
            : QString();
        const QString place = QDir::toNativeSeparators(e.path);
        const QStringList texts { RecentReports::title(e), period,
                                  locale.toString(e.made, QLocale::ShortFormat), place };
        for (int column = 0; column < RecentColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == Place)
                item->setToolTip(place);
            m_recent->setItem(row, column, item);
        }
    }
    m_recentStack->setCurrentWidget(m_entries.isEmpty() ? static_cast<QWidget *>(m_recentEmpty)
                                                        : m_recent);
    m_folder->setText(QDir::toNativeSeparators(RecentReports::folder()));
}

void ReportsView::updateState()
{
    const bool db = m_db != nullptr;
    m_clientReport->setEnabled(db && m_client->currentIndex() >= 0);
    m_client->setEnabled(db);
    m_portfolio->setEnabled(db);
    m_batch->setEnabled(db);
    m_invoices->setEnabled(db);
    const RecentReports::Entry *entry = recentAt(m_recent->currentRow());
    m_openRecent->setEnabled(entry);
    m_showFolder->setEnabled(entry);
    m_forget->setEnabled(entry);
    m_makeAgain->setEnabled(entry && db);
}

void ReportsView::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

const RecentReports::Entry *ReportsView::recentAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void ReportsView::run(QDialog &dialog)
{
    setMessage({});
    m_runDialog(dialog);
    fillRecent();
    updateState();
}

void ReportsView::makeClientReport()
{
    if (!m_db || m_client->currentIndex() < 0)
        return;
    const int index = m_client->currentIndex();
    ReportDialog dialog(*m_db, m_client->itemData(index).toLongLong(), m_client->itemText(index),
                        this);
    run(dialog);
}

void ReportsView::makePortfolioReport()
{
    if (!m_db)
        return;
    ReportDialog dialog(*m_db, 0, QString(), this);
    run(dialog);
}

void ReportsView::makeClientBatch()
{
    if (!m_db)
        return;
    BatchReportDialog dialog(*m_db, this);
    run(dialog);
}

void ReportsView::chooseFolder()
{
    const QString chosen = m_chooseFolder(RecentReports::folder());
    if (chosen.isEmpty())
        return;
    RecentReports::setFolder(chosen);
    fillRecent();
}

void ReportsView::openRecent(int row)
{
    const RecentReports::Entry *entry = recentAt(row);
    if (!entry)
        return;
    if (!QFileInfo::exists(entry->path)) {
        setMessage(tr("%1 is no longer there: it was moved or deleted. Make Again… writes it anew.")
                       .arg(QDir::toNativeSeparators(entry->path)));
        return;
    }
    setMessage({});
    if (!m_open(QUrl::fromLocalFile(entry->path)))
        setMessage(
            tr("No program on this computer opens %1.").arg(QDir::toNativeSeparators(entry->path)));
}

void ReportsView::showRecentFolder(int row)
{
    const RecentReports::Entry *entry = recentAt(row);
    if (!entry)
        return;
    const QFileInfo info(entry->path);
    const QString folder = entry->kind == RecentReports::Kind::ClientBatch ? info.absoluteFilePath()
                                                                           : info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        setMessage(tr("The folder %1 is no longer there.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    setMessage({});
    if (!m_open(QUrl::fromLocalFile(folder)))
        setMessage(tr("No program on this computer shows the folder %1.")
                       .arg(QDir::toNativeSeparators(folder)));
}

void ReportsView::makeAgain(int row)
{
    const RecentReports::Entry *found = recentAt(row);
    if (!found || !m_db)
        return;
    const RecentReports::Entry entry = *found; // the list is read again after the dialog
    if (entry.database != m_db->location()) {
        setMessage(tr("This report was made from another database (%1). Open that database to "
                      "make it again.")
                       .arg(entry.database));
        return;
    }
    switch (entry.kind) {
    case RecentReports::Kind::Client:
    case RecentReports::Kind::Portfolio: {
        ReportDialog dialog(*m_db, entry.kind == RecentReports::Kind::Client ? entry.id : 0,
                            entry.name, this);
        if (entry.from.isValid() && entry.to.isValid()) {
            dialog.fromEdit()->setDate(entry.from);
            dialog.toEdit()->setDate(entry.to);
        }
        run(dialog);
        return;
    }
    case RecentReports::Kind::Invoice: {
        const auto dialog = ReportDialog::forInvoice(*m_db, entry.id, this);
        run(*dialog);
        return;
    }
    case RecentReports::Kind::ClientBatch: {
        BatchReportDialog dialog(*m_db, this);
        dialog.setChoice(entry.id, entry.from, entry.to, entry.path);
        run(dialog);
        return;
    }
    }
}

void ReportsView::forgetRecent(int row)
{
    const RecentReports::Entry *entry = recentAt(row);
    if (!entry)
        return;
    RecentReports::remove(entry->path);
    fillRecent();
    updateState();
}

} // namespace cd
