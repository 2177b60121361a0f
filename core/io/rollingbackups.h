#pragma once

#include "io/backup.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// How automatic backups behave; kept in the database's settings (backup_enabled,
/// backup_keep), so every user of a database shares it.
struct BackupPolicy
{
    bool enabled = true;
    int keep = 7; ///< backups kept; older ones are deleted after each new one

    static constexpr int kMinimumKeep = 1;
    static constexpr int kMaximumKeep = 100;
};

/// One automatic backup on disk.
struct BackupFile
{
    QString path;
    QDateTime takenAt;
    qint64 bytes = 0;
};

/// Rolling automatic backups of a SQLite database: at most one a day, taken when the desktop
/// app opens the database, in a folder beside it ("clientdesk.sqlite" → "clientdesk
/// backups/clientdesk-2026-11-23-091500.sqlite"), the last `keep` of them kept. And the way
/// back: restore() puts a backup in the database's place, keeping the replaced file.
class RollingBackups final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RollingBackups)

public:
    explicit RollingBackups(Database &database);

    static QString folderFor(const QString &databasePath);
    /// The backups of a database, newest first.
    static QList<BackupFile> list(const QString &databasePath);

    Result<BackupPolicy> policy() const;
    Status setPolicy(const BackupPolicy &policy);

    /// Takes a backup when backups are enabled, the database holds accounts and no backup
    /// was taken in the last day, then deletes the oldest beyond `keep`. Returns what was written,
    /// or nothing when none was due.
    Result<std::optional<BackupSummary>> runIfDue(const QDateTime &now
                                                  = QDateTime::currentDateTime());

    /// Replaces the database file at `databasePath` with a copy of `backupPath`, after
    /// checking that the copy opens as a ClientDesk database and passes SQLite's integrity
    /// check. The replaced file is kept beside it as NAME.before-restore-STAMP.sqlite, whose
    /// path is returned. While any connection to the database is open, in this process or
    /// another (a window, a clientdesk command), it is refused and nothing changes.
    static Result<QString> restore(const QString &backupPath, const QString &databasePath,
                                   const QDateTime &now = QDateTime::currentDateTime());

private:
    Database &m_db;
};

} // namespace cd
