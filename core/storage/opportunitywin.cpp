#include "storage/opportunitywin.h"

#include "domain/account.h"
#include "domain/contract.h"
#include "domain/opportunityrules.h"
#include "domain/revenueentry.h"
#include "storage/accountconversion.h"
#include "storage/accountrepository.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/opportunityrepository.h"
#include "storage/revenuerepository.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

OpportunityWin::OpportunityWin(Database &database) : m_db(database) { }

Result<WinPlan> OpportunityWin::plan(qint64 opportunityId, const QDate &on) const
{
    const Result<Opportunity> o = OpportunityRepository(m_db).get(opportunityId);
    if (!o)
        return Error { o.error() };
    if (OpportunityRules::isClosed(o->stage))
        return Error { tr("“%1” is already %2; reopen it before winning it.")
                           .arg(o->title, toLabel(o->stage).toLower()) };
    if (o->expectedValue.minorUnits() <= 0)
        return Error {
            tr("“%1” cannot be won without a value; enter the expected value first.").arg(o->title)
        };
    const Result<Account> account = AccountRepository(m_db).get(o->accountId);
    if (!account)
        return Error { account.error() };

    WinPlan plan;
    plan.opportunityId = o->id;
    plan.title = o->title;
    plan.accountId = account->id;
    plan.accountName = account->name;
    plan.value = o->expectedValue;
    plan.on = on;
    const QLocale locale;
    const QString value = o->expectedValue.format(locale);
    const QString day = locale.toString(on, QLocale::LongFormat);
    if (o->dealType == DealType::Sale) {
        plan.action = WinPlan::Action::RecordSale;
        plan.description = tr("Winning “%1” records a sale of %2 to %3 on %4.")
                               .arg(o->title, value, account->name, day);
        if (account->status == AccountStatus::Prospect)
            plan.description += u' ' + tr("%1 becomes an active customer.").arg(account->name);
        return plan;
    }

    ContractRepository contracts(m_db);
    if (o->contractId) {
        const Result<Contract> linked = contracts.get(*o->contractId);
        if (!linked)
            return Error { linked.error() };
        plan.action = WinPlan::Action::LinkContract;
        plan.contractId = linked->id;
        plan.contractReference = linked->reference;
    } else if (account->kind == AccountKind::Client) {
        // The newest draft of the account that no other deal has claimed.
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT c.id, c.reference FROM contracts c WHERE c.account_id = :account "
                  "AND c.status = 'draft' AND NOT EXISTS (SELECT 1 FROM opportunities o "
                  "WHERE o.contract_id = c.id) ORDER BY c.start_date DESC, c.id DESC LIMIT 1"_s);
        q.bindValue(u":account"_s, account->id);
        if (!q.exec())
            return Database::sqlError(tr("Reading the draft contracts failed"), q);
        if (q.next()) {
            plan.action = WinPlan::Action::LinkContract;
            plan.contractId = q.value(0).toLongLong();
            plan.contractReference = q.value(1).toString();
        } else {
            plan.action = WinPlan::Action::CreateContract;
            const Result<QString> reference
                = contracts.unusedReference(u"OPP-%1-%2"_s.arg(on.year()).arg(o->id));
            if (!reference)
                return Error { reference.error() };
            plan.contractReference = *reference;
        }
    } else {
        plan.action = WinPlan::Action::ConvertAndCreateContract;
    }

    switch (plan.action) {
    case WinPlan::Action::LinkContract:
        plan.description = tr("Winning “%1” (%2) links it to contract %3 of %4; sign the "
                              "contract on the client page when it is signed.")
                               .arg(o->title, value, plan.contractReference, account->name);
        break;
    case WinPlan::Action::CreateContract:
        plan.description = tr("Winning “%1” opens draft contract %2 for %3: fixed fee %4, "
                              "starting %5. Complete and sign it on the client page.")
                               .arg(o->title, plan.contractReference, account->name, value, day);
        break;
    case WinPlan::Action::ConvertAndCreateContract:
        plan.description = tr("%1 is a transactional customer. Winning the engagement “%2” "
                              "converts it to a client as of %3 and opens a draft contract with "
                              "a fixed fee of %4; its earlier revenue stays customer revenue.")
                               .arg(account->name, o->title, day, value);
        break;
    case WinPlan::Action::RecordSale:
        break;
    }
    return plan;
}

Result<OpportunityWin::Outcome> OpportunityWin::win(qint64 opportunityId, const QDate &on,
                                                    int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    Result<WinPlan> plan = this->plan(opportunityId, on);
    if (!plan)
        return Error { plan.error() };
    Outcome outcome;
    outcome.plan = *plan;
    if (Status ok = OpportunityRepository(m_db).moveToStage(opportunityId, OpportunityStage::Won,
                                                            on, {}, rowVersion);
        !ok) {
        return Error { ok.error() };
    }

    ContractRepository contracts(m_db);
    switch (plan->action) {
    case WinPlan::Action::RecordSale: {
        RevenueEntry entry;
        entry.accountId = plan->accountId;
        entry.date = on;
        entry.amount = plan->value;
        entry.description = plan->title;
        const Result<qint64> id = RevenueRepository(m_db).insert(entry);
        if (!id)
            return Error { id.error() };
        outcome.revenueId = *id;
        if (const Result<bool> activated = AccountRepository(m_db).activateProspect(
                plan->accountId, tr("won “%1” on %2").arg(plan->title, on.toString(Qt::ISODate)));
            !activated) {
            return Error { activated.error() };
        }
        break;
    }
    case WinPlan::Action::LinkContract:
        outcome.contractId = plan->contractId;
        break;
    case WinPlan::Action::CreateContract: {
        Contract draft;
        draft.accountId = plan->accountId;
        draft.reference = plan->contractReference;
        draft.title = plan->title;
        draft.scope = tr("To be agreed: the services and term won with “%1”.").arg(plan->title);
        draft.billingModel = BillingModel::Fixed;
        draft.fee = plan->value;
        draft.start = on;
        draft.status = ContractStatus::Draft;
        const Result<qint64> id = contracts.insert(draft);
        if (!id)
            return Error { id.error() };
        outcome.contractId = *id;
        break;
    }
    case WinPlan::Action::ConvertAndCreateContract: {
        const Result<AccountConversion::Outcome> converted
            = AccountConversion(m_db).convert(plan->accountId, on);
        if (!converted)
            return Error { converted.error() };
        Result<Contract> draft = contracts.get(converted->contractId);
        if (!draft)
            return Error { draft.error() };
        draft->title = plan->title;
        draft->billingModel = BillingModel::Fixed;
        draft->fee = plan->value;
        if (Status ok = contracts.update(*draft); !ok)
            return Error { ok.error() };
        outcome.contractId = converted->contractId;
        outcome.plan.contractReference = converted->contractReference;
        break;
    }
    }
    if (outcome.contractId) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE opportunities SET contract_id = :contract, updated_at = :now, "
                  "row_version = row_version + 1 WHERE id = :id"_s);
        q.bindValue(u":contract"_s, *outcome.contractId);
        q.bindValue(u":now"_s, sql::now());
        q.bindValue(u":id"_s, opportunityId);
        if (Status ok = sql::exec(q, tr("Linking “%1” to its contract failed").arg(plan->title));
            !ok) {
            return Error { ok.error() };
        }
    }
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return outcome;
}

} // namespace cd
