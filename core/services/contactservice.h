#pragma once

#include "domain/contact.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// The people at an account, with their roles, as the app and the command line add, change
/// and take back. Each change runs in one transaction.
class ContactService final
{
public:
    explicit ContactService(Database &database) : m_db(database) { }

    /// Every problem of a contact that can be seen without a database, one sentence each.
    static QStringList validate(const Contact &contact);

    Result<Contact> get(qint64 id) const;
    /// The contacts of one account, by name.
    Result<QList<Contact>> listForAccount(qint64 accountId) const;
    /// Stores a new contact and returns its id.
    Result<qint64> insert(const Contact &contact);
    /// Stores changes to a contact read at `contact.rowVersion`.
    Status update(const Contact &contact);

    /// Deletes a contact and returns it as it was (undo of its creation).
    Result<Contact> takeOut(qint64 id);
    /// Stores a contact taken out again, under its own id and version (redo).
    Status reinsert(const Contact &contact);
    /// Writes `state` over the contact, which must still be at `expectedVersion`; returns its
    /// version afterwards (undo and redo of an edit).
    Result<int> restore(const Contact &state, int expectedVersion);

private:
    Database &m_db;
};

} // namespace cd
