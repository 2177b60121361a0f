#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk revenue [--by month|quarter|year] [--from DATE] [--to DATE]
/// [--format table|csv|json]`: revenue by period, clients and customers apart, in the firm's
/// currency, every period in the range listed (empty ones as 0).
int runRevenue(const QStringList &arguments, Console &console);

} // namespace cd::cli
