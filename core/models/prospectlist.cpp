#include "models/prospectlist.h"

#include "storage/accountlistquery.h"
#include "storage/settingsrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

Result<QList<Prospect>> ProspectList::load(Database &database)
{
    const QString currency = SettingsRepository(database).firmCurrency();
    const auto prospects = AccountListQuery(database).prospects(currency);
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
        p.openValue = Money(row.openValueMinor, currency);
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
