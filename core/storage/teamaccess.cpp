#include "storage/teamaccess.h"

#include "storage/database.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString quoted(QString identifier)
{
    return u'"' + identifier.replace(u'"', u"\"\""_s) + u'"';
}

/// Runs `statement` as the server words it: `format(statement, current_database(), login)`,
/// so that identifiers are quoted by the server and the login is a bound value.
Status execFormatted(const Database &db, const QString &statement, const QString &login,
                     const QString &what)
{
    QSqlQuery query(db.connection());
    query.prepare(
        u"SELECT format(CAST(:statement AS TEXT), current_database(), CAST(:login AS TEXT))"_s);
    query.bindValue(u":statement"_s, statement);
    query.bindValue(u":login"_s, login);
    if (!query.exec() || !query.next())
        return Database::sqlError(what, query);
    QSqlQuery run(db.connection());
    if (!run.exec(query.value(0).toString()))
        return Database::sqlError(what, run);
    return {};
}

} // namespace

TeamAccess::TeamAccess(Database &database) : m_db(database) { }

QString TeamAccess::grantStatement(const QString &database, const QString &login)
{
    return u"GRANT CONNECT ON DATABASE %1 TO %2;"_s.arg(quoted(database), quoted(login));
}

QString TeamAccess::revokeStatement(const QString &database, const QString &login)
{
    return u"REVOKE CONNECT ON DATABASE %1 FROM %2;"_s.arg(quoted(database), quoted(login));
}

Result<QString> TeamAccess::databaseName() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT current_database()"_s) || !query.next())
        return Database::sqlError(tr("Reading the database's name failed"), query);
    return query.value(0).toString();
}

Result<QStringList> TeamAccess::grantedLogins() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT r.rolname FROM pg_catalog.pg_database d, "
                    "aclexplode(d.datacl) a, pg_catalog.pg_roles r WHERE d.datname = "
                    "current_database() AND a.privilege_type = 'CONNECT' AND r.oid = a.grantee "
                    "AND a.grantee <> d.datdba ORDER BY 1"_s))
        return Database::sqlError(tr("Reading who may connect to the database failed"), query);
    QStringList logins;
    while (query.next())
        logins.append(query.value(0).toString());
    return logins;
}

Status TeamAccess::revoke(const QString &login)
{
    return execFormatted(m_db, u"REVOKE CONNECT ON DATABASE %I FROM %I"_s, login,
                         tr("Taking CONNECT on the database from “%1” failed").arg(login));
}

Result<bool> TeamAccess::mayGrant() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT has_database_privilege(current_database(), 'CONNECT WITH GRANT "
                    "OPTION') OR coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE "
                    "rolname = current_user), FALSE)"_s)
        || !query.next())
        return Database::sqlError(tr("Reading who may grant access to the database failed"), query);
    return query.value(0).toBool();
}

