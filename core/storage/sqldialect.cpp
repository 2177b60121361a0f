#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace cd {

QString SqlDialect::beginTransaction() const
{
    return isFile() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString SqlDialect::referralCounts() const
{
    return isServer() ? u"SELECT account_id, referrals FROM clientdesk_referrals(NULL)"_s
                      : u"SELECT referred_by_id, COUNT(*) FROM accounts WHERE referred_by_id IS "
                        "NOT NULL GROUP BY referred_by_id"_s;
}

SqlDialect::PerAccount SqlDialect::perAccount(const QString &aggregate, const QString &table,
                                              const QString &condition, const QString &accountId,
                                              const QString &name) const
{
    if (isServer()) {
        return { name + u".per_account"_s,
                 u" LEFT JOIN (SELECT x.account_id, %1 AS per_account FROM %2 x%3 GROUP BY "
                 "x.account_id) %4 ON %4.account_id = %5"_s.arg(
                     aggregate, table, condition.isEmpty() ? QString() : u" WHERE "_s + condition,
                     name, accountId) };
    }
    return { u"(SELECT %1 FROM %2 x WHERE x.account_id = %3%4)"_s.arg(
                 aggregate, table, accountId,
                 condition.isEmpty() ? QString() : u" AND "_s + condition),
             QString() };
}

} // namespace cd
