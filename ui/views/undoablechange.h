#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace cd {

/// A change already written to the database, with how to take it back and do it again.
/// The first redo() (which QUndoStack::push() calls) does nothing: the change is done.
/// A step that fails reports its sentence; the stack is then cleared by the owner, since
/// the database no longer matches the history.
class UndoableChange final : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Failure = std::function<void(const QString &message)>;

    UndoableChange(const QString &text, Step undo, Step redo, Failure failure)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
        , m_failure(std::move(failure))
    { }

    void undo() override { run(m_undo); }
    void redo() override
    {
        if (m_done) {
            m_done = false; // pushed after the fact: already done once
            return;
        }
        run(m_redo);
    }

private:
    void run(const Step &step)
    {
        if (const Status ok = step(); !ok)
            m_failure(ok.error());
    }

    Step m_undo;
    Step m_redo;
    Failure m_failure;
    bool m_done = true;
};

} // namespace cd
