#pragma once

#include "domain/account.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cd {

class Database;

/// Stores accounts and their user tags (account_tags with source 'user').
///
/// Every write validates first and writes nothing on a problem; the account, its tags and
/// an audit_log row are written in one transaction. update() is optimistic: it succeeds
/// only when the row still has the version that was read. Names and text fields are stored
/// trimmed; empty text is stored as NULL and read back as an empty string.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountRepository)

public:
    explicit AccountRepository(Database &database);

    /// Every problem of an account that can be seen without a database, one sentence each;
    /// empty when the account is valid. References (manager, referred-by) are checked by
    /// insert() and update().
    static QStringList validate(const Account &account);
    /// The same with "today" given, for the rule that a conversion date is not in the future.
    static QStringList validate(const Account &account, const QDate &today);

    /// Stores a new account (its id is ignored) and returns the new id.
    Result<qint64> insert(const Account &account);
    /// Stores changes to an existing account; refuses when the row changed since
    /// `account.rowVersion` was read or no longer exists. A customer turned client is
    /// logged as 'convert' and gets today as its conversion date unless one is given. Saving an
    /// unchanged account writes nothing.
    Status update(const Account &account);
    /// Deletes an account with its contacts, interactions and other dependants; refused
    /// while it has revenue entries or contracts.
    Status remove(qint64 id);
    /// Makes a prospect active (its first sale or signature, named by `reason` in the audit
    /// log); does nothing for an account in any other status. Returns whether it changed.
    Result<bool> activateProspect(qint64 id, const QString &reason);

    Result<Account> get(qint64 id) const;
    /// All accounts (optionally of one kind), sorted by name.
    Result<QList<Account>> list(std::optional<AccountKind> kind = std::nullopt) const;
    /// Accounts whose name equals `name`, trimmed and case-insensitively, oldest first. Names are
    /// not unique, so there can be several.
    Result<QList<Account>> findByName(const QString &name) const;
    Result<qint64> countAll() const;
    /// The industries accounts use, sorted, so forms can offer the existing spellings.
    Result<QStringList> industries() const;

private:
    Status checkReferences(const Account &account) const;
    Status writeTags(qint64 accountId, const QStringList &tags);
    Result<QList<Account>> fetch(const QString &statement, const QString &bindName,
                                 const QVariant &bindValue) const;

    Database &m_db;
};

} // namespace cd