Result<TeamAccess::Secured> TeamAccess::secure()
{
    if (m_db.dialect() != Dialect::PostgreSQL)
        return Error { tr("%1 is a file: only who may read the file can open it, so there is "
                          "nobody to keep out; securing is for a database on a PostgreSQL "
                          "server.")
                           .arg(m_db.location()) };
    Secured secured;
    const Result<QString> name = databaseName();
    if (!name)
        return Error { name.error() };
    secured.database = *name;
    const Result<bool> allowed = mayGrant();
    if (!allowed)
        return Error { allowed.error() };
    if (!*allowed)
        return Error { tr("Only the owner of the database “%1” or a superuser can decide who "
                          "connects to it; “%2” is neither.")
                           .arg(secured.database, m_db.session().login) };

    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    // The team: every active user's login the server knows, and whoever owns the tables (who
    // ran the migrations, perhaps not the database's owner).
    if (!query.exec(u"SELECT u.login, EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE "
                    "r.rolname = u.login) FROM users u WHERE u.login IS NOT NULL AND u.active = 1 "
                    "UNION SELECT tableowner, TRUE FROM pg_catalog.pg_tables WHERE schemaname = "
                    "current_schema() AND tablename = 'cd_meta' ORDER BY 1"_s))
        return Database::sqlError(tr("Reading the users' server logins failed"), query);
    QStringList logins;
    while (query.next()) {
        const QString login = query.value(0).toString();
        if (query.value(1).toBool()) {
            if (!logins.contains(login))
                logins.append(login);
        } else {
            secured.unknown.append(login);
        }
    }
    for (const QString &login : std::as_const(logins)) {
        if (const Status ok
            = execFormatted(m_db, u"GRANT CONNECT ON DATABASE %I TO %I"_s, login,
                            tr("Letting “%1” connect to the database failed").arg(login));
            !ok)
            return Error { ok.error() };
    }
    // Logins granted CONNECT before (by an earlier run or by hand) whose user has left or
    // been deactivated since; the database's owner keeps its right.
    const Result<QStringList> granted = grantedLogins();
    if (!granted)
        return Error { granted.error() };
    QStringList stale;
    for (const QString &login : *granted) {
        if (!logins.contains(login) && login != m_db.session().login && !stale.contains(login))
            stale.append(login);
    }
    for (const QString &login : std::as_const(stale)) {
        if (const Status ok = revoke(login); !ok)
            return Error { ok.error() };
    }
    secured.revoked = stale;
    if (const Status ok
        = execFormatted(m_db, u"REVOKE CONNECT ON DATABASE %I FROM PUBLIC"_s, QString(),
                        tr("Taking CONNECT on the database from PUBLIC failed"));
        !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    secured.granted = logins;
    return secured;
}

Result<QString> TeamAccess::allowConnect(const QString &login)
{
    if (m_db.dialect() != Dialect::PostgreSQL || login.trimmed().isEmpty())
        return QString();
    const Result<QString> name = databaseName();
    if (!name)
        return Error { name.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
                  "EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :login)"_s);
    query.bindValue(u":login"_s, login);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading who may connect to the database failed"), query);
    if (query.value(0).toBool())
        return QString(); // every login connects: nothing was secured
    const QString grant = grantStatement(*name, login);
    if (!query.value(1).toBool())
        return tr("The server has no login “%1” yet; once it is created, the owner of the "
                  "database must let it connect: %2")
            .arg(login, grant);
    query.prepare(
        u"SELECT has_database_privilege(CAST(:login AS NAME), current_database(), 'CONNECT')"_s);
    query.bindValue(u":login"_s, login);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading who may connect to the database failed"), query);
    if (query.value(0).toBool())
        return QString();
    const Result<bool> allowed = mayGrant();
    if (!allowed)
        return Error { allowed.error() };
    if (!*allowed)
        return tr("“%1” cannot connect to the database “%2” until its owner runs: %3")
            .arg(login, *name, grant);
    if (const Status ok
        = execFormatted(m_db, u"GRANT CONNECT ON DATABASE %I TO %I"_s, login,
                        tr("Letting “%1” connect to the database failed").arg(login));
        !ok)
        return Error { ok.error() };
    return tr("“%1” may now connect to the database “%2”.").arg(login, *name);
}

Result<QString> TeamAccess::withdrawConnect(const QString &login)
{
    if (m_db.dialect() != Dialect::PostgreSQL || login.trimmed().isEmpty())
        return QString();
    const Result<QString> name = databaseName();
    if (!name)
        return Error { name.error() };
    QSqlQuery query(m_db.connection());
    // Whether it matters: the database is secured, the login connects by a grant of its own,
    // no active user signs in with it, and it owns neither the database nor the tables.
    query.prepare(
        u"SELECT NOT has_database_privilege('public', current_database(), 'CONNECT') "
        "AND NOT EXISTS (SELECT 1 FROM users WHERE login = :login AND active = 1) "
        "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        "AND tablename = 'cd_meta' AND tableowner = :owner)"_s);
    query.bindValue(u":login"_s, login);
    query.bindValue(u":owner"_s, login);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("Reading who may connect to the database failed"), query);
    if (!query.value(0).toBool())
        return QString();
    const Result<QStringList> granted = grantedLogins();
    if (!granted)
        return Error { granted.error() };
    if (!granted->contains(login))
        return QString();
    const Result<bool> allowed = mayGrant();
    if (!allowed)
        return Error { allowed.error() };
    if (!*allowed)
        return tr("“%1” is no ClientDesk user's login any more but can still connect to the "
                  "database “%2” until its owner runs: %3")
            .arg(login, *name, revokeStatement(*name, login));
    if (const Status ok = revoke(login); !ok)
        return Error { ok.error() };
    return tr("“%1” can no longer connect to the database “%2”.").arg(login, *name);
}

} // namespace cd
