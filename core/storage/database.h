#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace cd {

/// One open connection to a ClientDesk database, migrated to the current schema.
///
/// SQLite is the embedded default: one file, WAL, foreign keys on, a busy timeout.
/// Each Database owns its own Qt connection, so a worker thread opens its own Database
/// on the same location (see reopen()). The destructor closes the connection.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Database)

public:
    enum class Mode {
        CreateIfMissing, ///< a missing file is created (with its folder) and migrated
        MustExist, ///< a missing file is an error
    };

    struct Options
    {
        Mode mode = Mode::CreateIfMissing;
        int busyTimeoutMs = 5000;
    };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens a file path or a server's postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE
    /// [?sslmode=MODE] address, checks that it is a ClientDesk database this version can use,
    /// and runs pending migrations (an empty server database gets the schema). Every failure
    /// comes back as one sentence naming the location (never the password); nothing is
    /// written to a database that is refused.
    static Result<std::unique_ptr<Database>> open(const QString &location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &location)
    {
        return open(location, Options());
    }

    /// Another connection to the same database, for use in the calling thread.
    Result<std::unique_ptr<Database>> reopen() const;

    /// What reopen() needs, as a value a worker thread can keep while the window moves on to
    /// another database: opens another connection to this one, with the server's password,
    /// which it never shows.
    class Reopener
    {
    public:
        Result<std::unique_ptr<Database>> open() const;
        const QString &location() const { return m_location; }

    private:
        friend class Database;
        QString m_location;
        QString m_password;
        Dialect m_dialect = Dialect::SQLite;
        Options m_options;
    };
    Reopener reopener() const;

    /// Where the database lives when neither --database nor $CLIENTDESK_DATABASE says.
    static QString defaultLocation();
    /// --database value, else $CLIENTDESK_DATABASE, else defaultLocation().
    static QString resolveLocation(const QString &commandLineValue);

    QSqlDatabase connection() const;
    const QString &location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }
    /// What differs between SQLite and PostgreSQL for this connection.
    SqlDialect sql() const { return SqlDialect(m_dialect); }
    int schemaVersion() const { return m_schemaVersion; }

    /// Who works on the database. On a server: the login, the ClientDesk user signed in with
    /// it and whether they see every account (a manager, or the tables' owner); row-level
    /// security enforces the rest. In a file: one person who sees everything.
    struct Session
    {
        QString login;
        std::optional<qint64> userId;
        QString userName;
        bool seesAll = true;
    };
    const Session &session() const { return m_session; }

    /// Whether a failed statement lost its connection to the server (it is then worth
    /// connecting again: TransactionGuard does before a transaction).
    static bool isConnectionLost(const class QSqlError &error);

    /// Describes a failed statement for a user: what was being done, then the driver's text.
    static Error sqlError(const QString &what, const class QSqlQuery &query);

private:
    Database(QString location, QString connectionName, Dialect dialect, Options options);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, Options options);

    QString m_location; ///< a file path, or a server address without its password
    QString m_password; ///< a server's, for reopen(); never shown
    QString m_connectionName;
    Dialect m_dialect;
    Options m_options;
    int m_schemaVersion = 0;
    Session m_session;
};

} // namespace cd
