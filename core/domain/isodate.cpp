#include "domain/isodate.h"

#include <QCoreApplication>

namespace cd {

QDate earliestDate()
{
    return QDate(1900, 1, 1);
}

QDate latestDate()
{
    return QDate(2199, 12, 31);
}

bool isWithinDateRange(const QDate &date)
{
    return date.isValid() && date >= earliestDate() && date <= latestDate();
}

QString outOfDateRangeReason(const QDate &date)
{
    return QCoreApplication::translate("cd::IsoDate",
                                       "%1 is outside the dates ClientDesk accepts, %2 to %3")
        .arg(date.toString(Qt::ISODate), earliestDate().toString(Qt::ISODate),
             latestDate().toString(Qt::ISODate));
}

namespace {

/// Reads 'YYYY-MM-DD' from any indexable run of ten characters; false when it is not shaped so.
template<typename At> bool readParts(At at, int *year, int *month, int *day)
{
    if (at(4) != '-' || at(7) != '-')
        return false;
    const auto number = [&at](int from, int count, int *out) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const auto c = at(i);
            if (c < '0' || c > '9')
                return false;
            n = n * 10 + int(c - '0');
        }
        *out = n;
        return true;
    };
    return number(0, 4, year) && number(5, 2, month) && number(8, 2, day);
}

} // namespace

QDate parseIsoDate(QStringView text, bool *wellFormed)
{
    int year = 0, month = 0, day = 0;
    const bool shaped = text.size() == 10
        && readParts([text](int i) { return text.at(i).unicode(); }, &year, &month, &day);
    if (wellFormed)
        *wellFormed = shaped;
    return shaped ? QDate(year, month, day) : QDate(); // invalid for 2026-02-30 and the like
}

QDate parseIsoDatePrefix(const char *text, qsizetype size)
{
    int year = 0, month = 0, day = 0;
    if (!text || size < 10 || !readParts([text](int i) { return text[i]; }, &year, &month, &day))
        return {};
    return QDate(year, month, day);
}

} // namespace cd
