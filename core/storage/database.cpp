#include "storage/database.h"

#include "storage/addresspassword.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

bool isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5"_s || code == u"6"_s
        || error.text().contains(u"locked"_s, Qt::CaseInsensitive);
}

// Checks the file itself before SQLite touches it, so that a refused file stays unmodified.
Status checkFile(const QString &path, Database::Mode mode)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error { Database::tr("%1 is a folder, not a database file.").arg(path) };
    if (!info.exists()) {
        if (mode == Database::Mode::MustExist)
            return Error { Database::tr("There is no database at %1.").arg(path) };
        // A folder made for the database is the user's only, as the database is.
        const QDir parent = info.absoluteDir();
        if (!parent.exists()
            && (!QDir().mkpath(QFileInfo(parent.absolutePath()).absolutePath())
                || (!QDir().mkdir(parent.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner)
                    && !parent.exists())))
            return Error { Database::tr("Cannot create the folder %1 for the database.")
                               .arg(parent.absolutePath()) };
        // It holds a firm's client data: readable by the user only, whatever the umask.
        // SQLite gives the -wal and -shm files the database file's mode. No connection to a
        // file that does not exist yet can be open, so opening and closing it here is safe.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFileInfo::exists(path))
            return Error {
                Database::tr("%1 cannot be created: %2.").arg(path, file.errorString())
            };
        return {};
    }
    if (!info.isReadable())
        return Error { Database::tr("%1 cannot be read; check its permissions.").arg(path) };
    // Respect a file marked read-only even where the user could override it (root).
    if (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable())
        return Error { Database::tr("%1 is read-only; ClientDesk needs to write to its database. "
                                    "Check the file's permissions.")
                           .arg(path) };
    // The header is read through SQLite (see open()), never with a file of our own: closing
    // any descriptor of the file would drop every lock SQLite holds on it in this process
    // (POSIX advisory locks), and another process would then delete the -wal and -shm files
    // of a connection that is still open.
    return {};
}

} // namespace

Database::Database(QString location, QString connectionName, Dialect dialect, Options options)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_options(options)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    // Independent of the application and organisation names, so that the desktop app and
    // the command line agree on it.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base.isEmpty() ? QDir::homePath() : base)
        .filePath(u"ClientDesk/clientdesk.sqlite"_s);
}

