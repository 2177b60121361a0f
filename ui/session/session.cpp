#include "session/session.h"

#include "backgroundtask.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/rollingbackups.h"
#include "passwordstore.h"
#include "sample/samplegenerator.h"
#include "services/automaticbackup.h"
#include "services/calendarservice.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "userprompts.h"
#include "windowtexts.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kLastDatabaseKey = u"database/last"_s;
const QString kRecentServersKey = u"database/recentServers"_s;
constexpr int kRecentServersKept = 8;

QString sampleSummary(const SampleSummary &summary)
{
    const QLocale locale;
    // Said by the sample worker before; its translation context stays.
    return QCoreApplication::translate("cd::SampleWorker",
                                       "Created a sample portfolio of %1 clients and %2 "
                                       "customers, with %3 contracts and %4 revenue entries.")
        .arg(locale.toString(summary.clients), locale.toString(summary.customers),
             locale.toString(summary.contracts), locale.toString(summary.revenueEntries));
}

} // namespace

Session::Session(UserPrompts &prompts, QObject *parent)
    : QObject(parent)
    , m_prompts(&prompts)
    , m_sampleTask(std::make_unique<BackgroundTask>())
    , m_exportTask(std::make_unique<BackgroundTask>())
    , m_backupTask(std::make_unique<BackgroundTask>())
    , m_passwordStore(std::make_unique<KeychainPasswordStore>())
{ }

Session::~Session()
{
    // Stop a run before the database it reopens goes away (member order does the same).
    m_exportTask.reset();
    m_backupTask.reset();
    m_sampleTask.reset();
    m_changes.reset();
}

bool Session::isFile() const
{
    return m_database && m_database->sql().isFile();
}

bool Session::isServer() const
{
    return m_database && m_database->sql().isServer();
}

QString Session::locationOf(const Database &database)
{
    return database.location();
}

bool Session::isGeneratingSample() const
{
    return m_sampleTask->isRunning();
}

bool Session::isExporting() const
{
    return m_exportTask->isRunning();
}

bool Session::isBackingUp() const
{
    return m_backupTask->isRunning();
}

bool Session::close()
{
    return setDatabase(nullptr);
}

bool Session::setDatabase(std::unique_ptr<Database> &&database)
{
    if (isGeneratingSample())
        return false;
    emit aboutToClose();
    m_changes.reset();
    m_database = std::move(database);
    if (m_database) {
        m_changes = std::make_unique<ChangeFeed>(*m_database);
        connect(m_changes.get(), &ChangeFeed::changed, this, &Session::changedByOthers);
        emit opened();
    } else {
        emit closed();
    }
    startAutomaticBackup();
    return true;
}

QString Session::startLocation(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty() || !qEnvironmentVariableIsEmpty("CLIENTDESK_DATABASE"))
        return Database::resolveLocation(commandLineValue);
    const QString last = QSettings().value(kLastDatabaseKey).toString();
    if (!last.isEmpty() && (QFileInfo(last).isFile() || ServerAddress::isServerUrl(last)))
        return last;
    return Database::resolveLocation({});
}

QString Session::openAtStart(const QString &location)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    setDatabase(std::move(database).value());
    return {};
}

void Session::rememberLocation(const QString &location) const
{
    QSettings().setValue(kLastDatabaseKey, location);
}

bool Session::openFile(const QString &location)
{
    if (isGeneratingSample())
        return false;
    Database::Options options;
    options.mode = Database::Mode::MustExist;
    auto opened = Database::open(location, options);
    if (!opened) {
        reportOpenFailure(location, opened.error());
        return false;
    }
    rememberLocation((*opened)->location());
    return setDatabase(std::move(opened).value());
}

bool Session::createFile(const QString &location)
{
    if (isGeneratingSample())
        return false;
    if (QFileInfo::exists(location)) {
        prompts().message(QMessageBox::Warning, WindowTexts::tr("Cannot Create Database"),
                          WindowTexts::tr("%1 already exists; use Open database… to open it.")
                              .arg(QDir::toNativeSeparators(location)));
        return false;
    }
    auto created = Database::open(location);
    if (!created) {
        prompts().message(QMessageBox::Warning, WindowTexts::tr("Cannot Create Database"),
                          created.error());
        return false;
    }
    rememberLocation((*created)->location());
    return setDatabase(std::move(created).value());
}

