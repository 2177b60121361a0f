#include "storage/contactrepository.h"

#include "domain/email.h"
#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"contact"_s;

const QString kSelect = u"SELECT id, account_id, name, job_title, email, phone, notes, "
                        "created_at, row_version FROM contacts "_s;

QList<ContactRole> normalisedRoles(QList<ContactRole> roles)
{
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

Contact normalised(Contact c)
{
    for (QString *text : { &c.name, &c.jobTitle, &c.email, &c.phone, &c.notes })
        *text = text->trimmed();
    c.roles = normalisedRoles(c.roles);
    return c;
}

void bindContact(QSqlQuery &query, const Contact &c)
{
    query.bindValue(u":account_id"_s, c.accountId);
    query.bindValue(u":name"_s, c.name);
    query.bindValue(u":job_title"_s, sql::text(c.jobTitle));
    query.bindValue(u":email"_s, sql::text(c.email));
    query.bindValue(u":phone"_s, sql::text(c.phone));
    query.bindValue(u":notes"_s, sql::text(c.notes));
}

} // namespace

ContactRepository::ContactRepository(Database &database) : m_db(database) { }

QStringList ContactRepository::validate(const Contact &contact)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The contact's name"), contact.name },
                                     { tr("The contact's job title"), contact.jobTitle },
                                     { tr("The contact's email address"), contact.email },
                                     { tr("The contact's phone number"), contact.phone },
                                     { tr("The contact's notes"), contact.notes, true } });
    const QString name = contact.name.trimmed();
    if (contact.accountId <= 0)
        problems.append(tr("The contact “%1” needs an account.").arg(name));
    if (name.isEmpty())
        problems.append(tr("A contact needs a name."));
    const QString email = contact.email.trimmed();
    if (!email.isEmpty() && !isEmailAddress(email))
        problems.append(tr("“%1” is not an email address.").arg(email));
    return problems;
}

Status ContactRepository::checkAccount(const Contact &contact) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM accounts WHERE id = :id"_s);
    query.bindValue(u":id"_s, contact.accountId);
    const Result<qint64> found = sql::count(query, tr("Checking the contact's account failed"));
    if (!found)
        return Error { found.error() };
    if (*found == 0)
        return Error { tr("There is no account with id %1 for the contact “%2”.")
                           .arg(contact.accountId)
                           .arg(contact.name) };
    return {};
}

Status ContactRepository::writeRoles(qint64 contactId, const QList<ContactRole> &roles)
{
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM contact_roles WHERE contact_id = :id"_s);
    remove.bindValue(u":id"_s, contactId);
    if (const Status ok = sql::exec(remove, tr("Replacing the contact's roles failed")); !ok)
        return ok;
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO contact_roles (contact_id, role) VALUES (:id, :role)"_s);
    for (const ContactRole role : roles) {
        insert.bindValue(u":id"_s, contactId);
        insert.bindValue(u":role"_s, toCode(role));
        if (const Status ok
            = sql::exec(insert, tr("Saving the role “%1” failed").arg(toLabel(role)));
            !ok)
            return ok;
    }
    return {};
}

Status ContactRepository::reinsert(const Contact &contact)
{
    if (contact.id <= 0)
        return Error {
            tr("The contact “%1” has no id to be stored again under.").arg(contact.name.trimmed())
        };
    const auto id = insertRow(contact, contact.id, std::max(1, contact.rowVersion));
    return id ? Status() : Status(Error { id.error() });
}

Result<qint64> ContactRepository::insert(const Contact &input)
{
    return insertRow(input, 0, 1);
}

