#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace cd {

class Database;

/// Writes the converted amounts of revenue entries that a rate change moved (for
/// ExchangeRateStore::reconvert), and keeps the rollups in step, in the caller's transaction.
///
/// A few entries are written one by one and the rollups' triggers follow each. Many are
/// written with the triggers off: the update trigger of the rollups cost 80 µs a row (100,000
/// entries took 8 s), so the writer keeps, per rollup row (month, account, kind, currency,
/// category, promotion), the difference between the old and the new converted sums, and adds
/// those differences to revenue_monthly and revenue_totals at the end — the rollup rows exist
/// already, since only converted amounts change. On SQLite the triggers are dropped and
/// created again; on PostgreSQL the update trigger is disabled when the connection owns
/// revenue_entries (ALTER TABLE … DISABLE TRIGGER: other writers of the table wait until the
/// commit, readers go on), otherwise it stays on. Either way a rollback puts everything back.
class ReconversionWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReconversionWriter)

public:
    /// Called with (done, total) now and then; returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// From this many changed entries on, the triggers go for the while.
    static constexpr qsizetype kWithoutTriggers = 500;

    explicit ReconversionWriter(Database &database) : m_db(database) { }

    /// A rollup row's key, its texts as indexes from text().
    struct Key
    {
        int month; ///< year × 12 + month − 1, from month()
        qint64 accountId;
        int kind, currency, category;
        bool promoted; ///< from isPromoted()
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.month, key.accountId, key.kind, key.currency, key.category,
                              key.promoted);
        }
    };
    /// The index of a text of the key (an account kind, currency or category as stored; a
    /// NULL category is ''), added when new. They are few and repeat: found by comparing.
    int text(QByteArrayView text);
    /// The month of an entry's date ('YYYY-MM-DD') as the key holds it.
    static int month(QByteArrayView date);
    /// Whether an entry's promotion makes it promoted, as the rollups' triggers say.
    static bool isPromoted(QByteArrayView promotion);

    /// One entry whose converted amount goes from `before` to `after` (nullopt: not
    /// converted), of `amount` in its own currency, in the rollup row `key`.
    void add(qint64 id, const Key &key, qint64 amount, std::optional<qint64> before,
             std::optional<qint64> after);
    qsizetype size() const { return qsizetype(m_changes.size()); }
    /// The accounts of the entries added, each once.
    QList<qint64> accounts() const;

    /// Writes every entry added and the rollups' differences.
    Status write(const Progress &progress);

private:
    struct Delta
    {
        qint64 converted = 0;
        qint64 unconvertedAmount = 0;
        qint64 unconverted = 0;
        bool overflow = false;
        void add(qint64 c, qint64 um, qint64 u);
    };
    using Rows = std::vector<std::pair<Key, Delta>>;
    QByteArray monthText(int month) const;
    Rows monthlyRows() const;
    Rows totalRows(const Rows &monthly) const;

    Status writeSqlite(const Progress &progress);
    Status writeServer(const Progress &progress);
    Status applySqlite(const Rows &monthly, const Rows &totals);
    Status applyServer(const Rows &monthly, const Rows &totals);
    Result<QStringList> dropSqliteTriggers();
    Result<bool> disableServerTrigger();

    Database &m_db;
    std::vector<std::pair<qint64, std::optional<qint64>>> m_changes;
    QHash<Key, Delta> m_deltas;
    QHash<qint64, bool> m_accounts;
    QList<QByteArray> m_texts;
};

} // namespace cd
