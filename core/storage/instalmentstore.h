#pragma once

#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace cd {

class Database;

/// The contract_instalments table (resources/sql/0011_billing.sql): a fixed fee's instalments
/// and milestones. Writes use the caller's transaction and check no rule (ContractService
/// does).
class InstalmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(cd::InstalmentStore)

public:
    explicit InstalmentStore(Database &database) : m_db(database) { }

    /// The billing key an invoice line holds while it bills instalment `id`.
    static QString billingKey(qint64 id);

    /// A contract's instalments by due date, then id.
    Result<QList<Instalment>> list(qint64 contractId) const;
    Result<Instalment> get(qint64 id) const;
    /// The instalments of a contract an invoice line holds (billing key 'instalment:<id>'),
    /// each with the number of that invoice (empty while it is a draft).
    Result<QHash<qint64, QString>> billed(qint64 contractId) const;
    /// Whether an invoice line holds instalment `id`, and the invoice's number (empty for a
    /// draft); nullopt when none holds it.
    Result<std::optional<QString>> billedOn(qint64 id) const;

    Result<qint64> insert(const Instalment &instalment);
    /// Stores the fields of instalment.id; false when there is no such row.
    Result<bool> update(const Instalment &instalment);
    Result<bool> remove(qint64 id);
    /// How many instalments contract `contractId` has.
    Result<qint64> count(qint64 contractId) const;

private:
    Database &m_db;
};

} // namespace cd
