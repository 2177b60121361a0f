#pragma once

#include "result.h"

#include <functional>
#include <memory>
#include <utility>

namespace cd {

class Database;

/// The undo and redo steps of the client page's changes, written through a service whose
/// takeOut(), reinsert() and restore() each run in one transaction.
namespace undosteps {

using Step = std::function<Status()>;

/// Deletes `kept`'s record again, keeping it as it is now (undo of a create, redo of a delete).
template<typename Service, typename Record>
Step takeOut(Database *db, const std::shared_ptr<Record> &kept)
{
    return [db, kept]() -> Status {
        const auto was = Service(*db).takeOut(kept->id);
        if (!was)
            return Error { was.error(), was.conflict() };
        *kept = *was;
        return {};
    };
}

/// Stores `kept`'s record again under its own id (undo of a delete, redo of a create).
template<typename Service, typename Record>
Step reinsert(Database *db, const std::shared_ptr<Record> &kept)
{
    return [db, kept] {
        return Service(*db).reinsert(*kept);
    };
}

/// Undo writes the record as it was, redo as it became. Each expects the version the other
/// left behind, so a change by someone else in between is not overwritten.
template<typename Service, typename Record>
std::pair<Step, Step> restore(Database *db, const Record &before, const Record &after)
{
    auto version = std::make_shared<int>(after.rowVersion);
    const auto write = [db, version](const Record &state) -> Status {
        const auto now = Service(*db).restore(state, *version);
        if (!now)
            return Error { now.error(), now.conflict() };
        *version = *now;
        return {};
    };
    return { [write, before] { return write(before); },
             [write, after] {
                 return write(after);
             } };
}

} // namespace undosteps
} // namespace cd
