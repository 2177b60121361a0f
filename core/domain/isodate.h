#pragma once

#include <QDate>
#include <QStringView>

namespace cd {

/// 'YYYY-MM-DD' as a date: exactly ten characters, ASCII digits and two hyphens. QDate() for
/// any other text and for days the calendar does not have (2026-02-30); \a wellFormed, when
/// given, tells the two apart. Dates in the database, in files and on the command line are
/// all read through here (or the byte version below).
QDate parseIsoDate(QStringView text, bool *wellFormed = nullptr);

/// The same for UTF-8 bytes that start with 'YYYY-MM-DD' (a date or a timestamp), as the
/// SQLite C API hands them over; \a size may be larger than ten.
QDate parseIsoDatePrefix(const char *text, qsizetype size);

} // namespace cd
