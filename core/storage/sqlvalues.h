#pragma once

#include "domain/isodate.h"
#include "result.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Conversions between domain values and the columns of resources/sql: dates are ISO text
// 'YYYY-MM-DD', timestamps 'YYYY-MM-DDTHH:MM:SS' (local time, to the second), empty text
// and absent ids are NULL. Shared by the repositories; not part of core's public API.
namespace cd::sql {

/// An integer or a sum read exactly: PostgreSQL's sums and rollups are numeric and come as
/// text on a query set to QSql::HighPrecision. nullopt for a value beyond qint64.
inline std::optional<qint64> exactInteger(const QVariant &value)
{
    bool ok = true;
    const qint64 n = value.typeId() == QMetaType::QString ? value.toString().toLongLong(&ok)
                                                          : value.toLongLong(&ok);
    if (value.typeId() == QMetaType::Double)
        ok = value.toDouble() > -9223372036854775808.0 && value.toDouble() < 9223372036854775808.0;
    return ok || value.isNull() ? std::optional<qint64>(n) : std::nullopt;
}

inline QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// Trimmed text, or NULL when nothing is left.
inline QVariant text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? nullString() : QVariant(trimmed);
}

/// An INSERT written with "(id, " first in its columns and "(:id, " in its values, for a row
/// stored again with its own id (undo); for a new row (id 0) both are left out and the
/// database numbers it (PostgreSQL refuses a NULL id). Bind :id only when id > 0.
inline QString insertWithId(QString insert, qint64 id)
{
    if (id <= 0) {
        insert.replace(u"(id, "_qs, u"("_qs);
        insert.replace(u"(:id, "_qs, u"("_qs);
    }
    return insert;
}

inline QVariant id(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : nullString();
}

inline QString timestamp(const QDateTime &value)
{
    return value.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

inline QString now()
{
    return timestamp(QDateTime::currentDateTime());
}

/// A date column. 'YYYY-MM-DD' is read by hand (parseIsoDate: a list of thousands of rows
/// spent most of its time in QDate::fromString); anything else the way Qt reads ISO dates.
inline QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    const QDate date = parseIsoDate(text);
    return date.isValid() ? date : QDate::fromString(text, Qt::ISODate);
}

/// A timestamp column: 'YYYY-MM-DDTHH:MM:SS' by hand, local time; anything else the way Qt
/// reads ISO timestamps.
inline QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 19 && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':') {
        const auto digits = [&text](int at) {
            const QChar a = text.at(at), b = text.at(at + 1);
            if (a < u'0' || a > u'9' || b < u'0' || b > u'9')
                return -1;
            return (a.unicode() - u'0') * 10 + (b.unicode() - u'0');
        };
        const QDate date = parseIsoDate(QStringView(text).left(10));
        const QTime time(digits(11), digits(14), digits(17));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

inline std::optional<qint64> toId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

/// A LIKE pattern (with ESCAPE '\\') matching text that contains `text`, any case: the
/// caller compares it with lower(column).
inline QString containsPattern(const QString &text)
{
    QString escaped;
    for (QChar c : text.trimmed().toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

/// Runs a prepared query; on failure the error names `what` and the driver's reason.
inline Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Database::sqlError(what, query);
    return {};
}

/// Runs a prepared `SELECT count(*) …` and returns the count.
inline Result<qint64> count(QSqlQuery &query, const QString &what)
{
    if (!query.exec() || !query.next())
        return Database::sqlError(what, query);
    return query.value(0).toLongLong();
}

/// The copy of a date/time as the database keeps it: local time, whole seconds.
inline QDateTime toSeconds(const QDateTime &value)
{
    return toDateTime(timestamp(value));
}

} // namespace cd::sql
