#include "cli/pipelinecommand.h"

#include "analytics/pipelineanalytics.h"
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

QString plain(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString();
}

QString winRate(const KindPipeline &kind)
{
    const auto rate = kind.winRatePercent();
    return rate ? QString::number(*rate) : QString();
}

void writeJson(QTextStream &out, const PipelineFigures &f)
{
    out << "{\"currency\": " << TableOutput::jsonString(f.currency) << ",\n \"stages\": [";
    for (qsizetype i = 0; i < f.stages.size(); ++i) {
        const StageTotal &s = f.stages.at(i);
        out << (i ? ",\n    " : "") << "{\"stage\": " << TableOutput::jsonString(toCode(s.stage))
            << ", \"count\": " << s.count << ", \"value\": " << plain(s.valueMinor, f.currency)
            << ", \"weighted\": " << plain(s.weightedMinor, f.currency) << '}';
    }
    out << "],\n \"forecast\": [";
    for (qsizetype i = 0; i < f.forecast.size(); ++i) {
        const ForecastMonth &m = f.forecast.at(i);
        out << (i ? ",\n    " : "") << "{\"month\": \"" << m.month.toString(u"yyyy-MM"_s)
            << "\", \"count\": " << m.count
            << ", \"weighted\": " << plain(m.weightedMinor, f.currency) << '}';
    }
    out << "],\n \"cycle_days\": {";
    const auto kind = [&out](const char *name, const KindPipeline &k) {
        out << '"' << name << "\": {\"median\": ";
        if (k.cycle.count > 0)
            out << k.cycle.median;
        else
            out << "null";
        out << ", \"count\": " << k.cycle.count << ", \"win_rate\": ";
        if (const auto rate = k.winRatePercent())
            out << *rate;
        else
            out << "null";
        out << '}';
    };
    kind("client", f.client);
    out << ",\n                ";
    kind("customer", f.customer);
    out << "},\n \"open\": " << f.openCount << ", \"stale\": " << f.staleCount
        << ", \"stale_days\": " << f.staleDays << "}\n";
}

} // namespace

int runPipeline(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"pipeline"_s,
                                 tr("Prints the open opportunities by stage, the weighted "
                                    "forecast by month and the median sales-cycle length in "
                                    "days by kind."),
                                 {}, 0, console)) {
        return *exit;
    }
    const auto chosen = formatOption(parser, console);
    if (!chosen)
        return Usage;
    const TableOutput::Format format = *chosen;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const Result<PipelineFigures> figures = PipelineAnalytics::compute(*db, QDate::currentDate());
    if (!figures) {
        console.error(figures.error());
        return Failure;
    }
    const PipelineFigures &f = *figures;
    QTextStream &out = console.out();
    // The deals without a rate today: named under the tables, or on stderr for CSV and JSON.
    const QStringList note = f.unconverted.sentences(Unconverted::What::Deals, {}, QLocale());
    if (format == TableOutput::Format::Json) {
        writeJson(out, f);
        out.flush();
        for (const QString &sentence : note)
            console.error(sentence);
        return Success;
    }

    using K = TableOutput::Kind;
    if (format == TableOutput::Format::Csv) {
        // One table: a section column tells the stages, the forecast and the cycles apart.
        TableOutput csv({ { u"section"_s, K::Text },
                          { u"name"_s, K::Text },
                          { u"count"_s, K::Number },
                          { u"value"_s, K::Number },
                          { u"weighted"_s, K::Number },
                          { u"median_days"_s, K::Number },
                          { u"win_rate"_s, K::Number } });
        for (const StageTotal &s : f.stages)
            csv.addRow({ u"stage"_s,
                         toCode(s.stage),
                         QString::number(s.count),
                         plain(s.valueMinor, f.currency),
                         plain(s.weightedMinor, f.currency),
                         {},
                         {} });
        for (const ForecastMonth &m : f.forecast)
            csv.addRow({ u"forecast"_s,
                         m.month.toString(u"yyyy-MM"_s),
                         QString::number(m.count),
                         plain(m.valueMinor, f.currency),
                         plain(m.weightedMinor, f.currency),
                         {},
                         {} });
        for (const auto &[name, k] :
             { std::pair { u"client"_s, &f.client }, std::pair { u"customer"_s, &f.customer } }) {
            csv.addRow({ u"cycle"_s,
                         name,
                         QString::number(k->cycle.count),
                         {},
                         {},
                         k->cycle.count ? QString::number(k->cycle.median) : QString(),
                         winRate(*k) });
        }
        csv.write(out, format);
        out.flush();
        for (const QString &sentence : note)
            console.error(sentence);
        return Success;
    }

    out << tr("Open opportunities by stage (%1)").arg(f.currency) << "\n";
    TableOutput stages({ { u"stage"_s, K::Text },
                         { u"count"_s, K::Number },
                         { u"value"_s, K::Number },
                         { u"weighted"_s, K::Number } });
    for (const StageTotal &s : f.stages)
        stages.addRow({ toCode(s.stage), QString::number(s.count), plain(s.valueMinor, f.currency),
                        plain(s.weightedMinor, f.currency) });
    stages.write(out, format);
    out << "\n" << tr("Weighted forecast by month of expected close") << "\n";
    TableOutput forecast(
        { { u"month"_s, K::Text }, { u"count"_s, K::Number }, { u"weighted"_s, K::Number } });
    for (const ForecastMonth &m : f.forecast)
        forecast.addRow({ m.month.toString(u"yyyy-MM"_s), QString::number(m.count),
                          plain(m.weightedMinor, f.currency) });
    forecast.write(out, format);
    out << "\n" << tr("Sales cycle from first contact to won, in days") << "\n";
    TableOutput cycles({ { u"kind"_s, K::Text },
                         { u"median_days"_s, K::Number },
                         { u"won"_s, K::Number },
                         { u"win_rate_percent"_s, K::Number } });
    for (const auto &[name, k] :
         { std::pair { u"client"_s, &f.client }, std::pair { u"customer"_s, &f.customer } }) {
        cycles.addRow({ name, k->cycle.count ? QString::number(k->cycle.median) : QString(),
                        QString::number(k->cycle.count), winRate(*k) });
    }
    cycles.write(out, format);
    out << "\n"
        << tr("Open: %1; stale (no stage change or interaction for more than %2 days): %3.")
               .arg(f.openCount)
               .arg(f.staleDays)
               .arg(f.staleCount)
        << "\n";
    if (f.withoutExpectedClose > 0)
        out << tr("Open without an expected close, not in the forecast: %1.")
                   .arg(f.withoutExpectedClose)
            << "\n";
    for (const QString &sentence : note)
        out << sentence << "\n";
    out.flush();
    return Success;
}

} // namespace cd::cli
