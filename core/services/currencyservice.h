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

    /// Adds a rate, or replaces the one of that currency and day. Refused: the firm's own
    /// currency, an unknown ISO 4217 code, an invalid rate, a date outside the allowed range.
    Status setRate(const RateEntry &rate, const Progress &progress = {});
    /// Replaces the rate stored for (`old.currency`, `old.date`) by `rate` (which may move it
    /// to another day or currency: refused when that day already has one).
    Status editRate(const RateEntry &old, const RateEntry &rate, const Progress &progress = {});
    Status removeRate(const QString &currency, const QDate &date, const Progress &progress = {});
    /// Stores many rates at once (an import), all or nothing; none may exist yet.
    Status addRates(const QList<RateEntry> &rates, const Progress &progress = {});

    /// True when the database holds an amount (a revenue entry, contract, product, deal or
    /// sale): then the firm's currency can change only by changeFirmCurrency's rules.
    Result<bool> holdsAmounts() const;
    /// What changeFirmCurrency(code) would refuse, without changing anything; empty when it
    /// would succeed.
    Result<QString> firmCurrencyChangeProblem(const QString &code) const;
    /// Makes `code` the firm's currency. Without amounts, freely. Otherwise the rates of the
    /// new currency against the old one must cover every day that needs them (each stored
    /// rate's day and the first amount in the old currency): the stored rates are then
    /// re-expressed against the new currency day by day, the old currency gets the inverse
    /// rates, and every entry is converted again. Refused with the missing days otherwise.
    Status changeFirmCurrency(const QString &code, const Progress &progress = {});
    /// Relabels every amount stored in `from` as `to` (revenue entries, contracts, products,
    /// deals, sales, accounts' own currency, rates, and the firm's currency when it is `from`),
    /// without changing one digit; recorded in the audit log. Refused when `to` already has
    /// rates on a day `from` has one.
    Status relabel(const QString &from, const QString &to, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace cd
