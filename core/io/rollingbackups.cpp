#include "io/rollingbackups.h"

#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEnabledKey = u"backup_enabled"_s;
const QString kKeepKey = u"backup_keep"_s;
const QString kStampFormat = u"yyyy-MM-dd-HHmmss"_s;

QString stampOf(const QDateTime &at)
{
    return at.toString(kStampFormat);
}

// The extra files of a SQLite database in WAL mode.
void removeCompanions(const QString &databasePath)
{
    QFile::remove(databasePath + u"-wal"_s);
    QFile::remove(databasePath + u"-shm"_s);
}

// Refuses while any other connection, in this process or another, has the database open.
Status nobodyElseHasItOpen(const QString &databasePath)
{
    if (BackupStore::isOpenElsewhere(databasePath))
        return Error { RollingBackups::tr(
                           "%1 is open in another ClientDesk window or a clientdesk command, so "
                           "the backup was not restored; close it there and try again.")
                           .arg(QDir::toNativeSeparators(databasePath)) };
    return {};
}

} // namespace

RollingBackups::RollingBackups(Database &database) : m_db(database) { }

QString RollingBackups::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    // Not translated: the folder must be found again whatever language the app runs in.
    return info.absoluteDir().filePath(info.completeBaseName() + u" backups"_s);
}

QList<BackupFile> RollingBackups::list(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(base)
                                     + u"-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"_s);
    QList<BackupFile> files;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &info : folder.entryInfoList({ base + u"-*.sqlite"_s }, QDir::Files)) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(match.captured(1), kStampFormat);
        if (at.isValid())
            files.append({ info.absoluteFilePath(), at, info.size() });
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.takenAt > b.takenAt; });
    return files;
}

Result<BackupPolicy> RollingBackups::policy() const
{
    SettingsRepository settings(m_db);
    BackupPolicy policy;
    const auto enabled = settings.boolValue(kEnabledKey, policy.enabled);
    if (!enabled)
        return Error { enabled.error() };
    const auto keep = settings.intValue(kKeepKey, policy.keep);
    if (!keep)
        return Error { keep.error() };
    policy.enabled = *enabled;
    policy.keep
        = int(std::clamp<qint64>(*keep, BackupPolicy::kMinimumKeep, BackupPolicy::kMaximumKeep));
    return policy;
}

Status RollingBackups::setPolicy(const BackupPolicy &policy)
{
    if (policy.keep < BackupPolicy::kMinimumKeep || policy.keep > BackupPolicy::kMaximumKeep) {
        return Error { tr("Keep from %1 to %2 backups, not %3.")
                           .arg(BackupPolicy::kMinimumKeep)
                           .arg(BackupPolicy::kMaximumKeep)
                           .arg(policy.keep) };
    }
    SettingsRepository settings(m_db);
    if (const Status ok = settings.setBoolValue(kEnabledKey, policy.enabled); !ok)
        return ok;
    return settings.setIntValue(kKeepKey, policy.keep);
}

