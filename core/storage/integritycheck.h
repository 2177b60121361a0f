#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

class Database;

/// What `clientdesk check` verifies: SQLite's own integrity and foreign-key checks, then the
/// rules of ClientDesk that the schema cannot express.
///
/// Each finding is one sentence naming the table and the record. Reading only: nothing is
/// written, whatever is found.
class IntegrityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(cd::IntegrityCheck)

public:
    explicit IntegrityCheck(Database &database);

    /// The findings; an empty list when everything holds. An error only when the check
    /// itself could not run.
    Result<QStringList> run() const;

    /// SQLite's quick check of the file at `path` on a read-only connection of its own, for a
    /// file that may not even open as a ClientDesk database: the problems found (the first
    /// few), or one sentence for a file that is not an SQLite file at all; empty when SQLite
    /// finds nothing wrong. An error when the file cannot be read (missing, permissions).
    static Result<QStringList> fileDamage(const QString &path);

    /// What `clientdesk check` reports on success.
    struct Totals
    {
        qint64 accounts = 0;
        qint64 revenueEntries = 0;
    };
    /// The accounts and revenue entries stored; 0 and 0 when they cannot be counted.
    Totals totals() const;

    /// At most this many findings per rule are listed; the rest are counted in one sentence.
    static constexpr int maxFindingsPerRule = 20;

private:
    Status sqliteChecks(QStringList &findings) const;
    Status rule(QStringList &findings, const QString &sql, const QString &sentence) const;
    /// Entries whose stored converted amount is not what the rates give.
    Status conversions(QStringList &findings) const;
    /// Time entries whose stored converted value is not what the rates give.
    Status timeConversions(QStringList &findings, const class RateTable &rates) const;

    Database &m_db;
};

} // namespace cd
