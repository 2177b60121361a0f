#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk copy --to postgresql://…`: see runCopy() in copycommand.cpp.
int runCopy(const QStringList &arguments, Console &console);

} // namespace cd::cli
