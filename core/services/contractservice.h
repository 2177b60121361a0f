#pragma once

#include "domain/contract.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// A client's contracts as the app and the command line draft, sign, renew, terminate and
/// delete them. Only changes that make sense for a contract's status happen; every change
/// runs in one transaction with its audit entry and is optimistic (row_version).
class ContractService final
{
public:
    explicit ContractService(Database &database) : m_db(database) { }

    /// The most hours an hourly contract may estimate (the contract form's limit too).
    static constexpr int kMaxEstimatedHours = 100000;
    /// Every problem of a contract that can be seen without a database, one sentence each.
    static QStringList validate(const Contract &contract);
    /// A new contract's terms before the user fills it in: from `today` for a year, fee 0 in
    /// `currency`, 60 days' notice.
    static Contract draft(qint64 accountId, const QString &currency, const QDate &today);

    Result<Contract> get(qint64 id) const;
    /// The contracts of one account, newest start first.
    Result<QList<Contract>> listForAccount(qint64 accountId) const;
    /// Stores a new contract and returns its id.
    Result<qint64> insert(const Contract &contract);
    /// Stores changed terms; the status changes through sign(), renew() and terminate().
    Status update(const Contract &contract);
    /// A draft becomes active, signed on `signedOn`.
    Status sign(qint64 id, const QDate &signedOn, int rowVersion);
    /// An active (or expired) contract runs one more term.
    Status renew(qint64 id, int rowVersion);
    /// An active contract ends early on `on` for `reason` (kept in the audit log).
    Status terminate(qint64 id, const QDate &on, const QString &reason, int rowVersion);
    /// Deletes a contract; refused while revenue entries refer to it.
    Status remove(qint64 id);

    /// Deletes a contract and returns it as it was (undo of its creation, redo of a delete).
    Result<Contract> takeOut(qint64 id);
    /// Stores a contract taken out again, under its own id and version.
    Status reinsert(const Contract &contract);
    /// Puts the contract back into `state`, status included, while it is still at
    /// `expectedVersion`; returns its version afterwards (undo and redo).
    Result<int> restore(const Contract &state, int expectedVersion);

private:
    Database &m_db;
};

} // namespace cd
