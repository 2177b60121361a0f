#pragma once

// Internal to core/services: the two steps every undoable record shares, each in one
// transaction. Not for ui/ or app/ (they call the services).

#include "result.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

namespace cd::recordsteps {

inline Error errorOf(const Status &status)
{
    return Error { status.error(), status.conflict() };
}

/// Reads record `id` as it is now and deletes it, in one transaction; returns what was
/// deleted, so it can be stored again under its own id (undo of a create, redo of a delete).
template<typename Repository>
auto takeOut(Database &db, qint64 id) -> Result<std::decay_t<decltype(*Repository(db).get(id))>>
{
    TransactionGuard guard(db);
    if (const Status ok = guard.begin(); !ok)
        return errorOf(ok);
    auto current = Repository(db).get(id);
    if (!current)
        return Error { current.error(), current.conflict() };
    if (const Status ok = Repository(db).remove(id); !ok)
        return errorOf(ok);
    if (const Status ok = guard.commit(); !ok)
        return errorOf(ok);
    return *current;
}

/// Writes `state` over its record, which must still be at `expectedVersion`, and returns the
/// version the record has afterwards (undo and redo of an edit), in one transaction.
template<typename Repository, typename Record>
Result<int> restore(Database &db, Record state, int expectedVersion)
{
    TransactionGuard guard(db);
    if (const Status ok = guard.begin(); !ok)
        return errorOf(ok);
    state.rowVersion = expectedVersion;
    if (const Status ok = Repository(db).update(state); !ok)
        return errorOf(ok);
    const auto now = Repository(db).get(state.id);
    if (!now)
        return Error { now.error(), now.conflict() };
    if (const Status ok = guard.commit(); !ok)
        return errorOf(ok);
    return now->rowVersion;
}

} // namespace cd::recordsteps
