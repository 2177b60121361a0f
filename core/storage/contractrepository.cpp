#include "storage/contractrepository.h"

#include "domain/contractrules.h"
#include "domain/isodate.h"
#include "domain/textrules.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/instalmentstore.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"contract"_s;
const QString kSelect
    = u"SELECT id, account_id, reference, title, scope, billing_model, fee_minor, currency, "
      "estimated_hours, start_date, end_date, auto_renew, renewal_months, notice_days, "
      "termination_clause, status, signed_on, terminated_on, termination_reason, created_at, "
      "updated_at, row_version, included_minutes, rollover, overage_rate_minor, budget_minutes, "
      "payment_terms_days FROM contracts "_s;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Contract readContract(const QSqlQuery &q)
{
    Contract c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.reference = q.value(2).toString();
    c.title = q.value(3).toString();
    c.scope = q.value(4).toString();
    c.billingModel = fromCode<BillingModel>(q.value(5).toString()).value_or(BillingModel::Retainer);
    c.fee = Money(q.value(6).toLongLong(), q.value(7).toString());
    c.estimatedHours = q.value(8).toInt();
    c.start = sql::toDate(q.value(9));
    c.end = sql::toDate(q.value(10));
    c.autoRenew = q.value(11).toInt() != 0;
    c.renewalMonths = q.value(12).toInt();
    c.noticeDays = q.value(13).toInt();
    c.terminationClause = q.value(14).toString();
    c.status = fromCode<ContractStatus>(q.value(15).toString()).value_or(ContractStatus::Draft);
    c.signedOn = sql::toDate(q.value(16));
    c.terminatedOn = sql::toDate(q.value(17));
    c.terminationReason = q.value(18).toString();
    c.createdAt = sql::toDateTime(q.value(19));
    c.updatedAt = sql::toDateTime(q.value(20));
    c.rowVersion = q.value(21).toInt();
    c.includedMinutes = q.value(22).toInt();
    c.rollover = q.value(23).toInt() != 0;
    c.overageRateMinor = sql::toId(q.value(24));
    c.budgetMinutes = q.value(25).toInt();
    if (!q.value(26).isNull())
        c.paymentTermsDays = q.value(26).toInt();
    return c;
}

Contract normalised(Contract c)
{
    for (QString *text :
         { &c.reference, &c.title, &c.scope, &c.terminationClause, &c.terminationReason })
        *text = text->trimmed();
    return c;
}

void bindContract(QSqlQuery &q, const Contract &c)
{
    q.bindValue(u":account_id"_s, c.accountId);
    q.bindValue(u":reference"_s, c.reference);
    q.bindValue(u":title"_s, sql::text(c.title));
    q.bindValue(u":scope"_s, sql::text(c.scope));
    q.bindValue(u":billing_model"_s, toCode(c.billingModel));
    q.bindValue(u":fee_minor"_s, c.fee.minorUnits());
    q.bindValue(u":currency"_s, c.fee.currency());
    q.bindValue(u":estimated_hours"_s,
                c.billingModel == BillingModel::Hourly ? QVariant(c.estimatedHours)
                                                       : QVariant(QMetaType::fromType<int>()));
    q.bindValue(u":start_date"_s, sql::date(c.start));
    q.bindValue(u":end_date"_s, sql::date(c.end));
    q.bindValue(u":auto_renew"_s, c.autoRenew ? 1 : 0);
    q.bindValue(u":renewal_months"_s,
                c.renewalMonths > 0 ? QVariant(c.renewalMonths)
                                    : QVariant(QMetaType::fromType<int>()));
    q.bindValue(u":notice_days"_s, c.noticeDays);
    q.bindValue(u":termination_clause"_s, sql::text(c.terminationClause));
    q.bindValue(u":status"_s, toCode(c.status));
    q.bindValue(u":signed_on"_s, sql::date(c.signedOn));
    q.bindValue(u":terminated_on"_s, sql::date(c.terminatedOn));
    q.bindValue(u":termination_reason"_s, sql::text(c.terminationReason));
    const QVariant noMinutes(QMetaType::fromType<int>());
    q.bindValue(u":included_minutes"_s,
                c.includedMinutes > 0 ? QVariant(c.includedMinutes) : noMinutes);
    q.bindValue(u":rollover"_s, c.rollover ? 1 : 0);
    q.bindValue(u":overage_rate_minor"_s, sql::id(c.overageRateMinor));
    q.bindValue(u":budget_minutes"_s, c.budgetMinutes > 0 ? QVariant(c.budgetMinutes) : noMinutes);
    q.bindValue(u":payment_terms_days"_s,
                c.paymentTermsDays ? QVariant(*c.paymentTermsDays) : noMinutes);
}

