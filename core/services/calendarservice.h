#pragma once

#include "domain/calendaritem.h"
#include "io/icalendarwriter.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The deadlines in the calendar (issue 29): an iCalendar file (RFC 5545) with one event per
/// notice deadline, renewal, contract end, follow-up and service request due, from `days`
/// ahead back to the missed ones of the last 30 days, for `clientdesk calendar` and
/// File > Export Calendar… . An item keeps its UID from export to export, so a calendar that
/// subscribes to the file updates its events instead of adding them again.
class CalendarService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CalendarService)

public:
    static constexpr int defaultDays = 180;
    static constexpr int missedDays = 30; ///< how far back missed items are kept
    static constexpr int maxDays = 3660;

    /// What a write put in the file.
    struct Written
    {
        qsizetype events = 0;
        qsizetype missed = 0;
    };

    explicit CalendarService(Database &database);

    /// The items from `missedDays` before `now`'s day to `days` after it; of one account
    /// manager's accounts when `managerId` is given.
    Result<QList<CalendarItem>> items(const QDateTime &now, int days,
                                      std::optional<qint64> managerId) const;

    /// Writes the items' calendar to `path`, whole or not at all. `managerName` names the
    /// calendar ("ClientDesk deadlines: NAME") when the items are one manager's.
    Result<Written> writeFile(const QString &path, const QDateTime &now, int days,
                              std::optional<qint64> managerId, const QString &managerName = {},
                              const QLocale &locale = {}) const;

    /// Whether `item` was due before `now` (and is still open, or it would not be read).
    static bool isMissed(const CalendarItem &item, const QDateTime &now);
    /// The event of `item`: its UID, summary, description and category in the language of
    /// the translations loaded, dates in `locale`.
    static ICalendarWriter::Event event(const CalendarItem &item, const QDateTime &now,
                                        const QLocale &locale);

private:
    Database &m_db;
};

} // namespace cd
