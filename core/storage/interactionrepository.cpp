#include "storage/interactionrepository.h"

#include "domain/isodate.h"
#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"interaction"_s;

const QString kSelect = u"SELECT id, account_id, contact_id, type, occurred_at, subject, notes, "
                        "follow_up_on, follow_up_done, user_id, row_version FROM interactions "_s;

// How far ahead of the clock an interaction may lie: clocks and time zones differ.
constexpr qint64 kFutureSlackSeconds = 24 * 60 * 60;

void bindInteraction(QSqlQuery &query, const Interaction &i)
{
    query.bindValue(u":account_id"_s, i.accountId);
    query.bindValue(u":contact_id"_s, sql::id(i.contactId));
    query.bindValue(u":type"_s, toCode(i.type));
    query.bindValue(u":occurred_at"_s, sql::timestamp(i.occurredAt));
    query.bindValue(u":subject"_s, i.subject.trimmed());
    query.bindValue(u":notes"_s, sql::text(i.notes));
    query.bindValue(u":follow_up_on"_s, sql::date(i.followUpOn));
    query.bindValue(u":follow_up_done"_s, i.followUpDone ? 1 : 0);
    query.bindValue(u":user_id"_s, sql::id(i.userId));
}

} // namespace

InteractionRepository::InteractionRepository(Database &database) : m_db(database) { }

QStringList InteractionRepository::validate(const Interaction &interaction)
{
    return validate(interaction, QDateTime::currentDateTime());
}

QStringList InteractionRepository::validate(const Interaction &interaction, const QDateTime &now)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The interaction's subject"), interaction.subject },
                                     { tr("The interaction's notes"), interaction.notes, true } });
    const QString subject = interaction.subject.trimmed();
    if (interaction.accountId <= 0)
        problems.append(tr("The interaction “%1” needs an account.").arg(subject));
    if (subject.isEmpty())
        problems.append(tr("An interaction needs a subject."));
    if (!interaction.occurredAt.isValid()) {
        problems.append(
            tr("The interaction “%1” needs the date and time it happened.").arg(subject));
    } else {
        const QString when = sql::timestamp(interaction.occurredAt);
        if (now.isValid() && interaction.occurredAt.secsTo(now) < -kFutureSlackSeconds)
            problems.append(tr("The interaction “%1” on %2 lies in the future; record it once it "
                               "has happened, or plan it as a follow-up.")
                                .arg(subject, when));
        if (interaction.followUpOn.isValid()
            && interaction.followUpOn < interaction.occurredAt.date())
            problems.append(tr("The follow-up on %1 is before the interaction on %2.")
                                .arg(interaction.followUpOn.toString(Qt::ISODate),
                                     interaction.occurredAt.date().toString(Qt::ISODate)));
    }
    if (interaction.followUpDone && !interaction.followUpOn.isValid())
        problems.append(tr("The interaction “%1” has no follow-up date, so its follow-up "
                           "cannot be done.")
                            .arg(subject));
    for (const QDate &day : { interaction.occurredAt.date(), interaction.followUpOn }) {
        if (day.isValid() && !isWithinDateRange(day))
            problems.append(
                tr("The interaction “%1”: %2.").arg(subject, outOfDateRangeReason(day)));
    }
    return problems;
}

Status InteractionRepository::checkReferences(const Interaction &interaction) const
{
    QSqlQuery account(m_db.connection());
    account.prepare(u"SELECT count(*) FROM accounts WHERE id = :id"_s);
    account.bindValue(u":id"_s, interaction.accountId);
    const Result<qint64> accounts = sql::count(account, tr("Checking the account failed"));
    if (!accounts)
        return Error { accounts.error() };
    if (*accounts == 0)
        return Error { tr("There is no account with id %1 for the interaction “%2”.")
                           .arg(interaction.accountId)
                           .arg(interaction.subject.trimmed()) };
    if (interaction.contactId) {
        QSqlQuery contact(m_db.connection());
        contact.prepare(u"SELECT account_id FROM contacts WHERE id = :id"_s);
        contact.bindValue(u":id"_s, *interaction.contactId);
        if (!contact.exec())
            return Database::sqlError(tr("Checking the contact failed"), contact);
        if (!contact.next())
            return Error { tr("There is no contact with id %1 for the interaction “%2”.")
                               .arg(*interaction.contactId)
                               .arg(interaction.subject.trimmed()) };
        if (contact.value(0).toLongLong() != interaction.accountId)
            return Error { tr("The contact with id %1 belongs to another account than the "
                              "interaction “%2”.")
                               .arg(*interaction.contactId)
                               .arg(interaction.subject.trimmed()) };
    }
    if (interaction.userId) {
        QSqlQuery user(m_db.connection());
        user.prepare(u"SELECT count(*) FROM users WHERE id = :id"_s);
        user.bindValue(u":id"_s, *interaction.userId);
        const Result<qint64> users = sql::count(user, tr("Checking the user failed"));
        if (!users)
            return Error { users.error() };
        if (*users == 0)
            return Error { tr("There is no user with id %1 for the interaction “%2”.")
                               .arg(*interaction.userId)
                               .arg(interaction.subject.trimmed()) };
    }
    return {};
}

