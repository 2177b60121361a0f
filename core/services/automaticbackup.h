#pragma once

#include "io/backup.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

/// The daily backup the desktop app takes when it opens a database file, as one step that
/// runs on any thread (each call opens its own connections): SQLite's quick check first on a
/// read-only connection (seconds on a large file), so that a damaged database is reported
/// and never copied over the good backups; then RollingBackups::runIfDue on a connection of
/// its own, which waits up to five seconds for a writer elsewhere.
class AutomaticBackup final
{
public:
    struct Outcome
    {
        /// What SQLite found wrong with the file; when not empty nothing was backed up.
        QStringList damage;
        /// The backup taken; none when none was due (or the file is damaged).
        std::optional<BackupSummary> backup;
    };

    /// An error when the database could not be opened or the backup not written.
    static Result<Outcome> run(const QString &location);
};

} // namespace cd
