#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk import` and `clientdesk export`: see importcommand.cpp and docs/design.md.
int runImport(const QStringList &arguments, Console &console);
int runExport(const QStringList &arguments, Console &console);

} // namespace cd::cli
