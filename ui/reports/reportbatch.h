#pragma once

#include "reports/reportdata.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

namespace cd {

class BackgroundTask;
class ReportService;

/// Writes one PDF per client into a folder: the batch of `clientdesk report clients` and of
/// the app's "Client Reports for a Manager"; or one PDF per invoice, named after its number
/// (InvoiceReport::fileNameFor): `clientdesk report invoices` and the Bill Period dialog. The batch
/// runs on a BackgroundTask; the reports are written on as many threads of a QThreadPool as the
/// machine has cores, each with its own connection. Progress and the end come by signals on the
/// thread that started it. Every file goes through a temporary one, so a batch that stops leaves
/// only complete reports.
class ReportBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportBatch)

public:
    struct Client
    {
        qint64 id = 0;
        QString name;
    };
    /// An invoice or credit note of a batch: its id and number (its file's name).
    struct InvoiceItem
    {
        qint64 id = 0;
        QString number;
    };
    /// What to write: the clients, their period, and where; or the invoices.
    struct Request
    {
        QList<Client> clients;
        ReportPeriod period;
        QDate today;
        QString folder;
        QLocale locale;
        int threads = 0; ///< 0: as many as the machine has cores
        QList<InvoiceItem> invoices {}; ///< written after the clients, if any
    };

    explicit ReportBatch(QObject *parent = nullptr);
    /// Cancels a batch still going and waits for the reports being written.
    ~ReportBatch() override;

    /// Starts writing the reports, each worker reading through a connection of its own to
    /// the database `reports` reads; false when a batch is still running.
    bool start(const ReportService &reports, const Request &request);
    /// Stops after the reports being written (they are finished first).
    void cancel();
    bool isRunning() const;
    /// How many reports were written, or why the batch stopped (a failed report names its
    /// client); set when finished() comes.
    const Result<int> &result() const { return m_result; }
    /// Handles events until finished() has come or `timeoutMs` have passed (the command
    /// line, tests, benchmarks); false on the timeout.
    bool waitForDone(int timeoutMs);

    /// Writes one client's report to `path`: the pages written, or why not.
    static Result<int> writeOne(const ReportService &reports, qint64 clientId,
                                const ReportPeriod &period, const QDate &today, const QString &path,
                                const QLocale &locale);

    /// Writes one invoice or credit note to `path`: the pages written, or why not.
    static Result<int> writeInvoice(const ReportService &reports, qint64 invoiceId,
                                    const QDate &today, const QString &path, const QLocale &locale);

signals:
    /// After each report written: how many are done of how many.
    void progressChanged(int done, int total);
    void finished();

private:
    Result<int> m_result = Error { QString() };
    std::unique_ptr<BackgroundTask> m_task; ///< last: it stops before the members it writes go
};

} // namespace cd
