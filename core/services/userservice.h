#pragma once

#include "domain/user.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The firm's people (account managers and the rest) as the app and the command line list,
/// find and change them.
class UserService final
{
public:
    explicit UserService(Database &database) : m_db(database) { }

    /// Everyone, or only those still active, by name.
    Result<QList<User>> list(bool activeOnly = false) const;
    Result<User> get(qint64 id) const;
    /// The user with this name (case as stored), if any.
    Result<std::optional<User>> findByName(const QString &name) const;

private:
    Database &m_db;
};

} // namespace cd