/// The hours of a retainer (included each month, roll-over, overage rate) and of a fixed fee
/// (the budget): each only on its own billing model.
QStringList timeProblems(const Contract &c, const QString &ref)
{
    QStringList problems;
    const QString model = toLabel(c.billingModel).toLower();
    if (c.includedMinutes < 0)
        problems.append(ContractRepository::tr("%1 cannot include negative hours.").arg(ref));
    if (c.budgetMinutes < 0)
        problems.append(ContractRepository::tr("%1 cannot have a negative hour budget.").arg(ref));
    if (c.overageRateMinor && *c.overageRateMinor < 0)
        problems.append(ContractRepository::tr("%1 cannot have a negative overage rate.").arg(ref));
    if (c.overageRateMinor && *c.overageRateMinor > Money::kMaxMinorUnits)
        problems.append(ContractRepository::tr("The overage rate of %1 is too large. %2")
                            .arg(ref, Money::boundsSentence(c.fee.currency())));
    if (c.billingModel != BillingModel::Retainer
        && (c.includedMinutes > 0 || c.rollover || c.overageRateMinor))
        problems.append(ContractRepository::tr("%1 is billed as %2; included hours, roll-over and "
                                               "an overage rate are for monthly retainers only.")
                            .arg(ref, model));
    if (c.billingModel != BillingModel::Fixed && c.budgetMinutes > 0)
        problems.append(ContractRepository::tr("%1 is billed as %2; an hour budget is for "
                                               "fixed-fee contracts only.")
                            .arg(ref, model));
    if (c.billingModel == BillingModel::Retainer && c.rollover && c.includedMinutes <= 0)
        problems.append(ContractRepository::tr("%1 rolls unused hours over but includes none; "
                                               "give the hours it includes each month.")
                            .arg(ref));
    return problems;
}

} // namespace

ContractRepository::ContractRepository(Database &database) : m_db(database) { }

