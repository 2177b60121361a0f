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

} // namespace cd
