#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

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
    QDateTime createdAt;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::User)
