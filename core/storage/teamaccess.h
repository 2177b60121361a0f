#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// Who may connect to a team's database on a PostgreSQL server at all. Row-level security
/// decides what a ClientDesk user sees once connected; a login that is no ClientDesk user
/// should not connect in the first place (it could LISTEN to and NOTIFY the channel
/// clientdesk_changes, and read the schema). PostgreSQL lets every login connect to a new
/// database (CONNECT is granted to PUBLIC): secure() takes that from PUBLIC once and gives
/// it to the team's logins; allowConnect() lets a login given to a user later connect.
/// Only the database's owner or a superuser can do either.
class TeamAccess final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TeamAccess)

public:
    explicit TeamAccess(Database &database);

    struct Secured
    {
        QString database; ///< the database's name on the server
        QStringList granted; ///< the logins that may connect (the team's, the tables' owner)
        QStringList unknown; ///< users' logins the server has no role for (yet)
        QStringList revoked; ///< logins that could connect before and are no user's any more
    };

    /// Takes CONNECT on the database from PUBLIC and grants it to every active user's login
    /// and to the owner of the tables, in one transaction. Refused (nothing changed) on a
    /// file and for a login that is neither the database's owner nor a superuser.
    Result<Secured> secure();

    /// After `login` was given to an active user: when CONNECT has been taken from PUBLIC and
    /// the login lacks it, grants it (as the owner or a superuser) or says which statement
    /// the owner must run. Returns a sentence for the user, or an empty text when there is
    /// nothing to say (a file, an open database, a login that connects already).
    Result<QString> allowConnect(const QString &login);

    /// After `login` was taken from a user, or its user was deactivated: when CONNECT has been
    /// taken from PUBLIC, no active user signs in with `login` any more and it is neither the
    /// database's owner nor the tables', takes CONNECT from it (as the owner or a superuser)
    /// or says which statement the owner must run. Returns a sentence for the user, or an
    /// empty text when there is nothing to say. Call it in the transaction that changed the
    /// user.
    Result<QString> withdrawConnect(const QString &login);

    /// The statement that lets `login` connect to the database `database`, quoted.
    static QString grantStatement(const QString &database, const QString &login);
    /// The statement that takes that right from `login` again, quoted.
    static QString revokeStatement(const QString &database, const QString &login);

private:
    Result<QString> databaseName() const;
    Result<bool> mayGrant() const;
    /// The logins CONNECT was granted to by name (not PUBLIC, not the database's owner).
    Result<QStringList> grantedLogins() const;
    Status revoke(const QString &login);

    Database &m_db;
};

} // namespace cd
