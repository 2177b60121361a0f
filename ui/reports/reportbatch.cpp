#include "reports/reportbatch.h"

#include "reports/clientreport.h"
#include "storage/database.h"

#include <QDir>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace cd {

Result<int> ReportBatch::writeOne(Database &database, qint64 clientId, const ReportPeriod &period,
                                  const QDate &today, const QString &path, const QLocale &locale)
{
    const auto data = ReportData::client(database, clientId, period, today);
    if (!data)
        return Error { data.error() };
    BuiltReport report = Reports::client(*data, locale);
    return ReportPrinter::writePdf(*report.document, report.frame, path, locale);
}

Result<int> ReportBatch::run(const Database::Reopener &database, const QList<Client> &clients,
                             const ReportPeriod &period, const QDate &today, const QString &folder,
                             const QLocale &locale, const Progress &progress, int threads)
{
    if (const QString problem = period.problem(); !problem.isEmpty())
        return Error { problem };
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error {
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))
        };
    const int total = int(clients.size());
    if (total == 0)
        return 0;
    std::atomic_int next = 0;
    std::atomic_int done = 0;
    std::atomic_bool stop = false;
    std::mutex failureLock;
    QString failure;
    const auto work = [&] {
        auto db = database.open(); // a connection of this thread's own
        if (!db) {
            const std::lock_guard lock(failureLock);
            failure = db.error();
            stop = true;
            return;
        }
        while (!stop) {
            const int i = next++;
            if (i >= total)
                return;
            const Client &client = clients.at(i);
            const auto pages
                = writeOne(**db, client.id, period, today,
                           dir.filePath(Reports::fileNameFor(client.name, client.id)), locale);
            if (!pages) {
                const std::lock_guard lock(failureLock);
                if (failure.isEmpty())
                    failure = tr("%1: %2").arg(client.name, pages.error());
                stop = true;
                return;
            }
            ++done;
        }
    };
    const int count
        = std::max(1, std::min(threads > 0 ? threads : QThread::idealThreadCount(), total));
    bool cancelled = false;
    {
        std::vector<std::jthread> workers;
        for (int t = 0; t < count; ++t)
            workers.emplace_back(work);
        // Progress from this thread while the workers run.
        while (done < total && !stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (progress && !progress(done, total)) {
                cancelled = true;
                stop = true;
            }
        }
    } // the workers finish the reports they are writing and end
    if (progress)
        progress(done, total);
    if (!failure.isEmpty())
        return Error { tr("%1 Stopped after %2 of %3 reports; those written are complete.")
                           .arg(failure, locale.toString(done.load()), locale.toString(total)) };
    if (cancelled)
        return Error { tr("Cancelled after %1 of %2 reports; those written are complete.")
                           .arg(locale.toString(done.load()), locale.toString(total)) };
    return done.load();
}

} // namespace cd
