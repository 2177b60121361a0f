#include "storage/userrepository.h"

#include "domain/email.h"
#include "domain/money.h"
#include "domain/textrules.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

User readUser(const QSqlQuery &query)
{
    User u;
    u.id = query.value(0).toLongLong();
    u.name = query.value(1).toString();
    u.email = query.value(2).toString();
    u.role = fromCode<UserRole>(query.value(3).toString()).value_or(UserRole::AccountManager);
    u.active = query.value(4).toInt() != 0;
    u.createdAt = sql::toDateTime(query.value(5));
    u.login = query.value(6).toString();
    u.rateMinor = sql::toId(query.value(7));
    u.capacityMinutes = query.value(8).toInt();
    return u;
}

const QString kSelect
    = u"SELECT id, name, email, role, active, created_at, login, rate_minor, capacity_minutes "
      "FROM users "_s;

void bindTime(QSqlQuery &query, const User &user)
{
    query.bindValue(u":rate"_s, sql::id(user.rateMinor));
    query.bindValue(u":capacity"_s,
                    user.capacityMinutes > 0 ? QVariant(user.capacityMinutes)
                                             : QVariant(QMetaType::fromType<int>()));
}

} // namespace

UserRepository::UserRepository(Database &database) : m_db(database) { }

QStringList UserRepository::validate(const User &user)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The user's name"), user.name },
                                     { tr("The user's email address"), user.email },
                                     { tr("The user's server sign-in"), user.login } });
    if (user.name.trimmed().isEmpty())
        problems.append(tr("A user needs a name."));
    const QString email = user.email.trimmed();
    if (!email.isEmpty() && !isEmailAddress(email))
        problems.append(tr("“%1” is not an email address.").arg(email));
    // A server login as an administrator would create it: letters, digits and . _ @ -.
    static const QRegularExpression loginPattern(u"^[A-Za-z0-9_.@-]{1,63}$"_s);
    const QString login = user.login.trimmed();
    if (!login.isEmpty() && !loginPattern.match(login).hasMatch())
        problems.append(tr("“%1” is not a server sign-in; use up to 63 letters, digits and "
                           ". _ @ -.")
                            .arg(login));
    const QString who = user.name.trimmed().isEmpty() ? tr("The user") : user.name.trimmed();
    if (user.rateMinor && *user.rateMinor < 0)
        problems.append(tr("%1 cannot have a negative hourly rate.").arg(who));
    if (user.rateMinor && *user.rateMinor > Money::kMaxMinorUnits)
        problems.append(tr("The hourly rate of %1 is too large.").arg(who));
    if (user.capacityMinutes < 0 || user.capacityMinutes > kMaxCapacityMinutes)
        problems.append(tr("%1 works %2 minutes a week by their capacity; a week has at most "
                           "%3 minutes (168 hours).")
                            .arg(who)
                            .arg(user.capacityMinutes)
                            .arg(kMaxCapacityMinutes));
    return problems;
}

Status UserRepository::checkNameFree(const User &user) const
{
    const Result<std::optional<User>> existing = findByName(user.name);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value() && (*existing)->id != user.id)
        return Error { tr("There is already a user named “%1”.").arg((*existing)->name) };
    const QString login = user.login.trimmed();
    if (login.isEmpty())
        return {};
    const Result<QList<User>> users = list();
    if (!users)
        return Error { users.error() };
    for (const User &other : *users) {
        if (other.id != user.id && other.login.compare(login, Qt::CaseInsensitive) == 0)
            return Error { tr("%1 already signs in as “%2”.").arg(other.name, other.login) };
    }
    return {};
}

Status UserRepository::checkMaySave() const
{
    // On a server only managers (and the tables' owner) change users; row-level security
    // would refuse an account manager's change anyway, but as "no such user" or a policy
    // violation, which does not say why.
    if (m_db.session().seesAll)
        return {};
    return Error { tr("Only a manager can add, change or delete users; %1 signs in as an "
                      "account manager.")
                       .arg(m_db.session().userName) };
}

Result<qint64> UserRepository::insert(const User &user)
{
    if (const Status allowed = checkMaySave(); !allowed)
        return Error { allowed.error() };
    if (const QStringList problems = validate(user); !problems.isEmpty())
        return Error { problems.join(u' ') };
    User stored = user;
    stored.id = 0;
    if (const Status ok = checkNameFree(stored); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO users (name, email, login, role, active, rate_minor, "
                  "capacity_minutes, created_at) VALUES (:name, :email, :login, :role, :active, "
                  ":rate, :capacity, :created_at)"_s);
    bindTime(query, user);
    query.bindValue(u":name"_s, user.name.trimmed());
    query.bindValue(u":email"_s, sql::text(user.email));
    query.bindValue(u":login"_s, sql::text(user.login));
    query.bindValue(u":role"_s, toCode(user.role));
    query.bindValue(u":active"_s, user.active ? 1 : 0);
    query.bindValue(u":created_at"_s, sql::now());
    if (const Status ok
        = sql::exec(query, tr("Saving the user “%1” failed").arg(user.name.trimmed()));
        !ok)
        return Error { ok.error() };
    return query.lastInsertId().toLongLong();
}

Status UserRepository::update(const User &user)
{
    if (const Status allowed = checkMaySave(); !allowed)
        return allowed;
    if (const QStringList problems = validate(user); !problems.isEmpty())
        return Error { problems.join(u' ') };
    if (const Status ok = checkNameFree(user); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE users SET name = :name, email = :email, login = :login, "
                  "role = :role, active = :active, rate_minor = :rate, "
                  "capacity_minutes = :capacity WHERE id = :id"_s);
    bindTime(query, user);
    query.bindValue(u":name"_s, user.name.trimmed());
    query.bindValue(u":email"_s, sql::text(user.email));
    query.bindValue(u":login"_s, sql::text(user.login));
    query.bindValue(u":role"_s, toCode(user.role));
    query.bindValue(u":active"_s, user.active ? 1 : 0);
    query.bindValue(u":id"_s, user.id);
    if (const Status ok
        = sql::exec(query, tr("Saving the user “%1” failed").arg(user.name.trimmed()));
        !ok)
        return ok;
    if (query.numRowsAffected() == 0)
        return Error { tr("There is no user with id %1.").arg(user.id) };
    return {};
}

Status UserRepository::remove(qint64 id)
{
    if (const Status allowed = checkMaySave(); !allowed)
        return allowed;
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM users WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(query, tr("Deleting the user failed")); !ok)
        return ok;
    if (query.numRowsAffected() == 0)
        return Error { tr("There is no user with id %1.").arg(id) };
    return {};
}

Result<User> UserRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelect + u"WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Database::sqlError(tr("Reading the user failed"), query);
    if (!query.next())
        return Error { tr("There is no user with id %1.").arg(id) };
    return readUser(query);
}

Result<QList<User>> UserRepository::list(bool activeOnly) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(activeOnly ? kSelect + u"WHERE active = 1 ORDER BY lower(name), id"_s
                             : kSelect + u"ORDER BY lower(name), id"_s);
    if (!query.exec())
        return Database::sqlError(tr("Reading the users failed"), query);
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Result<std::optional<User>> UserRepository::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::optional<User>();
    // Few users: compare in C++ for Unicode case folding, which SQLite's lower() lacks.
    const Result<QList<User>> users = list();
    if (!users)
        return Error { users.error() };
    for (const User &user : *users) {
        if (user.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<User>(user);
    }
    return std::optional<User>();
}

} // namespace cd
