#include "cli/reportcommand.h"

#include "cli/cli.h"
#include "reports/clientreport.h"
#include "reports/reportbatch.h"
#include "reports/reportdata.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

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
                       tr("the PDF file to write (client, portfolio) or the folder (clients)."),
                       u"PATH"_s });
    parser.addOption({ u"from"_s, tr("the first day of the period, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption(
        { u"to"_s, tr("the last day of the period, YYYY-MM-DD (default: today)."), u"DATE"_s });
    parser.addOption(
        { u"manager"_s, tr("clients: only this account manager's clients."), u"NAME"_s });
}

} // namespace

int runReport(const QStringList &arguments, Console &console)
{
    // Which report decides how many arguments it takes: a first look.
    QString kind;
    {
        QCommandLineParser look;
        addOptions(look);
        look.addOption({ u"database"_s, QString(), u"PATH"_s });
        look.addOption({ { u"h"_s, u"help"_s }, QString() });
        look.parse(arguments);
        kind = look.positionalArguments().value(0);
    }
    QCommandLineParser parser;
    addOptions(parser);
    const bool client = kind == u"client"_s;
    if (auto exit = parseCommand(
            parser, arguments, u"report"_s,
            tr("Writes printed reports as PDF: one client's report, the portfolio report, or "
               "every active client's report (of one manager) into a folder."),
            client ? u"client ID_OR_NAME"_s : u"client|portfolio|clients"_s, client ? 2 : 1,
            console)) {
        return *exit;
    }
    if (kind != u"client"_s && kind != u"portfolio"_s && kind != u"clients"_s) {
        console.error(tr("'report' writes client, portfolio or clients, not '%1'.").arg(kind));
        return Usage;
    }
    if (!parser.isSet(u"output"_s) || parser.value(u"output"_s).trimmed().isEmpty()) {
        console.error(kind == u"clients"_s ? tr("Name the folder for the reports with -o DIR.")
                                           : tr("Name the PDF file to write with -o FILE.pdf."));
        return Usage;
    }
    if (parser.isSet(u"manager"_s) && kind != u"clients"_s) {
        console.error(tr("--manager goes with 'report clients' only."));
        return Usage;
    }
    const auto from = dateOption(parser, u"from"_s, console);
    if (!from)
        return Usage;
    const auto to = dateOption(parser, u"to"_s, console);
    if (!to)
        return Usage;
    const QDate today = QDate::currentDate();
    ReportPeriod period = ReportPeriod::lastTwelveMonths(to->isValid() ? *to : today);
    if (from->isValid())
        period.from = *from;
    if (const QString problem = period.problem(); !problem.isEmpty()) {
        console.error(problem);
        return Usage;
    }
    const QString output = parser.value(u"output"_s);

    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;

    const auto wrote = [&console, &output](int pages) {
        console.out() << tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(output)).arg(pages)
                      << Qt::endl;
        return Success;
    };
    if (kind == u"client"_s) {
        const auto id = ReportData::findClient(*db, parser.positionalArguments().at(1));
        if (!id) {
            console.error(id.error());
            return Failure;
        }
        const auto pages = ReportBatch::writeOne(*db, *id, period, today, output, QLocale());
        if (!pages) {
            console.error(pages.error());
            return Failure;
        }
        return wrote(*pages);
    }
    if (kind == u"portfolio"_s) {
        const auto data = ReportData::portfolio(*db, period, today);
        if (!data) {
            console.error(data.error());
            return Failure;
        }
        const QLocale locale;
        BuiltReport report = Reports::portfolio(*data, locale);
        const auto pages = ReportPrinter::writePdf(*report.document, report.frame, output, locale);
        if (!pages) {
            console.error(pages.error());
            return Failure;
        }
        return wrote(*pages);
    }

    // Every active client, of one manager or all, into a folder.
    std::optional<qint64> managerId;
    if (parser.isSet(u"manager"_s)) {
        const auto user = UserRepository(*db).findByName(parser.value(u"manager"_s));
        if (!user) {
            console.error(user.error());
            return Failure;
        }
        if (!user->has_value()) {
            console.error(
                tr("There is no account manager named '%1'.").arg(parser.value(u"manager"_s)));
            return Failure;
        }
        managerId = (*user)->id;
    }
    const auto clients = ReportData::clientsOf(*db, managerId);
    if (!clients) {
        console.error(clients.error());
        return Failure;
    }
    if (clients->isEmpty()) {
        console.error(managerId ? tr("%1 has no active clients: no reports written.")
                                      .arg(parser.value(u"manager"_s))
                                : tr("There are no active clients: no reports written."));
        return Failure;
    }
    const QFileInfo folder(output);
    if (folder.exists() && !folder.isDir()) {
        console.error(tr("%1 is a file; give a folder for the reports.")
                          .arg(QDir::toNativeSeparators(output)));
        return Failure;
    }
    QList<ReportBatch::Client> batch;
    for (const auto &[id, name] : *clients)
        batch.append({ id, name });
    const auto written = ReportBatch::run(
        db->reopener(), batch, period, today, output, QLocale(), [&console](int done, int total) {
            console.progress(int(qint64(done) * 100 / total),
                             tr("Writing client reports (%1 of %2)").arg(done).arg(total));
            return true;
        });
    if (!written) {
        console.error(written.error());
        return Failure;
    }
    console.endProgress();
    console.out() << tr("Client reports written into %2: %1.")
                         .arg(*written)
                         .arg(QDir::toNativeSeparators(QDir(output).absolutePath()))
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
