#pragma once

#include "domain/enums.h"
#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cd {

class Database;

/// Plain account lists: the rows behind `clientdesk accounts` (AccountDirectory) and the
/// prospects (ProspectList); forward-only reads.
class AccountListQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountListQuery)

public:
    struct Account
    {
        qint64 id = 0;
        QString name;
        AccountKind kind = AccountKind::Customer;
        AccountStatus status = AccountStatus::Active;
        Channel channel = Channel::Direct;
        QString manager;
        QString currency; ///< the account's own currency; "" for the firm's
    };
    struct Tag
    {
        qint64 accountId = 0;
        QString tag;
    };
    /// An account with status 'prospect' and no revenue.
    struct Prospect
    {
        qint64 id = 0;
        QString name;
        AccountKind kind = AccountKind::Customer;
        QString manager;
        QDateTime createdAt;
        QDateTime lastInteraction; ///< null when there was none
        int openOpportunities = 0;
        /// The expected value of each open opportunity, with its currency (one per deal:
        /// each converts on its own, as the conversion rule has it).
        QList<std::pair<QString, qint64>> openValues;
    };

    explicit AccountListQuery(Database &database);

    /// The accounts of `kind` (every kind for nullopt) carrying `tag` (any case; every
    /// account for an empty one), by name.
    Result<QList<Account>> accounts(std::optional<AccountKind> kind, const QString &tag) const;
    /// An account's revenue converted to the firm's currency, and the entries that could not
    /// be converted (no rate on or before their day).
    struct Revenue
    {
        qint64 convertedMinor = 0;
        Unconverted unconverted;
    };
    /// By account: revenue after `after` up to and including `until`.
    Result<QHash<qint64, Revenue>> revenue(const QDate &after, const QDate &until) const;
    /// Every account's tags, by tag in any case.
    Result<QList<Tag>> tags() const;
    /// The prospects, in no particular order.
    Result<QList<Prospect>> prospects() const;

private:
    Database &m_db;
};

} // namespace cd