QStringList ContractRepository::validate(const Contract &input)
{
    const Contract c = normalised(input);
    QStringList problems = controlCharacterProblems(
        { { tr("The contract's reference"), c.reference },
          { tr("The contract's title"), c.title },
          { tr("The contract's scope"), c.scope, true },
          { tr("The contract's termination clause"), c.terminationClause, true },
          { tr("The contract's termination reason"), c.terminationReason } });
    const QString ref = c.reference.isEmpty() || !problems.isEmpty()
        ? tr("The contract")
        : tr("Contract %1").arg(c.reference);
    if (c.reference.isEmpty())
        problems.append(tr("A contract needs a reference."));
    if (c.accountId <= 0)
        problems.append(tr("%1 needs the client it belongs to.").arg(ref));
    if (!Money::isValidCurrency(c.fee.currency()))
        problems.append(
            tr("%1 needs a currency code such as IDR, not “%2”.").arg(ref, c.fee.currency()));
    if (c.fee.minorUnits() < 0)
        problems.append(tr("%1 cannot have a negative fee.").arg(ref));
    if (!c.start.isValid())
        problems.append(tr("%1 needs a start date.").arg(ref));
    if (c.start.isValid() && c.end.isValid() && c.end < c.start)
        problems.append(
            tr("Contract end %1 is before its start %2.").arg(iso(c.end), iso(c.start)));
    if (c.billingModel == BillingModel::Hourly && c.estimatedHours <= 0)
        problems.append(tr("%1 is billed by the hour and needs the estimated hours.").arg(ref));
    if (c.billingModel == BillingModel::Hourly && c.estimatedHours > kMaxEstimatedHours)
        problems.append(tr("%1 estimates %2 hours; at most %3 hours can be estimated.")
                            .arg(ref)
                            .arg(c.estimatedHours)
                            .arg(kMaxEstimatedHours));
    // The rate times the hours is the contract's value, which must be an amount too.
    qint64 estimatedValue = 0;
    if (c.billingModel == BillingModel::Hourly && c.fee.isWithinBounds() && c.estimatedHours > 0
        && c.estimatedHours <= kMaxEstimatedHours
        && (__builtin_mul_overflow(c.fee.minorUnits(), qint64(c.estimatedHours), &estimatedValue)
            || !Money::isWithinBounds(estimatedValue)))
        problems.append(tr("The hourly rate of %1 times its %2 estimated hours is too large an "
                           "amount. %3")
                            .arg(ref)
                            .arg(c.estimatedHours)
                            .arg(Money::boundsSentence(c.fee.currency())));
    if (c.autoRenew && c.renewalMonths <= 0)
        problems.append(tr("%1 renews automatically and needs a renewal term in months.").arg(ref));
    if (c.autoRenew && !c.end.isValid())
        problems.append(tr("%1 renews automatically and needs an end date.").arg(ref));
    if (c.noticeDays < 0)
        problems.append(tr("%1 cannot have a negative notice period.").arg(ref));
    if (c.start.isValid() && c.end.isValid() && c.end >= c.start
        && c.noticeDays > c.start.daysTo(c.end) + 1) {
        problems.append(tr("The notice period of %1 days is longer than the term of %2 "
                           "(%3 to %4).")
                            .arg(c.noticeDays)
                            .arg(c.reference, iso(c.start), iso(c.end)));
    }
    if (c.status == ContractStatus::Active && !c.signedOn.isValid())
        problems.append(tr("%1 is active and needs the date it was signed.").arg(ref));
    if (c.status == ContractStatus::Terminated) {
        if (!c.terminatedOn.isValid())
            problems.append(tr("%1 is terminated and needs the date it ended.").arg(ref));
        if (c.terminationReason.isEmpty())
            problems.append(tr("%1 is terminated and needs the reason.").arg(ref));
    }
    if (c.terminatedOn.isValid() && c.start.isValid() && c.terminatedOn < c.start)
        problems.append(tr("Contract %1 cannot end on %2, before its start %3.")
                            .arg(c.reference, iso(c.terminatedOn), iso(c.start)));
    if (!c.fee.isWithinBounds())
        problems.append(
            tr("The fee of %1 is too large. %2").arg(ref, Money::boundsSentence(c.fee.currency())));
    problems += timeProblems(c, ref);
    if (c.paymentTermsDays
        && (*c.paymentTermsDays < 0 || *c.paymentTermsDays > Contract::kMaxPaymentTermsDays))
        problems.append(tr("%1 has payment terms of %2 days; they take 0 to %3 days, or none "
                           "for the firm's setting.")
                            .arg(ref)
                            .arg(*c.paymentTermsDays)
                            .arg(Contract::kMaxPaymentTermsDays));
    const std::pair<QString, QDate> dates[] = {
        { tr("The start of %1").arg(ref), c.start },
        { tr("The end of %1").arg(ref), c.end },
        { tr("The signing date of %1").arg(ref), c.signedOn },
        { tr("The termination date of %1").arg(ref), c.terminatedOn },
    };
    for (const auto &[what, day] : dates) {
        if (day.isValid() && !isWithinDateRange(day))
            problems.append(tr("%1: %2.").arg(what, outOfDateRangeReason(day)));
    }
    return problems;
}

