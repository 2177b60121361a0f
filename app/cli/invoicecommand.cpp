#include "cli/invoicecommand.h"

#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "domain/invoice.h"
#include "domain/money.h"
#include "io/exporter.h"
#include "services/invoiceservice.h"
#include "storage/database.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

QString plain(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString();
}

/// The columns of `invoices` (and, after id, of `export invoices`).
const QStringList kInvoiceColumns { u"number"_s, u"client"_s,   u"contract"_s, u"issued"_s,
                                    u"due"_s,    u"currency"_s, u"net"_s,      u"tax"_s,
                                    u"total"_s,  u"paid"_s,     u"state"_s };

QStringList invoiceValues(const InvoiceService::Row &r)
{
    return { r.number,
             r.accountName,
             r.contractReference,
             r.date.toString(Qt::ISODate),
             r.dueDate.toString(Qt::ISODate),
             r.currency,
             plain(r.netMinor, r.currency),
             plain(r.taxMinor, r.currency),
             plain(r.totalMinor, r.currency),
             plain(r.paidMinor, r.currency),
             toCode(r.state) };
}

bool isAmountColumn(const QString &name)
{
    return name == u"net"_s || name == u"tax"_s || name == u"total"_s || name == u"paid"_s
        || name == u"amount"_s;
}

/// Writes `table` to the file (CSV or XLSX, whole or absent) or, without one, as CSV to
/// stdout.
int writeExport(const ExportTable &table, const QCommandLineParser &parser, Console &console)
{
    if (!parser.isSet(u"output"_s)) {
        QList<TableOutput::Column> columns;
        for (qsizetype i = 0; i < table.header.size(); ++i)
            columns.append({ table.header.at(i),
                             table.types.value(i) == CellType::Text ? TableOutput::Kind::Text
                                                                    : TableOutput::Kind::Number });
        TableOutput out(columns);
        for (const QStringList &row : table.rows)
            out.addRow(row);
        out.write(console.out(), TableOutput::Format::Csv);
        console.out().flush();
        return Success;
    }
    const QString path = parser.value(u"output"_s);
    ExportFormat format
        = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
    if (parser.isSet(u"format"_s)) {
        const auto chosen = exportFormatFromCode(parser.value(u"format"_s));
        if (!chosen) {
            console.error(tr("--format is csv or xlsx, not '%1'.").arg(parser.value(u"format"_s)));
            return Usage;
        }
        format = *chosen;
    }
    if (Status ok = Exporter::writeTable(table, path, format); !ok) {
        console.error(ok.error());
        return Failure;
    }
    console.out() << tr("Exported %1 to %2 (rows: %3).")
                         .arg(table.title, QDir::toNativeSeparators(path),
                              QLocale().toString(table.rows.size()))
                  << Qt::endl;
    return Success;
}

/// The invoice numbered by the one positional argument, or nothing after saying why not.
std::optional<Invoice> invoiceArgument(Database &db, const QCommandLineParser &parser,
                                       Console &console)
{
    const Result<Invoice> invoice
        = InvoiceService(db).byNumber(parser.positionalArguments().constFirst());
    if (!invoice) {
        console.error(invoice.error());
        return std::nullopt;
    }
    return *invoice;
}

} // namespace

