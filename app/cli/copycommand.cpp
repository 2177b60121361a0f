#include "cli/copycommand.h"

#include "cli/cli.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

bool isServerAddress(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

} // namespace

int runCopy(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QString toOption = u"to"_s;
    parser.addOption({ toOption,
                       tr("The server database to fill: postgresql://USER@HOST[:PORT]/DATABASE "
                          "(the password from ~/.pgpass). It must hold no ClientDesk data yet."),
                       u"URL"_s });
    if (auto exit = parseCommand(parser, arguments, u"copy"_s,
                                 tr("Copies the database (a ClientDesk file) to an empty database "
                                    "on a PostgreSQL server, in one transaction, and checks row "
                                    "counts and money totals on both sides."),
                                 {}, 0, console)) {
        return *exit;
    }
    const QString to = parser.value(toOption);
    if (to.isEmpty()) {
        console.error(tr("'copy' needs --to postgresql://USER@HOST:PORT/DATABASE. Run "
                         "'clientdesk copy --help' for its options."));
        return Usage;
    }
    if (!isServerAddress(to)) {
        console.error(tr("copy writes to a database server (--to postgresql://USER@HOST:PORT/"
                         "DATABASE); for a copy in a file, use 'clientdesk backup FILE'."));
        return Usage;
    }
    const QString from = Database::resolveLocation(parser.value(u"database"_s));
    if (isServerAddress(from)) {
        console.error(tr("copy reads a ClientDesk file; --database names a server database."));
        return Usage;
    }

    auto source = openDatabase(parser, true, console);
    if (!source)
        return Failure;
    auto target = Database::open(to);
    if (!target) {
        console.error(target.error());
        return Failure;
    }

    QElapsedTimer timer;
    timer.start();
    const auto report
        = DatabaseCopy(*source, **target).run([&console](int percent, const QString &phase) {
              console.progress(percent, phase);
          });
    console.endProgress();
    if (!report) {
        console.error(report.error());
        return Failure;
    }

    const QLocale locale;
    QTextStream &out = console.out();
    out << tr("Copied %1 to %2 in %3 s: %4 rows in %5 tables.")
               .arg(QDir::toNativeSeparators(source->location()), (*target)->location(),
                    locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1),
                    locale.toString(report->rows), locale.toString(report->tables.size()))
        << Qt::endl
        << Qt::endl;
    using K = TableOutput::Kind;
    TableOutput tables({ { u"table"_s, K::Text }, { u"rows"_s, K::Number } });
    for (const auto &table : report->tables)
        tables.addRow({ table.name, locale.toString(table.rows) });
    tables.write(out, TableOutput::Format::Table);
    out << Qt::endl
        << tr("Checked on the server before saving: the same row count in every table and "
              "the same sums of money (in minor units):")
        << Qt::endl
        << Qt::endl;
    TableOutput totals({ { u"table"_s, K::Text },
                         { u"column"_s, K::Text },
                         { u"currency"_s, K::Text },
                         { u"sum"_s, K::Number } });
    for (const auto &total : report->totals)
        totals.addRow(
            { total.table, total.column, total.currency, locale.toString(total.amountMinor) });
    totals.write(out, TableOutput::Format::Table);
    out.flush();
    return Success;
}

} // namespace cd::cli
