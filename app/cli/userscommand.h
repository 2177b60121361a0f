#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk users`: lists the users with their role and server sign-in.
int runUsers(const QStringList &arguments, Console &console);

/// `clientdesk user NAME [--role R] [--login L | --no-login] [--email E] [--active yes|no]`:
/// adds the user NAME, or changes the one of that name. In team mode a manager gives each
/// account manager the server login they sign in with.
int runUser(const QStringList &arguments, Console &console);

} // namespace cd::cli
