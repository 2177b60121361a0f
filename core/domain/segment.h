#pragma once

#include "domain/customerfilter.h"

#include <QString>

namespace cd {

/// A named set of customer filters, shared by every user of the database.
struct Segment
{
    qint64 id = 0;
    QString name;
    CustomerFilter filter;
    QString createdBy;
};

} // namespace cd