Status InteractionRepository::reinsert(const Interaction &interaction)
{
    if (interaction.id <= 0)
        return Error { tr("The interaction “%1” has no id to be stored again under.")
                           .arg(interaction.subject.trimmed()) };
    const auto id = insertRow(interaction, interaction.id, std::max(1, interaction.rowVersion));
    return id ? Status() : Status(Error { id.error() });
}

Result<qint64> InteractionRepository::insert(const Interaction &interaction)
{
    return insertRow(interaction, 0, 1);
}

Result<qint64> InteractionRepository::insertRow(const Interaction &interaction, qint64 id,
                                                int rowVersion)
{
    if (const QStringList problems = validate(interaction); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (const Status ok = checkReferences(interaction); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(sql::insertWithId(
        u"INSERT INTO interactions (id, account_id, contact_id, type, occurred_at, "
        "subject, notes, follow_up_on, follow_up_done, user_id, row_version) VALUES "
        "(:id, :account_id, :contact_id, :type, :occurred_at, :subject, :notes, "
        ":follow_up_on, :follow_up_done, :user_id, :version)"_s,
        id));
    bindInteraction(query, interaction);
    if (id > 0)
        query.bindValue(u":id"_s, id);
    query.bindValue(u":version"_s, rowVersion);
    if (const Status ok = sql::exec(
            query, tr("Saving the interaction “%1” failed").arg(interaction.subject.trimmed()));
        !ok)
        return Error { ok.error() };
    const qint64 newId = id > 0 ? id : query.lastInsertId().toLongLong();
    if (const Status ok
        = AuditLog(m_db).append(kEntity, newId, u"create"_s, interaction.subject.trimmed());
        !ok)
        return Error { ok.error() };
    // Whether a customer's one purchase was impulsive depends on contact before it.
    if (const Status ok = CustomerStats(m_db).refresh({ interaction.accountId }); !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return newId;
}

Status InteractionRepository::update(const Interaction &interaction)
{
    if (interaction.id <= 0)
        return Error { tr("The interaction “%1” has not been saved yet, so it cannot be updated.")
                           .arg(interaction.subject.trimmed()) };
    if (const QStringList problems = validate(interaction); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    if (const Status ok = checkReferences(interaction); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT account_id FROM interactions WHERE id = :id"_s);
    query.bindValue(u":id"_s, interaction.id);
    if (!query.exec())
        return Database::sqlError(tr("Reading the interaction failed"), query);
    const qint64 accountBefore = query.next() ? query.value(0).toLongLong() : 0;
    query.prepare(u"UPDATE interactions SET account_id = :account_id, contact_id = :contact_id, "
                  "type = :type, occurred_at = :occurred_at, subject = :subject, notes = :notes, "
                  "follow_up_on = :follow_up_on, follow_up_done = :follow_up_done, "
                  "user_id = :user_id, row_version = row_version + 1 "
                  "WHERE id = :id AND row_version = :version"_s);
    bindInteraction(query, interaction);
    query.bindValue(u":id"_s, interaction.id);
    query.bindValue(u":version"_s, interaction.rowVersion);
    if (const Status ok = sql::exec(
            query, tr("Saving the interaction “%1” failed").arg(interaction.subject.trimmed()));
        !ok)
        return ok;
    if (query.numRowsAffected() != 1) {
        const Result<Interaction> current = get(interaction.id);
        if (!current)
            return Error { tr("The interaction “%1” no longer exists; someone else deleted it.")
                               .arg(interaction.subject.trimmed()) };
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed this interaction since you opened it; reload it "
               "and try again."),
            kEntity, interaction.id);
    }
    if (const Status ok = AuditLog(m_db).append(kEntity, interaction.id, u"update"_s,
                                                interaction.subject.trimmed());
        !ok)
        return ok;
    if (const Status ok = CustomerStats(m_db).refresh({ accountBefore, interaction.accountId });
        !ok)
        return ok;
    return guard.commit();
}

Status InteractionRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT account_id, subject FROM interactions WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Database::sqlError(tr("Reading the interaction failed"), query);
    if (!query.next())
        return Error { tr("There is no interaction with id %1.").arg(id) };
    const qint64 accountId = query.value(0).toLongLong();
    const QString subject = query.value(1).toString();
    query.prepare(u"DELETE FROM interactions WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(query, tr("Deleting the interaction failed")); !ok)
        return ok;
    if (const Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, subject); !ok)
        return ok;
    if (const Status ok = CustomerStats(m_db).refresh({ accountId }); !ok)
        return ok;
    return guard.commit();
}

Status InteractionRepository::setFollowUpOn(qint64 id, const QDate &day)
{
    if (!day.isValid())
        return Error { tr("A follow-up needs the day it is due.") };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<Interaction> current = get(id);
    if (!current)
        return Error { current.error() };
    if (!current->followUpOn.isValid() || current->followUpDone)
        return Error {
            tr("The interaction “%1” has no open follow-up to move.").arg(current->subject)
        };
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE interactions SET follow_up_on = :day, "
                  "row_version = row_version + 1 WHERE id = :id"_s);
    query.bindValue(u":day"_s, sql::date(day));
    query.bindValue(u":id"_s, id);
    if (const Status ok
        = sql::exec(query, tr("Saving the follow-up of “%1” failed").arg(current->subject));
        !ok)
        return ok;
    if (const Status ok = AuditLog(m_db).append(
            kEntity, id, u"update"_s,
            tr("Follow-up moved to %1: %2").arg(day.toString(Qt::ISODate), current->subject));
        !ok)
        return ok;
    return guard.commit();
}

Status InteractionRepository::setFollowUpDone(qint64 id, bool done)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<Interaction> current = get(id);
    if (!current)
        return Error { current.error() };
    if (!current->followUpOn.isValid())
        return Error { tr("The interaction “%1” has no follow-up date, so its follow-up "
                          "cannot be done.")
                           .arg(current->subject) };
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE interactions SET follow_up_done = :done, "
                  "row_version = row_version + 1 WHERE id = :id"_s);
    query.bindValue(u":done"_s, done ? 1 : 0);
    query.bindValue(u":id"_s, id);
    if (const Status ok
        = sql::exec(query, tr("Saving the follow-up of “%1” failed").arg(current->subject));
        !ok)
        return ok;
    if (const Status ok
        = AuditLog(m_db).append(kEntity, id, u"update"_s,
                                done ? tr("Follow-up done: %1").arg(current->subject)
                                     : tr("Follow-up open again: %1").arg(current->subject));
        !ok)
        return ok;
    return guard.commit();
}

