#include "userservice.h"

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

} // namespace cd
