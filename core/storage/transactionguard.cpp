#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// How many guards are open on each connection. A guard opened inside another one uses a
// savepoint, so a repository's write can be part of a larger operation (an import, a merge)
// and still roll back on its own.
QMutex depthMutex;
QHash<QString, int> depthByConnection;

int enter(const QString &connection)
{
    QMutexLocker lock(&depthMutex);
    return depthByConnection[connection]++;
}

void leave(const QString &connection)
{
    QMutexLocker lock(&depthMutex);
    if (--depthByConnection[connection] <= 0)
        depthByConnection.remove(connection);
}

int depth(const QString &connection)
{
    QMutexLocker lock(&depthMutex);
    return depthByConnection.value(connection);
}

QString savepoint(int level)
{
    return u"cd_savepoint_"_s + QString::number(level);
}

} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db)), m_dialect(dialect)
{ }

TransactionGuard::TransactionGuard(const Database &database)
    : TransactionGuard(database.connection(), database.dialect())
{ }

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Status TransactionGuard::begin()
{
    if (m_active)
        return Error { QCoreApplication::translate("cd::TransactionGuard",
                                                   "This transaction has already begun.") };
    const int level = depth(m_db.connectionName());
    QSqlQuery query(m_db);
    QString statement;
    if (level > 0)
        statement = u"SAVEPOINT "_s + savepoint(level);
    else
        statement = SqlDialect(m_dialect).beginTransaction();
    bool started = m_db.isOpen() && query.exec(statement);
    if (!started && level == 0 && SqlDialect(m_dialect).isServer()
        && (!m_db.isOpen() || Database::isConnectionLost(query.lastError()))) {
        // The server dropped the connection since the last statement (a restart, a network
        // cut): connect again once; nothing was in flight, so nothing is lost.
        // Listening for others' changes (ChangeFeed) goes on over the new connection.
        const QStringList channels
            = m_db.driver() ? m_db.driver()->subscribedToNotifications() : QStringList();
        m_db.close();
        if (!m_db.open()) {
            // Say why the server refuses now (a changed password, a disabled login), not
            // only that the connection was lost.
            const QSqlError refused = m_db.lastError();
            m_error = QCoreApplication::translate("cd::TransactionGuard",
                                                  "Connecting to the server again failed: %1")
                          .arg(refused.databaseText().isEmpty() ? refused.text()
                                                                : refused.databaseText().trimmed());
            return Error { m_error };
        }
        for (const QString &channel : channels)
            m_db.driver()->subscribeToNotification(channel);
        query = QSqlQuery(m_db);
        started = query.exec(statement);
    }
    if (!started) {
        const Error error = Database::sqlError(
            QCoreApplication::translate("cd::TransactionGuard", "Starting a transaction failed"),
            query);
        m_error = error.message;
        return error;
    }
    m_level = enter(m_db.connectionName());
    m_active = true;
    return {};
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Error { QCoreApplication::translate("cd::TransactionGuard",
                                                   "There is no transaction to commit.") };
    QSqlQuery query(m_db);
    const QString statement
        = m_level > 0 ? u"RELEASE SAVEPOINT "_s + savepoint(m_level) : u"COMMIT"_s;
    if (!query.exec(statement)) {
        // A connection lost during COMMIT leaves it unknown whether the server committed.
        const Error error = m_level == 0 && Database::isConnectionLost(query.lastError())
            ? Error { QCoreApplication::translate(
                "cd::TransactionGuard",
                "The connection to the database server was lost while the change was being "
                "saved, so it is not known whether it was saved; once the server answers, "
                "reload to see, and save again if it is missing.") }
            : Database::sqlError(
                QCoreApplication::translate("cd::TransactionGuard", "Saving the changes failed"),
                query);
        rollback();
        return error;
    }
    m_active = false;
    leave(m_db.connectionName());
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (m_level > 0) {
        // Undo this level's changes only; the enclosing transaction goes on.
        query.exec(u"ROLLBACK TO SAVEPOINT "_s + savepoint(m_level));
        query.exec(u"RELEASE SAVEPOINT "_s + savepoint(m_level));
    } else {
        query.exec(u"ROLLBACK"_s);
    }
    leave(m_db.connectionName());
}

} // namespace cd
