#include "servicerequestservice.h"

#include "services/recordsteps.h"
#include "storage/servicerequestrepository.h"

namespace cd {

static_assert(ServiceRequestService::kDefaultResponseHours
              == ServiceRequestRepository::defaultResponseHours);

QStringList ServiceRequestService::validate(const ServiceRequest &request)
{
    return ServiceRequestRepository::validate(request);
}

Result<ServiceRequest> ServiceRequestService::get(qint64 id) const
{
    return ServiceRequestRepository(m_db).get(id);
}

Result<QList<ServiceRequest>> ServiceRequestService::listForAccount(qint64 accountId) const
{
    return ServiceRequestRepository(m_db).listForAccount(accountId);
}

Result<qint64> ServiceRequestService::open(const ServiceRequest &request)
{
    return ServiceRequestRepository(m_db).open(request);
}

Status ServiceRequestService::close(qint64 id, const QDateTime &closedAt, int rowVersion)
{
    return ServiceRequestRepository(m_db).close(id, closedAt, rowVersion);
}

Status ServiceRequestService::reopen(qint64 id, int rowVersion)
{
    return ServiceRequestRepository(m_db).reopen(id, rowVersion);
}

Result<ServiceRequest> ServiceRequestService::takeOut(qint64 id)
{
    return recordsteps::takeOut<ServiceRequestRepository>(m_db, id);
}

Status ServiceRequestService::reinsert(const ServiceRequest &request)
{
    return ServiceRequestRepository(m_db).reinsert(request);
}

} // namespace cd
