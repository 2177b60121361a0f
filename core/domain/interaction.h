#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

/// A call, meeting, email, visit or note with an account, optionally with one of its
/// contacts. A follow-up date turns it into a reminder until the follow-up is done.
struct Interaction
{
    qint64 id = 0; ///< 0 for an interaction not stored yet
    qint64 accountId = 0;
    std::optional<qint64> contactId; ///< a contact of the same account
    InteractionType type = InteractionType::Call;
    QDateTime occurredAt; ///< stored to the second
    QString subject;
    QString notes;
    QDate followUpOn; ///< null when no follow-up is planned
    bool followUpDone = false;
    std::optional<qint64> userId; ///< who had the interaction
    int rowVersion = 0; ///< the version read; update() refuses a stale one

    friend bool operator==(const Interaction &, const Interaction &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Interaction)