QStringList Session::recentServers()
{
    return QSettings().value(kRecentServersKey).toStringList();
}

void Session::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwordStore = std::move(store);
}

std::optional<Session::ServerLogin> Session::loginFor(const QString &url) const
{
    std::optional<ServerAddress> address = ServerAddress::fromUrl(url);
    if (!address)
        return std::nullopt;
    ServerLogin login { *address, false, {} };
    if (m_passwordStore) {
        const auto remembered = m_passwordStore->read(address->keychainKey());
        if (!remembered) {
            login.keychainProblem = remembered.error();
        } else if (remembered->has_value()) {
            login.remembered = true;
            if (login.address.password.isEmpty())
                login.address.password = **remembered;
        }
    }
    return login;
}

bool Session::adoptServer(std::unique_ptr<Database> &&database)
{
    const QString location = database->location(); // without the password
    QSettings settings;
    QStringList recent = settings.value(kRecentServersKey).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(kRecentServersKey, recent.mid(0, kRecentServersKept));
    settings.setValue(kLastDatabaseKey, location);
    return setDatabase(std::move(database));
}

QString Session::windowTitle() const
{
    if (isServer()) {
        // The location of a server database carries no password.
        const auto address = ServerAddress::fromUrl(m_database->location());
        const QString shown = address ? address->displayName() : m_database->location();
        return WindowTexts::tr("ClientDesk — %1").arg(shown);
    }
    if (m_database)
        return WindowTexts::tr("ClientDesk — %1").arg(QFileInfo(m_database->location()).fileName());
    return WindowTexts::tr("ClientDesk");
}

QString Session::locationText() const
{
    if (isServer())
        return WindowTexts::tr("%1, signed in as %2")
            .arg(m_database->location(), m_database->session().userName);
    if (m_database)
        return QDir::toNativeSeparators(m_database->location());
    return WindowTexts::tr("No database open");
}

QString Session::schemaText() const
{
    if (!m_database)
        return {};
    return WindowTexts::tr("Schema version %1")
        .arg(QLocale().toString(m_database->schemaVersion()));
}

