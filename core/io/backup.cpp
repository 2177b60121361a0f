#include "io/backup.h"

#include "storage/backupstore.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Why a written copy is not kept, as a phrase; empty when it is sound.
QString describe(BackupStore::CopyProblem problem)
{
    switch (problem) {
    case BackupStore::CopyProblem::None:
        break;
    case BackupStore::CopyProblem::CannotOpen:
        return Backup::tr("the copy cannot be opened");
    case BackupStore::CopyProblem::FailsIntegrityCheck:
        return Backup::tr("the copy fails SQLite's integrity check");
    case BackupStore::CopyProblem::NoTables:
        return Backup::tr("the copy holds no ClientDesk tables");
    }
    return {};
}

} // namespace

Backup::Backup(Database &database) : m_db(database) { }

Result<BackupSummary> Backup::writeTo(const QString &path) const
{
    if (!m_db.sql().isFile()) {
        return Error { tr("Backups of a PostgreSQL database are made on the server (pg_dump); "
                          "ClientDesk copies SQLite files only.") };
    }
    if (path.trimmed().isEmpty())
        return Error { tr("Give the file the backup should be written to.") };
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    if (target.exists()) {
        return Error { tr("%1 already exists; choose another name or delete it first.")
                           .arg(QDir::toNativeSeparators(absolute)) };
    }
    if (QFileInfo(m_db.location()).absoluteFilePath() == absolute)
        return Error { tr("A backup cannot be written over the database itself.") };
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return Error { tr("The folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())) };
    }
    if (!folder.isWritable()) {
        return Error { tr("The folder %1 is read-only; choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())) };
    }

    // A new, empty file of a unique name, readable by the user only (the backup holds the
    // firm's client data), so that no file planted under a fixed name (a symbolic link) can
    // redirect the copy. VACUUM INTO writes into an empty file and keeps its mode. Closed
    // before SQLite opens it: closing a descriptor of a file drops SQLite's locks on it.
    QTemporaryFile partial(absolute + u".XXXXXX.partial"_s);
    if (!partial.open())
        return Error { tr("The backup cannot be written in %1: %2.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath()),
                                partial.errorString()) };
    partial.close();
    const QString partialPath = partial.fileName();
    // VACUUM INTO reads one snapshot; it cannot run inside a transaction of its own.
    if (const Status copied = BackupStore::copyInto(m_db, partialPath, tr("Copying the database"));
        !copied)
        return Error { copied.error() }; // the file is removed

    BackupStore::Counts found;
    const QString problem = describe(BackupStore::checkCopy(partialPath, found));
    if (!problem.isEmpty())
        return Error { tr("The backup was not kept: %1.").arg(problem) };
    // Never replaces a file that appeared under that name meanwhile.
    if (!partial.rename(absolute)) {
        return Error {
            tr("The backup could not be renamed to %1.").arg(QDir::toNativeSeparators(absolute))
        };
    }
    partial.setAutoRemove(false);
    BackupSummary summary;
    summary.path = absolute;
    summary.bytes = QFileInfo(absolute).size();
    summary.accounts = found.accounts;
    summary.revenueEntries = found.revenueEntries;
    return summary;
}

} // namespace cd
