#pragma once

#include <QString>

namespace cd {

enum class Dialect { SQLite, PostgreSQL };

/// Everything that differs between the embedded SQLite file and a PostgreSQL server, in one
/// place: storage code asks this object for a statement, a fragment or a capability instead
/// of comparing dialects around whole statements. Code outside core/storage asks only the
/// capabilities (isFile(), isServer()).
class SqlDialect final
{
public:
    constexpr explicit SqlDialect(Dialect kind) : m_kind(kind) { }

    constexpr Dialect kind() const { return m_kind; }
    /// A database file on this computer: backups, restore and SQLite's own checks apply.
    constexpr bool isFile() const { return m_kind == Dialect::SQLite; }
    /// A shared server: row-level security, the change feed, team logins.
    constexpr bool isServer() const { return m_kind == Dialect::PostgreSQL; }

    /// The statement that starts a write transaction: SQLite takes the write lock at once,
    /// so two writers wait for each other instead of one failing at its first write.
    QString beginTransaction() const;
    /// Whether a query that is read once from the start can be forward-only. Qt's SQLite
    /// driver caches every row otherwise; PostgreSQL's reads the whole result either way.
    constexpr bool forwardOnlyReads() const { return m_kind == Dialect::SQLite; }

    /// (account id, number of accounts it referred), for every account that referred one.
    /// A server counts over every account (an account manager's customer may have referred a
    /// colleague's), by clientdesk_referrals (migration 5), which row-level security allows.
    QString referralCounts() const;

    /// A value per account taken from another table, for a query whose rows name an account:
    /// `aggregate` over the rows (alias x) of `table` whose account_id is `accountId` and that
    /// meet `condition` ("" for every row); NULL for an account without any. `value` goes
    /// among the columns, `join` right after the FROM clause's table; `name` is the joined
    /// table's alias, unique in the query. A file looks each account up in the table's
    /// account index (a correlated subquery, run only where the value is used); a server
    /// groups the table once and joins it, since row-level security would check every lookup
    /// against the accounts again (about 400 ms for an account manager on the large sample,
    /// 5 ms grouped).
    struct PerAccount
    {
        QString value;
        QString join;
    };
    PerAccount perAccount(const QString &aggregate, const QString &table, const QString &condition,
                          const QString &accountId, const QString &name) const;

private:
    Dialect m_kind;
};

} // namespace cd
