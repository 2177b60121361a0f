#include "contactservice.h"

#include "services/recordsteps.h"
#include "storage/contactrepository.h"

namespace cd {

QStringList ContactService::validate(const Contact &contact)
{
    return ContactRepository::validate(contact);
}

Result<Contact> ContactService::get(qint64 id) const
{
    return ContactRepository(m_db).get(id);
}

Result<QList<Contact>> ContactService::listForAccount(qint64 accountId) const
{
    return ContactRepository(m_db).listForAccount(accountId);
}

Result<qint64> ContactService::insert(const Contact &contact)
{
    return ContactRepository(m_db).insert(contact);
}

Status ContactService::update(const Contact &contact)
{
    return ContactRepository(m_db).update(contact);
}

Result<Contact> ContactService::takeOut(qint64 id)
{
    return recordsteps::takeOut<ContactRepository>(m_db, id);
}

Status ContactService::reinsert(const Contact &contact)
{
    return ContactRepository(m_db).reinsert(contact);
}

Result<int> ContactService::restore(const Contact &state, int expectedVersion)
{
    return recordsteps::restore<ContactRepository>(m_db, state, expectedVersion);
}

} // namespace cd
