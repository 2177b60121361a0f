#include "opportunityservice.h"

#include "domain/opportunityrules.h"
#include "storage/accountrepository.h"
#include "storage/opportunityrepository.h"
#include "storage/opportunitywin.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"

#include <algorithm>

namespace cd {

QStringList OpportunityService::validate(const Opportunity &opportunity)
{
    return OpportunityRepository::validate(opportunity);
}

Result<Opportunity> OpportunityService::get(qint64 id) const
{
    return OpportunityRepository(m_db).get(id);
}

Result<qint64> OpportunityService::insert(const Opportunity &opportunity)
{
    return OpportunityRepository(m_db).insert(opportunity);
}

Status OpportunityService::update(const Opportunity &opportunity)
{
    return OpportunityRepository(m_db).update(opportunity);
}

Status OpportunityService::moveToStage(qint64 id, OpportunityStage stage, const QDate &on,
                                       const QString &lostReason, int rowVersion)
{
    return OpportunityRepository(m_db).moveToStage(id, stage, on, lostReason, rowVersion);
}

Result<QList<Opportunity>> OpportunityService::listForAccount(qint64 accountId) const
{
    auto deals = OpportunityRepository(m_db).listForAccount(accountId);
    if (!deals)
        return deals;
    std::stable_sort(deals->begin(), deals->end(), [](const Opportunity &a, const Opportunity &b) {
        const bool aOpen = !OpportunityRules::isClosed(a.stage);
        const bool bOpen = !OpportunityRules::isClosed(b.stage);
        if (aOpen != bOpen)
            return aOpen;
        if (aOpen)
            return a.expectedClose.isValid()
                && (!b.expectedClose.isValid() || a.expectedClose < b.expectedClose);
        return a.closedOn > b.closedOn;
    });
    return deals;
}

Result<WinPlan> OpportunityService::planWin(qint64 id, const QDate &on) const
{
    return OpportunityWin(m_db).plan(id, on);
}

Status OpportunityService::win(qint64 id, const QDate &on, int rowVersion)
{
    if (const auto outcome = OpportunityWin(m_db).win(id, on, rowVersion); !outcome)
        return Error { outcome.error(), outcome.conflict() };
    return {};
}

OpportunityStage OpportunityService::reopenStage(const Opportunity &closed)
{
    OpportunityStage stage = OpportunityStage::Lead;
    for (const StageChange &change : closed.history) {
        if (!OpportunityRules::isClosed(change.stage))
            stage = change.stage;
    }
    return stage;
}

Status OpportunityService::reopen(const Opportunity &closed, const QDate &today)
{
    return OpportunityRepository(m_db).reopen(closed.id, reopenStage(closed),
                                              std::max(today, closed.closedOn), closed.rowVersion);
}

OpportunityService::Choices OpportunityService::choices(qint64 accountId) const
{
    Choices choices;
    choices.firmCurrency = SettingsRepository(m_db).firmCurrency();
    if (const auto accounts = AccountRepository(m_db).list(); accounts) {
        QList<Account> sorted = *accounts;
        std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const Account &a : std::as_const(sorted)) {
            if (a.status != AccountStatus::Former || a.id == accountId)
                choices.accounts.append(a);
        }
    }
    if (const auto users = UserRepository(m_db).list(); users)
        choices.users = *users;
    return choices;
}

} // namespace cd
