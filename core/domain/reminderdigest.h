#pragma once

#include "domain/calendaritem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

/// What a desktop reminder says (issue 29): the missed items and those due today, and the
/// notice deadlines of the coming week, counted by kind: one line per kind ("Notice deadlines —
/// missed: 1, today: 0, this week: 3"), the kinds in the order of the calendar's.
struct ReminderDigest
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReminderDigest)

public:
    QString title;
    QString body; ///< one line per kind
    int count = 0; ///< the items counted

    static constexpr int weekDays = 7; ///< a notice deadline this many days ahead counts

    /// The digest of `items` (CalendarService::items) at `now`; nothing when no item is
    /// missed, due today or, for a notice deadline, due within the week.
    static std::optional<ReminderDigest> of(const QList<CalendarItem> &items, const QDateTime &now);
};

} // namespace cd
