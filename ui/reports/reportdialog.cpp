#include "reports/reportdialog.h"

#include "backgroundtask.h"
#include "domain/isodate.h"
#include "reports/reportbatch.h"
#include "reports/reportprinter.h"
#include "services/reportservice.h"
#include "services/userservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

/// The first and last day of a report, the last twelve months to start with.
std::pair<QDateEdit *, QDateEdit *> periodFields(QWidget *parent)
{
    const ReportPeriod last = ReportPeriod::lastTwelveMonths(QDate::currentDate());
    auto *from = new QDateEdit(last.from, parent);
    from->setDateRange(earliestDate(), latestDate());
    auto *to = new QDateEdit(last.to, parent);
    to->setDateRange(earliestDate(), latestDate());
    for (QDateEdit *edit : { from, to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(parent->locale().dateFormat(QLocale::ShortFormat));
    }
    return { from, to };
}

using Data = ReportDialog::Figures;

/// The report's data, read on the calling thread through `reports`.
Result<Data> readData(const ReportService &reports, qint64 clientId, const ReportPeriod &period)
{
    const QDate today = QDate::currentDate();
    if (clientId != 0) {
        auto data = reports.client(clientId, period, today);
        if (!data)
            return Error { data.error() };
        return Data(std::move(data).value());
    }
    auto data = reports.portfolio(period, today);
    if (!data)
        return Error { data.error() };
    return Data(std::move(data).value());
}

BuiltReport buildReport(const Data &data, const QLocale &locale)
{
    if (const auto *client = std::get_if<ClientReportData>(&data))
        return Reports::client(*client, locale);
    return Reports::portfolio(std::get<PortfolioReportData>(data), locale);
}

} // namespace

ReportDialog::ReportDialog(Database &database, qint64 clientId, const QString &clientName,
                           QWidget *parent)
    : QDialog(parent)
    , m_reports(ReportService(database).source())
    , m_clientId(clientId)
    , m_clientName(clientName)
    , m_task(std::make_unique<BackgroundTask>())
{
    setWindowTitle(clientId != 0 ? tr("Client Report") : tr("Portfolio Report"));
    std::tie(m_from, m_to) = periodFields(this);
    auto *heading = new QLabel(clientId != 0 ? tr("The report for %1.").arg(clientName)
                                             : tr("Revenue by customer type, top clients and "
                                                  "customers, renewals, conversions and the "
                                                  "pipeline."),
                               this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Paper:"), new QLabel(ReportPrinter::pageSizeFor(locale()).name(), this));
    m_message = messageLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *pdfButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_buttons = { previewButton, printButton, pdfButton };
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this] {
        const QString problem = period().problem();
        m_message->setText(problem);
        for (QPushButton *b : std::as_const(m_buttons))
            b->setEnabled(problem.isEmpty());
    };
    connect(m_from, &QDateEdit::dateChanged, this, check);
    connect(m_to, &QDateEdit::dateChanged, this, check);

    m_askPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save Report as PDF"), suggested,
                                            tr("PDF files (*.pdf)"));
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog()
{
    m_task.reset(); // a read still going writes into this dialog's members
}

ReportPeriod ReportDialog::period() const
{
    return { m_from->date(), m_to->date() };
}

QString ReportDialog::message() const
{
    return m_message->text();
}

void ReportDialog::setBusy(bool busy, const QString &text)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(!busy);
    m_from->setEnabled(!busy);
    m_to->setEnabled(!busy);
    m_message->setText(text);
}

Result<ReportDialog::Figures> ReportDialog::read()
{
    if (m_task->isRunning())
        return Error { tr("A report is being written; try again when it is done.") };
    setBusy(true, tr("Reading the report's figures…"));
    // Shared with the read: it outlives this call whatever ends the wait.
    auto figures = std::make_shared<Result<Data>>(Error { QString() });
    const ReportPeriod chosen = period();
    m_task->start([this, figures, chosen](const BackgroundTask::Reporter &) {
        auto own = m_reports.open(); // this thread's own connection
        *figures = own ? readData(**own, m_clientId, chosen) : Result<Data>(Error { own.error() });
    });
    m_task->waitForDone(std::numeric_limits<int>::max());
    setBusy(false);
    return *figures;
}

Result<int> ReportDialog::paintOn(QPrinter *printer)
{
    const auto figures = read();
    if (!figures)
        return Error { figures.error() };
    BuiltReport report = buildReport(*figures, locale());
    return ReportPrinter::paint(*report.document, report.frame, *printer, locale());
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ReportPrinter::pageSizeFor(locale()));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    const auto figures = read();
    if (!figures) {
        m_message->setText(figures.error());
        return;
    }
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(m_clientId != 0 ? tr("Client Report — Preview")
                                          : tr("Portfolio Report — Preview"));
    // A fresh document for each paint: another paper size lays it out anew.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &figures](QPrinter *p) {
        BuiltReport report = buildReport(*figures, locale());
        if (const auto pages = ReportPrinter::paint(*report.document, report.frame, *p, locale());
            !pages)
            m_message->setText(pages.error());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ReportPrinter::pageSizeFor(locale()));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto pages = paintOn(&printer);
    m_message->setText(
        pages ? tr("Sent %1 pages to %2.").arg(locale().toString(*pages), printer.printerName())
              : pages.error());
}

