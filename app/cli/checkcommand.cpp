#include "cli/checkcommand.h"

#include "cli/cli.h"
#include "storage/database.h"
#include "storage/integritycheck.h"

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

int runCheck(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, arguments, u"check"_s,
                                 tr("Checks SQLite's integrity and foreign keys and ClientDesk's "
                                    "own rules. Writes nothing."),
                                 {}, 0, console)) {
        return *exit;
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const QString where = QDir::toNativeSeparators(db->location());
    const auto findings = IntegrityCheck(*db).run();
    if (!findings) {
        console.error(findings.error());
        return Failure;
    }
    if (!findings->isEmpty()) {
        for (const QString &finding : *findings)
            console.error(finding);
        console.error(tr("%1 failed the check.").arg(where));
        return Failure;
    }
    const IntegrityCheck::Totals totals = IntegrityCheck(*db).totals();
    const QLocale locale;
    // On PostgreSQL the server keeps its own storage and foreign keys whole.
    const QString sentence = db->sql().isFile()
        ? tr("OK: %1 passes SQLite's integrity and foreign key checks and ClientDesk's rules "
             "(%2 accounts, %3 revenue entries).")
        : tr("OK: %1 passes ClientDesk's rules (%2 accounts, %3 revenue entries).");
    console.out() << sentence.arg(where, locale.toString(totals.accounts),
                                  locale.toString(totals.revenueEntries))
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
