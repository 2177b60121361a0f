#pragma once

#include "domain/interaction.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// Calls, meetings, emails and notes with an account and their follow-ups, as the app and the
/// command line log them, mark follow-ups done and take them back. Each change runs in one
/// transaction and keeps the customer's behaviour tags current.
class InteractionService final
{
public:
    explicit InteractionService(Database &database) : m_db(database) { }

    /// Every problem of an interaction that can be seen without a database, one sentence each.
    static QStringList validate(const Interaction &interaction);

    Result<Interaction> get(qint64 id) const;
    /// The interactions of an account, newest first.
    Result<QList<Interaction>> listForAccount(qint64 accountId) const;
    /// Stores a new interaction and returns its id.
    Result<qint64> log(const Interaction &interaction);
    /// Marks a follow-up done (or open again).
    Status setFollowUpDone(qint64 id, bool done);
    /// Moves an open follow-up to `day` (a snooze; and back, to undo it).
    Status setFollowUpOn(qint64 id, const QDate &day);

    /// Deletes an interaction and returns it as it was (undo of logging it).
    Result<Interaction> takeOut(qint64 id);
    /// Stores an interaction taken out again, under its own id and version (redo).
    Status reinsert(const Interaction &interaction);

private:
    Database &m_db;
};

} // namespace cd
