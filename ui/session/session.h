#pragma once

#include "result.h"
#include "session/serveraddress.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cd {

class BackgroundTask;
class ChangeFeed;
class Database;
class PasswordStore;
class UserPrompts;
enum class ImportKind;
struct SampleOptions;

/// The database the desktop app works with, and everything that happens to it as a whole:
/// opening, creating, connecting to a server (the keychain, the recent servers), the daily
/// automatic backup with its damage check, restoring a backup, exporting, creating a sample
/// portfolio, and others' changes on a server (ChangeFeed). Long work runs on its own
/// BackgroundTask, one of each kind at a time.
///
/// The session shows no widget of its own: it tells the user through the UserPrompts it is
/// given, says what it is doing through signals (JobProgress shows the progress dialogs, the
/// window the status bar), and never knows which page shows. One database at a time, or none.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    /// Work the user waits for, with a progress dialog.
    enum class Job { Sample, Export, Restore };
    Q_ENUM(Job)

    /// A remembered server's address with the password to try: the address's own, else the
    /// keychain's.
    struct ServerLogin
    {
        ServerAddress address;
        bool remembered = false; ///< the keychain holds a password for it
        QString keychainProblem; ///< why the keychain could not be read, or empty
    };

    /// `prompts` must outlive the session (setPrompts() replaces it).
    explicit Session(UserPrompts &prompts, QObject *parent = nullptr);
    /// Cancels work still going and waits for it, then closes the database.
    ~Session() override;

    UserPrompts &prompts() const { return *m_prompts; }
    void setPrompts(UserPrompts &prompts) { m_prompts = &prompts; }

    Database *database() const { return m_database.get(); }
    /// An open database file on this computer (backups and restore apply).
    bool isFile() const;
    /// An open database on a shared server.
    bool isServer() const;
    /// Reports others' changes on a server; null in a file.
    ChangeFeed *changeFeed() const { return m_changes.get(); }
    /// The location of `database` (for widgets that do not include storage).
    static QString locationOf(const Database &database);

    /// Makes `database` (or none) the open one: aboutToClose(), then opened() or closed(),
    /// then the automatic backup. Refused while a sample is being created.
    bool setDatabase(std::unique_ptr<Database> &&database);
    /// No database open (setDatabase() with none).
    bool close();

    /// Where the app starts: the command line's location, else $CLIENTDESK_DATABASE, else the
    /// database opened last (a file that still exists, or a server), else the default.
    static QString startLocation(const QString &commandLineValue);
    /// Opens the file the app starts with (creating it when missing); why not, or empty.
    QString openAtStart(const QString &location);
    /// Opens an existing database file; on failure says why (reportOpenFailure()) and keeps
    /// the current one.
    bool openFile(const QString &location);
    /// Creates a new database at a path where no file exists yet.
    bool createFile(const QString &location);
    /// Says why `location` could not be opened; when an automatic backup of it exists and
    /// SQLite (checking off the UI thread) finds the file damaged, offers to restore the
    /// latest one instead.
    void reportOpenFailure(const QString &location, const QString &error);

    /// The servers connected to lately, newest first, without passwords.
    static QStringList recentServers();
    /// Where remembered passwords live; the system keychain unless a test puts another.
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    PasswordStore *passwordStore() const { return m_passwordStore.get(); }
    /// The address of `url` with its password; nullopt when `url` is no server address.
    std::optional<ServerLogin> loginFor(const QString &url) const;
    /// Makes a server database just connected to the open one, remembering its address
    /// (never the password) among the recent servers and as the one to start with.
    bool adoptServer(std::unique_ptr<Database> &&database);

    /// The window's title, the status bar's database text and schema text (empty: none).
    QString windowTitle() const;
    QString locationText() const;
    QString schemaText() const;
    /// A folder to start file dialogs in: the database file's, else the documents folder.
    QString dialogDirectory() const;

    /// Creates a sample portfolio with these options off the UI thread.
    bool startSampleGeneration(const SampleOptions &options);
    /// Asks the sample run to stop; `quietly` skips telling (the window is closing).
    void cancelSampleGeneration(bool quietly = false);
    /// Exports a kind of record to `path` (CSV, or XLSX for a .xlsx name) off the UI thread.
    bool startExport(ImportKind kind, const QString &path);
    /// Writes the deadlines of the next 180 days (and the missed ones) as an iCalendar file
    /// off the UI thread (CalendarService), as an export.
    bool startCalendarExport(const QString &path);
    void cancelExport();
    /// Replaces the open database with a backup (RollingBackups::restore()) off the UI thread,
    /// then opens it again; the replaced file is kept beside it. False when it could not start.
    bool restoreBackup(const QString &backupPath);
    /// The same for the database file at `location`, open or not (a damaged one).
    bool restoreBackupAt(const QString &backupPath, QString location);
    /// Takes the day's automatic backup off the UI thread, if one is due.
    void startAutomaticBackup();

    bool isGeneratingSample() const;
    bool isExporting() const;
    /// The backup task: the automatic backup, a damage check or a restore.
    bool isBackingUp() const;
    /// A restore is going (the database is closed meanwhile).
    bool isRestoring() const { return isBackingUp() && !m_database; }
    BackgroundTask *sampleTask() const { return m_sampleTask.get(); }
    BackgroundTask *exportTask() const { return m_exportTask.get(); }

signals:
    /// The open database is about to go: let go of it.
    void aboutToClose();
    /// A database is open now (database()).
    void opened();
    /// No database is open now.
    void closed();
    /// Others changed these tables on a shared server.
    void changedByOthers(const QStringList &tables);
    /// Work started or ended: what may be done has changed.
    void stateChanged();
    /// For the status bar; an empty text clears it.
    void statusMessage(const QString &text, int timeoutMs);

    /// A job the user waits for started; `text` says what it does (empty: not yet known).
    void jobStarted(cd::Session::Job job, const QString &text);
    /// The user asked to cancel it; it ends soon.
    void jobCancelling(cd::Session::Job job);
    /// It ended, before its outcome is told.
    void jobFinished(cd::Session::Job job, bool ok);

    void sampleGenerationFinished(bool ok);
    void exportFinished(bool ok, const QString &message);
    /// The automatic backup ended: `wrote` when a backup was taken; `message` says what
    /// happened (empty when none was due).
    void automaticBackupFinished(bool wrote, const QString &message);
    /// The check after opening found the database damaged (`findings` from SQLite).
    void damageFound(const QString &location, const QStringList &findings);
    void restoreFinished(bool restored);

private:
    /// An export's work on the worker's own connection, given a function taking its progress
    /// in percent (false: cancelled): the sentence saying what it wrote.
    using ExportWork
        = std::function<Result<QString>(Database &, const std::function<bool(int)> &progress)>;
    /// Runs `work` on the export task; the outcome is told as every export's.
    bool runExport(const QString &path, const ExportWork &work);
    void onSampleFinished(bool ok, const QString &message);
    /// Offers the latest automatic backup of a damaged database; false when there is none.
    bool offerRestore(const QString &location, const QString &why);
    void rememberLocation(const QString &location) const;

    UserPrompts *m_prompts;
    // Declared before the tasks: they (and their threads, which reopen this database) are
    // destroyed first.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_changes; ///< before m_database goes
    std::unique_ptr<BackgroundTask> m_sampleTask;
    std::unique_ptr<BackgroundTask> m_exportTask;
    std::unique_ptr<BackgroundTask> m_backupTask;
    std::unique_ptr<PasswordStore> m_passwordStore;
};

} // namespace cd
