#include "services/currencyservice.h"

#include "domain/isodate.h"
#include "domain/money.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/settingsrepository.h"
#include "storage/timestore.h"
#include "storage/transactionguard.h"

#include <QHash>

#include <set>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

/// What changing the firm's currency would do: the rates stored afterwards, or why not.
struct CurrencyService::FirmChange
{
    QString from;
    QString to;
    QList<RateEntry> rates;
    QString problem;
};

Result<RateTable> CurrencyService::rateTable() const
{
    return ExchangeRateStore(m_db).load();
}

Result<QList<RateEntry>> CurrencyService::rates(const QString &currency) const
{
    return ExchangeRateStore(m_db).list(currency.trimmed().toUpper());
}

QString CurrencyService::rateProblem(const RateEntry &rate, const QString &firmCurrency)
{
    if (!Money::isKnownCurrency(rate.currency))
        return tr("“%1” is not a currency code in use (ISO 4217); use one such as USD, SGD or "
                  "EUR.")
            .arg(rate.currency);
    if (rate.currency == firmCurrency)
        return tr("%1 is the firm's currency; it needs no exchange rate.").arg(firmCurrency);
    if (!rate.date.isValid())
        return tr("The %1 rate has no date; give the day it holds from as YYYY-MM-DD.")
            .arg(rate.currency);
    if (!isWithinDateRange(rate.date))
        return tr("The %1 rate cannot be dated so: %2.")
            .arg(rate.currency, outOfDateRangeReason(rate.date));
    if (!rate.rate.isValid())
        return tr("The %1 rate on %2 is not above zero; write a rate such as 16245.50.")
            .arg(rate.currency, day(rate.date));
    return {};
}

Result<QList<CurrencyService::RateProblem>>
CurrencyService::rateProblems(const QList<RateEntry> &rates) const
{
    const QString firm = SettingsRepository(m_db).firmCurrency();
    const Result<QList<RateEntry>> stored = ExchangeRateStore(m_db).list();
    if (!stored)
        return Error { stored.error() };
    QHash<QString, ExchangeRate> storedRates;
    for (const RateEntry &rate : *stored)
        storedRates.insert(rate.currency + day(rate.date), rate.rate);
    QHash<QString, qsizetype> seen;
    QList<RateProblem> problems;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const RateEntry &rate = rates.at(i);
        if (const QString problem = rateProblem(rate, firm); !problem.isEmpty()) {
            problems.append({ i, problem });
            continue;
        }
        const QString key = rate.currency + day(rate.date);
        if (const auto it = storedRates.constFind(key); it != storedRates.constEnd()) {
            problems.append({ i,
                              tr("%1 already has a rate on %2 (%3); leave this one out or "
                                 "remove the stored one first.")
                                  .arg(rate.currency, day(rate.date), it->toPlainString()) });
        } else if (seen.contains(key)) {
            problems.append({ i,
                              tr("A second %1 rate on %2; a currency has one rate a day.")
                                  .arg(rate.currency, day(rate.date)) });
        }
        seen.insert(key, i);
    }
    return problems;
}

Status CurrencyService::mayChange() const
{
    if (!m_db.session().seesAll)
        return Error { tr("Only a manager can change exchange rates and the firm's currency; "
                          "ask one to make this change.") };
    return {};
}

Status CurrencyService::reconvert(const QString &currency, const QDate &from,
                                  const Progress &progress, bool untilNextRate)
{
    ExchangeRateStore store(m_db);
    const Result<RateTable> table = store.load();
    if (!table)
        return Error { table.error() };
    const Result<QDate> until = untilNextRate ? store.nextRateDate(currency, from) : QDate();
    if (!until)
        return Error { until.error() };
    const Result<ExchangeRateStore::Reconverted> done
        = store.reconvert(*table, currency, from, *until, progress);
    if (!done)
        return Error { done.error() };
    // Time entries convert by the same rule; they are in no customer's figures.
    const Result<qint64> hours = TimeStore(m_db).reconvert(currency, from, *until, *table);
    if (!hours)
        return Error { hours.error() };
    if (done->written == 0)
        return {};
    // The customers' stored figures sum converted amounts: those with an entry converted
    // again (every customer after a change of the firm's currency or a relabelling).
    CustomerStats stats(m_db);
    if (currency.isEmpty())
        return stats.refreshForCurrencies({});
    return stats.refreshAccounts(done->accounts);
}

Status CurrencyService::finish(const Status &change, TransactionGuard &guard)
{
    if (!change.ok())
        return change; // the guard rolls back
    return guard.commit();
}

Status CurrencyService::setRate(const RateEntry &rate, const Progress &progress)
{
    if (Status ok = mayChange(); !ok)
        return ok;
    TransactionGuard guard(m_db);
    Status ok = guard.begin();
    if (!ok)
        return ok;
    const QString firm = SettingsRepository(m_db).firmCurrency();
    if (const QString problem = rateProblem(rate, firm); !problem.isEmpty())
        return Error { problem };
    ok = ExchangeRateStore(m_db).put(rate);
    if (ok)
        ok = reconvert(rate.currency, rate.date, progress, true);
    return finish(ok, guard);
}

