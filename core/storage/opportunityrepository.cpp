#include "storage/opportunityrepository.h"

#include "domain/isodate.h"
#include "domain/opportunityrules.h"
#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"opportunity"_s;
const QString kSelect
    = u"SELECT id, account_id, title, deal_type, expected_value_minor, currency, probability, "
      "stage, first_contact, expected_close, closed_on, lost_reason, owner_id, next_step, "
      "contract_id, created_at, updated_at, row_version FROM opportunities "_s;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString stageName(OpportunityStage stage)
{
    return toLabel(stage).toLower();
}

Opportunity readOpportunity(const QSqlQuery &q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    o.title = q.value(2).toString();
    o.dealType = fromCode<DealType>(q.value(3).toString()).value_or(DealType::Engagement);
    o.expectedValue = Money(q.value(4).toLongLong(), q.value(5).toString());
    o.probability = q.value(6).toInt();
    o.stage = fromCode<OpportunityStage>(q.value(7).toString()).value_or(OpportunityStage::Lead);
    o.firstContact = sql::toDate(q.value(8));
    o.expectedClose = sql::toDate(q.value(9));
    o.closedOn = sql::toDate(q.value(10));
    o.lostReason = q.value(11).toString();
    o.ownerId = sql::toId(q.value(12));
    o.nextStep = q.value(13).toString();
    o.contractId = sql::toId(q.value(14));
    o.createdAt = sql::toDateTime(q.value(15));
    o.updatedAt = sql::toDateTime(q.value(16));
    o.rowVersion = q.value(17).toInt();
    return o;
}

void bindOpportunity(QSqlQuery &q, const Opportunity &o)
{
    q.bindValue(u":account_id"_s, o.accountId);
    q.bindValue(u":title"_s, o.title.trimmed());
    q.bindValue(u":deal_type"_s, toCode(o.dealType));
    q.bindValue(u":value"_s, o.expectedValue.minorUnits());
    q.bindValue(u":currency"_s, o.expectedValue.currency());
    q.bindValue(u":probability"_s, o.probability);
    q.bindValue(u":stage"_s, toCode(o.stage));
    q.bindValue(u":first_contact"_s, sql::date(o.firstContact));
    q.bindValue(u":expected_close"_s, sql::date(o.expectedClose));
    q.bindValue(u":closed_on"_s, sql::date(o.closedOn));
    q.bindValue(u":lost_reason"_s, sql::text(o.lostReason));
    q.bindValue(u":owner_id"_s, sql::id(o.ownerId));
    q.bindValue(u":next_step"_s, sql::text(o.nextStep));
    q.bindValue(u":contract_id"_s, sql::id(o.contractId));
}

} // namespace

OpportunityRepository::OpportunityRepository(Database &database) : m_db(database) { }

QStringList OpportunityRepository::validate(const Opportunity &o)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The opportunity's title"), o.title },
                                     { tr("The opportunity's next step"), o.nextStep },
                                     { tr("The reason the opportunity was lost"), o.lostReason } });
    const QString title = o.title.trimmed();
    if (title.isEmpty())
        problems.append(tr("An opportunity needs a title."));
    if (o.accountId <= 0)
        problems.append(tr("The opportunity “%1” needs an account.").arg(title));
    if (!Money::isValidCurrency(o.expectedValue.currency()))
        problems.append(tr("The opportunity “%1” needs a currency code such as IDR, not “%2”.")
                            .arg(title, o.expectedValue.currency()));
    if (o.expectedValue.minorUnits() < 0)
        problems.append(tr("The expected value of “%1” cannot be negative.").arg(title));
    if (o.probability < 0 || o.probability > 100)
        problems.append(tr("The probability of “%1” must be from 0 to 100%, not %2%.")
                            .arg(title)
                            .arg(o.probability));
    if (!o.firstContact.isValid())
        problems.append(tr("The opportunity “%1” needs the date of the first contact.").arg(title));
    if (o.firstContact.isValid() && o.expectedClose.isValid() && o.expectedClose < o.firstContact)
        problems.append(tr("Expected close %1 is before the first contact %2.")
                            .arg(iso(o.expectedClose), iso(o.firstContact)));
    if (o.stage == OpportunityStage::Won && o.expectedValue.minorUnits() == 0)
        problems.append(tr("The opportunity “%1” cannot be won without a value.").arg(title));
    if (o.stage == OpportunityStage::Lost && o.lostReason.trimmed().isEmpty())
        problems.append(tr("The opportunity “%1” is lost and needs the reason.").arg(title));
    if (!o.expectedValue.isWithinBounds())
        problems.append(tr("The expected value of “%1” is too large. %2")
                            .arg(title, Money::boundsSentence(o.expectedValue.currency())));
    for (const QDate &day : { o.firstContact, o.expectedClose, o.closedOn }) {
        if (day.isValid() && !isWithinDateRange(day))
            problems.append(tr("The opportunity “%1”: %2.").arg(title, outOfDateRangeReason(day)));
    }
    return problems;
}