Result<Interaction> InteractionRepository::get(qint64 id) const
{
    const Result<QList<Interaction>> found = fetch(kSelect + u"WHERE id = :id"_s, u":id"_s, id);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { tr("There is no interaction with id %1.").arg(id) };
    return found->first();
}

Result<QList<Interaction>> InteractionRepository::listForAccount(qint64 accountId) const
{
    return fetch(kSelect + u"WHERE account_id = :id ORDER BY occurred_at DESC, id DESC"_s, u":id"_s,
                 accountId);
}

Result<QList<Interaction>> InteractionRepository::listFollowUpsDue(const QDate &until) const
{
    return fetch(kSelect
                     + u"WHERE follow_up_done = 0 AND follow_up_on IS NOT NULL "
                       "AND follow_up_on <= :until ORDER BY follow_up_on, id"_s,
                 u":until"_s, until.toString(Qt::ISODate));
}

Result<QList<Interaction>> InteractionRepository::fetch(const QString &statement,
                                                        const QString &bindName,
                                                        const QVariant &bindValue) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(bindName, bindValue);
    if (!query.exec())
        return Database::sqlError(tr("Reading the interactions failed"), query);
    QList<Interaction> interactions;
    while (query.next()) {
        Interaction i;
        i.id = query.value(0).toLongLong();
        i.accountId = query.value(1).toLongLong();
        i.contactId = sql::toId(query.value(2));
        i.type
            = fromCode<InteractionType>(query.value(3).toString()).value_or(InteractionType::Note);
        i.occurredAt = sql::toDateTime(query.value(4));
        i.subject = query.value(5).toString();
        i.notes = query.value(6).toString();
        i.followUpOn = sql::toDate(query.value(7));
        i.followUpDone = query.value(8).toInt() != 0;
        i.userId = sql::toId(query.value(9));
        i.rowVersion = query.value(10).toInt();
        interactions.append(i);
    }
    return interactions;
}

} // namespace cd
