#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk time [--from DATE] [--to DATE] [--by account|contract|person|month]
/// [--format table|csv|json]`: per group the minutes logged, the billable minutes (with the
/// retainers' overage), their value, invoiced and uninvoiced, in the firm's currency; by
/// contract also the retainers' and budgets' included and used minutes (TimeReportService).
int runTime(const QStringList &arguments, Console &console);

} // namespace cd::cli
