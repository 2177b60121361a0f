#pragma once

#include "domain/behaviourtags.h"
#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace cd {

class Database;

/// Keeps each customer's purchase figures (table customer_stats) and behaviour tags
/// (account_tags with source 'behaviour', each with its reason) current.
///
/// Whatever changes what the rules look at calls refresh() for the accounts concerned inside
/// its own transaction: a sale or any revenue change, an interaction, an account's status or
/// referrer, a merge, a conversion, an import. That reads only those accounts' rows through
/// their indexes, so a sale's tags are current at once. Because `new` and `loyal` depend on
/// the date, and thresholds can change, the figures also carry the day and the thresholds
/// they were computed with (settings `customer_stats_as_of`, `customer_stats_rules`);
/// refreshIfStale() recomputes everything in one pass when either differs (once a day).
///
/// Amounts are the entries' converted amounts in the firm's currency (revenue_entries.
/// converted_minor); an entry without one (no rate on or before its day) is left out until a
/// rate converts it. A purchase is a day with revenue above 0.
class CustomerStats final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CustomerStats)

public:
    explicit CustomerStats(Database &database);

    /// The thresholds in settings (defaults for those not set).
    Result<TagThresholds> thresholds() const;
    /// Validates and stores the thresholds; the tags are stale until the next refreshAll().
    Status setThresholds(const TagThresholds &thresholds);

    /// Recomputes these accounts as of `today`; an account that is not (or no longer) a
    /// customer loses its figures and behaviour tags. Runs in the caller's transaction when
    /// one is open.
    Status refresh(const QList<qint64> &accountIds, const QDate &today = QDate::currentDate());
    /// Recomputes every customer as of `today` in one pass and one transaction. `progress`
    /// gets 0–100 and returns false to cancel; a cancelled run changes nothing.
    Status refreshAll(const QDate &today, const std::function<bool(int)> &progress = {});
    /// After the entries in `currencies` were converted again (a rate added, edited or
    /// removed): recomputes the customers with an entry in one of them, as of `today`; every
    /// customer when `currencies` is empty (the firm's currency changed). Runs in the
    /// caller's transaction when one is open (CurrencyService calls it in its own).
    Status refreshForCurrencies(const QStringList &currencies,
                                const QDate &today = QDate::currentDate());
    /// After the entries of these accounts were converted again (CurrencyService): recomputes
    /// them as of `today`, account by account (refresh() in runs of kIncrementalLimit) up to
    /// kReconversionLimit accounts, beyond that everything in one pass. Runs in the caller's
    /// transaction when one is open.
    Status refreshAccounts(const QList<qint64> &accountIds,
                           const QDate &today = QDate::currentDate());
    /// True when everything was computed for `today` with the thresholds now in settings.
    Result<bool> isCurrent(const QDate &today) const;
    /// refreshAll() unless isCurrent().
    Status refreshIfStale(const QDate &today);
    /// Makes the next refreshIfStale() recompute everything (after a large import).
    Status markStale();

    struct Figures
    {
        QDate firstPurchase;
        QDate lastPurchase;
        int purchases = 0;
        Money revenue; ///< all purchases
        Money revenue12Months;
        QStringList categories; ///< product categories bought, sorted
        QList<BehaviourTag> tags; ///< in BehaviourRules::codes() order
        QDate asOf; ///< the day the figures were computed for; null if never
    };
    /// The stored figures and behaviour tags of one account (empty for a client).
    Result<Figures> figures(qint64 accountId) const;

    /// More accounts than this in one refresh() are recomputed with one pass over everything.
    static constexpr int kIncrementalLimit = 200;
    /// More accounts than this in one refreshAccounts() are recomputed with one pass.
    static constexpr int kReconversionLimit = 3000;

private:
    QString rulesFingerprint(const TagThresholds &thresholds, const QString &currency) const;

    Database &m_db;
};

} // namespace cd
