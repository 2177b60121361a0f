#pragma once

#include "domain/contact.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// Stores the contacts of accounts with their roles (contact_roles).
///
/// Every write validates first and writes nothing on a problem; a contact and its roles are
/// written in one transaction. update() is optimistic on row_version. Text is stored
/// trimmed; a role listed twice is stored once.
class ContactRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContactRepository)

public:
    explicit ContactRepository(Database &database);

    /// Every problem that can be seen without a database, one sentence each; empty when
    /// valid. That the account exists is checked by insert() and update().
    static QStringList validate(const Contact &contact);

    Result<qint64> insert(const Contact &contact);
    /// Stores a deleted contact again with its own id and version (undo, redo).
    Status reinsert(const Contact &contact);
    Status update(const Contact &contact);
    Status remove(qint64 id);

    Result<Contact> get(qint64 id) const;
    /// The contacts of one account, sorted by name.
    Result<QList<Contact>> listForAccount(qint64 accountId) const;
    /// Contacts of one account whose name equals `name`, trimmed and case-insensitively.
    Result<QList<Contact>> findByName(qint64 accountId, const QString &name) const;

private:
    Result<qint64> insertRow(const Contact &contact, qint64 id, int rowVersion);
    Status checkAccount(const Contact &contact) const;
    Status writeRoles(qint64 contactId, const QList<ContactRole> &roles);
    Result<QList<Contact>> fetch(const QString &statement, qint64 id) const;

    Database &m_db;
};

} // namespace cd
