#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

/// One line of a client's personalised service plan: what is delivered, how it is tailored
/// to this client, how often, the agreed response time and the consultant responsible.
struct ServiceItem
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<qint64> contractId;
    QString title;
    QString customisation;
    Frequency frequency = Frequency::Monthly;
    int responseHours = 24; ///< the agreed response time (SLA) for requests under this item
    QString consultant;
    QDateTime createdAt;
    int rowVersion = 0;

    friend bool operator==(const ServiceItem &, const ServiceItem &) = default;
};

} // namespace cd
