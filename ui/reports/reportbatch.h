#pragma once

#include "storage/database.h"

#include "reports/reportdata.h"
#include "result.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace cd {

/// Writes one PDF per client into a folder: the batch of `clientdesk report clients` and of
/// the app's "Client Reports for a Manager". Reports are written on as many threads as the
/// machine has cores, each with its own connection; every file goes through a temporary one,
/// so a batch that stops leaves only complete reports.
class ReportBatch final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportBatch)

public:
    struct Client
    {
        qint64 id = 0;
        QString name;
    };
    /// Called on the calling thread about every 50 ms and at the end with the reports done so
    /// far; returning false cancels (the reports being written are finished first).
    using Progress = std::function<bool(int done, int total)>;

    /// Writes the reports; how many, or why it stopped (a failed report names its client).
    static Result<int> run(const Database::Reopener &database, const QList<Client> &clients,
                           const ReportPeriod &period, const QDate &today, const QString &folder,
                           const QLocale &locale, const Progress &progress, int threads = 0);

    /// Writes one client's report to `path`: the pages written, or why not.
    static Result<int> writeOne(Database &database, qint64 clientId, const ReportPeriod &period,
                                const QDate &today, const QString &path, const QLocale &locale);
};

} // namespace cd
