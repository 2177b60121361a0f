#include "sample/samplegenerator.h"

#include "domain/money.h"
#include "sample/portfoliobuilder.h"
#include "sample/sampleinvoices.h"
#include "sample/sampleplanner.h"
#include "sample/samplerandom.h"
#include "sample/samplerates.h"
#include "sample/sampletime.h"
#include "storage/auditlog.h"
#include "storage/bulkwriter.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/revenuerollup.h"
#include "storage/samplestore.h"
#include "storage/settingsrepository.h"
#include "storage/transactionguard.h"

using namespace Qt::StringLiterals;

namespace cd {

using namespace sample;

namespace {

/// The rates the sample's entries convert by: the database's own when it has some, else a
/// daily history from `from` of the currencies some accounts are billed in, written now
/// (`written` counts them).
Result<RateTable> sampleRates(Database &db, SampleStore &store, const SampleOptions &options,
                              const QDate &from, int *written)
{
    const Result<RateTable> stored = ExchangeRateStore(db).load();
    if (!stored || !stored->isEmpty())
        return stored;
    RateTable rates(options.currency);
    const QList<RateEntry> history
        = rateHistory(options.currency, from, options.today, options.seed);
    if (Status ok = store.writeRates(history, SampleGenerator::tr("Writing the exchange rates"));
        !ok)
        return Error { ok.error() };
    for (const RateEntry &rate : history)
        rates.add(rate);
    *written = int(history.size());
    return rates;
}

/// A sample firm for the reports' header, unless the firm has been named already.
Status nameFirm(const SampleStore &store, BulkWriter &writer)
{
    const Result<bool> named = store.firmNamed(SampleGenerator::tr("Reading the firm's settings"));
    if (!named)
        return Error { named.error() };
    if (*named)
        return {};
    for (const auto &[key, value] :
         { std::pair { u"firm_name"_s, u"Nusantara Advisory Partners"_s },
           std::pair { u"firm_address"_s,
                       u"Jl. Jend. Sudirman Kav. 52\nJakarta 12190\nIndonesia"_s } }) {
        if (Status ok = writer.setting(key, value); !ok)
            return ok;
    }
    return {};
}

/// The sample's currency as the firm's: written when none was `stored`, changed by its
/// rules when another was.
Status storeCurrency(Database &db, BulkWriter &writer, const QString &stored,
                     const QString &currency)
{
    if (stored.isEmpty())
        return writer.setting(u"currency"_s, currency);
    if (stored != currency)
        return SettingsRepository(db).setFirmCurrency(currency);
    return {};
}

} // namespace

SampleGenerator::SampleGenerator(SampleOptions options) : m_options(std::move(options)) { }

QString SampleGenerator::optionsProblem(const SampleOptions &options)
{
    if (options.accounts < 1 || options.accounts > 1'000'000)
        return tr("The number of sample accounts must be from 1 to 1,000,000, not %1.")
            .arg(options.accounts);
    if (options.revenueEntries < 0 || options.revenueEntries > 50'000'000)
        return tr("The number of sample revenue entries must be from 0 to 50,000,000, not %1.")
            .arg(options.revenueEntries);
    if (!options.today.isValid())
        return tr("The sample portfolio needs a valid end date.");
    return {};
}

Result<SampleSummary> SampleGenerator::generate(Database &db, const Progress &progress,
                                                const std::atomic_bool *cancel) const
{
    SampleOptions options = m_options;
    if (const QString problem = optionsProblem(options); !problem.isEmpty())
        return Error { problem };

    SampleStore store(db);
    const Result<qint64> existing = store.accountCount(tr("Checking that the database is empty"));
    if (!existing)
        return Error { existing.error() };
    if (*existing > 0) {
        return Error { tr("%1 already holds %2 accounts; a sample portfolio can only be created in "
                          "an empty database.")
                           .arg(db.location())
                           .arg(*existing) };
    }
    // The firm's currency, when one is set, is the currency of the sample.
    const Result<QString> currency = store.currencySetting(tr("Reading the currency setting"));
    if (!currency)
        return Error { currency.error() };
    const bool currencySet = Money::isValidCurrency(*currency);
    if (currencySet && !options.replaceCurrency)
        options.currency = *currency;
    else if (!Money::isValidCurrency(options.currency))
        return Error {
            tr("“%1” is not a currency code such as IDR or EUR.").arg(options.currency)
        };

    if (progress)
        progress(0, tr("Planning the portfolio"));
    SampleRandom random(options.seed);
    SamplePlanner planner(options, random);
    Plan plan = planner.plan();

    // A million rows land in indexes in random order: a large page cache for the duration of
    // the run keeps SQLite from writing the same index pages over and over.
    const SampleStore::LargeCache cache(db);

    TransactionGuard transaction(db);
    if (Status ok = transaction.begin(); !ok)
        return Error { ok.error() };
    BulkWriter writer(db, options.currency);
    writer.setBatched(true); // on a server: many rows a statement
    if (Status ok = writer.prepare(); !ok)
        return Error { ok.error() };
    // The rollups take the million rows in one pass at the end, not a trigger per row (on a
    // server too: the sample is loaded in one transaction that may lock revenue_entries).
    RevenueRollupBatch rollups(db, RevenueRollupBatch::Server::TriggersOff);
    if (Status ok = rollups.begin(); !ok)
        return Error { ok.error() };
    writer.setRollups(&rollups);
    int rateCount = 0;
    const Result<RateTable> rates
        = sampleRates(db, store, options, planner.historyStart().addDays(-7), &rateCount);
    if (!rates)
        return Error { rates.error() };
    writer.setRates(*rates);
    PortfolioBuilder builder(options, writer, random, planner, plan, progress, cancel);
    if (Status ok = builder.build(); !ok)
        return Error { ok.error() };
    if (Status ok = writer.flush(); !ok)
        return Error { ok.error() };
    if (progress)
        progress(96, tr("Logging the consultants' time"));
    TimeSampler time(options, writer, db, *rates, planner, cancel);
    const Result<int> timeEntries = time.write();
    if (!timeEntries)
        return Error { timeEntries.error() };
    if (progress)
        progress(96, tr("Billing the contracts"));
    InvoiceSampler invoices(options, writer, db, plan, cancel);
    if (Status ok = invoices.write(); !ok)
        return Error { ok.error() };
    if (Status ok = writer.flush(); !ok)
        return Error { ok.error() };
    if (Status ok = rollups.finish(); !ok)
        return Error { ok.error() };
    if (Status ok
        = storeCurrency(db, writer, currencySet ? *currency : QString(), options.currency);
        !ok)
        return Error { ok.error() };
    if (Status ok = nameFirm(store, writer); !ok)
        return Error { ok.error() };
    // Behaviour tags and purchase figures, so the customers list is ready when it opens.
    if (progress)
        progress(97, tr("Tagging customers by behaviour"));
    if (Status ok = CustomerStats(db).refreshAll(
            options.today, [&cancel](int) { return !(cancel && cancel->load()); });
        !ok)
        return Error { cancel && cancel->load()
                           ? tr("Creating the sample portfolio was cancelled; nothing was "
                                "written.")
                           : ok.error() };
    SampleSummary summary = builder.summary();
    summary.rates = rateCount;
    summary.timeEntries = *timeEntries;
    summary.consultants = time.consultants();
    summary.invoices = invoices.invoices();
    summary.payments = invoices.payments();
    summary.revenueEntries += invoices.revenueEntries();
    for (const PlannedAccount &account : std::as_const(plan.accounts))
        summary.foreignAccounts += account.currency.isEmpty() ? 0 : 1;
    AuditLog audit(db);
    if (Status ok = audit.append(
            u"portfolio"_s, std::nullopt, u"generate"_s,
            u"sample portfolio: seed %1, %2 accounts, %3 revenue entries"_s.arg(options.seed)
                .arg(summary.accounts)
                .arg(summary.revenueEntries));
        !ok) {
        return Error { ok.error() };
    }
    if (progress)
        progress(99, tr("Saving"));
    if (cancel && cancel->load())
        return Error { tr("Creating the sample portfolio was cancelled; nothing was written.") };
    if (Status ok = transaction.commit(); !ok)
        return Error { ok.error() };
    if (progress)
        progress(100, tr("Done"));
    return summary;
}

} // namespace cd
