#include "reports/reportbatch.h"

#include "backgroundtask.h"
#include "reports/clientreport.h"
#include "reports/invoicereport.h"
#include "services/reportservice.h"

#include <QDir>
#include <QEventLoop>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <mutex>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// One batch while its workers run: which client comes next, how many are done, the first
/// failure. Each worker reads through a connection of its own.
class BatchRun
{
public:
    using Progress = std::function<void(int done, int total)>;

    BatchRun(const ReportService::Source &source, const ReportBatch::Request &request,
             const BackgroundTask::Reporter &reporter, Progress progress)
        : m_source(source)
        , m_request(request)
        , m_dir(request.folder)
        , m_reporter(reporter)
        , m_progress(std::move(progress))
    { }

    int total() const { return int(m_request.clients.size() + m_request.invoices.size()); }
    int done() const { return m_done.load(); }
    QString failure() const { return m_failure; }

    /// One worker: reports until none is left, one fails or the batch is cancelled.
    void work()
    {
        auto reports = m_source.open(); // a connection of this thread's own
        if (!reports) {
            const std::lock_guard lock(m_failureLock);
            m_failure = reports.error();
            m_stop = true;
            return;
        }
        while (!m_stop && !m_reporter.cancelled()) {
            const int i = m_next++;
            if (i >= total())
                return;
            const auto [name, pages] = writeItem(**reports, i);
            if (!pages) {
                const std::lock_guard lock(m_failureLock);
                if (m_failure.isEmpty())
                    m_failure = ReportBatch::tr("%1: %2").arg(name, pages.error());
                m_stop = true;
                return;
            }
            // Counted and passed on together, so the counts arrive in order.
            const std::lock_guard lock(m_progressLock);
            m_progress(++m_done, total());
        }
    }

private:
    /// The i-th file of the batch: a client's report, or after the clients an invoice. What
    /// it is of (for a failure) and the pages written.
    std::pair<QString, Result<int>> writeItem(const ReportService &reports, int i) const
    {
        if (i < m_request.clients.size()) {
            const ReportBatch::Client &client = m_request.clients.at(i);
            return { client.name,
                     ReportBatch::writeOne(
                         reports, client.id, m_request.period, m_request.today,
                         m_dir.filePath(Reports::fileNameFor(client.name, client.id)),
                         m_request.locale) };
        }
        const ReportBatch::InvoiceItem &invoice
            = m_request.invoices.at(i - m_request.clients.size());
        return { invoice.number,
                 ReportBatch::writeInvoice(
                     reports, invoice.id, m_request.today,
                     m_dir.filePath(InvoiceReport::fileNameFor(invoice.number, invoice.id)),
                     m_request.locale) };
    }

    const ReportService::Source &m_source;
    const ReportBatch::Request &m_request;
    const QDir m_dir;
    const BackgroundTask::Reporter &m_reporter;
    const Progress m_progress;
    std::atomic_int m_next = 0;
    std::atomic_int m_done = 0;
    std::atomic_bool m_stop = false;
    std::mutex m_failureLock;
    std::mutex m_progressLock;
    QString m_failure;
};

/// The whole batch, on the BackgroundTask's thread: the workers on a pool of threads Qt
/// knows, waited for without polling.
Result<int> writeAll(const ReportService::Source &source, const ReportBatch::Request &request,
                     const BackgroundTask::Reporter &reporter, BatchRun::Progress progress)
{
    if (const QString problem = request.period.problem();
        !request.clients.isEmpty() && !problem.isEmpty())
        return Error { problem };
    if (!QDir(request.folder).exists() && !QDir().mkpath(request.folder))
        return Error { ReportBatch::tr("The folder %1 cannot be created.")
                           .arg(QDir::toNativeSeparators(request.folder)) };
    BatchRun run(source, request, reporter, std::move(progress));
    const int total = run.total();
    if (total == 0)
        return 0;
    const int count = std::max(
        1, std::min(request.threads > 0 ? request.threads : QThread::idealThreadCount(), total));
    {
        QThreadPool pool;
        pool.setMaxThreadCount(count);
        for (int t = 0; t < count; ++t)
            pool.start([&run] { run.work(); });
        pool.waitForDone(); // the workers finish the reports they are writing and end
    }
    const QLocale &locale = request.locale;
    const bool invoices = request.clients.isEmpty();
    if (!run.failure().isEmpty())
        return Error { (invoices ? ReportBatch::tr("%1 Stopped after %2 of %3 invoices; those "
                                                   "written are complete.")
                                 : ReportBatch::tr("%1 Stopped after %2 of %3 reports; those "
                                                   "written are complete."))
                           .arg(run.failure(), locale.toString(run.done()),
                                locale.toString(total)) };
    if (reporter.cancelled() && run.done() < total)
        return Error { (invoices ? ReportBatch::tr("Cancelled after %1 of %2 invoices; those "
                                                   "written are complete.")
                                 : ReportBatch::tr("Cancelled after %1 of %2 reports; those "
                                                   "written are complete."))
                           .arg(locale.toString(run.done()), locale.toString(total)) };
    return run.done();
}

} // namespace

ReportBatch::ReportBatch(QObject *parent)
    : QObject(parent), m_task(std::make_unique<BackgroundTask>())
{
    connect(m_task.get(), &BackgroundTask::finished, this, &ReportBatch::finished);
}

ReportBatch::~ReportBatch()
{
    m_task.reset(); // cancels and waits: the batch writes into this object's members
}

Result<int> ReportBatch::writeOne(const ReportService &reports, qint64 clientId,
                                  const ReportPeriod &period, const QDate &today,
                                  const QString &path, const QLocale &locale)
{
    const auto data = reports.client(clientId, period, today);
    if (!data)
        return Error { data.error() };
    BuiltReport report = Reports::client(*data, locale);
    return ReportPrinter::writePdf(*report.document, report.frame, path, locale);
}

Result<int> ReportBatch::writeInvoice(const ReportService &reports, qint64 invoiceId,
                                      const QDate &today, const QString &path,
                                      const QLocale &locale)
{
    const auto data = reports.invoice(invoiceId, today);
    if (!data)
        return Error { data.error() };
    return InvoiceReport::writePdf(*data, path, locale);
}

bool ReportBatch::start(const ReportService &reports, const Request &request)
{
    if (m_task->isRunning())
        return false;
    m_result = Error { QString() };
    m_task->start(
        [this, source = reports.source(), request](const BackgroundTask::Reporter &reporter) {
            m_result = writeAll(source, request, reporter, [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progressChanged(done, total); },
                    Qt::QueuedConnection);
            });
        });
    return true;
}

void ReportBatch::cancel()
{
    m_task->cancel();
}

bool ReportBatch::isRunning() const
{
    return m_task->isRunning();
}

bool ReportBatch::waitForDone(int timeoutMs)
{
    if (!isRunning())
        return true;
    QEventLoop loop;
    connect(this, &ReportBatch::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !isRunning();
}

} // namespace cd
