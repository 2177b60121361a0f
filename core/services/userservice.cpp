#include "userservice.h"

#include "storage/teamaccess.h"
#include "storage/transactionguard.h"
#include "storage/userrepository.h"

namespace cd {

Result<QList<User>> UserService::list(bool activeOnly) const
{
    return UserRepository(m_db).list(activeOnly);
}

Result<User> UserService::get(qint64 id) const
{
    return UserRepository(m_db).get(id);
}

Result<std::optional<User>> UserService::findByName(const QString &name) const
{
    return UserRepository(m_db).findByName(name);
}

Result<UserService::Saved> UserService::save(const User &user)
{
    UserRepository users(m_db);
    TransactionGuard transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return Error { begun.error() };
    // The login that could connect before this change, if any.
    QString previousLogin;
    if (user.id != 0) {
        const Result<User> stored = users.get(user.id);
        if (!stored)
            return Error { stored.error() };
        previousLogin = stored->active ? stored->login.trimmed() : QString();
    }
    Saved saved { user.id, user.id == 0, {} };
    if (user.id == 0) {
        const Result<qint64> id = users.insert(user);
        if (!id)
            return Error { id.error(), id.conflict() };
        saved.id = *id;
    } else if (const Status ok = users.update(user); !ok) {
        return Error { ok.error(), ok.conflict() };
    }
    TeamAccess access(m_db);
    if (user.active) {
        const Result<QString> allowed = access.allowConnect(user.login.trimmed());
        if (!allowed)
            return Error { allowed.error() };
        saved.notes.append(*allowed);
    }
    // A login taken from the user, or the user deactivated: it need not connect any more.
    if (!previousLogin.isEmpty() && (!user.active || user.login.trimmed() != previousLogin)) {
        const Result<QString> withdrawn = access.withdrawConnect(previousLogin);
        if (!withdrawn)
            return Error { withdrawn.error() };
        saved.notes.append(*withdrawn);
    }
    if (const Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    saved.notes.removeAll(QString());
    return saved;
}

Result<UserService::Saved> UserService::deactivate(qint64 id)
{
    Result<User> user = get(id);
    if (!user)
        return Error { user.error() };
    user->active = false;
    return save(*user);
}

Result<UserService::SecuredTeam> UserService::secureTeam()
{
    const Result<TeamAccess::Secured> secured = TeamAccess(m_db).secure();
    if (!secured)
        return Error { secured.error() };
    return SecuredTeam { secured->database, secured->granted, secured->unknown, secured->revoked };
}

QString UserService::grantStatement(const QString &database, const QString &login)
{
    return TeamAccess::grantStatement(database, login);
}

} // namespace cd
