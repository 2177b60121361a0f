#include "invoicepdf.h"

#include "backgroundtask.h"
#include "reports/invoicedata.h"
#include "reports/invoicereport.h"
#include "reports/recentreports.h"
#include "services/workerconnection.h"
#include "userprompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>

namespace cd {

namespace {

struct PdfTexts
{
    Q_DECLARE_TR_FUNCTIONS(cd::InvoicePdf)
};

} // namespace

namespace invoicepdf {

void saveMany(Database &database, const QList<qint64> &invoiceIds, UserPrompts &prompts,
              QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, PdfTexts::tr("Folder for the Invoices"), RecentReports::folder());
    if (folder.isEmpty())
        return;
    QProgressDialog progress(PdfTexts::tr("Writing the invoices as PDF…"), PdfTexts::tr("Cancel"),
                             0, 100, parent);
    progress.setWindowTitle(PdfTexts::tr("Invoices as PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BackgroundTask task;
    auto outcome = std::make_shared<QString>();
    auto written = std::make_shared<int>(0);
    const WorkerConnection connection(database);
    const QLocale locale;
    QObject::connect(&task, &BackgroundTask::progressChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&progress, &QProgressDialog::canceled, &task, &BackgroundTask::cancel);
    task.start([=](const BackgroundTask::Reporter &reporter) {
        const auto done = connection.run<int>([&](Database &db) -> Result<int> {
            for (int i = 0; i < invoiceIds.size(); ++i) {
                if (!reporter.report(int(i * 100 / invoiceIds.size())))
                    break;
                const auto data = InvoiceData::read(db, invoiceIds.at(i), QDate::currentDate());
                if (!data)
                    return Error { data.error() };
                const QString path = QDir(folder).filePath(
                    InvoiceReport::fileNameFor(data->invoice.number, invoiceIds.at(i)));
                if (const auto pages = InvoiceReport::writePdf(*data, path, locale); !pages)
                    return Error { pages.error() };
                ++*written;
            }
            return *written;
        });
        if (!done)
            *outcome = done.error();
    });
    task.waitForDone(24 * 3600 * 1000);
    progress.reset();
    if (!outcome->isEmpty())
        prompts.message(QMessageBox::Warning, PdfTexts::tr("Invoices as PDF"), *outcome);
    else
        prompts.message(QMessageBox::Information, PdfTexts::tr("Invoices as PDF"),
                        PdfTexts::tr("%1 of %2 invoices were saved in %3.")
                            .arg(QLocale().toString(*written),
                                 QLocale().toString(qint64(invoiceIds.size())),
                                 QDir::toNativeSeparators(folder)));
}

} // namespace invoicepdf

} // namespace cd
