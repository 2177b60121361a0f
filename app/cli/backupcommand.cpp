#include "cli/backupcommand.h"

#include "cli/cli.h"
#include "io/backup.h"
#include "storage/database.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

} // namespace

int runBackup(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, arguments, u"backup"_s,
                                 tr("Writes a consistent copy of the database to FILE, also "
                                    "while the app is working on it."),
                                 u"FILE"_s, 1, console)) {
        return *exit;
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const auto summary = Backup(*db).writeTo(parser.positionalArguments().constFirst());
    if (!summary) {
        console.error(summary.error());
        return Failure;
    }
    const QLocale locale;
    console.out() << tr("Backed up %1 to %2: %3 accounts, %4 revenue entries, %5.")
                         .arg(QDir::toNativeSeparators(db->location()),
                              QDir::toNativeSeparators(summary->path),
                              locale.toString(summary->accounts),
                              locale.toString(summary->revenueEntries),
                              locale.formattedDataSize(summary->bytes))
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
