#include "cli/democommand.h"

#include "cli/cli.h"
#include "domain/money.h"
#include "sample/samplegenerator.h"
#include "services/settingsservice.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

/// A whole number from the option, within [min, max]; prints the reason and returns nothing
/// otherwise.
std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QString &option,
                                  qint64 fallback, qint64 min, qint64 max, Console &console)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        const QLocale c = QLocale::c();
        console.error(tr("--%1 needs a whole number from %2 to %3, not '%4'.")
                          .arg(option, c.toString(min), c.toString(max), text));
        return std::nullopt;
    }
    return value;
}

/// The currency of the system's locale (QLocale::system()), IDR when it has none or an
/// unknown one (the C locale).
QString localeCurrency()
{
    const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return Money::isKnownCurrency(code) ? code : u"IDR"_s;
}

} // namespace

int runDemo(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const SampleOptions defaults;
    parser.addOption(
        { u"accounts"_s, tr("Number of accounts (default %1).").arg(defaults.accounts), u"N"_s });
    parser.addOption({ u"revenue"_s,
                       tr("Number of revenue entries (default %1).").arg(defaults.revenueEntries),
                       u"N"_s });
    parser.addOption(
        { u"seed"_s,
          tr("Seed: the same seed gives the same portfolio (default %1).").arg(defaults.seed),
          u"S"_s });
    parser.addOption({ u"currency"_s,
                       tr("The firm's currency (ISO 4217) of the new database (default: the "
                          "system's, else IDR; a currency already set in an empty database is "
                          "kept unless given)."),
                       u"CODE"_s });
    if (auto exit = parseCommand(parser, arguments, u"demo"_s,
                                 tr("Fills an empty database with a sample consultancy portfolio."),
                                 {}, 0, console)) {
        return *exit;
    }
    const auto accounts
        = wholeNumber(parser, u"accounts"_s, defaults.accounts, 1, 1'000'000, console);
    if (!accounts)
        return Usage;
    const auto revenue
        = wholeNumber(parser, u"revenue"_s, defaults.revenueEntries, 0, 50'000'000, console);
    if (!revenue)
        return Usage;
    const auto seed = wholeNumber(parser, u"seed"_s, defaults.seed, 0, 4'294'967'295LL, console);
    if (!seed)
        return Usage;

    // Checked before the database is opened: an unknown code creates nothing.
    QString currency = localeCurrency();
    if (parser.isSet(u"currency"_s)) {
        currency = parser.value(u"currency"_s).trimmed().toUpper();
        if (const QString problem = SettingsService::currencyProblem(parser.value(u"currency"_s));
            !problem.isEmpty()) {
            console.error(problem);
            return Failure;
        }
    }

    auto db = openDatabase(parser, false, console);
    if (!db)
        return Failure;
    SampleOptions options;
    options.currency = currency;
    options.replaceCurrency = parser.isSet(u"currency"_s);
    options.accounts = int(*accounts);
    options.revenueEntries = int(*revenue);
    options.seed = quint32(*seed);

    QElapsedTimer timer;
    timer.start();
    const auto summary = SampleGenerator(options).generate(
        *db, [&console](int percent, const QString &phase) { console.progress(percent, phase); });
    console.endProgress();
    if (!summary) {
        console.error(summary.error());
        return Failure;
    }
    const QLocale locale;
    console.out() << tr("Created a sample portfolio in %1: %2 accounts (%3 clients, %4 "
                        "customers), %5 contracts, %6 opportunities and %7 revenue entries in "
                        "%8 s.")
                         .arg(QDir::toNativeSeparators(db->location()),
                              locale.toString(summary->accounts), locale.toString(summary->clients),
                              locale.toString(summary->customers),
                              locale.toString(summary->contracts),
                              locale.toString(summary->opportunities),
                              locale.toString(summary->revenueEntries),
                              locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                  << Qt::endl;
    if (summary->foreignAccounts > 0)
        console.out() << tr("%1 accounts are billed in other currencies than %2; %3 daily "
                            "exchange rates convert their amounts.")
                             .arg(locale.toString(summary->foreignAccounts), options.currency,
                                  locale.toString(summary->rates))
                      << Qt::endl;
    if (summary->timeEntries > 0)
        console.out() << tr("Consultants logged %1 time entries (%2 consultants added as users).")
                             .arg(locale.toString(summary->timeEntries),
                                  locale.toString(summary->consultants))
                      << Qt::endl;
    if (summary->invoices > 0)
        console.out() << tr("The contracts were billed in %1 invoices; %2 payments received.")
                             .arg(locale.toString(summary->invoices),
                                  locale.toString(summary->payments))
                      << Qt::endl;
    return Success;
}

} // namespace cd::cli
