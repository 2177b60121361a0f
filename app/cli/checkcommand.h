#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk check`: see runCheck() in checkcommand.cpp and docs/design.md.
int runCheck(const QStringList &arguments, Console &console);

} // namespace cd::cli
