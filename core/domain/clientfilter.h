#pragma once

#include "domain/clienthealth.h"
#include "domain/enums.h"

#include <QString>

#include <optional>

namespace cd {

/// What the clients list is narrowed to. Text search and the account fields are applied in
/// SQL (ClientListQuery::matchingIds); health, which core computes, is applied to the figures.
struct ClientFilter
{
    QString search; ///< part of the name, any case
    std::optional<qint64> managerId;
    std::optional<AccountStatus> status;
    QString industry; ///< empty: any
    QString region; ///< empty: any
    std::optional<ClientHealth::Level> health;

    friend bool operator==(const ClientFilter &, const ClientFilter &) = default;
};

} // namespace cd
