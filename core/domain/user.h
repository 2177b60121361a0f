#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

/// Someone who manages accounts: a manager sees all accounts, an account manager their own.
struct User
{
    qint64 id = 0; ///< 0 for a user not stored yet
    QString name; ///< unique, case-insensitively
    QString email;
    QString login; ///< the server sign-in (a PostgreSQL login) in team mode; empty if none
    UserRole role = UserRole::AccountManager;
    bool active = true;
    /// Time (migration 9): the default hourly rate in the firm's currency (minor units; empty:
    /// none) and the minutes a week the person works (0: the firm's 'time.capacity_minutes').
    std::optional<qint64> rateMinor;
    int capacityMinutes = 0;
    QDateTime createdAt;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::User)
