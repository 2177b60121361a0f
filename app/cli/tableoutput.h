#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

/// Rows of text printed as an aligned table, as RFC 4180 CSV, or as a JSON array of objects.
/// Numbers for JSON are given as text (exact decimal digits, never through a double). The
/// table shows control characters visibly (ESC as "^["); JSON escapes them; CSV keeps the
/// data as it is, so that it imports back unchanged.
class TableOutput final
{
public:
    enum class Format { Table, Csv, Json };
    enum class Kind { Text, Number, TextList };

    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
    };

    explicit TableOutput(QList<Column> columns);

    /// One row: one value per column; a TextList value is its items joined by '|'.
    void addRow(const QStringList &values);
    void write(QTextStream &out, Format format) const;

    static QString csvField(const QString &value);
    static QString jsonString(const QString &value);

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace cd::cli
