#pragma once

#include "domain/contract.h"
#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// A client's contracts as the app and the command line draft, sign, renew, terminate and
/// delete them. Only changes that make sense for a contract's status happen; every change
/// runs in one transaction with its audit entry and is optimistic (row_version).
class ContractService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractService)

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

    /// The reference a new contract of `year` gets: the pattern 'billing.contract_pattern'
    /// (NumberPattern) with one more than the highest number of that year among the stored
    /// references that match it (imported and hand-typed ones count; gaps are not filled;
    /// references of other years or other shapes are ignored); number 1 when none matches.
    Result<QString> nextReference(int year) const;
    /// The reference pattern's placeholder for `year` ("C-2026-00000"), for an empty field.
    Result<QString> referencePlaceholder(int year) const;

    /// A fixed fee's schedule (migration 11): instalments due on a date, milestones billed
    /// once marked done. An instalment is billed at most once (its billing key
    /// 'instalment:<id>' on an invoice line); once an invoice line holds it, it can no longer
    /// be changed or removed.
    struct ScheduledInstalment
    {
        Instalment instalment;
        bool billed = false;
        QString invoiceNumber; ///< the invoice that holds it; empty for a draft
    };
    /// A due date may lie this many days before the start or after the end of the term.
    static constexpr int kInstalmentMarginDays = 90;
    /// The most characters an instalment's description holds.
    static constexpr int kMaxInstalmentDescription = 200;
    /// Every problem of `instalment` on `contract` that needs no database, one sentence each.
    static QStringList instalmentProblems(const Instalment &instalment, const Contract &contract);
    /// The contract's instalments by due date, each with whether it is billed.
    Result<QList<ScheduledInstalment>> instalments(qint64 contractId) const;
    /// Stores a new instalment of instalment.contractId (a fixed-fee contract); returns its id.
    Result<qint64> addInstalment(const Instalment &instalment);
    /// Stores the changed fields of an instalment not billed yet.
    Status updateInstalment(const Instalment &instalment);
    /// Removes an instalment not billed yet.
    Status removeInstalment(qint64 id);

private:
    Status checkInstalment(const Instalment &instalment, Contract *contract) const;
    Status checkNotBilled(const Instalment &stored, const Contract &contract) const;

    Database &m_db;
};

} // namespace cd
