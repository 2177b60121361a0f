#include "contractservice.h"

#include "services/recordsteps.h"
#include "storage/contractrepository.h"

namespace cd {

static_assert(ContractService::kMaxEstimatedHours == ContractRepository::kMaxEstimatedHours);

QStringList ContractService::validate(const Contract &contract)
{
    return ContractRepository::validate(contract);
}

Contract ContractService::draft(qint64 accountId, const QString &currency, const QDate &today)
{
    Contract c;
    c.accountId = accountId;
    c.fee = Money(0, currency);
    c.start = today;
    c.end = c.start.addYears(1).addDays(-1);
    c.noticeDays = 60;
    return c;
}

Result<Contract> ContractService::get(qint64 id) const
{
    return ContractRepository(m_db).get(id);
}

Result<QList<Contract>> ContractService::listForAccount(qint64 accountId) const
{
    return ContractRepository(m_db).listForAccount(accountId);
}

Result<qint64> ContractService::insert(const Contract &contract)
{
    return ContractRepository(m_db).insert(contract);
}

Status ContractService::update(const Contract &contract)
{
    return ContractRepository(m_db).update(contract);
}

Status ContractService::sign(qint64 id, const QDate &signedOn, int rowVersion)
{
    return ContractRepository(m_db).sign(id, signedOn, rowVersion);
}

Status ContractService::renew(qint64 id, int rowVersion)
{
    return ContractRepository(m_db).renew(id, rowVersion);
}

Status ContractService::terminate(qint64 id, const QDate &on, const QString &reason, int rowVersion)
{
    return ContractRepository(m_db).terminate(id, on, reason, rowVersion);
}

Status ContractService::remove(qint64 id)
{
    return ContractRepository(m_db).remove(id);
}

Result<Contract> ContractService::takeOut(qint64 id)
{
    return recordsteps::takeOut<ContractRepository>(m_db, id);
}

Status ContractService::reinsert(const Contract &contract)
{
    return ContractRepository(m_db).reinsert(contract);
}

Result<int> ContractService::restore(const Contract &state, int expectedVersion)
{
    return ContractRepository(m_db).restore(state, expectedVersion);
}

} // namespace cd
