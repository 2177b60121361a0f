#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;

/// What a backup wrote.
struct BackupSummary
{
    QString path;
    qint64 bytes = 0;
    qint64 accounts = 0;
    qint64 revenueEntries = 0;
};

/// A consistent copy of an open SQLite database, taken while others keep working on it.
///
/// SQLite's `VACUUM INTO` copies one read snapshot, so the copy holds every committed change
/// up to a moment and none after it. The copy is written beside the target as FILE.partial,
/// checked (integrity, row counts), and only then renamed to FILE: a failed or interrupted
/// backup never leaves a half-written FILE behind.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Backup)

public:
    explicit Backup(Database &database);

    /// Refuses an existing target, a missing or read-only folder and the database itself.
    Result<BackupSummary> writeTo(const QString &path) const;

private:
    Database &m_db;
};

} // namespace cd