void ReportDialog::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        m_clientId != 0 ? Reports::fileNameFor(m_clientName, m_clientId)
                        : u"portfolio-%1.pdf"_s.arg(m_to->date().toString(Qt::ISODate)));
    if (m_task->isRunning())
        return;
    const QString path = m_askPath(suggested);
    if (path.isEmpty() || m_task->isRunning())
        return;
    setBusy(true, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const ReportPeriod chosen = period();
    const QLocale here = locale();
    auto outcome = std::make_shared<Result<int>>(Error { QString() });
    connect(
        m_task.get(), &BackgroundTask::finished, this,
        [this, outcome, path] {
            setBusy(false,
                    *outcome
                        ? tr("Saved %1 (%2 pages).")
                              .arg(QDir::toNativeSeparators(path), locale().toString(**outcome))
                        : outcome->error());
        },
        Qt::SingleShotConnection);
    m_task->start([this, outcome, chosen, here, path](const BackgroundTask::Reporter &) {
        auto own = m_reports.open();
        if (!own) {
            *outcome = Error { own.error() };
            return;
        }
        const auto figures = readData(**own, m_clientId, chosen);
        if (!figures) {
            *outcome = Error { figures.error() };
            return;
        }
        BuiltReport report = buildReport(*figures, here);
        *outcome = ReportPrinter::writePdf(*report.document, report.frame, path, here);
    });
}

bool ReportDialog::waitForSave(int timeoutMs)
{
    return m_task->waitForDone(timeoutMs);
}

BatchReportDialog::BatchReportDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_batch(std::make_unique<ReportBatch>())
{
    setWindowTitle(tr("Client Reports for a Manager"));
    m_manager = new QComboBox(this);
    m_manager->addItem(tr("All account managers"));
    if (const auto users = UserService(database).list(true)) {
        for (const User &user : *users)
            m_manager->addItem(user.name, user.id);
    }
    std::tie(m_from, m_to) = periodFields(this);
    m_folder
        = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .filePath(tr("Client reports")),
                        this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Reports"),
                                                                 m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Clients of:"), m_manager);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Into the folder:"), folderRow);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message = messageLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("Write Reports"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &BatchReportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_batch->cancel();
        m_message->setText(tr("Cancelling: the reports being written are finished first…"));
    });
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
            &QDialog::reject);
    connect(m_batch.get(), &ReportBatch::progressChanged, m_progress,
            [this](int done, int total) { m_progress->setValue(int(qint64(done) * 100 / total)); });
    connect(m_batch.get(), &ReportBatch::finished, this, [this] {
        m_start->setEnabled(true);
        m_cancel->setEnabled(false);
        const Result<int> &result = m_batch->result();
        if (result) {
            m_progress->setValue(100);
            m_message->setText(
                tr("Client reports written into %2: %1.")
                    .arg(locale().toString(*result), QDir::toNativeSeparators(m_folder->text())));
        } else {
            m_message->setText(result.error());
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

BatchReportDialog::~BatchReportDialog()
{
    m_batch.reset(); // cancels the batch and waits for the reports being written
}

QString BatchReportDialog::message() const
{
    return m_message->text();
}

bool BatchReportDialog::isRunning() const
{
    return m_batch->isRunning();
}

void BatchReportDialog::start()
{
    const ReportPeriod period { m_from->date(), m_to->date() };
    if (const QString problem = period.problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_message->setText(tr("Choose the folder for the reports."));
        return;
    }
    std::optional<qint64> manager;
    if (m_manager->currentData().isValid())
        manager = m_manager->currentData().toLongLong();
    const ReportService reports(m_database);
    const auto clients = reports.clientsOf(manager);
    if (!clients) {
        m_message->setText(clients.error());
        return;
    }
    if (clients->isEmpty()) {
        m_message->setText(tr("%1 has no active clients: there is nothing to write.")
                               .arg(m_manager->currentText()));
        return;
    }
    QList<ReportBatch::Client> batch;
    for (const auto &[id, name] : *clients)
        batch.append({ id, name });
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_message->setText(tr("Writing %1 client reports…").arg(locale().toString(batch.size())));
    m_batch->start(reports, { batch, period, QDate::currentDate(), folder, locale(), 0 });
}

bool BatchReportDialog::waitForFinished(int timeoutMs)
{
    return m_batch->waitForDone(timeoutMs);
}

} // namespace cd
