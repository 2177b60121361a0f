#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk bill --period YYYY-MM [--date D] [--dry-run] [--issue]
/// [--format table|csv|json]`: the billing run of a month (BillingRunService). Without
/// --dry-run it stores one draft per contract with something to bill; --issue issues them in
/// the same transaction. Table and CSV: one row per line; JSON: one object per invoice with
/// its lines.
int runBill(const QStringList &arguments, Console &console);

} // namespace cd::cli