Status ContractRepository::checkAccountAndReference(const Contract &c) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, kind FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, c.accountId);
    if (!q.exec())
        return Database::sqlError(tr("Checking the client of the contract failed"), q);
    if (!q.next())
        return Error {
            tr("There is no account with id %1 for contract %2.").arg(c.accountId).arg(c.reference)
        };
    if (q.value(1).toString() != toCode(AccountKind::Client))
        return Error { tr("%1 is a customer; contracts are for clients. Convert it to a client "
                          "first.")
                           .arg(q.value(0).toString()) };
    q.prepare(u"SELECT a.name FROM contracts c JOIN accounts a ON a.id = c.account_id "
              "WHERE c.reference = :reference AND c.id <> :id"_s);
    q.bindValue(u":reference"_s, c.reference);
    q.bindValue(u":id"_s, c.id);
    if (!q.exec())
        return Database::sqlError(tr("Checking the contract reference failed"), q);
    if (q.next())
        return Error { tr("Contract reference %1 is already used by %2.")
                           .arg(c.reference, q.value(0).toString()) };
    return {};
}

Status ContractRepository::reinsert(const Contract &contract)
{
    if (contract.id <= 0)
        return Error {
            tr("Contract %1 has no id to be stored again under.").arg(contract.reference)
        };
    const auto id = insertRow(contract, contract.id, std::max(1, contract.rowVersion));
    return id ? Status() : Status(Error { id.error() });
}

Result<qint64> ContractRepository::insert(const Contract &input)
{
    return insertRow(input, 0, 1);
}

Result<qint64> ContractRepository::insertRow(const Contract &input, qint64 id, int rowVersion)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    Contract c = normalised(input);
    c.id = id;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (Status ok = checkAccountAndReference(c); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    // A new contract takes the next id; one stored again (undo) takes back its own.
    q.prepare(sql::insertWithId(
        u"INSERT INTO contracts (id, account_id, reference, title, scope, billing_model, "
        "fee_minor, currency, estimated_hours, start_date, end_date, auto_renew, "
        "renewal_months, notice_days, termination_clause, status, signed_on, terminated_on, "
        "termination_reason, included_minutes, rollover, overage_rate_minor, budget_minutes, "
        "payment_terms_days, created_at, updated_at, row_version) VALUES (:id, :account_id, "
        ":reference, :title, :scope, :billing_model, :fee_minor, :currency, "
        ":estimated_hours, :start_date, :end_date, :auto_renew, :renewal_months, "
        ":notice_days, :termination_clause, :status, :signed_on, :terminated_on, "
        ":termination_reason, :included_minutes, :rollover, :overage_rate_minor, "
        ":budget_minutes, :payment_terms_days, :now, :now, :version)"_s,
        id));
    bindContract(q, c);
    if (id > 0)
        q.bindValue(u":id"_s, id);
    q.bindValue(u":version"_s, rowVersion);
    q.bindValue(u":now"_s, sql::now());
    if (Status ok = sql::exec(q, tr("Saving contract %1 failed").arg(c.reference)); !ok)
        return Error { ok.error() };
    const qint64 newId = id > 0 ? id : q.lastInsertId().toLongLong();
    if (Status ok = AuditLog(m_db).append(kEntity, newId, u"create"_s, c.reference); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return newId;
}

Status ContractRepository::write(const Contract &c, const QString &action, const QString &details)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE contracts SET account_id = :account_id, reference = :reference, "
              "title = :title, scope = :scope, billing_model = :billing_model, "
              "fee_minor = :fee_minor, currency = :currency, estimated_hours = :estimated_hours, "
              "start_date = :start_date, end_date = :end_date, auto_renew = :auto_renew, "
              "renewal_months = :renewal_months, notice_days = :notice_days, "
              "termination_clause = :termination_clause, status = :status, "
              "signed_on = :signed_on, terminated_on = :terminated_on, "
              "termination_reason = :termination_reason, included_minutes = :included_minutes, "
              "rollover = :rollover, overage_rate_minor = :overage_rate_minor, "
              "budget_minutes = :budget_minutes, payment_terms_days = :payment_terms_days, "
              "updated_at = :now, "
              "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    bindContract(q, c);
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, c.id);
    q.bindValue(u":version"_s, c.rowVersion);
    if (Status ok = sql::exec(q, tr("Saving contract %1 failed").arg(c.reference)); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed contract %1 since you opened it; reload it and try "
               "again.")
                .arg(c.reference),
            kEntity, c.id);
    return AuditLog(m_db).append(kEntity, c.id, action, details);
}

