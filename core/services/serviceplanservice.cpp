#include "serviceplanservice.h"

#include "services/recordsteps.h"
#include "storage/serviceitemrepository.h"

namespace cd {

QStringList ServicePlanService::validate(const ServiceItem &item)
{
    return ServiceItemRepository::validate(item);
}

Result<ServiceItem> ServicePlanService::get(qint64 id) const
{
    return ServiceItemRepository(m_db).get(id);
}

Result<QList<ServiceItem>> ServicePlanService::listForAccount(qint64 accountId) const
{
    return ServiceItemRepository(m_db).listForAccount(accountId);
}

Result<qint64> ServicePlanService::insert(const ServiceItem &item)
{
    return ServiceItemRepository(m_db).insert(item);
}

Status ServicePlanService::update(const ServiceItem &item)
{
    return ServiceItemRepository(m_db).update(item);
}

Result<ServiceItem> ServicePlanService::takeOut(qint64 id)
{
    return recordsteps::takeOut<ServiceItemRepository>(m_db, id);
}

Status ServicePlanService::reinsert(const ServiceItem &item)
{
    return ServiceItemRepository(m_db).reinsert(item);
}

Result<int> ServicePlanService::restore(const ServiceItem &state, int expectedVersion)
{
    return recordsteps::restore<ServiceItemRepository>(m_db, state, expectedVersion);
}

} // namespace cd
