#pragma once

#include "domain/exchangerate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

class Database;

/// The firm's currency and its exchange rates, as the app and the command line change them.
/// Every change that moves a conversion (a rate added, edited or removed, the firm's currency
/// changed, a currency relabelled) converts the revenue entries it affects again, in the
/// same transaction: the stored converted amounts and the rollups never disagree with the
/// rates. Team mode: everyone reads rates; only managers change them (the server refuses
/// others).
class CurrencyService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CurrencyService)

public:
    explicit CurrencyService(Database &database) : m_db(database) { }

    /// Called now and then during long work with (done, total); returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// The firm's currency and every stored rate: what conversions use.
    Result<RateTable> rateTable() const;
    /// The stored rates, by currency then date (`currency` empty: all of them).
    Result<QList<RateEntry>> rates(const QString &currency = {}) const;

    /// Why `rate` cannot be stored while `firmCurrency` is the firm's currency, in one
    /// sentence; empty when it can: an unknown ISO 4217 code, the firm's own currency, a date
    /// that is not a day or outside the allowed range (isWithinDateRange), an invalid rate.
    static QString rateProblem(const RateEntry &rate, const QString &firmCurrency);
    /// One reason addRates would refuse, for the rate at `index` in the list it was given.
    struct RateProblem
    {
        qsizetype index;
        QString reason;
        friend bool operator==(const RateProblem &, const RateProblem &) = default;
    };
    /// Every reason addRates(rates) would refuse, in list order: rateProblem()'s, a second
    /// rate for one currency and day in the list, a rate already stored for that day. Empty
    /// when addRates would store them all.
    Result<QList<RateProblem>> rateProblems(const QList<RateEntry> &rates) const;

    /// Adds a rate, or replaces the one of that currency and day. Refused: the firm's own
    /// currency, an unknown ISO 4217 code, an invalid rate, a date outside the allowed range.
    Status setRate(const RateEntry &rate, const Progress &progress = {});
    /// Replaces the rate stored for (`old.currency`, `old.date`) by `rate` (which may move it
    /// to another day or currency: refused when that day already has one, or when `old` is
    /// not stored).
    Status editRate(const RateEntry &old, const RateEntry &rate, const Progress &progress = {});
    /// Removes a stored rate; refused when there is none for that currency and day.
    Status removeRate(const QString &currency, const QDate &date, const Progress &progress = {});
    /// Stores many rates at once (an import), all or nothing; none may exist yet. Refused
    /// with the first of rateProblems().
    Status addRates(const QList<RateEntry> &rates, const Progress &progress = {});

    /// True when the database holds an amount (a revenue entry, time entry, contract, product, deal
    /// or sale): then the firm's currency can change only by changeFirmCurrency's rules.
    Result<bool> holdsAmounts() const;
    /// What changeFirmCurrency(code) would refuse, without changing anything; empty when it
    /// would succeed.
    Result<QString> firmCurrencyChangeProblem(const QString &code) const;
    /// Makes `code` the firm's currency (any case, spaces around). Without amounts, freely:
    /// the stored rates that a rate of the new currency covers are re-expressed, the others
    /// removed. Otherwise the rates of the new currency against the old one must cover every
    /// day that needs them (each stored rate's day and the first revenue entry in the old
    /// currency): the stored rates are then re-expressed against the new currency day by day
    /// (rate ÷ the new currency's rate in force that day), the old currency gets the inverse
    /// of each stored rate of the new one, the new one's rates go, and every entry is
    /// converted again. Refused with the missing days otherwise. When `code` is the firm's
    /// currency only by default (none stored), it is stored.
    Status changeFirmCurrency(const QString &code, const Progress &progress = {});
    /// Relabels every amount stored in `from` as `to` (revenue entries, contracts, products,
    /// deals, sales, accounts' own currency, rates, and the firm's currency when it is `from`),
    /// without changing one digit; recorded in the audit log. Refused when `to` already has
    /// rates on a day `from` has one, when the two have different decimals, when nothing is
    /// stored in `from`, and when it would leave rates for the firm's own currency.
    Status relabel(const QString &from, const QString &to, const Progress &progress = {});

    /// Refused (with the sentence why) unless this user may change rates and the firm's
    /// currency: on a server, managers only.
    Status mayChange() const;

private:
    struct FirmChange;
    Result<FirmChange> planFirmChange(const QString &code) const;
    /// Converts again the entries of `currency` (empty: all) dated on or after `from` (null:
    /// all); with `untilNextRate`, only up to the next stored rate after `from` (the entries
    /// whose rate in force can have changed when only the rate of `from` did).
    Status reconvert(const QString &currency, const QDate &from, const Progress &progress,
                     bool untilNextRate = false);
    Status finish(const Status &change, class TransactionGuard &guard);

private:
    Database &m_db;
};

} // namespace cd
