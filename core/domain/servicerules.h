#pragma once

#include "domain/servicerequest.h"

#include <QDateTime>

namespace cd {

/// Service levels: when a request is due and whether it met the agreed response time.
namespace ServiceRules {

/// Opened plus the agreed response time, in hours of the clock (not working hours).
QDateTime dueAt(const QDateTime &openedAt, int responseHours);
/// A closed request is breached when it closed after its due time; an open one once `now`
/// has passed its due time.
bool isBreached(const ServiceRequest &request, const QDateTime &now);

} // namespace ServiceRules
} // namespace cd
