#pragma once

#include "cli/tableoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace cd {
class Database;
}

namespace cd::cli {

/// Exit codes of every command (docs/design.md, "Command line").
enum ExitCode : int {
    Success = 0, ///< done
    Failure = 1, ///< bad input or a failed operation; nothing was written
    Usage = 2, ///< wrong usage: unknown command or option, missing or invalid argument
};

/// Where a command writes: results to stdout, errors (one line each, prefixed) and progress
/// to stderr.
class Console final
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Console)

public:
    Console();

    QTextStream &out() { return m_out; }
    /// Prints a line of a message on stdout, its control characters shown visibly (ESC as
    /// "^["): for text that quotes names or files, which may hold escape sequences.
    void line(const QString &text);
    /// Prints "clientdesk: MESSAGE" on stderr, control characters shown visibly.
    void error(const QString &message);
    /// Prints a further line of an error (such as one bad row of many) on stderr, control
    /// characters shown visibly.
    void errorLine(const QString &line);
    /// Prints a progress line: rewritten in place on a terminal, one line per phase otherwise.
    void progress(int percent, const QString &phase);
    /// Ends a progress display, if one is on screen.
    void endProgress();

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal = false;
    bool m_progressShown = false;
    QString m_lastPhase;
};

/// True when the arguments ask for a command (or --help / --version) rather than the
/// desktop app.
bool wantsCommand(const QStringList &arguments);

/// Whether the command draws (reports): it needs a QGuiApplication, on the offscreen
/// platform when there is no display.
bool needsGui(const QStringList &arguments);

/// The value of --database among arguments meant for the desktop app; empty when not given.
QString desktopDatabaseArgument(const QStringList &arguments);

/// Says once on stderr that a password given in a server address on the command line
/// (USER:PASSWORD@ or ?password=) can be read by other users of the machine, and where to
/// keep it instead. Nothing when no argument gives one ($CLIENTDESK_DATABASE is the user's own).
void warnOfPasswordInArguments(const QStringList &arguments);

/// Runs the command named in `arguments` (the program's whole argument list) and returns
/// its exit code. Needs a QCoreApplication.
int run(const QStringList &arguments);

/// Shared by the commands: a parser with --database and --help, already parsed.
/// Returns an exit code when the command must stop here (usage error, or --help shown).
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command, const QString &description,
                                const QString &positionalSyntax, int positionalCount,
                                Console &console);

/// The value of --format (table, csv or json; table when not given), or nothing after
/// saying what is wrong.
std::optional<TableOutput::Format> formatOption(const QCommandLineParser &parser, Console &console);

/// The date option `name` gives (YYYY-MM-DD), an invalid date when it is not given, or nothing
/// after saying what is wrong.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name,
                                Console &console);

/// Opens the database the command works on (--database, else $CLIENTDESK_DATABASE, else
/// the default). On failure prints the reason and returns nothing.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool mustExist,
                                       Console &console);

} // namespace cd::cli