Result<qint64> OpportunityRepository::insert(const Opportunity &input)
{
    Opportunity o = input;
    if (OpportunityRules::isClosed(o.stage) && !o.closedOn.isValid())
        o.closedOn = o.firstContact;
    if (!OpportunityRules::isClosed(o.stage))
        o.closedOn = {};
    if (const QStringList problems = validate(o); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, o.accountId);
    const Result<qint64> found = sql::count(q, tr("Checking the account failed"));
    if (!found)
        return Error { found.error() };
    if (*found == 0)
        return Error { tr("There is no account with id %1 for the opportunity “%2”.")
                           .arg(o.accountId)
                           .arg(o.title.trimmed()) };
    q.prepare(u"INSERT INTO opportunities (account_id, title, deal_type, expected_value_minor, "
              "currency, probability, stage, first_contact, expected_close, closed_on, "
              "lost_reason, owner_id, next_step, contract_id, created_at, updated_at, "
              "row_version) VALUES (:account_id, :title, :deal_type, :value, :currency, "
              ":probability, :stage, :first_contact, :expected_close, :closed_on, :lost_reason, "
              ":owner_id, :next_step, :contract_id, :now, :now, 1)"_s);
    bindOpportunity(q, o);
    q.bindValue(u":now"_s, sql::now());
    if (Status ok = sql::exec(q, tr("Saving the opportunity “%1” failed").arg(o.title)); !ok)
        return Error { ok.error() };
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) "
              "VALUES (:id, :stage, :on)"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":stage"_s, toCode(o.stage));
    q.bindValue(u":on"_s,
                sql::date(OpportunityRules::isClosed(o.stage) ? o.closedOn : o.firstContact));
    if (Status ok = sql::exec(q, tr("Saving the stage of “%1” failed").arg(o.title)); !ok)
        return Error { ok.error() };
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"create"_s, o.title.trimmed()); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status OpportunityRepository::update(const Opportunity &input)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Opportunity> before = get(input.id);
    if (!before)
        return Error { before.error() };
    Opportunity o = input;
    o.stage = before->stage; // moveToStage() changes the stage
    o.closedOn = before->closedOn;
    if (!OpportunityRules::isClosed(o.stage))
        o.lostReason.clear();
    if (const QStringList problems = validate(o); !problems.isEmpty())
        return Error { problems.join(u' ') };
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE opportunities SET account_id = :account_id, title = :title, "
              "deal_type = :deal_type, expected_value_minor = :value, currency = :currency, "
              "probability = :probability, stage = :stage, first_contact = :first_contact, "
              "expected_close = :expected_close, closed_on = :closed_on, "
              "lost_reason = :lost_reason, owner_id = :owner_id, next_step = :next_step, "
              "contract_id = :contract_id, updated_at = :now, row_version = row_version + 1 "
              "WHERE id = :id AND row_version = :version"_s);
    bindOpportunity(q, o);
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, o.id);
    q.bindValue(u":version"_s, o.rowVersion);
    if (Status ok = sql::exec(q, tr("Saving the opportunity “%1” failed").arg(o.title)); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed the opportunity “%1” since you opened it; reload "
               "it and try again.")
                .arg(o.title.trimmed()),
            kEntity, o.id);
    if (Status ok = AuditLog(m_db).append(kEntity, o.id, u"update"_s, o.title.trimmed()); !ok)
        return ok;
    return guard.commit();
}

