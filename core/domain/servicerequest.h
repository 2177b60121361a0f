#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

/// A request, revision or complaint of a client, due within the agreed response time.
struct ServiceRequest
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<qint64> serviceItemId;
    RequestType type = RequestType::Request;
    QString title;
    QString description;
    RequestPriority priority = RequestPriority::Normal;
    RequestStatus status = RequestStatus::Open;
    QDateTime openedAt;
    QDateTime dueAt;
    QDateTime closedAt; ///< null while open
    int rowVersion = 0;

    friend bool operator==(const ServiceRequest &, const ServiceRequest &) = default;
};

} // namespace cd
