#pragma once

#include "domain/exchangerate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cd {

class Database;

/// The exchange_rates table (see resources/sql/0008_currencies.sql) read for conversions,
/// written for CurrencyService, and the converted amounts of the revenue entries written
/// again from a RateTable. Writes use the caller's transaction; none checks the rules
/// (CurrencyService does).
class ExchangeRateStore final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ExchangeRateStore)

public:
    explicit ExchangeRateStore(Database &database) : m_db(database) { }

    /// Called now and then during long work with (done, total); returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// The firm's currency and every stored rate, for converting many amounts.
    Result<RateTable> load() const;
    /// One amount by the conversion rule (RateTable::convert), reading only the one rate it
    /// needs: for writing a single entry. nullopt when it does not convert.
    Result<std::optional<qint64>> convert(qint64 minor, const QString &currency,
                                          const QDate &date) const;

    /// The stored rates by currency then date; `currency` empty: all of them.
    Result<QList<RateEntry>> list(const QString &currency = {}) const;
    /// The rate stored for `currency` on exactly `date`; an invalid rate when there is none.
    Result<ExchangeRate> rateStoredOn(const QString &currency, const QDate &date) const;

    /// Stores a rate, replacing the one of that currency and day.
    Status put(const RateEntry &rate);
    /// Stores many rates (none of whose currency and day may be stored yet).
    Status insert(const QList<RateEntry> &rates);
    /// Removes the rate of `currency` on `date`; false when there was none.
    Result<bool> remove(const QString &currency, const QDate &date);
    /// Removes every rate.
    Status removeAll();

    /// True when a revenue entry, contract, product or deal exists.
    Result<bool> holdsAmounts() const;
    /// True when a revenue entry, contract, product, deal, account or rate is in `currency`.
    Result<bool> isUsed(const QString &currency) const;
    /// The first day after `after` with a stored rate of `currency`; null when none.
    Result<QDate> nextRateDate(const QString &currency, const QDate &after) const;
    /// The date of the first revenue entry in `currency`; null when there is none.
    Result<QDate> firstEntryDate(const QString &currency) const;

    /// What reconvert() wrote: how many entries, and their accounts (each once, sorted).
    struct Reconverted
    {
        qint64 written = 0;
        QList<qint64> accounts;
    };
    /// Writes converted_minor again for the revenue entries of `currency` (empty: every
    /// entry) dated on or after `from` (null: every date) and before `until` (null: no end),
    /// converted by `table`; only the entries whose converted amount changes are written, and
    /// the rollups change by the differences (ReconversionWriter). Refused, naming the entry,
    /// when one would convert beyond Money::kMaxMinorUnits. The progress counts the entries
    /// written.
    Result<Reconverted> reconvert(const RateTable &table, const QString &currency,
                                  const QDate &from, const QDate &until,
                                  const Progress &progress = {});

    /// Labels every amount stored in `from` as `to` (revenue entries, contracts, products,
    /// deals, accounts' own currency and rates; not the 'currency' setting), digits unchanged.
    /// Returns the number of revenue entries relabelled.
    Result<qint64> relabel(const QString &from, const QString &to);

private:
    Database &m_db;
};

} // namespace cd
