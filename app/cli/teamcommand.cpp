#include "cli/teamcommand.h"

#include "cli/cli.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

} // namespace

int runTeam(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(
            parser, arguments, u"team"_s,
            tr("secure: lets only ClientDesk users connect to the database on a PostgreSQL "
               "server. Takes the right to connect (CONNECT) from every login (PUBLIC) and "
               "gives it to each active user's server login and to the owner of the tables, "
               "so a login that is no ClientDesk user cannot connect, read the schema or "
               "listen to the team's change notices. Run it once, as the database's owner or "
               "a superuser; clientdesk user NAME --login LOGIN lets later logins connect."),
            u"secure"_s, 1, console)) {
        return *exit;
    }
    const QString action = parser.positionalArguments().constFirst();
    if (action != u"secure"_s) {
        console.error(tr("'team' does secure, not '%1'. Run 'clientdesk team --help' for its "
                         "options.")
                          .arg(action));
        return Usage;
    }
    // A file is not opened at all: nothing is written to it.
    const QString location = Database::resolveLocation(parser.value(u"database"_s));
    if (!isServerLocation(location)) {
        console.error(tr("%1 is a file: only who may read the file can open it. 'team secure' "
                         "is for a database on a PostgreSQL server (--database "
                         "postgresql://USER@HOST:PORT/DATABASE).")
                          .arg(QDir::toNativeSeparators(location)));
        return Failure;
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const Result<UserService::SecuredTeam> secured = UserService(*db).secureTeam();
    if (!secured) {
        console.error(secured.error());
        return Failure;
    }
    console.out() << tr("Only these logins may connect to the database “%1” now: %2.")
                         .arg(secured->database, secured->granted.join(u", "_s))
                  << Qt::endl;
    for (const QString &login : secured->revoked)
        console.out() << tr("“%1” is no active user's login and can no longer connect.").arg(login)
                      << Qt::endl;
    for (const QString &login : secured->unknown)
        console.out() << tr("The server has no login “%1” yet; once it is created, run "
                            "'clientdesk team secure' again or: %2")
                             .arg(login, UserService::grantStatement(secured->database, login))
                      << Qt::endl;
    return Success;
}

} // namespace cd::cli
