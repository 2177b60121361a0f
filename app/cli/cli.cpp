#include "cli/cli.h"

#include "cli/accountscommand.h"
#include "cli/backupcommand.h"
#include "cli/billcommand.h"
#include "cli/calendarcommand.h"
#include "cli/checkcommand.h"
#include "cli/copycommand.h"
#include "cli/democommand.h"
#include "cli/importcommand.h"
#include "cli/invoicecommand.h"
#include "cli/pipelinecommand.h"
#include "cli/reportcommand.h"
#include "cli/revenuecommand.h"
#include "cli/settingscommand.h"
#include "cli/teamcommand.h"
#include "cli/timecommand.h"
#include "cli/userscommand.h"
#include "domain/isodate.h"
#include "domain/textrules.h"
#include "storage/addresspassword.h"
#include "storage/database.h"

#include <QDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

const QString kDatabaseOption = u"database"_s;

/// The index of the command word, skipping the value of --database; -1 when there is none.
int commandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--database"_s) {
            ++i; // its value
            continue;
        }
        if (!a.startsWith(u'-'))
            return i;
    }
    return -1;
}

void printOverview(QTextStream &out)
{
    out << tr("Usage: clientdesk [--database PATH] [COMMAND [OPTIONS]]\n"
              "ClientDesk keeps a consultancy's clients and transactional customers.\n"
              "Without a command, the desktop app starts.\n\n"
              "Commands:\n"
              "  demo     fill an empty database with a sample portfolio\n"
              "  check    check integrity and ClientDesk's rules\n"
              "  backup   write a consistent copy of the database to a file\n"
              "  copy     copy the database to an empty PostgreSQL database (--to URL)\n"
              "  accounts list accounts with revenue, tags, health and notice deadline\n"
              "  pipeline open opportunities by stage, forecast and sales-cycle length\n"
              "  revenue  revenue by month, quarter or year, clients and customers apart\n"
              "  time     time logged by account, contract, person or month, billable and "
              "invoiced\n"
              "  bill     the billing run of a month: drafts from retainers, instalments, hours\n"
              "           and overage (--dry-run to see them, --issue to issue them)\n"
              "  invoices list invoices and credit notes (--status, --from, --to)\n"
              "  pay      record a payment of an invoice\n"
              "  void     void an issued invoice that has no payments\n"
              "  import   import accounts, contacts, contracts, revenue, rates or time from a CSV\n"
              "           file\n"
              "  export   export them to CSV or XLSX, and invoices or payments (export only)\n"
              "  report   write client or portfolio reports as PDF\n"
              "  calendar write notice deadlines, renewals, follow-ups and requests due as an\n"
              "           iCalendar file\n"
              "  settings list the firm's settings, change one (set) or relabel a currency\n"
              "  rates    list the stored exchange rates\n"
              "  users    list the users, their roles and server logins\n"
              "  user     add a user or change one (role, server login, email)\n"
              "  team     team secure: let only the users' logins connect to a server\n\n"
              "Every command takes --database PATH (default: $CLIENTDESK_DATABASE, else %1).\n"
              "Run 'clientdesk COMMAND --help' for a command's options.\n")
               .arg(QDir::toNativeSeparators(Database::defaultLocation()));
    out.flush();
}

} // namespace

Console::Console() : m_out(stdout), m_err(stderr), m_errIsTerminal(isatty(fileno(stderr)) != 0) { }

void Console::line(const QString &text)
{
    m_out << visibleControlCharacters(text, true) << Qt::endl;
}

void Console::error(const QString &message)
{
    endProgress();
    m_err << "clientdesk: " << visibleControlCharacters(message, true) << Qt::endl;
}

void Console::errorLine(const QString &line)
{
    endProgress();
    m_err << visibleControlCharacters(line, true) << Qt::endl;
}

void Console::progress(int percent, const QString &phase)
{
    if (m_errIsTerminal) {
        m_err << '\r' << u"%1% "_s.arg(percent, 3) << phase << "\x1b[K";
        m_err.flush();
        m_progressShown = true;
    } else if (phase != m_lastPhase) {
        m_err << phase << Qt::endl;
    }
    m_lastPhase = phase;
}

void Console::endProgress()
{
    if (m_progressShown) {
        m_err << Qt::endl;
        m_progressShown = false;
    }
}

bool wantsCommand(const QStringList &arguments)
{
    if (commandIndex(arguments) >= 0)
        return true;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--database"_s) {
            ++i;
            continue;
        }
        // Qt's own options (-platform, -style …) belong to the desktop app; any other
        // double-dash option is answered by the command line (help, version or an error).
        if (a.startsWith(u"--"_s) && !a.startsWith(u"--database="_s))
            return true;
        if (a == u"-h"_s || a == u"-v"_s)
            return true;
    }
    return false;
}

bool needsGui(const QStringList &arguments)
{
    const int index = commandIndex(arguments);
    return index >= 0 && arguments.at(index) == u"report"_s;
}

QString desktopDatabaseArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--database"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--database="_s))
            return a.mid(11);
    }
    return {};
}

void warnOfPasswordInArguments(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        // --database=URL and --to=URL as well as the value after --database or --to.
        const qsizetype equals = argument.startsWith(u"--"_s) ? argument.indexOf(u'=') : -1;
        if (!addressGivesPassword(equals < 0 ? argument : argument.mid(equals + 1)))
            continue;
        QTextStream err(stderr);
        err << "clientdesk: "
            << tr("the password given in the server address on the command line can be read by "
                  "other users of this computer (in the list of running programs); keep it in "
                  "~/.pgpass instead, or let the app remember it in the system keychain.")
            << Qt::endl;
        return;
    }
}