QString Database::resolveLocation(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnv = qEnvironmentVariable("CLIENTDESK_DATABASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultLocation();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::sqlError(const QString &what, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (isConnectionLost(error))
        return Error { Database::tr("%1: the connection to the database server was lost, so "
                                    "nothing was saved; try again once the server answers.")
                           .arg(what) };
    if (isBusy(error))
        return Error { Database::tr("%1: the database is busy or locked by another program; "
                                    "try again in a moment.")
                           .arg(what) };
    // insufficient_privilege: on a server, row-level security refused a row that is not
    // the signed-in account manager's.
    if (error.nativeErrorCode() == u"42501"_s)
        return Error { Database::tr("%1: your sign-in may not change this; an account belongs "
                                    "to its account manager, and the firm's settings, products "
                                    "and users to the managers.")
                           .arg(what) };
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Bounds of migration 6 (SQLite's RAISE texts, PostgreSQL's CHECK names) and sums beyond
    // a 64-bit integer (SQLite's sum(), PostgreSQL's numeric_value_out_of_range).
    if (detail.contains(u"ClientDesk: amount out of bounds"_s)
        || (error.nativeErrorCode() == u"23514"_s && detail.contains(u"_within_bounds"_s)))
        return Error { Database::tr("%1: an amount is larger than ClientDesk holds; the largest "
                                    "is 9999999999999.99 in a currency with two decimals "
                                    "(999999999999999 minor units), so nothing was saved.")
                           .arg(what) };
    if (detail.contains(u"ClientDesk: rollup overflow"_s))
        return Error { Database::tr("%1: the month's revenue would add up to more than ClientDesk "
                                    "can count exactly, so nothing was saved.")
                           .arg(what) };
    if (detail.contains(u"integer overflow"_s) || error.nativeErrorCode() == u"22003"_s)
        return Error { Database::tr("%1: the amounts add up to more than ClientDesk can count "
                                    "exactly; run 'clientdesk check' to find the amounts that "
                                    "are too large.")
                           .arg(what) };
    return Error { Database::tr("%1: %2.").arg(what, detail) };
}

bool Database::isConnectionLost(const QSqlError &error)
{
    // SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or
    // ending this session); libpq's own texts when the socket is gone.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(u"08"_s) || code == u"57P01"_s || code == u"57P02"_s || code == u"57P03"_s)
        return true;
    const QString text = error.databaseText() + u' ' + error.driverText();
    for (const auto *phrase :
         { "server closed the connection", "no connection to the server", "terminating connection",
           "could not receive data from server", "could not send data to server",
           "connection to server was lost" }) {
        if (text.contains(QLatin1StringView(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Result<std::unique_ptr<Database>> Database::reopen() const
{
    return reopener().open();
}

Database::Reopener Database::reopener() const
{
    Reopener reopener;
    reopener.m_location = m_location;
    reopener.m_password = m_password;
    reopener.m_dialect = m_dialect;
    reopener.m_options = m_options;
    reopener.m_options.mode = Mode::MustExist;
    return reopener;
}

Result<std::unique_ptr<Database>> Database::Reopener::open() const
{
    if (m_dialect == Dialect::PostgreSQL) {
        // The shown location is decoded ("cd team"); the address is given back encoded.
        QUrl url(m_location);
        url.setPassword(m_password);
        return Database::open(url.toString(QUrl::FullyEncoded), m_options);
    }
    return Database::open(m_location, m_options);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, Options options)
{
    const QUrl url(location, QUrl::StrictMode);
    // Shown and kept without the password (USER:PASSWORD@ or ?password=): it goes in no
    // message, setting or log.
    const QString shown = url.isValid() ? addressWithoutPassword(url) : QString();
    const QString password = url.isValid() ? addressPassword(url) : QString();
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/'))
        return Error { Database::tr("“%1” is not a database address; write it as "
                                    "postgresql://USER@HOST:PORT/DATABASE.")
                           .arg(url.isValid() ? shown : u"postgresql://…"_s) };
    if (url.userName().isEmpty())
        return Error { Database::tr("%1 names no user; write it as "
                                    "postgresql://USER@HOST:PORT/DATABASE.")
                           .arg(shown) };
    const QUrlQuery query(url);
    const QString sslMode = query.queryItemValue(u"sslmode"_s);
    static const QStringList sslModes { u"disable"_s, u"allow"_s,     u"prefer"_s,
                                        u"require"_s, u"verify-ca"_s, u"verify-full"_s };
    if (!sslMode.isEmpty() && !sslModes.contains(sslMode))
        return Error { Database::tr("%1: the TLS mode “%2” is not one of %3.")
                           .arg(shown, sslMode, sslModes.join(u", "_s)) };

    const QString connectionName
        = u"clientdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(shown, connectionName, Dialect::PostgreSQL, options));
    database->m_password = password;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        if (!db.isValid())
            return Error { Database::tr("The PostgreSQL driver for Qt is not installed (package "
                                        "libqt6sql6-psql).") };
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(name);
        db.setUserName(url.userName());
        db.setPassword(password);
        QStringList connectOptions { u"connect_timeout=10"_s, u"application_name=ClientDesk"_s };
        if (!sslMode.isEmpty())
            connectOptions.append(u"sslmode="_s + sslMode);
        // The server stamps the audit log in the session's time zone: the user's own, as the
        // app writes every other time, not the server's (often UTC). A zone the server does not
        // know is left out rather than refused.
        const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        static const QRegularExpression ianaZone(u"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"_s);
        const bool withZone = ianaZone.match(zone).hasMatch();
        db.setConnectOptions(
            (withZone ? connectOptions + QStringList { u"options='-c TimeZone=%1'"_s.arg(zone) }
                      : connectOptions)
                .join(u';'));
        bool opened = db.open();
        // A server that does not know the zone, or a pooler that passes no "options" on
        // (PgBouncer): connect without.
        const auto refusedZone = [&db] {
            const QString text = db.lastError().databaseText() + u' ' + db.lastError().text();
            return text.contains(u"TimeZone"_s) || text.contains(u"options"_s);
        };
        if (!opened && withZone && refusedZone()) {
            db.setConnectOptions(connectOptions.join(u';'));
            opened = db.open();
        }
        if (!opened) {
            const QString text = db.lastError().databaseText().isEmpty()
                ? db.lastError().text()
                : db.lastError().databaseText();
            const QString server = u"%1:%2"_s.arg(url.host()).arg(url.port(5432));
            if (text.contains(u"password authentication failed"_s)
                || text.contains(u"no password supplied"_s))
                return Error { Database::tr("The server %1 did not accept the user “%2” with "
                                            "that password.")
                                   .arg(server, url.userName()) };
            if (text.contains(u"does not exist"_s) && text.contains(u"database"_s))
                return Error { Database::tr("The server %1 has no database “%2”; ask its "
                                            "administrator to create it.")
                                   .arg(server, name) };
            // CONNECT taken from PUBLIC (clientdesk team secure) and not given to this login.
            if (text.contains(u"permission denied for database"_s))
                return Error { Database::tr("The server %1 does not let “%2” connect to the "
                                            "database “%3”: only ClientDesk users' logins may; "
                                            "the database's owner lets one in with: clientdesk "
                                            "user NAME --login %2")
                                   .arg(server, url.userName(), name) };
            if (text.contains(u"Connection refused"_s) || text.contains(u"could not connect"_s)
                || text.contains(u"timeout expired"_s)
                || text.contains(u"could not translate host name"_s))
                return Error { Database::tr("The database server %1 does not answer; check the "
                                            "address and that the server is running.")
                                   .arg(server) };
            QString reason = text.trimmed();
            if (reason.endsWith(u'.'))
                reason.chop(1);
            return Error { Database::tr("%1 cannot be opened: %2.").arg(shown, reason) };
        }
    }
    QSqlDatabase db = database->connection();

    // Read before writing anything: a foreign or newer database must stay untouched.
    const Result<int> version = Migrator::currentVersion(db, Dialect::PostgreSQL);
    if (!version)
        return Error { Database::tr("%1 cannot be used: %2").arg(shown, version.error()) };
    if (*version > Migrator::latestVersion()) {
        return Error { Database::tr(
                           "%1 was written by a newer version of ClientDesk (schema version %2; "
                           "this version knows up to %3). Update ClientDesk to open it.")
                           .arg(shown)
                           .arg(*version)
                           .arg(Migrator::latestVersion()) };
    }
    if (*version == 0 && options.mode == Mode::MustExist)
        return Error { Database::tr("%1 holds no ClientDesk database.").arg(shown) };
    const Status migrated = Migrator::migrate(db, Dialect::PostgreSQL, *version);
    if (!migrated)
        return Error { Database::tr("%1 could not be upgraded: %2").arg(shown, migrated.error()) };
    database->m_schemaVersion = Migrator::latestVersion();

    QSqlQuery who(db);
    if (!who.exec(u"SELECT session_user, clientdesk_user_id(), clientdesk_user_name(), "
                  "clientdesk_sees_all()"_s)
        || !who.next())
        return sqlError(Database::tr("%1: finding who is signed in failed").arg(shown), who);
    Session &session = database->m_session;
    session.login = who.value(0).toString();
    session.userId
        = who.value(1).isNull() ? std::nullopt : std::optional<qint64>(who.value(1).toLongLong());
    session.userName = who.value(2).toString();
    session.seesAll = who.value(3).toBool();
    if (!session.userId && !session.seesAll)
        return Error { Database::tr("%1 has no active ClientDesk user who signs in as “%2”; a "
                                    "manager can add it with: clientdesk user NAME --login %2")
                           .arg(shown, session.login) };
    if (session.userName.isEmpty())
        session.userName = session.login;
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options)
{
    if (location.trimmed().isEmpty())
        return Error { Database::tr("No database was given.") };
    if (isServerUrl(location))
        return openServer(location, options);

    const QString path = QFileInfo(location).absoluteFilePath();
    if (const Status fileOk = checkFile(path, options.mode); !fileOk)
        return Error { fileOk.error() };

    const QString name = u"clientdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, name, Dialect::SQLite, options));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!db.isValid())
            return Error { Database::tr("The SQLite driver for Qt is not installed (package "
                                        "libqt6sql6-sqlite).") };
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        if (!db.open())
            return Error {
                Database::tr("%1 cannot be opened: %2.").arg(path, db.lastError().text())
            };
    }
    QSqlDatabase db = database->connection();

    // The first read checks the header: SQLITE_NOTADB (26) for a file that is no SQLite
    // database, which SQLite leaves as it is.
    {
        QSqlQuery header(db);
        if (!header.exec(u"PRAGMA schema_version"_s)
            && header.lastError().nativeErrorCode() == u"26"_s)
            return Error {
                Database::tr("%1 is not a ClientDesk database: it is not an SQLite file.").arg(path)
            };
    }

    // Read before writing anything: a foreign or newer database must stay untouched.
    const Result<int> version = Migrator::currentVersion(db);
    if (!version) {
        return Error { Database::tr("%1 cannot be used: %2").arg(path, version.error()) };
    }
    if (*version > Migrator::latestVersion()) {
        return Error { Database::tr(
                           "%1 was written by a newer version of ClientDesk (schema version %2; "
                           "this version knows up to %3). Update ClientDesk to open it.")
                           .arg(path)
                           .arg(*version)
                           .arg(Migrator::latestVersion()) };
    }

    QSqlQuery pragma(db);
    for (const QString &statement :
         { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
           u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s }) {
        if (!pragma.exec(statement))
            return Error { sqlError(tr("%1 cannot be prepared for use").arg(path), pragma) };
    }

    const Status migrated = Migrator::migrate(db, Dialect::SQLite, *version);
    if (!migrated)
        return Error { Database::tr("%1 could not be upgraded: %2").arg(path, migrated.error()) };
    database->m_schemaVersion = Migrator::latestVersion();
    return database;
}

} // namespace cd
