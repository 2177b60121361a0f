#include "cli/reportcommand.h"

#include "cli/cli.h"
#include "language.h"
#include "reports/clientreport.h"
#include "reports/invoicereport.h"
#include "reports/reportbatch.h"
#include "reports/reportdata.h"
#include "services/reportservice.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ { u"o"_s, u"output"_s },
                       tr("the PDF file to write (client, portfolio, invoice) or the folder "
                          "(clients, invoices)."),
                       u"PATH"_s });
    parser.addOption(
        { u"period"_s, tr("invoices: the month of the invoices' dates, YYYY-MM."), u"YYYY-MM"_s });
    parser.addOption({ u"language"_s,
                       tr("invoice, invoices: the invoice's language, en or id (default: the "
                          "app's)."),
                       u"CODE"_s });
    parser.addOption({ u"from"_s, tr("the first day of the period, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption(
        { u"to"_s, tr("the last day of the period, YYYY-MM-DD (default: today)."), u"DATE"_s });
    parser.addOption(
        { u"manager"_s, tr("clients: only this account manager's clients."), u"NAME"_s });
}

/// What `report` was asked for, its arguments checked.
struct ReportRequest
{
    QString kind; ///< client, portfolio, clients, invoice or invoices
    QString output;
    ReportPeriod period; ///< invoices: the month
    QDate today;
};

bool isInvoiceKind(const QString &kind)
{
    return kind == u"invoice"_s || kind == u"invoices"_s;
}

/// The options that go with some reports only: the exit code after saying so when one is
/// given with another.
std::optional<int> checkOptionsFit(const QCommandLineParser &parser, const QString &kind,
                                   Console &console)
{
    if (parser.isSet(u"manager"_s) && kind != u"clients"_s) {
        console.error(tr("--manager goes with 'report clients' only."));
        return Usage;
    }
    if (parser.isSet(u"period"_s) && kind != u"invoices"_s) {
        console.error(tr("--period goes with 'report invoices' only."));
        return Usage;
    }
    if (kind == u"invoices"_s && !parser.isSet(u"period"_s)) {
        console.error(tr("Name the month of the invoices with --period YYYY-MM."));
        return Usage;
    }
    if (parser.isSet(u"language"_s) && !isInvoiceKind(kind)) {
        console.error(tr("--language goes with 'report invoice' and 'report invoices' only."));
        return Usage;
    }
    if (isInvoiceKind(kind) && (parser.isSet(u"from"_s) || parser.isSet(u"to"_s))) {
        console.error(kind == u"invoice"_s
                          ? tr("'report invoice' prints one invoice: it takes no --from or --to.")
                          : tr("'report invoices' takes the month with --period, not --from or "
                               "--to."));
        return Usage;
    }
    if (parser.isSet(u"language"_s)) {
        const QString code = parser.value(u"language"_s).trimmed().toLower();
        if (code != u"en"_s && code != u"id"_s) {
            console.error(tr("--language is en or id, not '%1'.").arg(parser.value(u"language"_s)));
            return Usage;
        }
    }
    return std::nullopt;
}

/// "2026-11": its first and last day; nothing after saying what is wrong.
std::optional<ReportPeriod> monthOption(const QCommandLineParser &parser, Console &console)
{
    const QString text = parser.value(u"period"_s).trimmed();
    const QDate first = QDate::fromString(text + u"-01"_s, u"yyyy-MM-dd"_s);
    if (text.size() != 7 || !first.isValid()) {
        console.error(tr("--period takes a month as YYYY-MM, such as 2026-11, not '%1'.")
                          .arg(parser.value(u"period"_s)));
        return std::nullopt;
    }
    return ReportPeriod { first, first.addMonths(1).addDays(-1) };
}

/// Which report: it decides how many arguments the command takes, so a first look.
QString reportKind(const QStringList &arguments)
{
    QCommandLineParser look;
    addOptions(look);
    look.addOption({ u"database"_s, QString(), u"PATH"_s });
    look.addOption({ { u"h"_s, u"help"_s }, QString() });
    look.parse(arguments);
    return look.positionalArguments().value(0);
}

/// Parses and checks the arguments into `request`; the exit code when they make no report.
std::optional<int> parseRequest(QCommandLineParser &parser, const QStringList &arguments,
                                ReportRequest &request, Console &console)
{
    const QString kind = reportKind(arguments);
    addOptions(parser);
    const bool client = kind == u"client"_s;
    const bool invoice = kind == u"invoice"_s;
    if (auto exit = parseCommand(
            parser, arguments, u"report"_s,
            tr("Writes printed reports as PDF: one client's report, the portfolio report, "
               "every active client's report (of one manager) into a folder, one invoice, or "
               "every invoice dated in a month into a folder."),
            client        ? u"client ID_OR_NAME"_s
                : invoice ? u"invoice NUMBER"_s
                          : u"client|portfolio|clients|invoice|invoices"_s,
            client || invoice ? 2 : 1, console)) {
        return *exit;
    }
    if (kind != u"client"_s && kind != u"portfolio"_s && kind != u"clients"_s
        && !isInvoiceKind(kind)) {
        console.error(
            tr("'report' writes client, portfolio, clients, invoice or invoices, not '%1'.")
                .arg(kind));
        return Usage;
    }
    if (!parser.isSet(u"output"_s) || parser.value(u"output"_s).trimmed().isEmpty()) {
        console.error(kind == u"clients"_s ? tr("Name the folder for the reports with -o DIR.")
                          : kind == u"invoices"_s
                          ? tr("Name the folder for the invoices with -o DIR.")
                          : tr("Name the PDF file to write with -o FILE.pdf."));
        return Usage;
    }
    if (auto exit = checkOptionsFit(parser, kind, console))
        return *exit;
    request.kind = kind;
    request.today = QDate::currentDate();
    request.output = parser.value(u"output"_s);
    if (kind == u"invoices"_s) {
        const auto month = monthOption(parser, console);
        if (!month)
            return Usage;
        request.period = *month;
        return std::nullopt;
    }
    if (kind == u"invoice"_s)
        return std::nullopt;
    const auto from = dateOption(parser, u"from"_s, console);
    if (!from)
        return Usage;
    const auto to = dateOption(parser, u"to"_s, console);
    if (!to)
        return Usage;
    request.kind = kind;
    request.today = QDate::currentDate();
    request.period = ReportPeriod::lastTwelveMonths(to->isValid() ? *to : request.today);
    if (from->isValid())
        request.period.from = *from;
    if (const QString problem = request.period.problem(); !problem.isEmpty()) {
        console.error(problem);
        return Usage;
    }
    request.output = parser.value(u"output"_s);
    return std::nullopt;
}

int wrote(Console &console, const QString &output, int pages)
{
    console.out() << tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(output)).arg(pages)
                  << Qt::endl;
    return Success;
}

