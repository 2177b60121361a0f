#include "cli/revenuecommand.h"

#include "analytics/revenueanalytics.h"
#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

/// Each currency's own amounts: period, currency, client, customer, total.
void writeOriginal(const RevenueSeries &series, TableOutput::Format format, QTextStream &out)
{
    using K = TableOutput::Kind;
    TableOutput table({ { u"period"_s, K::Text },
                        { u"currency"_s, K::Text },
                        { u"client"_s, K::Number },
                        { u"customer"_s, K::Number },
                        { u"total"_s, K::Number } });
    for (const RevenueCurrencyPeriod &p : series.original) {
        const auto plain = [&p](qint64 minor) {
            return Money(minor, p.currency).toPlainString();
        };
        table.addRow({ p.key, p.currency, plain(p.clientMinor), plain(p.customerMinor),
                       plain(p.totalMinor()) });
    }
    if (format == TableOutput::Format::Table)
        out << tr("Revenue in each currency, not converted") << "\n";
    table.write(out, format);
    out.flush();
}

/// The firm's currency: period, client, customer, total; the note on what did not convert
/// under the table, or on stderr for CSV and JSON.
void writeConverted(const RevenueSeries &series, TableOutput::Format format, Console &console)
{
    using K = TableOutput::Kind;
    TableOutput table({ { u"period"_s, K::Text },
                        { u"client"_s, K::Number },
                        { u"customer"_s, K::Number },
                        { u"total"_s, K::Number } });
    const auto plain = [&series](qint64 minor) {
        return Money(minor, series.currency).toPlainString();
    };
    for (const RevenuePeriod &p : series.periods)
        table.addRow(
            { p.key, plain(p.clientMinor), plain(p.customerMinor), plain(p.totalMinor()) });
    QTextStream &out = console.out();
    const bool asTable = format == TableOutput::Format::Table;
    if (asTable)
        out << tr("Revenue (%1)").arg(series.currency) << "\n";
    table.write(out, format);
    const QStringList note
        = series.unconverted.sentences(Unconverted::What::Entries, series.firstRates, QLocale());
    if (asTable && !note.isEmpty())
        out << "\n" << note.join(u"\n"_s) << "\n";
    out.flush();
    if (!asTable)
        for (const QString &sentence : note)
            console.error(sentence);
}

} // namespace

int runRevenue(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"by"_s, tr("month (default), quarter or year."), u"PERIOD"_s });
    parser.addOption({ u"from"_s, tr("the first day to count, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"to"_s, tr("the last day to count, YYYY-MM-DD."), u"DATE"_s });
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    parser.addOption({ u"currency"_s,
                       tr("converted (default: every amount in the firm's currency) or original "
                          "(each currency's own amounts, a row per period and currency)."),
                       u"MODE"_s });
    if (auto exit = parseCommand(parser, arguments, u"revenue"_s,
                                 tr("Prints revenue by month, quarter or year: clients, "
                                    "customers and the total, in the firm's currency."),
                                 {}, 0, console)) {
        return *exit;
    }
    bool original = false;
    if (parser.isSet(u"currency"_s)) {
        const QString mode = parser.value(u"currency"_s).trimmed().toLower();
        if (mode != u"converted"_s && mode != u"original"_s) {
            console.error(tr("--currency is converted or original, not '%1'.")
                              .arg(parser.value(u"currency"_s)));
            return Usage;
        }
        original = mode == u"original"_s;
    }
    PeriodGrouping grouping = PeriodGrouping::Month;
    if (parser.isSet(u"by"_s)) {
        const auto parsed = RevenueAnalytics::parseGrouping(parser.value(u"by"_s));
        if (!parsed) {
            console.error(u"--by: "_s + parsed.error());
            return Usage;
        }
        grouping = *parsed;
    }
    RevenueFilter filter;
    const auto from = dateOption(parser, u"from"_s, console);
    if (!from)
        return Usage;
    const auto to = dateOption(parser, u"to"_s, console);
    if (!to)
        return Usage;
    filter.from = *from;
    filter.to = *to;
    if (const Status ok = RevenueAnalytics::validate(filter); !ok) {
        console.error(ok.error());
        return Usage;
    }
    const auto chosen = formatOption(parser, console);
    if (!chosen)
        return Usage;
    const TableOutput::Format format = *chosen;

    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const Result<RevenueSeries> series = RevenueAnalytics::byPeriod(*db, filter, grouping);
    if (!series) {
        console.error(series.error());
        return Failure;
    }
    if (original)
        writeOriginal(*series, format, console.out());
    else
        writeConverted(*series, format, console);
    return Success;
}

} // namespace cd::cli
