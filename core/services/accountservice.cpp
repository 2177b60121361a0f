#include "accountservice.h"

#include "storage/accountrepository.h"

namespace cd {

Result<Account> AccountService::get(qint64 id) const
{
    return AccountRepository(m_db).get(id);
}

Result<QList<Account>> AccountService::list(std::optional<AccountKind> kind) const
{
    return AccountRepository(m_db).list(kind);
}

} // namespace cd
