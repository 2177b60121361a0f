#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk team secure --database postgresql://…`: lets only the team's logins connect to
/// a database on a server (CONNECT taken from PUBLIC, granted to every active user's login
/// and the tables' owner). Run once by the database's owner or a superuser; again after
/// adding logins on the server. On a file it says it is for a server (exit 1).
int runTeam(const QStringList &arguments, Console &console);

} // namespace cd::cli
