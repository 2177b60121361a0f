#include "cli/userscommand.h"

#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "services/userservice.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

} // namespace

int runUsers(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"users"_s,
                                 tr("Lists the users: name, role, the server login they sign in "
                                    "with in team mode, email and whether they are active."),
                                 {}, 0, console)) {
        return *exit;
    }
    const auto format = formatOption(parser, console);
    if (!format)
        return Usage;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const Result<QList<User>> users = UserService(*db).list();
    if (!users) {
        console.error(users.error());
        return Failure;
    }
    TableOutput table(
        { { u"name"_s }, { u"role"_s }, { u"login"_s }, { u"email"_s }, { u"active"_s } });
    for (const User &user : *users)
        table.addRow({ user.name, toCode(user.role), user.login, user.email,
                       user.active ? u"yes"_s : u"no"_s });
    table.write(console.out(), *format);
    console.out().flush();
    return Success;
}

int runUser(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption role(u"role"_s, tr("manager or account_manager."), u"ROLE"_s);
    const QCommandLineOption login(u"login"_s, tr("The server login the user signs in with."),
                                   u"LOGIN"_s);
    const QCommandLineOption noLogin(u"no-login"_s, tr("Remove the user's server login."));
    const QCommandLineOption email(u"email"_s, tr("The user's email address."), u"EMAIL"_s);
    const QCommandLineOption active(u"active"_s, tr("yes or no."), u"YES_OR_NO"_s);
    parser.addOptions({ role, login, noLogin, email, active });
    if (auto exit = parseCommand(parser, arguments, u"user"_s,
                                 tr("Adds the user NAME, or changes the user of that name. A new "
                                    "user is an active account manager unless told otherwise."),
                                 u"NAME"_s, 1, console)) {
        return *exit;
    }
    if (parser.isSet(login) && parser.isSet(noLogin)) {
        console.error(tr("--login and --no-login cannot be given together."));
        return Usage;
    }
    std::optional<UserRole> chosenRole;
    if (parser.isSet(role)) {
        chosenRole = fromCode<UserRole>(parser.value(role).trimmed());
        if (!chosenRole) {
            console.error(
                tr("“%1” is not a role; use manager or account_manager.").arg(parser.value(role)));
            return Usage;
        }
    }
    std::optional<bool> chosenActive;
    if (parser.isSet(active)) {
        const QString value = parser.value(active).trimmed().toLower();
        if (value != u"yes"_s && value != u"no"_s) {
            console.error(tr("--active takes yes or no, not “%1”.").arg(parser.value(active)));
            return Usage;
        }
        chosenActive = value == u"yes"_s;
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    UserService users(*db);
    const QString name = parser.positionalArguments().constFirst().trimmed();
    const Result<std::optional<User>> found = users.findByName(name);
    if (!found) {
        console.error(found.error());
        return Failure;
    }
    User user = found->value_or(User {});
    if (user.id == 0)
        user.name = name;
    if (chosenRole)
        user.role = *chosenRole;
    if (parser.isSet(login))
        user.login = parser.value(login).trimmed();
    if (parser.isSet(noLogin))
        user.login.clear();
    if (parser.isSet(email))
        user.email = parser.value(email).trimmed();
    if (chosenActive)
        user.active = *chosenActive;
    // The user and, on a secured server, the right of their login to connect: both or neither.
    const Result<UserService::Saved> saved = users.save(user);
    if (!saved) {
        console.error(saved.error());
        return Failure;
    }
    console.line((found->has_value() ? tr("Changed the user %1.") : tr("Added the user %1."))
                     .arg(user.name));
    for (const QString &said : saved->notes)
        console.line(said);
    return Success;
}

} // namespace cd::cli