Status ContractRepository::update(const Contract &input)
{
    if (input.id <= 0)
        return Error { tr("Contract %1 has not been saved yet, so it cannot be updated.")
                           .arg(input.reference.trimmed()) };
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    const Contract c = normalised(input);
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Contract> before = get(c.id);
    if (!before)
        return Error { before.error() };
    if (before->rowVersion != c.rowVersion)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed contract %1 since you opened it; reload it and try "
               "again.")
                .arg(c.reference),
            kEntity, c.id);
    if (before->status != c.status)
        return Error { tr("The status of contract %1 changes by signing, renewing or terminating "
                          "it, not by editing.")
                           .arg(c.reference) };
    if (*before == c)
        return {};
    if (before->billingModel == BillingModel::Fixed && c.billingModel != BillingModel::Fixed) {
        const Result<qint64> scheduled = InstalmentStore(m_db).count(c.id);
        if (!scheduled)
            return Error { scheduled.error() };
        if (*scheduled > 0)
            return Error { tr("Contract %1 has %2 instalments or milestones; remove them before "
                              "billing it as %3.")
                               .arg(c.reference)
                               .arg(*scheduled)
                               .arg(toLabel(c.billingModel).toLower()) };
    }
    if (Status ok = checkAccountAndReference(c); !ok)
        return ok;
    if (Status ok = write(c, u"update"_s, tr("Changed the terms of %1.").arg(c.reference)); !ok)
        return ok;
    return guard.commit();
}

Status ContractRepository::sign(qint64 id, const QDate &signedOn, int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<Contract> c = get(id);
    if (!c)
        return Error { c.error() };
    if (const QString problem = ContractRules::transitionProblem(*c, ContractStatus::Active);
        !problem.isEmpty() || c->status != ContractStatus::Draft) {
        return Error { problem.isEmpty() ? tr("Contract %1 is already signed.").arg(c->reference)
                                         : problem };
    }
    if (!signedOn.isValid())
        return Error { tr("Signing contract %1 needs the date it was signed.").arg(c->reference) };
    c->rowVersion = rowVersion;
    c->status = ContractStatus::Active;
    c->signedOn = signedOn;
    if (Status ok = write(*c, u"update"_s, tr("Signed %1 on %2.").arg(c->reference, iso(signedOn)));
        !ok)
        return ok;
    // A prospect whose first contract is signed is a prospect no more.
    if (const Result<bool> activated
        = AccountRepository(m_db).activateProspect(c->accountId, tr("signed %1").arg(c->reference));
        !activated)
        return Error { activated.error() };
    return guard.commit();
}

Status ContractRepository::renew(qint64 id, int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<Contract> c = get(id);
    if (!c)
        return Error { c.error() };
    if (c->status != ContractStatus::Active && c->status != ContractStatus::Expired)
        return Error { tr("Contract %1 is %2; only an active or expired contract can be renewed.")
                           .arg(c->reference, toLabel(c->status).toLower()) };
    if (!c->end.isValid())
        return Error {
            tr("Contract %1 has no end date, so there is nothing to renew.").arg(c->reference)
        };
    const QDate oldEnd = c->end;
    c->rowVersion = rowVersion;
    c->end = ContractRules::renewedEnd(*c);
    c->status = ContractStatus::Active;
    if (Status ok = write(*c, u"update"_s,
                          tr("Renewed %1: the end moved from %2 to %3.")
                              .arg(c->reference, iso(oldEnd), iso(c->end)));
        !ok)
        return ok;
    return guard.commit();
}

