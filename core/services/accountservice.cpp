#include "accountservice.h"

#include "io/duplicates.h"
#include "services/recordsteps.h"
#include "storage/accountconversion.h"
#include "storage/accountrepository.h"
#include "storage/customerstats.h"

#include <algorithm>

namespace cd {

QStringList AccountService::validate(const Account &account)
{
    return AccountRepository::validate(account);
}

Result<Account> AccountService::get(qint64 id) const
{
    return AccountRepository(m_db).get(id);
}

Result<QList<Account>> AccountService::list(std::optional<AccountKind> kind) const
{
    return AccountRepository(m_db).list(kind);
}

Result<QStringList> AccountService::industries() const
{
    return AccountRepository(m_db).industries();
}

Result<qint64> AccountService::create(const Account &account, Duplicates duplicates)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return recordsteps::errorOf(ok);
    AccountRepository accounts(m_db);
    if (duplicates == Duplicates::Refuse) {
        const auto stored = accounts.list();
        if (!stored)
            return Error { stored.error() };
        DuplicateIndex index;
        for (const Account &a : *stored)
            index.add(a.id, a);
        if (const auto matches = index.matches(account); !matches.isEmpty()) {
            const auto other
                = std::find_if(stored->cbegin(), stored->cend(),
                               [&](const Account &a) { return a.id == matches.first().key; });
            return Error { tr("“%1” looks like “%2”, an account you have already (%3).")
                               .arg(account.name.trimmed(), other->name,
                                    DuplicateRules::describe(matches.first().reasons)) };
        }
    }
    const auto id = accounts.insert(account);
    if (!id)
        return id;
    if (const Status ok = guard.commit(); !ok)
        return recordsteps::errorOf(ok);
    return id;
}

Status AccountService::update(const Account &account)
{
    return AccountRepository(m_db).update(account);
}

Result<int> AccountService::restore(const Account &state, int expectedVersion)
{
    return recordsteps::restore<AccountRepository>(m_db, state, expectedVersion);
}

Result<AccountService::Conversion> AccountService::convertToClient(qint64 accountId,
                                                                   const QDate &on)
{
    const auto outcome = AccountConversion(m_db).convert(accountId, on);
    if (!outcome)
        return Error { outcome.error() };
    return Conversion { outcome->contractId, outcome->contractReference };
}

Result<std::optional<QString>> AccountService::conversionUndoBlocker(qint64 accountId) const
{
    return AccountConversion(m_db).undoBlocker(accountId);
}

Status AccountService::undoConversion(qint64 accountId)
{
    return AccountConversion(m_db).undo(accountId);
}

Result<AccountService::CustomerFigures> AccountService::customerFigures(qint64 accountId) const
{
    const auto stored = CustomerStats(m_db).figures(accountId);
    if (!stored)
        return Error { stored.error() };
    return CustomerFigures { stored->firstPurchase, stored->lastPurchase,    stored->purchases,
                             stored->revenue,       stored->revenue12Months, stored->categories,
                             stored->tags };
}

Status AccountService::refreshCustomerFiguresIfStale(const QDate &today)
{
    return CustomerStats(m_db).refreshIfStale(today);
}

} // namespace cd
