#pragma once

#include "domain/account.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cd {

class Database;

/// Clients, customers and prospects as the app and the command line read and change them.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountService)

public:
    explicit AccountService(Database &database) : m_db(database) { }

    Result<Account> get(qint64 id) const;
    /// Every account (or those of one kind) the user may see, by name.
    Result<QList<Account>> list(std::optional<AccountKind> kind = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace cd
