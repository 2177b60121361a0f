#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk pipeline [--format table|csv|json]`: the open opportunities by stage, the
/// weighted forecast by month and the median sales-cycle length in days by kind.
int runPipeline(const QStringList &arguments, Console &console);

} // namespace cd::cli
