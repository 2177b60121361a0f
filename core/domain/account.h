#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

/// A client or a transactional customer (see docs/design.md). A plain value: AccountRepository
/// validates, stores and loads it.
struct Account
{
    qint64 id = 0; ///< 0 for an account not stored yet
    AccountKind kind = AccountKind::Customer;
    AccountStatus status = AccountStatus::Active;
    QString name;
    LegalForm legalForm = LegalForm::Organisation;
    QString industry;
    QString city;
    QString region;
    QString country;
    Channel channel = Channel::Direct;
    std::optional<qint64> managerId; ///< users.id of the account manager
    std::optional<qint64> referredById; ///< accounts.id of the account that referred this one
    QString taxId;
    QString email;
    QString phone;
    QString notes;
    QDate convertedOn; ///< the day a customer became a client; null if it never was converted
    /// The account's own currency (ISO 4217): what its contracts, sales and deals are in
    /// unless chosen otherwise. "" is the firm's currency (the `currency` setting).
    QString currency;
    QStringList tags; ///< the tags a user gave (not the derived behaviour tags), sorted
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0; ///< the version read; update() refuses a stale one

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Account)
