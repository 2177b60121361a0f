#include "io/accountmerge.h"

#include "domain/account.h"
#include "io/duplicates.h"
#include "storage/accountmergestore.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/transactionguard.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {

QString MergeSummary::describe() const
{
    QStringList parts;
    const QLocale locale;
    const auto add = [&parts, &locale](const QString &label, int count) {
        if (count > 0)
            parts.append(label.arg(locale.toString(count)));
    };
    add(AccountMerger::tr("contacts: %1"), contacts);
    add(AccountMerger::tr("contracts: %1"), contracts);
    add(AccountMerger::tr("revenue entries: %1"), revenueEntries);
    add(AccountMerger::tr("interactions: %1"), interactions);
    add(AccountMerger::tr("opportunities: %1"), opportunities);
    add(AccountMerger::tr("service plan items: %1"), serviceItems);
    add(AccountMerger::tr("service requests: %1"), serviceRequests);
    add(AccountMerger::tr("time entries: %1"), timeEntries);
    return parts.isEmpty() ? AccountMerger::tr("no records to move") : parts.join(u", "_s);
}

AccountMerger::AccountMerger(Database &database) : m_db(database) { }

Result<MergeSummary> AccountMerger::merge(qint64 survivorId, qint64 duplicateId)
{
    if (survivorId == duplicateId)
        return Error { tr("An account cannot be merged into itself.") };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    AccountRepository accounts(m_db);
    const auto survivor = accounts.get(survivorId);
    if (!survivor)
        return Error { survivor.error() };
    const auto duplicate = accounts.get(duplicateId);
    if (!duplicate)
        return Error { duplicate.error() };

    using Owned = AccountMergeStore::Owned;
    const AccountMergeStore store(m_db, survivorId, duplicateId);
    const auto contracts = store.count(Owned::Contracts);
    if (!contracts)
        return Error { contracts.error() };
    if (*contracts > 0 && survivor->kind != AccountKind::Client) {
        return Error { tr("“%1” has contracts and “%2” is a customer; contracts belong to "
                          "clients, so merge into “%1” instead.")
                           .arg(duplicate->name, survivor->name) };
    }

    const auto invoiced = store.invoicedTimeEntries();
    if (!invoiced)
        return Error { invoiced.error() };
    if (*invoiced > 0) {
        return Error { tr("“%1” has %2 invoiced time entries, which stay with the account they "
                          "were invoiced to; merge “%3” into “%1” instead.")
                           .arg(duplicate->name)
                           .arg(*invoiced)
                           .arg(survivor->name) };
    }

    MergeSummary summary;
    summary.survivorId = survivorId;
    summary.survivorName = survivor->name;
    summary.mergedName = duplicate->name;
    const std::pair<Owned, int *> moves[] = {
        { Owned::Contacts, &summary.contacts },
        { Owned::Contracts, &summary.contracts },
        { Owned::RevenueEntries, &summary.revenueEntries },
        { Owned::Interactions, &summary.interactions },
        { Owned::Opportunities, &summary.opportunities },
        { Owned::ServiceItems, &summary.serviceItems },
        { Owned::ServiceRequests, &summary.serviceRequests },
        { Owned::TimeEntries, &summary.timeEntries },
        { Owned::RunningTimers, nullptr },
    };
    for (const auto &[owned, counter] : moves) {
        const auto found = store.count(owned);
        if (!found)
            return Error { found.error() };
        if (counter)
            *counter = int(*found);
        if (const Status ok = store.move(owned); !ok)
            return Error { ok.error() };
    }
    // Tags the survivor does not have yet; referrals.
    if (const Status ok = store.moveTags(); !ok)
        return Error { ok.error() };
    if (const Status ok = store.moveReferrals(); !ok)
        return Error { ok.error() };

    // The survivor's empty fields are filled from the duplicate.
    Account merged = *survivor;
    fillEmptyFields(merged, *duplicate);
    if (merged.referredById == duplicateId)
        merged.referredById.reset();
    // The user's tags of both (update() rewrites them; derived tags moved above stay).
    for (const QString &tag : duplicate->tags) {
        if (!merged.tags.contains(tag, Qt::CaseInsensitive))
            merged.tags.append(tag);
    }
    if (const Status ok = accounts.update(merged); !ok)
        return Error { ok.error() };
    if (const Status ok = accounts.remove(duplicateId); !ok)
        return Error { ok.error() };
    if (const Status ok
        = AuditLog(m_db).append(u"account"_s, survivorId, u"merge"_s,
                                tr("Merged “%1” (id %2) into this account; moved %3.")
                                    .arg(duplicate->name)
                                    .arg(duplicateId)
                                    .arg(summary.describe()));
        !ok)
        return Error { ok.error() };
    // The survivor's purchases, contacts and referrals are now those of both.
    if (const Status ok = CustomerStats(m_db).refresh({ survivorId }); !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return summary;
}

} // namespace cd