QString Session::dialogDirectory() const
{
    if (isFile())
        return QFileInfo(m_database->location()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool Session::startSampleGeneration(const SampleOptions &options)
{
    if (!m_database || isGeneratingSample())
        return false;
    struct Outcome
    {
        bool ok = false;
        QString message; ///< what was created, or why nothing was
    };
    auto outcome = std::make_shared<Outcome>();
    // The worker opens the database again: Qt SQL connections belong to their thread.
    const Database::Reopener reopener = m_database->reopener();
    m_sampleTask->start([reopener, options, outcome](const BackgroundTask::Reporter &reporter) {
        auto database = reopener.open();
        if (!database) {
            outcome->message = database.error();
            return;
        }
        const auto summary = SampleGenerator(options).generate(
            **database,
            [&reporter](int percent, const QString &phase) { reporter.report(percent, phase); },
            reporter.cancelFlag());
        outcome->ok = summary.ok();
        outcome->message = summary ? sampleSummary(*summary) : summary.error();
    });
    connect(
        m_sampleTask.get(), &BackgroundTask::finished, this,
        [this, outcome] { onSampleFinished(outcome->ok, outcome->message); },
        Qt::SingleShotConnection);
    emit jobStarted(Job::Sample, {});
    emit stateChanged();
    return true;
}

void Session::cancelSampleGeneration(bool quietly)
{
    m_sampleTask->cancel();
    if (quietly || !isGeneratingSample())
        return;
    emit jobCancelling(Job::Sample);
    emit statusMessage(WindowTexts::tr("Cancelling the sample portfolio…"), 0);
}

void Session::onSampleFinished(bool ok, const QString &message)
{
    emit statusMessage({}, 0);
    emit jobFinished(Job::Sample, ok);
    emit stateChanged();
    if (ok)
        emit statusMessage(message, 15000);
    else if (m_sampleTask->wasCancelled())
        prompts().message(QMessageBox::Information, WindowTexts::tr("Sample Portfolio Cancelled"),
                          message);
    else
        prompts().message(QMessageBox::Warning, WindowTexts::tr("Sample Portfolio Not Created"),
                          message);
    emit sampleGenerationFinished(ok);
}

bool Session::startExport(ImportKind kind, const QString &path)
{
    const ExportFormat format
        = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
    return runExport(
        path,
        [kind, path, format](Database &db,
                             const std::function<bool(int)> &progress) -> Result<QString> {
            const auto rows = Exporter(db).exportKind(
                kind, path, format, [&progress](qint64 done, qint64 total) {
                    return progress(int(done * 100 / std::max<qint64>(total, 1)));
                });
            if (!rows)
                return Error { rows.error() };
            return WindowTexts::tr("Exported %1 to %2 (rows: %3).")
                .arg(toCode(kind), QDir::toNativeSeparators(path), QLocale().toString(*rows));
        });
}

bool Session::startCalendarExport(const QString &path)
{
    return runExport(
        path, [path](Database &db, const std::function<bool(int)> &) -> Result<QString> {
            const auto written = CalendarService(db).writeFile(path, QDateTime::currentDateTime(),
                                                               CalendarService::defaultDays, {});
            if (!written)
                return Error { written.error() };
            return WindowTexts::tr("Wrote %1 (events: %2, missed: %3).")
                .arg(QDir::toNativeSeparators(path), QLocale().toString(written->events),
                     QLocale().toString(written->missed));
        });
}

bool Session::runExport(const QString &path, const ExportWork &work)
{
    if (!m_database || isExporting())
        return false;
    emit jobStarted(Job::Export,
                    WindowTexts::tr("Writing %1…").arg(QDir::toNativeSeparators(path)));

    auto result = std::make_shared<std::optional<Result<QString>>>();
    // The worker opens the database again: the window may switch databases meanwhile.
    const Database::Reopener reopener = m_database->reopener();
    m_exportTask->start([reopener, work, result](const BackgroundTask::Reporter &reporter) {
        auto db = reopener.open();
        if (!db) {
            *result = Result<QString>(Error { db.error() });
            return;
        }
        *result = work(**db, [&reporter](int percent) { return reporter.report(percent); });
    });
    connect(
        m_exportTask.get(), &BackgroundTask::finished, this,
        [this, result] {
            const Result<QString> &done = **result;
            emit jobFinished(Job::Export, done.ok());
            emit stateChanged();
            if (done) {
                emit statusMessage(*done, 15000);
                emit exportFinished(true, *done);
            } else {
                prompts().message(m_exportTask->wasCancelled() ? QMessageBox::Information
                                                               : QMessageBox::Warning,
                                  WindowTexts::tr("Export Not Written"), done.error());
                emit exportFinished(false, done.error());
            }
        },
        Qt::SingleShotConnection);
    emit stateChanged();
    return true;
}

void Session::cancelExport()
{
    m_exportTask->cancel();
    emit jobCancelling(Job::Export);
}

void Session::startAutomaticBackup()
{
    if (!isFile() || isBackingUp())
        return;
    auto result = std::make_shared<std::optional<Result<AutomaticBackup::Outcome>>>();
    const QString location = m_database->location();
    m_backupTask->start([location, result](const BackgroundTask::Reporter &) {
        *result = AutomaticBackup::run(location);
    });
    connect(
        m_backupTask.get(), &BackgroundTask::finished, this,
        [this, result, location] {
            emit stateChanged();
            const auto &done = **result;
            if (done && !done->damage.isEmpty()) {
                const QStringList damage = done->damage;
                emit damageFound(location, damage);
                const QString why
                    = WindowTexts::tr("%1 is damaged: SQLite cannot read all of it (it says: %2).")
                          .arg(QDir::toNativeSeparators(location), damage.constFirst());
                // Once this task has let go: the restore runs on it.
                QTimer::singleShot(0, this, [this, location, why] {
                    if (!offerRestore(location, why))
                        prompts().message(
                            QMessageBox::Critical, WindowTexts::tr("Database Damaged"),
                            WindowTexts::tr("%1\n\nThere is no automatic backup of it. Copy "
                                            "what you can with File > Export, and restore a "
                                            "backup of your own.")
                                .arg(why));
                });
                return;
            }
            if (!done) {
                // Not worth a dialog on every start, but the user must be able to see it.
                const QString message
                    = WindowTexts::tr("The automatic backup failed: %1").arg(done.error());
                emit statusMessage(message, 0);
                emit automaticBackupFinished(false, message);
            } else if (done->backup) {
                const QString message = WindowTexts::tr("Backed up to %1.")
                                            .arg(QDir::toNativeSeparators(done->backup->path));
                emit statusMessage(message, 10000);
                emit automaticBackupFinished(true, message);
            } else {
                emit automaticBackupFinished(false, {});
            }
        },
        Qt::SingleShotConnection);
    emit stateChanged();
}

void Session::reportOpenFailure(const QString &location, const QString &error)
{
    // Without an automatic backup there is nothing to offer: just say why. With one, SQLite's
    // check of the file (seconds on a large one) runs off the UI thread first.
    if (RollingBackups::list(location).isEmpty() || isBackingUp()) {
        prompts().message(QMessageBox::Warning, WindowTexts::tr("Cannot Open Database"), error);
        return;
    }
    auto damage = std::make_shared<QStringList>();
    m_backupTask->start([location, damage](const BackgroundTask::Reporter &) {
        if (const auto found = IntegrityCheck::fileDamage(location); found)
            *damage = *found;
    });
    connect(
        m_backupTask.get(), &BackgroundTask::finished, this,
        [this, location, error, damage] {
            emit stateChanged();
            // Once the task has let go: a restore runs on it.
            QTimer::singleShot(0, this, [this, location, error, damage] {
                if (damage->isEmpty()
                    || !offerRestore(location,
                                     WindowTexts::tr("%1\n\nSQLite reports the file damaged: %2")
                                         .arg(error, damage->constFirst())))
                    prompts().message(QMessageBox::Warning, WindowTexts::tr("Cannot Open Database"),
                                      error);
            });
        },
        Qt::SingleShotConnection);
    emit stateChanged();
}

bool Session::offerRestore(const QString &location, const QString &why)
{
    const QList<BackupFile> backups = RollingBackups::list(location);
    if (backups.isEmpty())
        return false;
    const BackupFile &latest = backups.constFirst();
    const QString question
        = WindowTexts::tr(
              "%1\n\nRestore the latest automatic backup, taken %2? Changes made since then "
              "are not in it. The damaged file is kept beside it.")
              .arg(why,
                   WindowTexts::tr("%1 at %2")
                       .arg(QLocale().toString(latest.takenAt.date(), QLocale::LongFormat),
                            QLocale().toString(latest.takenAt.time(), u"HH:mm"_s)));
    if (prompts().ask(WindowTexts::tr("Database Damaged"), question))
        restoreBackupAt(latest.path, location);
    return true;
}

bool Session::restoreBackup(const QString &backupPath)
{
    // A copy of the location: the database it belongs to closes first.
    return m_database && restoreBackupAt(backupPath, QString(m_database->location()));
}

bool Session::restoreBackupAt(const QString &backupPath, QString location)
{
    if (isGeneratingSample() || isExporting() || isBackingUp())
        return false;
    close(); // no connection may stay open on the file being replaced
    // Copying and checking a large backup takes seconds: off the UI thread, without Cancel
    // (the swap itself must not be interrupted half-way).
    emit jobStarted(Job::Restore,
                    WindowTexts::tr("Restoring %1…").arg(QFileInfo(backupPath).fileName()));
    auto result = std::make_shared<std::optional<Result<QString>>>();
    m_backupTask->start([backupPath, location, result](const BackgroundTask::Reporter &) {
        *result = RollingBackups::restore(backupPath, location);
    });
    connect(
        m_backupTask.get(), &BackgroundTask::finished, this,
        [this, result, backupPath, location] {
            const Result<QString> &kept = **result;
            emit jobFinished(Job::Restore, kept.ok());
            const bool reopened = openFile(location);
            emit stateChanged();
            if (!kept) {
                prompts().message(QMessageBox::Warning, WindowTexts::tr("Backup Not Restored"),
                                  kept.error());
            } else if (reopened) {
                emit statusMessage(
                    WindowTexts::tr("Restored %1. The database as it was is kept as %2.")
                        .arg(QFileInfo(backupPath).fileName(), QDir::toNativeSeparators(*kept)),
                    20000);
            }
            emit restoreFinished(kept.ok() && reopened);
        },
        Qt::SingleShotConnection);
    emit stateChanged();
    return true;
}

} // namespace cd
