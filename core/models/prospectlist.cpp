#include "models/prospectlist.h"

#include "storage/accountlistquery.h"
#include "storage/exchangeratestore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

Result<QList<Prospect>> ProspectList::load(Database &database, const QDate &today)
{
    const auto rates = ExchangeRateStore(database).load();
    if (!rates)
        return Error { rates.error() };
    const QString &currency = rates->firmCurrency();
    const auto prospects = AccountListQuery(database).prospects();
    if (!prospects)
        return Error { prospects.error() };
    QList<Prospect> out;
    out.reserve(prospects->size());
    for (const AccountListQuery::Prospect &row : *prospects) {
        Prospect p;
        p.id = row.id;
        p.name = row.name;
        p.kind = row.kind;
        p.manager = row.manager;
        p.since = row.createdAt.date();
        p.lastContact = row.lastInteraction.date();
        p.openOpportunities = row.openOpportunities;
        qint64 value = 0;
        for (const auto &[code, minor] : row.openValues) {
            const auto converted = rates->convert(minor, code, today);
            if (qint64 sum = 0; converted && !__builtin_add_overflow(value, *converted, &sum)) {
                value = sum;
                continue;
            }
            p.unconvertedValue.add(code, 1, minor);
        }
        p.openValue = Money(value, currency);
        out.append(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const Prospect &a, const Prospect &b) {
        if (a.lastContact != b.lastContact)
            return a.lastContact > b.lastContact; // null (never contacted) last
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace cd
