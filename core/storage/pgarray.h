#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

// The text form of a PostgreSQL array, which a bulk write binds as one value per column and
// the server unnests (BulkWriter, DatabaseCopy, RevenueRollupBatch): elements separated by
// commas between braces, NULL unquoted, anything else quoted with " and \ escaped.
namespace cd::pgarray {

/// Appends `text` quoted, as an element.
inline void appendQuoted(QString &array, QStringView text)
{
    array.reserve(array.size() + text.size() + 2);
    array += u'"';
    for (const QChar ch : text) {
        if (ch == u'"' || ch == u'\\')
            array += u'\\';
        array += ch;
    }
    array += u'"';
}

/// Appends a bound value as an element: NULL, a number as is, bytes in bytea's hex form,
/// anything else quoted. For a boolean column an integer (SQLite's 0/1) becomes f/t.
inline void appendValue(QString &array, const QVariant &value, bool booleanColumn = false)
{
    if (value.isNull()) {
        array += QStringLiteral("NULL");
        return;
    }
    if (booleanColumn) {
        array += value.toLongLong() != 0 ? u't' : u'f';
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        array += value.toString();
        return;
    case QMetaType::Bool:
        array += value.toBool() ? u'1' : u'0';
        return;
    case QMetaType::Double:
        array += QString::number(value.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray: // its backslash escaped for the array
        array
            += QStringLiteral("\"\\\\x") + QString::fromLatin1(value.toByteArray().toHex()) + u'"';
        return;
    default:
        break;
    }
    appendQuoted(array, value.toString());
}

} // namespace cd::pgarray