Status CurrencyService::editRate(const RateEntry &old, const RateEntry &rate,
                                 const Progress &progress)
{
    if (Status ok = mayChange(); !ok)
        return ok;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const QString firm = SettingsRepository(m_db).firmCurrency();
    if (const QString problem = rateProblem(rate, firm); !problem.isEmpty())
        return Error { problem };
    ExchangeRateStore store(m_db);
    const bool moves = old.currency != rate.currency || old.date != rate.date;
    if (moves) {
        const Result<ExchangeRate> there = store.rateStoredOn(rate.currency, rate.date);
        if (!there)
            return Error { there.error() };
        if (there->isValid())
            return Error { tr("%1 already has a rate on %2 (%3); edit or remove that one "
                              "instead.")
                               .arg(rate.currency, day(rate.date), there->toPlainString()) };
    }
    const Result<bool> removed = store.remove(old.currency, old.date);
    if (!removed)
        return Error { removed.error() };
    if (!*removed)
        return Error { tr("No %1 rate on %2 is stored any more; it may have been removed "
                          "meanwhile.")
                           .arg(old.currency, day(old.date)) };
    // The entries whose rate in force changed: from each of the two days up to the next
    // rate after it.
    Status ok = store.put(rate);
    if (ok)
        ok = reconvert(old.currency, old.date, progress, true);
    if (ok)
        ok = reconvert(rate.currency, rate.date, progress, true);
    return finish(ok, guard);
}

Status CurrencyService::removeRate(const QString &currency, const QDate &date,
                                   const Progress &progress)
{
    if (Status ok = mayChange(); !ok)
        return ok;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<bool> removed = ExchangeRateStore(m_db).remove(currency, date);
    if (!removed)
        return Error { removed.error() };
    if (!*removed)
        return Error {
            tr("No %1 rate on %2 is stored; there is nothing to remove.").arg(currency, day(date))
        };
    return finish(reconvert(currency, date, progress, true), guard);
}

Status CurrencyService::addRates(const QList<RateEntry> &rates, const Progress &progress)
{
    if (Status ok = mayChange(); !ok)
        return ok;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<QList<RateProblem>> problems = rateProblems(rates);
    if (!problems)
        return Error { problems.error() };
    if (!problems->isEmpty())
        return Error { problems->constFirst().reason };
    Status ok = ExchangeRateStore(m_db).insert(rates);
    // Each currency converts again from its earliest new rate.
    QMap<QString, QDate> earliest;
    for (const RateEntry &rate : rates) {
        QDate &first = earliest[rate.currency];
        if (!first.isValid() || rate.date < first)
            first = rate.date;
    }
    for (auto it = earliest.cbegin(); ok && it != earliest.cend(); ++it)
        ok = reconvert(it.key(), it.value(), progress);
    return finish(ok, guard);
}

Result<bool> CurrencyService::holdsAmounts() const
{
    return ExchangeRateStore(m_db).holdsAmounts();
}

Result<CurrencyService::FirmChange> CurrencyService::planFirmChange(const QString &code) const
{
    FirmChange plan;
    plan.to = code.trimmed().toUpper();
    if (plan.problem = SettingsRepository::currencyProblem(code); !plan.problem.isEmpty())
        return plan;
    ExchangeRateStore store(m_db);
    const Result<RateTable> table = store.load();
    const Result<QList<RateEntry>> stored = store.list();
    const Result<bool> amounts = store.holdsAmounts();
    if (!table || !stored || !amounts)
        return Error { !table ? table.error() : !stored ? stored.error() : amounts.error() };
    plan.from = table->firmCurrency();
    if (plan.from == plan.to)
        return plan;
    std::set<QDate> missing;
    for (const RateEntry &rate : *stored) {
        // One unit of the new currency was worth r old units: one old unit is worth 1/r.
        const ExchangeRate inForce = table->rateOn(plan.to, rate.date);
        const ExchangeRate rebased
            = rate.currency == plan.to ? rate.rate.inverse() : rate.rate.dividedBy(inForce);
        if (rate.currency != plan.to && !inForce.isValid()) {
            missing.insert(rate.date);
        } else if (!rebased.isValid()) {
            plan.problem = tr("The %1 rate on %2 expressed in %3 is beyond what a rate holds "
                              "(ten decimals, below 100,000,000); correct it first.")
                               .arg(rate.currency, day(rate.date), plan.to);
            return plan;
        } else {
            plan.rates.append(
                { rate.date, rate.currency == plan.to ? plan.from : rate.currency, rebased });
        }
    }
    if (!*amounts)
        return plan; // without amounts the rates not covered simply go
    const Result<QDate> first = store.firstEntryDate(plan.from);
    if (!first)
        return Error { first.error() };
    if (first->isValid() && !table->rateOn(plan.to, *first).isValid())
        missing.insert(*first);
    if (missing.empty())
        return plan;
    QStringList days;
    for (auto it = missing.cbegin(); it != missing.cend() && days.size() < 3; ++it)
        days.append(day(*it));
    const qsizetype more = qsizetype(missing.size()) - days.size();
    const QString list
        = more > 0 ? tr("%1 and %2 more").arg(days.join(u", "_s)).arg(more) : days.join(u", "_s);
    plan.problem = tr("The firm's currency can change from %1 to %2 only with a %2 rate on or "
                      "before each day that has a rate or the first %1 amount; add a %2 rate "
                      "on or before %3 first (days without one: %4).")
                       .arg(plan.from, plan.to, day(*missing.cbegin()), list);
    return plan;
}