int run(const QStringList &arguments)
{
    warnOfPasswordInArguments(arguments);
    Console console;
    const int index = commandIndex(arguments);
    if (index < 0) {
        const QStringList rest = arguments.mid(1);
        if (rest.contains(u"--version"_s) || rest.contains(u"-v"_s)) {
            console.out() << "clientdesk " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
            printOverview(console.out());
            return Success;
        }
        QString option;
        for (int i = 0; i < rest.size() && option.isEmpty(); ++i) {
            if (rest.at(i) == u"--database"_s)
                ++i; // and its value
            else if (!rest.at(i).startsWith(u"--database="_s))
                option = rest.at(i);
        }
        console.error(
            tr("unknown option '%1'. Run 'clientdesk --help' for the commands.").arg(option));
        return Usage;
    }

    const QString command = arguments.at(index);
    QStringList commandArguments = arguments;
    commandArguments.removeAt(index);
    if (command == u"demo"_s)
        return runDemo(commandArguments, console);
    if (command == u"check"_s)
        return runCheck(commandArguments, console);
    if (command == u"backup"_s)
        return runBackup(commandArguments, console);
    if (command == u"copy"_s)
        return runCopy(commandArguments, console);
    if (command == u"accounts"_s)
        return runAccounts(commandArguments, console);
    if (command == u"pipeline"_s)
        return runPipeline(commandArguments, console);
    if (command == u"report"_s)
        return runReport(commandArguments, console);
    if (command == u"revenue"_s)
        return runRevenue(commandArguments, console);
    if (command == u"time"_s)
        return runTime(commandArguments, console);
    if (command == u"calendar"_s)
        return runCalendar(commandArguments, console);
    if (command == u"bill"_s)
        return runBill(commandArguments, console);
    if (command == u"invoices"_s)
        return runInvoices(commandArguments, console);
    if (command == u"pay"_s)
        return runPay(commandArguments, console);
    if (command == u"void"_s)
        return runVoid(commandArguments, console);
    if (command == u"import"_s)
        return runImport(commandArguments, console);
    if (command == u"export"_s)
        return runExport(commandArguments, console);
    if (command == u"settings"_s)
        return runSettings(commandArguments, console);
    if (command == u"rates"_s)
        return runRates(commandArguments, console);
    if (command == u"users"_s)
        return runUsers(commandArguments, console);
    if (command == u"user"_s)
        return runUser(commandArguments, console);
    if (command == u"team"_s)
        return runTeam(commandArguments, console);
    console.error(
        tr("'%1' is not a command. Run 'clientdesk --help' for the commands.").arg(command));
    return Usage;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name,
                                Console &console)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    bool wellFormed = false;
    const QDate date = parseIsoDate(text, &wellFormed);
    if (date.isValid() && !isWithinDateRange(date)) {
        console.error(tr("--%1 %2.").arg(name, outOfDateRangeReason(date)));
        return std::nullopt;
    }
    if (date.isValid())
        return date;
    console.error(wellFormed
                      ? tr("--%1 %2: there is no such day in the calendar.").arg(name, text)
                      : tr("--%1 takes a date written YYYY-MM-DD, such as 2024-03-31, not '%2'.")
                            .arg(name, text));
    return std::nullopt;
}

std::optional<TableOutput::Format> formatOption(const QCommandLineParser &parser, Console &console)
{
    const QString value = parser.value(u"format"_s);
    if (value.isEmpty() || value == u"table"_s)
        return TableOutput::Format::Table;
    if (value == u"csv"_s)
        return TableOutput::Format::Csv;
    if (value == u"json"_s)
        return TableOutput::Format::Json;
    console.error(tr("--format is table, csv or json, not '%1'.").arg(value));
    return std::nullopt;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command, const QString &description,
                                const QString &positionalSyntax, int positionalCount,
                                Console &console)
{
    parser.setApplicationDescription(description);
    parser.addOption({ kDatabaseOption,
                       tr("The database: a file path or a server address "
                          "postgresql://USER@HOST[:PORT]/DATABASE (default: "
                          "$CLIENTDESK_DATABASE, else %1).")
                           .arg(QDir::toNativeSeparators(Database::defaultLocation())),
                       tr("PATH") });
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOption(help);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, description);

    const QString usageHint = tr("Run 'clientdesk %1 --help' for its options.").arg(command);
    if (!parser.parse(arguments)) {
        // Qt's own texts end with a full stop, or not, depending on the message.
        QString problem = parser.errorText();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        console.error(problem + u". "_s + usageHint);
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt names the program only; the command belongs in the usage line.
        text.replace(u"Usage: "_s + QCoreApplication::applicationFilePath(),
                     u"Usage: clientdesk "_s + command);
        text.replace(u"Usage: "_s + arguments.constFirst(), u"Usage: clientdesk "_s + command);
        console.out() << text;
        console.out().flush();
        return Success;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given != positionalCount) {
        if (given < positionalCount)
            console.error(tr("'%1' needs %2. %3").arg(command, positionalSyntax, usageHint));
        else
            console.error(
                tr("'%1' does not take '%2'. %3")
                    .arg(command, parser.positionalArguments().at(positionalCount), usageHint));
        return Usage;
    }
    return std::nullopt;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool mustExist,
                                       Console &console)
{
    const QString location = Database::resolveLocation(parser.value(kDatabaseOption));
    Database::Options options;
    options.mode = mustExist ? Database::Mode::MustExist : Database::Mode::CreateIfMissing;
    auto db = Database::open(location, options);
    if (!db) {
        console.error(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace cd::cli
