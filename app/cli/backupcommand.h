#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk backup`: see runBackup() in backupcommand.cpp and docs/design.md.
int runBackup(const QStringList &arguments, Console &console);

} // namespace cd::cli
