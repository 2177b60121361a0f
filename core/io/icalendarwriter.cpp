#include "io/icalendarwriter.h"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace cd {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

/// UTF-8 text for a TEXT value: control characters other than line breaks and tabs are not
/// allowed there (RFC 5545, 3.3.11), so they are left out (a CR of a CRLF too: the LF stays
/// the line break); libical escapes the rest.
QByteArray text(const QString &value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar ch : value) {
        if (ch == u'\n' || ch == u'\t' || (ch.unicode() >= 0x20 && ch.unicode() != 0x7f))
            clean.append(ch);
    }
    return clean.toUtf8();
}

icaltimetype utcTime(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(moment.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype allDay(const QDate &day)
{
    icaltimetype time = icaltime_null_date();
    time.year = day.year();
    time.month = day.month();
    time.day = day.day();
    time.is_date = 1;
    return time;
}

} // namespace

QByteArray ICalendarWriter::write(const QString &name, const QList<Event> &events,
                                  const QDateTime &stamp)
{
    const Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//ClientDesk//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalproperty *calendarName = icalproperty_new_x(text(name).constData());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), calendarName);

    const icaltimetype stamped = utcTime(stamp);
    for (const Event &e : events) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(text(e.uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamped));
        icalcomponent_add_property(
            event, icalproperty_new_dtstart(e.at.isValid() ? utcTime(e.at) : allDay(e.day)));
        icalcomponent_add_property(event, icalproperty_new_summary(text(e.summary).constData()));
        if (!e.description.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_description(text(e.description).constData()));
        if (!e.category.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_categories(text(e.category).constData()));
        // Free: it is something to act on, not time taken out of the day.
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event);
    }

    char *written = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray out(written);
    std::free(written);
    return out;
}

} // namespace cd
