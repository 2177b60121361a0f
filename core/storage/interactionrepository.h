#pragma once

#include "domain/interaction.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

class Database;

/// Stores interactions with accounts and their follow-ups (the reminders).
///
/// Every write validates first and writes nothing on a problem; update() is optimistic on
/// row_version. An interaction records something that happened: it may lie at most one day
/// in the future (clocks and time zones differ); what is planned is a follow-up.
class InteractionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::InteractionRepository)

public:
    explicit InteractionRepository(Database &database);

    /// Every problem that can be seen without a database, one sentence each; empty when
    /// valid. The account, contact and user are checked by insert() and update().
    static QStringList validate(const Interaction &interaction);
    /// The same with "now" given.
    static QStringList validate(const Interaction &interaction, const QDateTime &now);

    Result<qint64> insert(const Interaction &interaction);
    /// Stores a deleted interaction again with its own id and version (undo, redo).
    Status reinsert(const Interaction &interaction);
    Status update(const Interaction &interaction);
    Status remove(qint64 id);
    /// Marks a follow-up done (or open again) without a full update; refused when the
    /// interaction has no follow-up.
    Status setFollowUpDone(qint64 id, bool done);
    /// Moves an open follow-up to another day (snoozed from the worklist).
    Status setFollowUpOn(qint64 id, const QDate &day);

    Result<Interaction> get(qint64 id) const;
    /// The interactions of an account, newest first.
    Result<QList<Interaction>> listForAccount(qint64 accountId) const;
    /// Open follow-ups due on or before `until`, earliest first: the reminders.
    Result<QList<Interaction>> listFollowUpsDue(const QDate &until) const;

private:
    Result<qint64> insertRow(const Interaction &interaction, qint64 id, int rowVersion);
    Status checkReferences(const Interaction &interaction) const;
    Result<QList<Interaction>> fetch(const QString &statement, const QString &bindName,
                                     const QVariant &bindValue) const;

    Database &m_db;
};

} // namespace cd
