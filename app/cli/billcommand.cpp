#include "cli/billcommand.h"

#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "domain/billingrules.h"
#include "domain/money.h"
#include "services/billingrunservice.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cd::cli", text, disambiguation, n);
}

using Proposal = BillingRunService::Proposal;

/// What a run stored: per proposal its draft's id and, issued, its number.
struct Stored
{
    QList<qint64> ids;
    QStringList numbers;
};

QString plain(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString();
}

QString jsonText(const QString &text)
{
    return text.isEmpty() ? u"null"_s : TableOutput::jsonString(text);
}

/// One object per invoice, its lines inside; `stored` adds "id" and "number".
void writeJson(const QList<Proposal> &proposals, const std::optional<Stored> &stored,
               QTextStream &out)
{
    out << "[";
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const Proposal &p = proposals.at(i);
        const Invoice &inv = p.invoice;
        out << (i == 0 ? "\n  {" : ",\n  {");
        if (stored) {
            out << "\"id\": " << stored->ids.value(i)
                << ", \"number\": " << jsonText(stored->numbers.value(i)) << ", ";
        }
        out << "\"client\": " << jsonText(p.accountName)
            << ", \"contract\": " << jsonText(p.contractReference)
            << ", \"currency\": " << jsonText(inv.currency)
            << ", \"date\": " << jsonText(inv.date.toString(Qt::ISODate))
            << ", \"due\": " << jsonText(inv.dueDate.toString(Qt::ISODate)) << ", \"lines\": [";
        for (qsizetype l = 0; l < inv.lines.size(); ++l) {
            const InvoiceLine &line = inv.lines.at(l);
            out << (l == 0 ? "\n    {" : ",\n    {")
                << "\"source\": " << jsonText(toCode(line.source))
                << ", \"amount\": " << plain(line.netMinor, inv.currency)
                << ", \"contract\": " << jsonText(p.contractReference)
                << ", \"description\": " << jsonText(line.description) << "}";
        }
        out << (inv.lines.isEmpty() ? "]" : "\n  ]")
            << ", \"net\": " << plain(inv.netMinor, inv.currency)
            << ", \"tax\": " << plain(inv.taxMinor, inv.currency)
            << ", \"total\": " << plain(inv.totalMinor, inv.currency) << "}";
    }
    out << (proposals.isEmpty() ? "]\n" : "\n]\n");
}

/// One row per line: the invoice's fields repeated.
void writeRows(const QList<Proposal> &proposals, const std::optional<Stored> &stored,
               TableOutput::Format format, QTextStream &out)
{
    using K = TableOutput::Kind;
    QList<TableOutput::Column> columns;
    if (stored)
        columns << TableOutput::Column { u"invoice"_s, K::Text };
    columns << TableOutput::Column { u"client"_s, K::Text }
            << TableOutput::Column { u"contract"_s, K::Text }
            << TableOutput::Column { u"currency"_s, K::Text }
            << TableOutput::Column { u"date"_s, K::Text }
            << TableOutput::Column { u"due"_s, K::Text }
            << TableOutput::Column { u"source"_s, K::Text }
            << TableOutput::Column { u"description"_s, K::Text }
            << TableOutput::Column { u"amount"_s, K::Number };
    TableOutput table(columns);
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const Proposal &p = proposals.at(i);
        const Invoice &inv = p.invoice;
        for (const InvoiceLine &line : inv.lines) {
            QStringList values;
            if (stored) {
                const QString number = stored->numbers.value(i);
                values << (number.isEmpty() ? tr("draft %1").arg(stored->ids.value(i)) : number);
            }
            values << p.accountName << p.contractReference << inv.currency
                   << inv.date.toString(Qt::ISODate) << inv.dueDate.toString(Qt::ISODate)
                   << toCode(line.source) << line.description << plain(line.netMinor, inv.currency);
            table.addRow(values);
        }
    }
    table.write(out, format);
}

