#include "domain/servicerules.h"

namespace cd::ServiceRules {

QDateTime dueAt(const QDateTime &openedAt, int responseHours)
{
    return openedAt.addSecs(qint64(responseHours) * 3600);
}

bool isBreached(const ServiceRequest &request, const QDateTime &now)
{
    if (request.status == RequestStatus::Closed)
        return request.closedAt.isValid() && request.closedAt > request.dueAt;
    return now > request.dueAt;
}

} // namespace cd::ServiceRules
