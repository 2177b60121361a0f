#include "storage/accountconversion.h"

#include "domain/contract.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/contractrepository.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

AccountConversion::AccountConversion(Database &database) : m_db(database) { }

Result<AccountConversion::Outcome> AccountConversion::convert(qint64 accountId, const QDate &on)
{
    if (!on.isValid())
        return Error { tr("A conversion needs the day it happens.") };
    if (on > QDate::currentDate())
        return Error { tr("A customer cannot be converted on %1, a day still ahead.")
                           .arg(on.toString(Qt::ISODate)) };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    AccountRepository accounts(m_db);
    Result<Account> account = accounts.get(accountId);
    if (!account)
        return Error { account.error() };
    if (account->kind == AccountKind::Client)
        return Error { tr("“%1” is already a client.").arg(account->name) };
    account->kind = AccountKind::Client;
    account->convertedOn = on;
    account->status = AccountStatus::Active;
    if (const Status ok = accounts.update(*account); !ok)
        return Error { ok.error() };

    // A reference no contract has yet: CNV-YEAR-ACCOUNT, with a suffix if that is taken.
    const Result<QString> reference
        = ContractRepository(m_db).unusedReference(u"CNV-%1-%2"_s.arg(on.year()).arg(accountId));
    if (!reference)
        return Error { reference.error() };
    Contract draft;
    draft.accountId = accountId;
    draft.reference = *reference;
    draft.title = tr("Engagement with %1").arg(account->name);
    draft.scope = tr("To be agreed: the services, fees and term of the engagement.");
    draft.billingModel = BillingModel::Retainer;
    draft.fee = Money(0, SettingsRepository(m_db).firmCurrency());
    draft.start = on;
    draft.status = ContractStatus::Draft;
    const Result<qint64> contractId = ContractRepository(m_db).insert(draft);
    if (!contractId)
        return Error { contractId.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE accounts SET conversion_contract_id = :contract WHERE id = :id"_s);
    q.bindValue(u":contract"_s, *contractId);
    q.bindValue(u":id"_s, accountId);
    if (const Status ok = sql::exec(q, tr("Recording the conversion failed")); !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return Outcome { *contractId, *reference };
}

Result<std::optional<QString>> AccountConversion::undoBlocker(qint64 accountId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT a.name, a.kind, a.converted_on, a.conversion_contract_id, c.reference, "
              "c.status FROM accounts a LEFT JOIN contracts c ON c.id = a.conversion_contract_id "
              "WHERE a.id = :id"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the account failed"), q);
    if (!q.next())
        return Error { tr("There is no account with id %1.").arg(accountId) };
    const QString name = q.value(0).toString();
    if (q.value(1).toString() != u"client" || q.value(2).isNull())
        return std::optional(tr("“%1” was not converted from a customer.").arg(name));
    if (q.value(3).isNull())
        return std::optional(tr("The conversion of “%1” cannot be undone: no draft contract "
                                "opened by Convert to Client is left.")
                                 .arg(name));
    const QString reference = q.value(4).toString();
    if (q.value(5).toString() != u"draft")
        return std::optional(tr("The conversion of “%1” can no longer be undone: contract %2 "
                                "has been signed.")
                                 .arg(name, reference));
    const qint64 draftId = q.value(3).toLongLong();
    q.prepare(u"SELECT count(*) FROM contracts WHERE account_id = :id AND id <> :draft"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":draft"_s, draftId);
    const Result<qint64> others = sql::count(q, tr("Reading the contracts failed"));
    if (!others)
        return Error { others.error() };
    if (*others > 0)
        return std::optional(tr("The conversion of “%1” can no longer be undone: it has other "
                                "contracts besides the draft %2.")
                                 .arg(name, reference));
    q.prepare(u"SELECT count(*) FROM revenue_entries WHERE account_id = :id "
              "AND account_kind = 'client'"_s);
    q.bindValue(u":id"_s, accountId);
    const Result<qint64> clientRevenue = sql::count(q, tr("Reading the revenue failed"));
    if (!clientRevenue)
        return Error { clientRevenue.error() };
    if (*clientRevenue > 0)
        return std::optional(tr("The conversion of “%1” can no longer be undone: revenue has "
                                "been booked as client revenue since.")
                                 .arg(name));
    return std::optional<QString>();
}

Status AccountConversion::undo(qint64 accountId)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<std::optional<QString>> blocker = undoBlocker(accountId);
    if (!blocker)
        return Error { blocker.error() };
    if (*blocker)
        return Error { **blocker };
    const Result<Account> account = AccountRepository(m_db).get(accountId);
    if (!account)
        return Error { account.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT conversion_contract_id FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec() || !q.next())
        return Database::sqlError(tr("Reading the account failed"), q);
    const qint64 draftId = q.value(0).toLongLong();
    // The account first, so that the draft is no longer the conversion's when it goes.
    q.prepare(u"UPDATE accounts SET kind = 'customer', converted_on = NULL, "
              "conversion_contract_id = NULL, updated_at = :now, row_version = row_version + 1 "
              "WHERE id = :id"_s);
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, accountId);
    if (const Status ok = sql::exec(q, tr("Undoing the conversion failed")); !ok)
        return ok;
    if (const Status ok = ContractRepository(m_db).remove(draftId); !ok)
        return ok;
    if (const Status ok = AuditLog(m_db).append(
            u"account"_s, accountId, u"update"_s,
            tr("Undid the conversion of “%1” to client (converted on %2).")
                .arg(account->name, account->convertedOn.toString(Qt::ISODate)));
        !ok)
        return ok;
    if (const Status ok = CustomerStats(m_db).refresh({ accountId }); !ok)
        return ok;
    return guard.commit();
}

} // namespace cd