Status ContractRepository::terminate(qint64 id, const QDate &on, const QString &reason,
                                     int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<Contract> c = get(id);
    if (!c)
        return Error { c.error() };
    if (const QString problem = ContractRules::transitionProblem(*c, ContractStatus::Terminated);
        !problem.isEmpty())
        return Error { problem };
    if (!on.isValid())
        return Error { tr("Terminating contract %1 needs the date it ends.").arg(c->reference) };
    if (reason.trimmed().isEmpty())
        return Error { tr("Terminating contract %1 needs a reason.").arg(c->reference) };
    if (on < c->start || (c->end.isValid() && on > c->end))
        return Error { tr("Contract %1 runs from %2 to %3; it cannot be terminated on %4.")
                           .arg(c->reference, iso(c->start),
                                c->end.isValid() ? iso(c->end) : tr("open end"), iso(on)) };
    c->rowVersion = rowVersion;
    c->status = ContractStatus::Terminated;
    c->terminatedOn = on;
    c->terminationReason = reason.trimmed();
    c->autoRenew = false;
    if (Status ok
        = write(*c, u"update"_s,
                tr("Terminated %1 on %2: %3").arg(c->reference, iso(on), c->terminationReason));
        !ok)
        return ok;
    return guard.commit();
}

Result<int> ContractRepository::restore(const Contract &state, int expectedVersion)
{
    if (const QStringList problems = validate(state); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    Contract c = normalised(state);
    c.rowVersion = expectedVersion;
    if (Status ok = checkAccountAndReference(c); !ok)
        return Error { ok.error() };
    if (Status ok = write(c, u"update"_s, tr("Restored %1 to its earlier state.").arg(c.reference));
        !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return expectedVersion + 1;
}

Status ContractRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Contract> c = get(id);
    if (!c)
        return Error { c.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM revenue_entries WHERE contract_id = :id"_s);
    q.bindValue(u":id"_s, id);
    const Result<qint64> revenue = sql::count(q, tr("Checking the revenue of the contract failed"));
    if (!revenue)
        return Error { revenue.error() };
    if (*revenue > 0)
        return Error { tr("Contract %1 has %2 revenue entries and cannot be deleted; terminate it "
                          "instead.")
                           .arg(c->reference)
                           .arg(*revenue) };
    // Its invoices keep it (drafts included: delete those first, or terminate it).
    q.prepare(u"SELECT count(*) FROM invoices WHERE contract_id = :id"_s);
    q.bindValue(u":id"_s, id);
    const Result<qint64> invoices
        = sql::count(q, tr("Checking the invoices of the contract failed"));
    if (!invoices)
        return Error { invoices.error() };
    if (*invoices > 0)
        return Error { tr("Contract %1 has %2 invoices and cannot be deleted; terminate it "
                          "instead.")
                           .arg(c->reference)
                           .arg(*invoices) };
    q.prepare(u"DELETE FROM contracts WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Deleting contract %1 failed").arg(c->reference)); !ok)
        return ok;
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, c->reference); !ok)
        return ok;
    return guard.commit();
}

Result<Contract> ContractRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the contract failed"), q);
    if (!q.next())
        return Error { tr("There is no contract with id %1.").arg(id) };
    return readContract(q);
}

Result<QList<Contract>> ContractRepository::listForAccount(qint64 accountId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE account_id = :id ORDER BY start_date DESC, id DESC"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the contracts failed"), q);
    QList<Contract> list;
    while (q.next())
        list.append(readContract(q));
    return list;
}

Result<QStringList> ContractRepository::references(const QString &prefix) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // On a server every contract's, not only those the user sees (migration 13).
    q.prepare(m_db.dialect() == Dialect::PostgreSQL
                  ? u"SELECT r FROM clientdesk_contract_references(:prefix) r"_s
                  : u"SELECT reference FROM contracts WHERE substr(reference, 1, length(:prefix)) "
                    "= :prefix"_s);
    q.bindValue(u":prefix"_s, prefix);
    if (!q.exec())
        return Database::sqlError(tr("Reading the contract references failed"), q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QString> ContractRepository::unusedReference(const QString &base) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM contracts WHERE reference = :reference"_s);
    for (int attempt = 1;; ++attempt) {
        const QString reference = attempt == 1 ? base : u"%1-%2"_s.arg(base).arg(attempt);
        q.bindValue(u":reference"_s, reference);
        const Result<qint64> taken = sql::count(q, tr("Choosing a contract reference failed"));
        if (!taken)
            return Error { taken.error() };
        if (*taken == 0)
            return reference;
    }
}

} // namespace cd
