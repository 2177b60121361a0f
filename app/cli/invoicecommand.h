#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk invoices [--status STATE|overdue] [--from D] [--to D] [--format
/// table|csv|json]`: the invoices and credit notes by date with number, client, contract,
/// issued, due, currency, net, tax, total, paid and state.
int runInvoices(const QStringList &arguments, Console &console);
/// `clientdesk pay NUMBER --amount X --date D [--method TEXT] [--reference TEXT]`: records a
/// payment of one invoice, in its currency.
int runPay(const QStringList &arguments, Console &console);
/// `clientdesk void NUMBER --reason TEXT [--date D]`: voids an issued invoice.
int runVoid(const QStringList &arguments, Console &console);
/// `clientdesk export invoices|payments [-o FILE] [--format csv|xlsx]`, called by `export`
/// with its parsed options: the export-only tables of billing (CSV on stdout without -o).
int runExportBilling(const QString &kind, const QCommandLineParser &parser, Console &console);
/// Whether `kind` is one runExportBilling() writes.
bool isBillingExport(const QString &kind);

} // namespace cd::cli
