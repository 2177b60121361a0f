#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cd {

/// What the customers list is narrowed to; a saved segment is a named CustomerFilter.
/// Every field empty or unset means "any".
struct CustomerFilter
{
    QString search; ///< part of the name, any case
    QString region;
    QString industry;
    QString category; ///< a product category the customer bought
    std::optional<Channel> channel;
    QString tag; ///< a behaviour tag code or a user's tag
    std::optional<qint64> managerId;
    std::optional<AccountStatus> status;

    bool isEmpty() const { return *this == CustomerFilter(); }
    /// Compact JSON for the segments table; fields that are "any" are left out.
    QByteArray toJson() const;
    /// Reads toJson()'s form; unknown keys and values of the wrong kind are ignored, so a
    /// segment saved by a newer version still opens.
    static CustomerFilter fromJson(const QByteArray &json);

    friend bool operator==(const CustomerFilter &, const CustomerFilter &) = default;
};

} // namespace cd