int runInvoices(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"status"_s,
                       tr("draft, issued, partly_paid, paid, void, or overdue (issued or partly "
                          "paid and past the due date)."),
                       u"STATE"_s });
    parser.addOption({ u"from"_s, tr("the first invoice date to list, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"to"_s, tr("the last invoice date to list, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"invoices"_s,
                                 tr("Lists the invoices and credit notes by date: number, "
                                    "client, contract, issued, due, currency, net, tax, total, "
                                    "paid and state."),
                                 {}, 0, console)) {
        return *exit;
    }
    InvoiceService::Filter filter;
    if (parser.isSet(u"status"_s)) {
        const QString status = parser.value(u"status"_s).trimmed().toLower();
        if (status == u"overdue"_s) {
            filter.overdueOnly = true;
        } else if (const auto state = invoiceStateFromCode(status)) {
            filter.state = state;
        } else {
            console.error(tr("--status is draft, issued, partly_paid, paid, void or overdue, "
                             "not '%1'.")
                              .arg(parser.value(u"status"_s)));
            return Usage;
        }
    }
    const auto from = dateOption(parser, u"from"_s, console);
    if (!from)
        return Usage;
    const auto to = dateOption(parser, u"to"_s, console);
    if (!to)
        return Usage;
    if (from->isValid() && to->isValid() && *to < *from) {
        console.error(tr("--to %1 is before --from %2.")
                          .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        return Usage;
    }
    filter.from = *from;
    filter.to = *to;
    const auto format = formatOption(parser, console);
    if (!format)
        return Usage;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const auto rows = InvoiceService(*db).list(filter, QDate::currentDate());
    if (!rows) {
        console.error(rows.error());
        return Failure;
    }
    QList<TableOutput::Column> columns;
    for (const QString &name : kInvoiceColumns)
        columns.append(
            { name, isAmountColumn(name) ? TableOutput::Kind::Number : TableOutput::Kind::Text });
    TableOutput table(columns);
    for (const InvoiceService::Row &r : *rows)
        table.addRow(invoiceValues(r));
    table.write(console.out(), *format);
    console.out().flush();
    return Success;
}

int runPay(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"amount"_s,
                       tr("the amount received, in the invoice's currency, such as 1500.00."),
                       u"X"_s });
    parser.addOption({ u"date"_s, tr("the day it was received, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"method"_s, tr("how it was paid, such as bank transfer."), u"TEXT"_s });
    parser.addOption({ u"reference"_s, tr("the bank's or the client's reference."), u"TEXT"_s });
    if (auto exit = parseCommand(parser, arguments, u"pay"_s,
                                 tr("Records a payment of an issued invoice. A payment above "
                                    "what the invoice owes is refused."),
                                 u"NUMBER"_s, 1, console)) {
        return *exit;
    }
    if (!parser.isSet(u"amount"_s) || !parser.isSet(u"date"_s)) {
        console.error(tr("'pay' needs --amount and --date. Run 'clientdesk pay --help' for its "
                         "options."));
        return Usage;
    }
    const auto date = dateOption(parser, u"date"_s, console);
    if (!date)
        return Usage;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const auto invoice = invoiceArgument(*db, parser, console);
    if (!invoice)
        return Failure;
    const Result<Money> amount = Money::parse(parser.value(u"amount"_s), invoice->currency);
    if (!amount) {
        console.error(u"--amount: "_s + amount.error());
        return Failure;
    }
    Payment payment;
    payment.accountId = invoice->accountId;
    payment.date = *date;
    payment.amountMinor = amount->minorUnits();
    payment.currency = invoice->currency;
    payment.method = parser.value(u"method"_s);
    payment.reference = parser.value(u"reference"_s);
    payment.allocations.append({ invoice->id, amount->minorUnits() });
    InvoiceService service(*db);
    if (const Result<qint64> id = service.recordPayment(payment); !id) {
        console.error(id.error());
        return Failure;
    }
    InvoiceService::Filter mine;
    mine.accountId = invoice->accountId;
    const auto after = service.list(mine, QDate::currentDate());
    qint64 owed = 0;
    QString state;
    for (const InvoiceService::Row &r : after ? *after : QList<InvoiceService::Row>()) {
        if (r.id == invoice->id) {
            owed = r.owedMinor;
            state = toCode(r.state);
        }
    }
    console.line(tr("Recorded %1 %2 paid on %3 for %4; it is now %5, %6 %2 owed.")
                     .arg(amount->toPlainString(), invoice->currency, date->toString(Qt::ISODate),
                          invoice->number, state, plain(owed, invoice->currency)));
    return Success;
}

int runVoid(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"reason"_s, tr("why the invoice is voided (required)."), u"TEXT"_s });
    parser.addOption(
        { u"date"_s, tr("the day it is voided, YYYY-MM-DD (default: today)."), u"DATE"_s });
    if (auto exit = parseCommand(parser, arguments, u"void"_s,
                                 tr("Voids an issued invoice that has no payments: it keeps its "
                                    "number, its revenue is taken out and what it billed can be "
                                    "billed again."),
                                 u"NUMBER"_s, 1, console)) {
        return *exit;
    }
    if (!parser.isSet(u"reason"_s)) {
        console.error(tr("'void' needs --reason. Run 'clientdesk void --help' for its options."));
        return Usage;
    }
    auto date = dateOption(parser, u"date"_s, console);
    if (!date)
        return Usage;
    const QDate on = date->isValid() ? *date : QDate::currentDate();
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const auto invoice = invoiceArgument(*db, parser, console);
    if (!invoice)
        return Failure;
    if (Status ok = InvoiceService(*db).voidInvoice(invoice->id, parser.value(u"reason"_s), on);
        !ok) {
        console.error(ok.error());
        return Failure;
    }
    console.line(tr("Voided %1 on %2; its revenue is taken out and what it billed can be billed "
                    "again.")
                     .arg(invoice->number, on.toString(Qt::ISODate)));
    return Success;
}

bool isBillingExport(const QString &kind)
{
    return kind == u"invoices"_s || kind == u"payments"_s;
}

int runExportBilling(const QString &kind, const QCommandLineParser &parser, Console &console)
{
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    InvoiceService service(*db);
    ExportTable table;
    table.title = kind;
    if (kind == u"invoices"_s) {
        const auto rows = service.list({}, QDate::currentDate());
        if (!rows) {
            console.error(rows.error());
            return Failure;
        }
        table.header = QStringList { u"id"_s } + kInvoiceColumns;
        for (const QString &name : std::as_const(table.header))
            table.types.append(name == u"id"_s            ? CellType::Integer
                                   : isAmountColumn(name) ? CellType::Amount
                                                          : CellType::Text);
        for (const InvoiceService::Row &r : *rows)
            table.rows.append(QStringList { QString::number(r.id) } + invoiceValues(r));
    } else {
        const auto rows = service.paymentList();
        if (!rows) {
            console.error(rows.error());
            return Failure;
        }
        table.header = { u"numbers"_s,  u"client"_s, u"date"_s,     u"amount"_s,
                         u"currency"_s, u"method"_s, u"reference"_s };
        for (const QString &name : std::as_const(table.header))
            table.types.append(isAmountColumn(name) ? CellType::Amount : CellType::Text);
        for (const InvoiceService::PaymentRow &r : *rows) {
            const Payment &p = r.payment;
            table.rows.append({ r.numbers.join(u'|'), r.accountName, p.date.toString(Qt::ISODate),
                                plain(p.amountMinor, p.currency), p.currency, p.method,
                                p.reference });
        }
    }
    return writeExport(table, parser, console);
}

} // namespace cd::cli
