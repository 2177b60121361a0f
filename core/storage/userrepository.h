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

/// Stores the users: account managers and managers. Names are unique, case-insensitively,
/// and stored trimmed. Deleting a user leaves their accounts without a manager.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::UserRepository)

public:
    explicit UserRepository(Database &database);

    /// The most minutes a week a person can work: 168 hours.
    static constexpr int kMaxCapacityMinutes = 7 * 24 * 60;

    /// Every problem that can be seen without a database; empty when valid. That the name
    /// is not taken is checked by insert() and update().
    static QStringList validate(const User &user);

    /// On a server, only a manager (or the tables' owner) may insert, update or remove a user:
    /// an account manager is told so.
    Result<qint64> insert(const User &user);
    Status update(const User &user);
    Status remove(qint64 id);

    Result<User> get(qint64 id) const;
    /// All users (or only the active ones), sorted by name.
    Result<QList<User>> list(bool activeOnly = false) const;
    /// The user with this name (trimmed, case-insensitive), or nullopt.
    Result<std::optional<User>> findByName(const QString &name) const;

private:
    Status checkMaySave() const;
    Status checkNameFree(const User &user) const;

    Database &m_db;
};

} // namespace cd
