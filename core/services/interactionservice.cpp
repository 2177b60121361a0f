#include "interactionservice.h"

#include "services/recordsteps.h"
#include "storage/interactionrepository.h"

namespace cd {

QStringList InteractionService::validate(const Interaction &interaction)
{
    return InteractionRepository::validate(interaction);
}

Result<Interaction> InteractionService::get(qint64 id) const
{
    return InteractionRepository(m_db).get(id);
}

Result<QList<Interaction>> InteractionService::listForAccount(qint64 accountId) const
{
    return InteractionRepository(m_db).listForAccount(accountId);
}

Result<qint64> InteractionService::log(const Interaction &interaction)
{
    return InteractionRepository(m_db).insert(interaction);
}

Status InteractionService::setFollowUpDone(qint64 id, bool done)
{
    return InteractionRepository(m_db).setFollowUpDone(id, done);
}

Status InteractionService::setFollowUpOn(qint64 id, const QDate &day)
{
    return InteractionRepository(m_db).setFollowUpOn(id, day);
}

Result<Interaction> InteractionService::takeOut(qint64 id)
{
    return recordsteps::takeOut<InteractionRepository>(m_db, id);
}

Status InteractionService::reinsert(const Interaction &interaction)
{
    return InteractionRepository(m_db).reinsert(interaction);
}

} // namespace cd