Status OpportunityRepository::changeStage(Opportunity &o, OpportunityStage stage, const QDate &on,
                                          const QString &details)
{
    if (!on.isValid())
        return Error { tr("Moving “%1” needs the date of the change.").arg(o.title) };
    const QDate last = o.history.isEmpty() ? o.firstContact : o.history.constLast().changedOn;
    if (on < last)
        return Error { tr("“%1” cannot move on %2, before its last change on %3.")
                           .arg(o.title, iso(on), iso(last)) };
    o.stage = stage;
    o.probability = OpportunityRules::defaultProbability(stage);
    o.closedOn = OpportunityRules::isClosed(stage) ? on : QDate();
    if (stage != OpportunityStage::Lost)
        o.lostReason.clear();
    if (const QStringList problems = validate(o); !problems.isEmpty())
        return Error { problems.join(u' ') };
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE opportunities SET stage = :stage, probability = :probability, "
              "closed_on = :closed_on, lost_reason = :lost_reason, updated_at = :now, "
              "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    q.bindValue(u":stage"_s, toCode(stage));
    q.bindValue(u":probability"_s, o.probability);
    q.bindValue(u":closed_on"_s, sql::date(o.closedOn));
    q.bindValue(u":lost_reason"_s, sql::text(o.lostReason));
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, o.id);
    q.bindValue(u":version"_s, o.rowVersion);
    if (Status ok = sql::exec(q, tr("Moving “%1” failed").arg(o.title)); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed the opportunity “%1” since you opened it; reload "
               "it and try again.")
                .arg(o.title),
            kEntity, o.id);
    q.prepare(u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) "
              "VALUES (:id, :stage, :on)"_s);
    q.bindValue(u":id"_s, o.id);
    q.bindValue(u":stage"_s, toCode(stage));
    q.bindValue(u":on"_s, sql::date(on));
    if (Status ok = sql::exec(q, tr("Recording the stage of “%1” failed").arg(o.title)); !ok)
        return ok;
    return AuditLog(m_db).append(kEntity, o.id, u"update"_s, details);
}

Status OpportunityRepository::moveToStage(qint64 id, OpportunityStage stage, const QDate &on,
                                          const QString &lostReason, int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<Opportunity> o = get(id);
    if (!o)
        return Error { o.error() };
    if (OpportunityRules::isClosed(o->stage))
        return Error { tr("“%1” is %2; reopen it before moving it to %3.")
                           .arg(o->title, stageName(o->stage), stageName(stage)) };
    if (o->stage == stage)
        return {};
    o->rowVersion = rowVersion;
    o->lostReason = lostReason.trimmed();
    if (Status ok
        = changeStage(o.value(), stage, on,
                      tr("Moved “%1” to %2 on %3.").arg(o->title, stageName(stage), iso(on)));
        !ok)
        return ok;
    return guard.commit();
}

Status OpportunityRepository::reopen(qint64 id, OpportunityStage stage, const QDate &on,
                                     int rowVersion)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    Result<Opportunity> o = get(id);
    if (!o)
        return Error { o.error() };
    if (!OpportunityRules::isClosed(o->stage))
        return Error { tr("“%1” is still open.").arg(o->title) };
    if (OpportunityRules::isClosed(stage))
        return Error { tr("“%1” can only be reopened into an open stage, not %2.")
                           .arg(o->title, stageName(stage)) };
    o->rowVersion = rowVersion;
    if (Status ok
        = changeStage(o.value(), stage, on,
                      tr("Reopened “%1” at %2 on %3.").arg(o->title, stageName(stage), iso(on)));
        !ok)
        return ok;
    return guard.commit();
}

Status OpportunityRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Opportunity> o = get(id);
    if (!o)
        return Error { o.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM opportunities WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Deleting the opportunity “%1” failed").arg(o->title)); !ok)
        return ok;
    if (Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, o->title); !ok)
        return ok;
    return guard.commit();
}

Result<Opportunity> OpportunityRepository::get(qint64 id) const
{
    auto found = fetch(u"WHERE id = :id"_s, u":id"_s, id);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { tr("There is no opportunity with id %1.").arg(id) };
    Opportunity o = found->first();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT stage, changed_on FROM opportunity_stages WHERE opportunity_id = :id "
              "ORDER BY changed_on, id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the stage history failed"), q);
    while (q.next()) {
        o.history.append(
            { fromCode<OpportunityStage>(q.value(0).toString()).value_or(OpportunityStage::Lead),
              sql::toDate(q.value(1)) });
    }
    return o;
}

Result<QList<Opportunity>> OpportunityRepository::listForAccount(qint64 accountId) const
{
    return fetch(u"WHERE account_id = :id ORDER BY first_contact DESC, id DESC"_s, u":id"_s,
                 accountId);
}

Result<QList<Opportunity>> OpportunityRepository::listOpen() const
{
    return fetch(u"WHERE stage NOT IN ('won', 'lost') AND :all = 1 "
                 "ORDER BY expected_close, id"_s,
                 u":all"_s, 1);
}

Result<QList<Opportunity>> OpportunityRepository::fetch(const QString &where, const QString &name,
                                                        const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    q.bindValue(name, value);
    if (!q.exec())
        return Database::sqlError(tr("Reading the opportunities failed"), q);
    QList<Opportunity> list;
    while (q.next())
        list.append(readOpportunity(q));
    return list;
}

} // namespace cd
