#pragma once

#include "result.h"

#include <QString>

namespace cd {

class Database;

/// The database side of backups and restore (core/io/backup.h, core/io/rollingbackups.h),
/// which only a database file (SQLite) has: a consistent copy, the check of a copy, and
/// whether anyone else has a file open. `what` names the step in an error.
class BackupStore final
{
public:
    /// What a written copy holds; -1 when it could not be counted.
    struct Counts
    {
        qint64 accounts = -1;
        qint64 revenueEntries = -1;
    };
    enum class CopyProblem { None, CannotOpen, FailsIntegrityCheck, NoTables };

    /// Writes one read snapshot of `database` (every change committed up to a moment, none
    /// after it) into the empty file `path`, with SQLite's VACUUM INTO. Not inside a
    /// transaction.
    static Status copyInto(Database &database, const QString &path, const QString &what);
    /// Opens the copy at `path` read-only on a connection of its own, runs SQLite's
    /// integrity check and counts what it holds into `found`.
    static CopyProblem checkCopy(const QString &path, Counts &found);
    /// Whether any other connection, in this process or another, has the database file at
    /// `path` open (false when there is no such file).
    static bool isOpenElsewhere(const QString &path);
    /// Whether `database` holds any account.
    static Result<bool> hasAccounts(Database &database, const QString &what);
};

} // namespace cd
