#include "reports/reportdialog.h"

#include "backgroundtask.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "reports/invoicereport.h"
#include "reports/recentreports.h"
#include "reports/reportbatch.h"
#include "reports/reportprinter.h"
#include "services/reportservice.h"
#include "services/userservice.h"
#include "storage/database.h"

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
#include <QScreen>
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
using Kind = ReportDialog::Kind;

/// The report's data, read on the calling thread through `reports`.
Result<Data> readData(const ReportService &reports, Kind kind, qint64 id,
                      const ReportPeriod &period)
{
    const QDate today = QDate::currentDate();
    const auto wrap = [](auto &&data) -> Result<Data> {
        if (!data)
            return Error { data.error() };
        return Data(std::move(data).value());
    };
    switch (kind) {
    case Kind::Client:
        return wrap(reports.client(id, period, today));
    case Kind::Invoice:
        return wrap(reports.invoice(id, today));
    case Kind::Portfolio:
        break;
    }
    return wrap(reports.portfolio(period, today));
}

BuiltReport buildReport(const Data &data, const QLocale &locale)
{
    if (const auto *client = std::get_if<ClientReportData>(&data))
        return Reports::client(*client, locale);
    if (const auto *invoice = std::get_if<InvoiceReportData>(&data))
        return InvoiceReport::build(*invoice, locale);
    return Reports::portfolio(std::get<PortfolioReportData>(data), locale);
}

/// The printer the preview and the print dialog start from: the PDF's paper and margins.
void setUpPrinter(QPrinter &printer, const QLocale &locale)
{
    printer.setPageSize(ReportPrinter::pageSizeFor(locale));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

} // namespace

ReportDialog::ReportDialog(Database &database, qint64 clientId, const QString &clientName,
                           QWidget *parent)
    : ReportDialog(database, clientId != 0 ? Kind::Client : Kind::Portfolio, clientId, clientName,
                   parent)
{ }

std::unique_ptr<ReportDialog> ReportDialog::forInvoice(Database &database, qint64 invoiceId,
                                                       QWidget *parent)
{
    return std::unique_ptr<ReportDialog>(
        new ReportDialog(database, Kind::Invoice, invoiceId, QString(), parent));
}

ReportDialog::ReportDialog(Database &database, Kind kind, qint64 id, const QString &name,
                           QWidget *parent)
    : QDialog(parent)
    , m_reports(ReportService(database).source())
    , m_location(database.location())
    , m_kind(kind)
    , m_id(id)
    , m_name(name)
    , m_task(std::make_unique<BackgroundTask>())
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
{
    const bool invoice = kind == Kind::Invoice;
    setWindowTitle(invoice       ? tr("Invoice")
                       : id != 0 ? tr("Client Report")
                                 : tr("Portfolio Report"));
    m_heading = new QLabel(invoice       ? QString()
                               : id != 0 ? tr("The report for %1.").arg(name)
                                         : tr("Revenue by customer type, top clients and "
                                              "customers, renewals, conversions and the "
                                              "pipeline."),
                           this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    auto *form = new QFormLayout;
    if (!invoice) {
        std::tie(m_from, m_to) = periodFields(this);
        form->addRow(tr("From:"), m_from);
        form->addRow(tr("To:"), m_to);
    }
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
    if (!invoice) {
        const auto check = [this] {
            const QString problem = period().problem();
            m_message->setText(problem);
            for (QPushButton *b : std::as_const(m_buttons))
                b->setEnabled(problem.isEmpty());
        };
        connect(m_from, &QDateEdit::dateChanged, this, check);
        connect(m_to, &QDateEdit::dateChanged, this, check);
    }

    m_askPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(
            this, m_kind == Kind::Invoice ? tr("Save Invoice as PDF") : tr("Save Report as PDF"),
            suggested, tr("PDF files (*.pdf)"));
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (invoice) {
        setMinimumWidth(480);
        readInvoiceHeading();
    }
}

ReportDialog::~ReportDialog()
{
    m_task.reset(); // a read still going writes into this dialog's members
}

void ReportDialog::readInvoiceHeading()
{
    setBusy(true, tr("Reading the invoice…"));
    auto invoice = std::make_shared<Result<Data>>(Error { QString() });
    connect(
        m_task.get(), &BackgroundTask::finished, this,
        [this, invoice] {
            setBusy(false);
            QString problem;
            if (!*invoice) {
                problem = invoice->error();
            } else {
                const auto &read = std::get<InvoiceReportData>(**invoice);
                const Invoice &inv = read.invoice;
                m_name = inv.number;
                m_creditNote = inv.series == InvoiceSeries::CreditNote;
                // The date as the invoice prints it.
                const QString date = locale().toString(inv.date, u"d MMMM yyyy"_s);
                const QString total = Money(inv.totalMinor, inv.currency).format(locale());
                QString heading = m_creditNote
                    ? tr("Credit note %1 to %2, dated %3, for %4.")
                          .arg(inv.number, read.account.name, date, total)
                    : tr("Invoice %1 to %2, dated %3, for %4.")
                          .arg(inv.number, read.account.name, date, total);
                if (inv.state == InvoiceState::Void)
                    heading += u' ' + tr("It is void: every page says so.");
                m_heading->setText(heading);
                setWindowTitle(m_creditNote ? tr("Credit Note %1").arg(inv.number)
                                            : tr("Invoice %1").arg(inv.number));
                if (inv.state == InvoiceState::Draft)
                    problem = tr("A draft cannot be printed: issue it first, and it gets its "
                                 "number.");
            }
            m_message->setText(problem);
            for (QPushButton *b : std::as_const(m_buttons))
                b->setEnabled(problem.isEmpty());
            adjustSize(); // room for the heading's lines
        },
        Qt::SingleShotConnection);
    m_task->start([this, invoice](const BackgroundTask::Reporter &) {
        auto own = m_reports.open(); // this thread's own connection
        *invoice
            = own ? readData(**own, Kind::Invoice, m_id, {}) : Result<Data>(Error { own.error() });
    });
}

ReportPeriod ReportDialog::period() const
{
    if (!m_from)
        return {};
    return { m_from->date(), m_to->date() };
}

QString ReportDialog::heading() const
{
    return m_heading->text();
}

QString ReportDialog::message() const
{
    return m_message->text();
}

void ReportDialog::setBusy(bool busy, const QString &text)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(!busy);
    for (QDateEdit *edit : { m_from, m_to }) {
        if (edit)
            edit->setEnabled(!busy);
    }
    m_message->setText(text);
}

