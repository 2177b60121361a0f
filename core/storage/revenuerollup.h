#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace cd {

class Database;

/// The monthly rollups (revenue_monthly by account, revenue_totals without) set against the
/// revenue entries they sum.
class RevenueRollup final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueRollup)

public:
    /// One sentence per month and account (or month and kind, for the totals) whose rollup
    /// differs from a full recomputation over the entries (at most \a limit per rollup, then
    /// a count of the rest); empty when they agree.
    static Result<QStringList> mismatches(Database &database, int limit = 20);
};

/// Writing many revenue entries at once (the sample generator, revenue imports): the
/// per-row triggers cost more than the inserts themselves, so begin() takes them off, the
/// writer add()s each row's amount to sums kept in memory, and finish() writes those sums
/// into both rollups in key order and puts the triggers back. Both run inside the
/// transaction that writes the rows, so a rollback restores the triggers too. Only inserts,
/// each add()ed, may happen in between.
///
/// On PostgreSQL this happens only when asked (`Server::TriggersOff`) and the connection owns
/// revenue_entries: switching a trigger off locks the table against other writers until the
/// commit, which suits loading a whole sample but not an import on a shared server. Then the
/// table's foreign keys are also dropped by begin() and added again by finish(), which checks
/// every row at once instead of a trigger per row; when revenue_entries was empty at begin(),
/// finish() sums the rollups from the entries on the server instead of sending the sums.
/// Otherwise the server's triggers keep the rollups and add() does nothing.
class RevenueRollupBatch final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueRollupBatch)

public:
    enum class Server { KeepTriggers, TriggersOff };
    explicit RevenueRollupBatch(Database &database, Server server = Server::KeepTriggers);
    ~RevenueRollupBatch();
    Q_DISABLE_COPY_MOVE(RevenueRollupBatch)

    Status begin();
    /// One entry written: its amount (and its converted amount, or that it has none) joins
    /// the sums of its rollup rows. `promotion` as written (a promotion counts when it holds
    /// more than spaces, as the triggers say).
    void add(const QDate &date, qint64 accountId, AccountKind kind, const QString &currency,
             const QString &category, const QString &promotion, qint64 amountMinor,
             std::optional<qint64> convertedMinor);
    Status finish();

private:
    /// A rollup row's key with its texts as indexes into m_texts: hashed and sorted as
    /// integers (hashing two strings a row was a tenth of a large import).
    struct Key
    {
        int month; ///< year × 12 + month − 1
        qint64 accountId;
        bool client;
        int currency;
        int category;
        bool promoted;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.month, key.accountId, key.client, key.currency,
                              key.category, key.promoted);
        }
    };
    struct Sum
    {
        qint64 amount = 0;
        qint64 converted = 0; ///< of the entries that converted
        qint64 unconvertedAmount = 0; ///< of the entries that did not, in their currency
        qint64 unconverted = 0;
        qint64 entries = 0;
        /// Adds `other`; false on overflow.
        bool add(const Sum &other);
    };
    /// The index of `text` in m_texts, added when new. Currencies and categories are few
    /// and repeat: found by comparing, not hashing.
    int intern(const QString &text);
    struct TotalKey
    {
        int month;
        bool client;
        int currency, category;
        bool promoted;
        auto operator<=>(const TotalKey &) const = default;
    };
    using Rows = std::vector<std::pair<Key, Sum>>;
    using Totals = std::map<TotalKey, Sum>;
    Status beginOnServer();
    Status writeSqlite(const Rows &rows, const Totals &totals);
    Status writeServer(const Rows &rows, const Totals &totals);
    Status rebuildOnServer();

    Database &m_db;
    Server m_server;
    bool m_active = false;
    bool m_fromScratch = false; ///< on a server, revenue_entries was empty at begin()
    bool m_overflow = false; ///< a sum went beyond qint64: finish() refuses to write it
    bool m_outOfBounds = false; ///< an amount beyond Money::kMaxMinorUnits: finish() refuses
    QString m_outOfBoundsCurrency;
    QStringList m_triggers; ///< what finish() runs to put them back (CREATE on SQLite)
    QHash<Key, Sum> m_sums;
    QStringList m_texts; ///< currencies and categories of the batch
    std::vector<QByteArray> m_utf8; ///< the same as UTF-8, by index
    int m_lastText = -1;
};

} // namespace cd
