#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

/// iCalendar (RFC 5545) text of a calendar of events, through libical: it escapes text values
/// (commas, semicolons, backslashes, line breaks), folds lines at 75 octets without splitting
/// a UTF-8 character, and ends lines with CRLF.
class ICalendarWriter final
{
public:
    struct Event
    {
        QString uid; ///< the same for the same item in every export
        QString summary;
        QString description;
        QString category;
        QDate day; ///< an all-day event on this day, when `at` is not valid
        QDateTime at; ///< a timed event at this moment, written in UTC
    };

    /// A VCALENDAR named `name` (X-WR-CALNAME, as calendar programs show it) holding `events`,
    /// each stamped `stamp` (DTSTAMP, in UTC).
    static QByteArray write(const QString &name, const QList<Event> &events,
                            const QDateTime &stamp);
};

} // namespace cd