Result<std::optional<BackupSummary>> RollingBackups::runIfDue(const QDateTime &now)
{
    if (!m_db.sql().isFile())
        return std::optional<BackupSummary>();
    const auto current = policy();
    if (!current)
        return Error { current.error() };
    if (!current->enabled)
        return std::optional<BackupSummary>();
    const auto worthKeeping
        = BackupStore::hasAccounts(m_db, tr("Looking at the database before backing it up"));
    if (!worthKeeping)
        return Error { worthKeeping.error() };
    if (!*worthKeeping)
        return std::optional<BackupSummary>(); // nothing worth keeping yet
    const QString location = m_db.location();
    const QList<BackupFile> existing = list(location);
    if (!existing.isEmpty() && existing.first().takenAt > now.addDays(-1)
        && existing.first().takenAt <= now)
        return std::optional<BackupSummary>();

    const QString folder = folderFor(location);
    // The backups hold the firm's client data: the folder is the user's only (each backup is
    // too, see Backup::writeTo).
    if (!QFileInfo(folder).isDir()
        && !QDir().mkdir(folder,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error {
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))
        };
    const QString path = QDir(folder).filePath(QFileInfo(location).completeBaseName() + u"-"_s
                                               + stampOf(now) + u".sqlite"_s);
    const auto written = Backup(m_db).writeTo(path);
    if (!written)
        return Error { written.error() };
    const QList<BackupFile> all = list(location);
    for (qsizetype i = current->keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return std::optional<BackupSummary>(*written);
}

Result<QString> RollingBackups::restore(const QString &backupPath, const QString &databasePath,
                                        const QDateTime &now)
{
    if (!QFileInfo::exists(backupPath))
        return Error {
            tr("The backup %1 no longer exists.").arg(QDir::toNativeSeparators(backupPath))
        };
    // Before seconds of copying and checking, and again just before the files are swapped.
    if (const Status alone = nobodyElseHasItOpen(databasePath); !alone)
        return Error { alone.error() };
    // Check a copy, so that the backup itself stays as it was (opening migrates). The copy is
    // a new file of a unique name (nothing planted under a fixed name can redirect it),
    // readable by the user only; it is removed on every failure.
    QTemporaryFile copy(databasePath + u".XXXXXX.restoring"_s);
    const QString unwritable = tr("The backup could not be copied beside %1; is the folder full "
                                  "or read-only?")
                                   .arg(QDir::toNativeSeparators(databasePath));
    if (!copy.open())
        return Error { unwritable };
    {
        // No connection of this process has the backup open: reading it with a file of our
        // own drops no SQLite lock.
        QFile source(backupPath);
        if (!source.open(QIODevice::ReadOnly))
            return Error { tr("The backup %1 cannot be read: %2.")
                               .arg(QDir::toNativeSeparators(backupPath), source.errorString()) };
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
                return Error { tr("The backup %1 cannot be read: %2.")
                                   .arg(QDir::toNativeSeparators(backupPath),
                                        source.errorString()) };
            if (copy.write(chunk) != chunk.size())
                return Error { unwritable };
        }
        if (!copy.flush())
            return Error { unwritable };
        copy.close();
        if (copy.error() != QFileDevice::NoError)
            return Error { unwritable };
    }
    const QString restoring = copy.fileName();
    QString problem;
    {
        Database::Options options;
        options.mode = Database::Mode::MustExist;
        auto opened = Database::open(restoring, options);
        if (!opened) {
            problem = opened.error();
        } else {
            const auto findings = IntegrityCheck(**opened).run();
            if (!findings)
                problem = findings.error();
            else if (!findings->isEmpty())
                problem = findings->first();
        }
    }
    removeCompanions(restoring);
    if (!problem.isEmpty())
        return Error { tr("The backup cannot be restored: %1").arg(problem) };
    if (const Status alone = nobodyElseHasItOpen(databasePath); !alone)
        return Error { alone.error() };

    const QFileInfo info(databasePath);
    const QString kept = info.absoluteDir().filePath(info.completeBaseName() + u".before-restore-"_s
                                                     + stampOf(now) + u".sqlite"_s);
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, kept)) {
        return Error { tr("%1 could not be moved aside; nothing was restored.")
                           .arg(QDir::toNativeSeparators(databasePath)) };
    }
    // A write-ahead log left behind belongs to the file moved aside, not to the backup.
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, kept + suffix);
    }
    if (!QFile::rename(restoring, databasePath)) {
        QFile::rename(kept, databasePath); // put the database back as it was
        return Error { tr("The backup could not be put in place of %1; the database is as it "
                          "was.")
                           .arg(QDir::toNativeSeparators(databasePath)) };
    }
    copy.setAutoRemove(false); // it is the database now
    return kept;
}

} // namespace cd
