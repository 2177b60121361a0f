#pragma once

#include "domain/contract.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// Stores a client's contracts.
///
/// Every write validates first and writes nothing on a problem; the contract and an
/// audit_log row are written in one transaction. Status changes go through sign(), renew()
/// and terminate() so that only changes that make sense happen; update() edits the terms.
/// Writes are optimistic: they succeed only when the row still has the version that was read.
class ContractRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractRepository)

public:
    explicit ContractRepository(Database &database);

    /// The most hours an hourly contract may estimate (the contract form's limit too).
    static constexpr int kMaxEstimatedHours = 100000;

    /// Every problem that can be seen without a database, one sentence each; empty when the
    /// contract is valid. The account and the uniqueness of the reference are checked by
    /// insert() and update().
    static QStringList validate(const Contract &contract);

    /// Stores a new contract of a client and returns its id.
    Result<qint64> insert(const Contract &contract);
    /// Stores changed terms; the status is changed by sign(), renew() and terminate().
    Status update(const Contract &contract);
    /// A draft becomes active, signed on `signedOn`.
    Status sign(qint64 id, const QDate &signedOn, int rowVersion);
    /// An active (or expired) contract runs one more term: renewal months, else its own term.
    Status renew(qint64 id, int rowVersion);
    /// An active contract ends early on `on` (within its term) for `reason`.
    Status terminate(qint64 id, const QDate &on, const QString &reason, int rowVersion);
    /// Puts a contract back into an earlier state, status included (undo and redo). Refused
    /// when the row is no longer at `expectedVersion`; returns the new version.
    Result<int> restore(const Contract &state, int expectedVersion);
    /// Stores a deleted contract again with its own id and version (undo of a delete, redo of
    /// a create), so later undo steps that name it still find it.
    Status reinsert(const Contract &contract);
    /// Deletes a contract; refused while revenue entries refer to it.
    Status remove(qint64 id);

    Result<Contract> get(qint64 id) const;
    /// The contracts of one account, newest start first.
    Result<QList<Contract>> listForAccount(qint64 accountId) const;
    /// The references that begin with `prefix`, of every contract, on a server also those
    /// of colleagues' accounts (numbering: ContractService::nextReference).
    Result<QStringList> references(const QString &prefix) const;
    /// `base` if no contract has that reference yet, else the first free of base-2, base-3…
    Result<QString> unusedReference(const QString &base) const;

private:
    Result<qint64> insertRow(const Contract &contract, qint64 id, int rowVersion);
    Status checkAccountAndReference(const Contract &contract) const;
    Status write(const Contract &contract, const QString &action, const QString &details);

    Database &m_db;
};

} // namespace cd
