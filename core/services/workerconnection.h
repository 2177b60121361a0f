#pragma once

#include "result.h"

#include <functional>
#include <memory>
#include <optional>

namespace cd {

class Database;

/// What a worker thread needs to work on the database a window has open: made on the
/// window's thread from its Database, copied into the job, and opened there as a connection
/// of the worker's own (Qt SQL connections must not cross threads). It keeps no reference to
/// the window's Database, so the window may move on to another database meanwhile.
class WorkerConnection final
{
public:
    explicit WorkerConnection(const Database &database);

    /// Opens a connection of the calling thread's own and runs `work` on it; the opening's
    /// error when it cannot be opened.
    template<typename T> Result<T> run(const std::function<Result<T>(Database &)> &work) const
    {
        std::optional<Result<T>> result;
        const Status opened = open([&](Database &db) { result.emplace(work(db)); });
        if (!opened)
            return Error { opened.error() };
        return std::move(*result);
    }

private:
    Status open(const std::function<void(Database &)> &work) const;

    struct Opener;
    std::shared_ptr<const Opener> m_opener;
};

} // namespace cd
