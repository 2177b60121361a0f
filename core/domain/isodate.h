#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace cd {

/// The first and the last day ClientDesk accepts in any date it is given (a file, the command
/// line, a dialog, a repository's validate()): 1900-01-01 to 2199-12-31. Wide enough for any
/// client's history and contract, narrow enough that a slip such as 9999-12-31 is caught
/// instead of filling a monthly report with 96,000 empty months.
QDate earliestDate();
QDate latestDate();
/// True for a valid date between earliestDate() and latestDate(), both included.
bool isWithinDateRange(const QDate &date);
/// "2024-03-31 is outside the dates ClientDesk accepts, 1900-01-01 to 2199-12-31" (no full
/// stop: callers put it into a sentence or after "LINE: column: ").
QString outOfDateRangeReason(const QDate &date);

/// 'YYYY-MM-DD' as a date: exactly ten characters, ASCII digits and two hyphens. QDate() for
/// any other text and for days the calendar does not have (2026-02-30); \a wellFormed, when
/// given, tells the two apart. Dates in the database, in files and on the command line are
/// all read through here (or the byte version below).
QDate parseIsoDate(QStringView text, bool *wellFormed = nullptr);

/// The same for UTF-8 bytes that start with 'YYYY-MM-DD' (a date or a timestamp), as the
/// SQLite C API hands them over; \a size may be larger than ten.
QDate parseIsoDatePrefix(const char *text, qsizetype size);

} // namespace cd
