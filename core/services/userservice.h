#pragma once

#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// The firm's people (account managers and the rest) as the app and the command line list,
/// find and change them.
class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::UserService)

public:
    explicit UserService(Database &database) : m_db(database) { }

    /// Everyone, or only those still active, by name.
    Result<QList<User>> list(bool activeOnly = false) const;
    Result<User> get(qint64 id) const;
    /// The user with this name (case as stored), if any.
    Result<std::optional<User>> findByName(const QString &name) const;

    /// What save() did.
    struct Saved
    {
        qint64 id = 0;
        bool added = false; ///< a new user (id was 0)
        /// What the server's access says, for the user to read: a login allowed to connect,
        /// one no longer needed, or the statement the database's owner must run.
        QStringList notes;
    };
    /// Adds `user` (id 0) or stores its changes, and with it, in the same transaction, who
    /// may connect to a secured server: an active user's login is allowed to connect; a login
    /// taken from the user, or the login of a user made inactive, is withdrawn. Both or
    /// neither: nothing is stored when either fails.
    Result<Saved> save(const User &user);
    /// Makes the user `id` inactive (save() with active off).
    Result<Saved> deactivate(qint64 id);

    /// What secureTeam() did on the server.
    struct SecuredTeam
    {
        QString database; ///< the database's name on the server
        QStringList granted; ///< the logins that may connect (the team's, the tables' owner)
        QStringList unknown; ///< users' logins the server has no role for (yet)
        QStringList revoked; ///< logins that could connect before and are no user's any more
    };
    /// Lets only the team connect to the database on a PostgreSQL server (TeamAccess::secure):
    /// CONNECT is taken from PUBLIC and given to every active user's login and the tables'
    /// owner, in one transaction. Refused on a file and for a login that may not grant it.
    Result<SecuredTeam> secureTeam();
    /// The statement that lets `login` connect to the server database `database`.
    static QString grantStatement(const QString &database, const QString &login);

private:
    Database &m_db;
};

} // namespace cd
