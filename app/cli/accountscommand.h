#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk accounts [--kind client|customer] [--tag TAG] [--format table|csv|json]`.
int runAccounts(const QStringList &arguments, Console &console);

} // namespace cd::cli