void writeRun(const BillingRunService::Run &run, const std::optional<Stored> &stored,
              TableOutput::Format format, Console &console)
{
    QTextStream &out = console.out();
    const bool asTable = format == TableOutput::Format::Table;
    if (asTable) {
        const qsizetype n = run.proposals.size();
        if (!stored)
            out << tr("Billing %1 (dry run): %n draft(s) dated %2, hours up to %3", nullptr, int(n))
                       .arg(run.period, run.date.toString(Qt::ISODate),
                            run.cutOff.toString(Qt::ISODate))
                << "\n";
        else if (!stored->numbers.isEmpty())
            out << tr("Billing %1: %n invoice(s) issued, dated %2", nullptr, int(n))
                       .arg(run.period, run.date.toString(Qt::ISODate))
                << "\n";
        else
            out << tr("Billing %1: %n draft(s) created, dated %2", nullptr, int(n))
                       .arg(run.period, run.date.toString(Qt::ISODate))
                << "\n";
    }
    if (format == TableOutput::Format::Json)
        writeJson(run.proposals, stored, out);
    else if (!run.proposals.isEmpty() || !asTable)
        writeRows(run.proposals, stored, format, out);
    if (asTable && !run.skipped.isEmpty())
        out << "\n" << run.skipped.join(u"\n"_s) << "\n";
    out.flush();
    if (!asTable)
        for (const QString &sentence : run.skipped)
            console.error(sentence);
}

} // namespace

int runBill(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"period"_s, tr("the month to bill, YYYY-MM."), u"MONTH"_s });
    parser.addOption({ u"date"_s,
                       tr("the invoices' date, YYYY-MM-DD (default: the month's last day)."),
                       u"DATE"_s });
    parser.addOption({ u"dry-run"_s, tr("show what would be billed; store nothing.") });
    parser.addOption({ u"issue"_s, tr("issue the drafts too (numbers them, books revenue).") });
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"bill"_s,
                                 tr("The billing run of a month: one draft per contract with "
                                    "something to bill (a retainer's fee, pro rata in its first "
                                    "and last months; instalments due and milestones done; "
                                    "billable hours not invoiced; a retainer's overage), never "
                                    "anything billed already. Without --dry-run the drafts are "
                                    "stored; with --issue they are issued too."),
                                 {}, 0, console)) {
        return *exit;
    }
    if (!parser.isSet(u"period"_s)) {
        console.error(tr("bill needs --period YYYY-MM, the month to bill."));
        return Usage;
    }
    if (const auto month = BillingRules::parsePeriod(parser.value(u"period"_s)); !month) {
        console.error(u"--period: "_s + month.error());
        return Usage;
    }
    const auto date = dateOption(parser, u"date"_s, console);
    if (!date)
        return Usage;
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool issue = parser.isSet(u"issue"_s);
    if (dryRun && issue) {
        console.error(tr("--issue cannot go with --dry-run: a dry run stores nothing."));
        return Usage;
    }
    const auto format = formatOption(parser, console);
    if (!format)
        return Usage;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    BillingRunService service(*db);
    const auto run = service.propose(parser.value(u"period"_s),
                                     date->isValid() ? std::optional<QDate>(*date) : std::nullopt,
                                     QDate::currentDate());
    if (!run) {
        console.error(run.error());
        return Failure;
    }
    std::optional<Stored> stored;
    if (!dryRun && !run->proposals.isEmpty()) {
        stored = Stored {};
        if (issue) {
            const auto numbers = service.createAndIssue(run->proposals, &stored->ids);
            if (!numbers) {
                console.error(numbers.error());
                return Failure;
            }
            stored->numbers = *numbers;
        } else {
            const auto ids = service.createDrafts(run->proposals);
            if (!ids) {
                console.error(ids.error());
                return Failure;
            }
            stored->ids = *ids;
        }
    } else if (!dryRun) {
        stored = Stored {};
    }
    writeRun(*run, stored, *format, console);
    return Success;
}

} // namespace cd::cli
