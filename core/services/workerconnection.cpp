#include "workerconnection.h"

#include "storage/database.h"

namespace cd {

struct WorkerConnection::Opener
{
    Database::Reopener reopener;
};

WorkerConnection::WorkerConnection(const Database &database)
    : m_opener(std::make_shared<const Opener>(Opener { database.reopener() }))
{ }

Status WorkerConnection::open(const std::function<void(Database &)> &work) const
{
    auto db = m_opener->reopener.open();
    if (!db)
        return Error { db.error() };
    work(**db);
    return {};
}

} // namespace cd