Result<qint64> ContactRepository::insertRow(const Contact &input, qint64 id, int rowVersion)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    const Contact contact = normalised(input);

    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (const Status ok = checkAccount(contact); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(sql::insertWithId(
        u"INSERT INTO contacts (id, account_id, name, job_title, email, phone, notes, "
        "created_at, row_version) VALUES (:id, :account_id, :name, :job_title, :email, "
        ":phone, :notes, :created_at, :version)"_s,
        id));
    bindContact(query, contact);
    if (id > 0)
        query.bindValue(u":id"_s, id);
    query.bindValue(u":version"_s, rowVersion);
    query.bindValue(u":created_at"_s, sql::now());
    if (const Status ok = sql::exec(query, tr("Saving the contact “%1” failed").arg(contact.name));
        !ok)
        return Error { ok.error() };
    const qint64 newId = id > 0 ? id : query.lastInsertId().toLongLong();
    if (const Status ok = writeRoles(newId, contact.roles); !ok)
        return Error { ok.error() };
    if (const Status ok = AuditLog(m_db).append(kEntity, newId, u"create"_s, contact.name); !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return newId;
}

Status ContactRepository::update(const Contact &input)
{
    if (input.id <= 0)
        return Error { tr("The contact “%1” has not been saved yet, so it cannot be updated.")
                           .arg(input.name.trimmed()) };
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    const Contact contact = normalised(input);

    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    if (const Status ok = checkAccount(contact); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE contacts SET account_id = :account_id, name = :name, "
                  "job_title = :job_title, email = :email, phone = :phone, notes = :notes, "
                  "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    bindContact(query, contact);
    query.bindValue(u":id"_s, contact.id);
    query.bindValue(u":version"_s, contact.rowVersion);
    if (const Status ok = sql::exec(query, tr("Saving the contact “%1” failed").arg(contact.name));
        !ok)
        return ok;
    if (query.numRowsAffected() != 1) {
        QSqlQuery exists(m_db.connection());
        exists.prepare(u"SELECT count(*) FROM contacts WHERE id = :id"_s);
        exists.bindValue(u":id"_s, contact.id);
        const Result<qint64> found = sql::count(exists, tr("Checking the contact failed"));
        if (!found)
            return Error { found.error() };
        if (*found == 0)
            return Error {
                tr("The contact “%1” no longer exists; someone else deleted it.").arg(contact.name)
            };
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed this contact since you opened it; reload it and "
               "try again."),
            kEntity, contact.id);
    }
    if (const Status ok = writeRoles(contact.id, contact.roles); !ok)
        return ok;
    if (const Status ok = AuditLog(m_db).append(kEntity, contact.id, u"update"_s, contact.name);
        !ok)
        return ok;
    return guard.commit();
}

Status ContactRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<Contact> contact = get(id);
    if (!contact)
        return Error { contact.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM contacts WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(query, tr("Deleting the contact failed")); !ok)
        return ok;
    if (query.numRowsAffected() == 0)
        return Error { tr("There is no contact with id %1.").arg(id) };
    if (const Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, contact->name); !ok)
        return ok;
    return guard.commit();
}

Result<Contact> ContactRepository::get(qint64 id) const
{
    const Result<QList<Contact>> found = fetch(kSelect + u"WHERE id = :id"_s, id);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { tr("There is no contact with id %1.").arg(id) };
    return found->first();
}

Result<QList<Contact>> ContactRepository::listForAccount(qint64 accountId) const
{
    return fetch(kSelect + u"WHERE account_id = :id ORDER BY lower(name), id"_s, accountId);
}

Result<QList<Contact>> ContactRepository::findByName(qint64 accountId, const QString &name) const
{
    const QString wanted = name.trimmed();
    const Result<QList<Contact>> all = listForAccount(accountId);
    if (!all || wanted.isEmpty())
        return all ? Result<QList<Contact>>(QList<Contact>()) : all;
    QList<Contact> matches;
    for (const Contact &contact : *all) {
        if (contact.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(contact);
    }
    return matches;
}

Result<QList<Contact>> ContactRepository::fetch(const QString &statement, qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Database::sqlError(tr("Reading the contacts failed"), query);
    QList<Contact> contacts;
    while (query.next()) {
        Contact c;
        c.id = query.value(0).toLongLong();
        c.accountId = query.value(1).toLongLong();
        c.name = query.value(2).toString();
        c.jobTitle = query.value(3).toString();
        c.email = query.value(4).toString();
        c.phone = query.value(5).toString();
        c.notes = query.value(6).toString();
        c.createdAt = sql::toDateTime(query.value(7));
        c.rowVersion = query.value(8).toInt();
        contacts.append(c);
    }
    QSqlQuery roles(m_db.connection());
    roles.setForwardOnly(true);
    roles.prepare(u"SELECT role FROM contact_roles WHERE contact_id = :id"_s);
    for (Contact &c : contacts) {
        roles.bindValue(u":id"_s, c.id);
        if (!roles.exec())
            return Database::sqlError(tr("Reading the contact's roles failed"), roles);
        while (roles.next()) {
            if (const auto role = fromCode<ContactRole>(roles.value(0).toString()))
                c.roles.append(*role);
        }
        c.roles = normalisedRoles(c.roles);
    }
    return contacts;
}

} // namespace cd