Result<ReportDialog::Figures> ReportDialog::read()
{
    if (m_task->isRunning())
        return Error { tr("A report is being written; try again when it is done.") };
    setBusy(true,
            m_kind == Kind::Invoice ? tr("Reading the invoice…")
                                    : tr("Reading the report's figures…"));
    // Shared with the read: it outlives this call whatever ends the wait.
    auto figures = std::make_shared<Result<Data>>(Error { QString() });
    const ReportPeriod chosen = period();
    m_task->start([this, figures, chosen](const BackgroundTask::Reporter &) {
        auto own = m_reports.open(); // this thread's own connection
        *figures
            = own ? readData(**own, m_kind, m_id, chosen) : Result<Data>(Error { own.error() });
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

QString ReportDialog::previewTitle() const
{
    switch (m_kind) {
    case Kind::Client:
        return tr("Client Report — Preview");
    case Kind::Invoice:
        return m_creditNote ? tr("Credit Note %1 — Preview").arg(m_name)
                            : tr("Invoice %1 — Preview").arg(m_name);
    case Kind::Portfolio:
        break;
    }
    return tr("Portfolio Report — Preview");
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, locale());
    const auto figures = read();
    if (!figures) {
        m_message->setText(figures.error());
        return;
    }
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(previewTitle());
    // A fresh document for each paint: another paper size lays it out anew.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &figures](QPrinter *p) {
        BuiltReport report = buildReport(*figures, locale());
        if (const auto pages = ReportPrinter::paint(*report.document, report.frame, *p, locale());
            !pages)
            m_message->setText(pages.error());
    });
    // A page high, within the screen.
    const QRect room = screen()->availableGeometry();
    dialog.resize(std::min(900, room.width()), std::min(1000, room.height() * 9 / 10));
    m_runDialog(dialog);
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, locale());
    QPrintDialog dialog(&printer, this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    const auto pages = paintOn(&printer);
    const QString where = printer.outputFileName().isEmpty()
        ? printer.printerName()
        : QDir::toNativeSeparators(printer.outputFileName());
    if (!pages)
        m_message->setText(pages.error());
    else if (*pages == 1)
        m_message->setText(tr("Sent one page to %1.").arg(where));
    else
        m_message->setText(tr("Sent %1 pages to %2.").arg(locale().toString(*pages), where));
}

QString ReportDialog::suggestedFileName() const
{
    switch (m_kind) {
    case Kind::Client:
        return Reports::fileNameFor(m_name, m_id);
    case Kind::Invoice:
        return InvoiceReport::fileNameFor(m_name, m_id);
    case Kind::Portfolio:
        break;
    }
    return u"portfolio-%1.pdf"_s.arg(m_to->date().toString(Qt::ISODate));
}

void ReportDialog::savePdf()
{
    const QString suggested = QDir(RecentReports::folder()).filePath(suggestedFileName());
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
        [this, outcome, path, chosen] {
            const QString file = QDir::toNativeSeparators(path);
            if (*outcome) {
                const RecentReports::Kind kind = m_kind == Kind::Client
                    ? RecentReports::Kind::Client
                    : m_kind == Kind::Invoice ? RecentReports::Kind::Invoice
                                              : RecentReports::Kind::Portfolio;
                RecentReports::add({ kind, m_id, m_name, chosen.from, chosen.to, path,
                                     QDateTime::currentDateTime(), m_location });
            }
            setBusy(false,
                    !*outcome ? outcome->error()
                        : **outcome == 1
                        ? tr("Saved %1 (one page).").arg(file)
                        : tr("Saved %1 (%2 pages).").arg(file, locale().toString(**outcome)));
        },
        Qt::SingleShotConnection);
    m_task->start([this, outcome, chosen, here, path](const BackgroundTask::Reporter &) {
        auto own = m_reports.open();
        if (!own) {
            *outcome = Error { own.error() };
            return;
        }
        const auto figures = readData(**own, m_kind, m_id, chosen);
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
    m_folder = new QLineEdit(QDir(RecentReports::folder()).filePath(tr("Client reports")), this);
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
            const qint64 manager = m_manager->currentData().toLongLong();
            RecentReports::add({ RecentReports::Kind::ClientBatch, manager,
                                 manager == 0 ? QString() : m_manager->currentText(),
                                 m_from->date(), m_to->date(), m_folder->text().trimmed(),
                                 QDateTime::currentDateTime(), m_database.location() });
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

void BatchReportDialog::setChoice(qint64 managerId, const QDate &from, const QDate &to,
                                  const QString &folder)
{
    const int manager = managerId == 0 ? 0 : m_manager->findData(managerId);
    m_manager->setCurrentIndex(std::max(manager, 0));
    m_from->setDate(from);
    m_to->setDate(to);
    if (!folder.isEmpty())
        m_folder->setText(folder);
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
