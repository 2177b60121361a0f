#include "cli/timecommand.h"

#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "domain/money.h"
#include "services/timereportservice.h"
#include "storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

void writeReport(const TimeReport &report, TableOutput::Format format, Console &console)
{
    using K = TableOutput::Kind;
    const bool byContract = report.by == TimeGrouping::Contract;
    QList<TableOutput::Column> columns { { TimeReportService::toCode(report.by), K::Text },
                                         { u"minutes"_s, K::Number },
                                         { u"billable_minutes"_s, K::Number },
                                         { u"billable_value"_s, K::Number },
                                         { u"invoiced_value"_s, K::Number },
                                         { u"uninvoiced_value"_s, K::Number } };
    if (byContract)
        columns << TableOutput::Column { u"included_minutes"_s, K::Number }
                << TableOutput::Column { u"used_minutes"_s, K::Number };
    TableOutput table(columns);
    const bool asTable = format == TableOutput::Format::Table;
    const auto plain = [&report](qint64 minor) {
        return Money(minor, report.currency).toPlainString();
    };
    for (const TimeReportRow &r : report.rows) {
        QString label = r.label;
        if (byContract && r.key == u"0"_s && asTable)
            label = tr("(no contract)");
        QStringList values { label,
                             QString::number(r.minutes),
                             QString::number(r.billableMinutes),
                             plain(r.billableValueMinor),
                             plain(r.invoicedValueMinor),
                             plain(r.uninvoicedValueMinor) };
        if (byContract)
            values << optionalNumber(r.includedMinutes) << optionalNumber(r.usedMinutes);
        table.addRow(values);
    }
    QTextStream &out = console.out();
    if (asTable)
        out << tr("Time (values in %1)").arg(report.currency) << "\n";
    table.write(out, format);
    const QStringList note
        = report.unconverted.sentences(Unconverted::What::Entries, report.firstRates, QLocale());
    if (asTable && !note.isEmpty())
        out << "\n" << note.join(u"\n"_s) << "\n";
    out.flush();
    if (!asTable)
        for (const QString &sentence : note)
            console.error(sentence);
}

} // namespace

int runTime(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"by"_s, tr("account (default), contract, person or month."), u"GROUP"_s });
    parser.addOption({ u"from"_s, tr("the first day to count, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"to"_s, tr("the last day to count, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"time"_s,
                                 tr("Prints the time logged per account, contract, person or "
                                    "month: minutes, billable minutes (with the retainers' "
                                    "overage) and their value, invoiced and not, in the firm's "
                                    "currency; by contract also the included and used minutes "
                                    "of retainers and budgets."),
                                 {}, 0, console)) {
        return *exit;
    }
    TimeGrouping by = TimeGrouping::Account;
    if (parser.isSet(u"by"_s)) {
        const auto parsed = TimeReportService::parseGrouping(parser.value(u"by"_s));
        if (!parsed) {
            console.error(u"--by: "_s + parsed.error());
            return Usage;
        }
        by = *parsed;
    }
    const auto from = dateOption(parser, u"from"_s, console);
    if (!from)
        return Usage;
    const auto to = dateOption(parser, u"to"_s, console);
    if (!to)
        return Usage;
    if (from->isValid() && to->isValid() && *from > *to) {
        console.error(tr("--from %1 is after --to %2.")
                          .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return Usage;
    }
    const auto format = formatOption(parser, console);
    if (!format)
        return Usage;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const Result<TimeReport> report = TimeReportService(*db).report(*from, *to, by);
    if (!report) {
        console.error(report.error());
        return Failure;
    }
    writeReport(*report, *format, console);
    return Success;
}

} // namespace cd::cli