int writeClient(const ReportService &reports, const QString &idOrName, const ReportRequest &request,
                Console &console)
{
    const auto id = reports.findClient(idOrName);
    if (!id) {
        console.error(id.error());
        return Failure;
    }
    const auto pages = ReportBatch::writeOne(reports, *id, request.period, request.today,
                                             request.output, QLocale());
    if (!pages) {
        console.error(pages.error());
        return Failure;
    }
    return wrote(console, request.output, *pages);
}

int writePortfolio(const ReportService &reports, const ReportRequest &request, Console &console)
{
    const auto data = reports.portfolio(request.period, request.today);
    if (!data) {
        console.error(data.error());
        return Failure;
    }
    const QLocale locale;
    BuiltReport report = Reports::portfolio(*data, locale);
    const auto pages
        = ReportPrinter::writePdf(*report.document, report.frame, request.output, locale);
    if (!pages) {
        console.error(pages.error());
        return Failure;
    }
    return wrote(console, request.output, *pages);
}

/// The clients of the batch: every active client, or those of the manager named; an empty
/// list after saying why there are none (or what went wrong).
QList<ReportBatch::Client> batchClients(Database &database,
                                        const std::optional<QString> &managerName, Console &console)
{
    std::optional<qint64> managerId;
    if (managerName) {
        const auto user = UserService(database).findByName(*managerName);
        if (!user) {
            console.error(user.error());
            return {};
        }
        if (!user->has_value()) {
            console.error(tr("There is no account manager named '%1'.").arg(*managerName));
            return {};
        }
        managerId = (*user)->id;
    }
    const auto clients = ReportService(database).clientsOf(managerId);
    if (!clients) {
        console.error(clients.error());
        return {};
    }
    if (clients->isEmpty()) {
        console.error(managerId
                          ? tr("%1 has no active clients: no reports written.").arg(*managerName)
                          : tr("There are no active clients: no reports written."));
        return {};
    }
    QList<ReportBatch::Client> batch;
    for (const auto &[id, name] : *clients)
        batch.append({ id, name });
    return batch;
}