Result<QString> CurrencyService::firmCurrencyChangeProblem(const QString &code) const
{
    const Result<FirmChange> plan = planFirmChange(code);
    if (!plan)
        return Error { plan.error() };
    return plan->problem;
}

Status CurrencyService::changeFirmCurrency(const QString &code, const Progress &progress)
{
    if (Status ok = mayChange(); !ok)
        return ok;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<FirmChange> plan = planFirmChange(code);
    if (!plan)
        return Error { plan.error() };
    if (!plan->problem.isEmpty())
        return Error { plan->problem };
    if (plan->from == plan->to) {
        // Already the firm's currency, perhaps only by default (IDR while none is set): then
        // it is stored, so that a new database keeps the currency chosen for it.
        SettingsRepository settings(m_db);
        const Result<QString> stored = settings.value(u"currency"_s, QString());
        if (!stored)
            return Error { stored.error() };
        return finish(*stored == plan->to ? Status() : settings.setFirmCurrency(plan->to), guard);
    }
    ExchangeRateStore store(m_db);
    Status ok = store.removeAll();
    if (ok)
        ok = store.insert(plan->rates);
    if (ok)
        ok = SettingsRepository(m_db).setFirmCurrency(plan->to);
    if (ok)
        ok = reconvert({}, {}, progress);
    return finish(ok, guard);
}

Status CurrencyService::relabel(const QString &fromCode, const QString &toCode,
                                const Progress &progress)
{
    const QString from = fromCode.trimmed().toUpper();
    const QString to = toCode.trimmed().toUpper();
    if (!Money::isValidCurrency(from))
        return Error { SettingsRepository::currencyProblem(fromCode) };
    if (const QString problem = SettingsRepository::currencyProblem(toCode); !problem.isEmpty())
        return Error { problem };
    if (from == to)
        return Error { tr("%1 and %2 are the same currency; there is nothing to relabel.")
                           .arg(fromCode.trimmed(), toCode.trimmed()) };
    if (Money::decimals(from) != Money::decimals(to))
        return Error { tr("%1 has %2 decimals and %3 has %4, so relabelling would change every "
                          "amount; relabelling keeps the digits as they are.")
                           .arg(from)
                           .arg(Money::decimals(from))
                           .arg(to)
                           .arg(Money::decimals(to)) };
    if (Status ok = mayChange(); !ok)
        return ok;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    ExchangeRateStore store(m_db);
    const QString firm = SettingsRepository(m_db).firmCurrency();
    const Result<QList<RateEntry>> fromRates = store.list(from);
    const Result<QList<RateEntry>> toRates = store.list(to);
    if (!fromRates || !toRates)
        return Error { !fromRates ? fromRates.error() : toRates.error() };
    std::set<QDate> toDays;
    for (const RateEntry &rate : *toRates)
        toDays.insert(rate.date);
    for (const RateEntry &rate : *fromRates) {
        if (toDays.count(rate.date))
            return Error { tr("%1 and %2 both have a rate on %3; remove one of them before "
                              "relabelling.")
                               .arg(from, to, day(rate.date)) };
    }
    if (from == firm && !toRates->isEmpty())
        return Error { tr("%1 would become the firm's currency but has exchange rates; remove "
                          "them before relabelling.")
                           .arg(to) };
    if (to == firm && !fromRates->isEmpty())
        return Error { tr("%1 is the firm's currency, so the %2 rates would be rates of the "
                          "firm's own currency; remove them before relabelling.")
                           .arg(to, from) };
    const Result<bool> used = store.isUsed(from);
    if (!used)
        return Error { used.error() };
    if (!*used && from != firm)
        return Error { tr("Nothing is stored in %1; there is nothing to relabel.").arg(from) };
    const Result<qint64> entries = store.relabel(from, to);
    if (!entries)
        return Error { entries.error() };
    if (const Result<qint64> hours = TimeStore(m_db).relabel(from, to); !hours)
        return Error { hours.error() };
    Status ok = from == firm ? SettingsRepository(m_db).setFirmCurrency(to) : Status();
    if (ok)
        ok = reconvert({}, {}, progress);
    if (ok)
        ok = AuditLog(m_db).append(
            u"currency"_s, std::nullopt, u"update"_s,
            tr("Relabelled every amount in %1 as %2 without changing it (revenue entries: "
               "%3).")
                .arg(from, to)
                .arg(*entries));
    return finish(ok, guard);
}

} // namespace cd
