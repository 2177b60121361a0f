#pragma once

#include "domain/clienthealth.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// One account as `clientdesk accounts` lists it (docs/design.md, "Command line").
struct AccountListing
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer;
    AccountStatus status = AccountStatus::Active;
    Channel channel = Channel::Direct;
    QString manager;
    /// The last twelve months up to and including today, converted to the firm's currency.
    Money revenue12Months;
    Unconverted unconverted12Months; ///< the entries of those months without a rate
    QString currency; ///< the account's own currency; "" for the firm's
    QStringList tags; ///< user and behaviour tags, sorted
    std::optional<ClientHealth::Level> health; ///< clients only
    QDate noticeDeadline; ///< clients with an active contract only
};

/// Lists accounts with the figures the command line prints, filtered by kind and tag.
/// Health and notice deadline come from the same rules as the clients list.
class AccountDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountDirectory)

public:
    static Result<QList<AccountListing>> list(Database &database, std::optional<AccountKind> kind,
                                              const QString &tag, const QDate &today);
};

} // namespace cd