/// Every active client's report, of one manager or all, into a folder, with progress.
int writeBatch(Database &database, const std::optional<QString> &managerName,
               const ReportRequest &request, Console &console)
{
    const QList<ReportBatch::Client> clients = batchClients(database, managerName, console);
    if (clients.isEmpty())
        return Failure;
    const QFileInfo folder(request.output);
    if (folder.exists() && !folder.isDir()) {
        console.error(tr("%1 is a file; give a folder for the reports.")
                          .arg(QDir::toNativeSeparators(request.output)));
        return Failure;
    }
    const auto show = [&console](int done, int total) {
        console.progress(int(qint64(done) * 100 / total),
                         tr("Writing client reports (%1 of %2)").arg(done).arg(total));
    };
    // Every report counts; the line changes at most every 50 ms, and at the end.
    QElapsedTimer shown;
    shown.start();
    int done = 0;
    ReportBatch batch;
    QObject::connect(&batch, &ReportBatch::progressChanged, &batch,
                     [&show, &shown, &done](int now, int total) {
                         done = now;
                         if (shown.elapsed() >= 50) {
                             show(now, total);
                             shown.restart();
                         }
                     });
    batch.start(ReportService(database),
                { clients, request.period, request.today, request.output, QLocale(), 0 });
    batch.waitForDone(std::numeric_limits<int>::max());
    show(done, int(clients.size()));
    const Result<int> &written = batch.result();
    if (!written) {
        console.error(written.error());
        return Failure;
    }
    console.endProgress();
    console.out() << tr("Client reports written into %2: %1.")
                         .arg(*written)
                         .arg(QDir::toNativeSeparators(QDir(request.output).absolutePath()))
                  << Qt::endl;
    return Success;
}

/// The locale invoices are printed in: the --language given (its translations installed for
/// this run), else the app's.
QLocale invoiceLocale(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"language"_s))
        return QLocale();
    const QLocale locale = Language::localeFor(parser.value(u"language"_s).trimmed().toLower());
    Language::apply(locale);
    return locale;
}

int writeInvoice(const ReportService &reports, const QString &number, const ReportRequest &request,
                 const QLocale &locale, Console &console)
{
    const auto id = reports.findInvoice(number);
    if (!id) {
        console.error(id.error());
        return Failure;
    }
    const auto pages
        = ReportBatch::writeInvoice(reports, *id, request.today, request.output, locale);
    if (!pages) {
        console.error(pages.error());
        return Failure;
    }
    return wrote(console, request.output, *pages);
}

/// Every invoice and credit note dated in the month into a folder, named by their numbers.
int writeInvoices(Database &database, const ReportRequest &request, const QLocale &locale,
                  Console &console)
{
    const QFileInfo folder(request.output);
    if (folder.exists() && !folder.isDir()) {
        console.error(tr("%1 is a file; give a folder for the invoices.")
                          .arg(QDir::toNativeSeparators(request.output)));
        return Failure;
    }
    const ReportService reports(database);
    const auto invoices = reports.invoicesDated(request.period.from, request.period.to);
    if (!invoices) {
        console.error(invoices.error());
        return Failure;
    }
    const QString month = request.period.from.toString(u"yyyy-MM"_s);
    if (invoices->isEmpty()) {
        console.error(tr("No invoices are dated in %1: none written.").arg(month));
        return Failure;
    }
    QList<ReportBatch::InvoiceItem> items;
    for (const auto &[id, number] : *invoices)
        items.append({ id, number });
    ReportBatch batch;
    QObject::connect(&batch, &ReportBatch::progressChanged, &batch,
                     [&console](int done, int total) {
                         console.progress(int(qint64(done) * 100 / total),
                                          tr("Writing invoices (%1 of %2)").arg(done).arg(total));
                     });
    ReportBatch::Request batchRequest;
    batchRequest.invoices = items;
    batchRequest.today = request.today;
    batchRequest.folder = request.output;
    batchRequest.locale = locale;
    batch.start(reports, batchRequest);
    batch.waitForDone(std::numeric_limits<int>::max());
    const Result<int> &written = batch.result();
    if (!written) {
        console.error(written.error());
        return Failure;
    }
    console.endProgress();
    console.out() << tr("Invoices dated in %1 written into %2: %3 (each named after its number, "
                        "'/' written as '-').")
                         .arg(month, QDir::toNativeSeparators(QDir(request.output).absolutePath()))
                         .arg(*written)
                  << Qt::endl;
    return Success;
}

} // namespace

int runReport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    ReportRequest request;
    if (auto exit = parseRequest(parser, arguments, request, console))
        return *exit;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    if (request.kind == u"client"_s)
        return writeClient(ReportService(*db), parser.positionalArguments().at(1), request,
                           console);
    if (request.kind == u"portfolio"_s)
        return writePortfolio(ReportService(*db), request, console);
    if (request.kind == u"invoice"_s)
        return writeInvoice(ReportService(*db), parser.positionalArguments().at(1), request,
                            invoiceLocale(parser), console);
    if (request.kind == u"invoices"_s)
        return writeInvoices(*db, request, invoiceLocale(parser), console);
    std::optional<QString> manager;
    if (parser.isSet(u"manager"_s))
        manager = parser.value(u"manager"_s);
    return writeBatch(*db, manager, request, console);
}

} // namespace cd::cli
