#include "cli/tableoutput.h"

#include "domain/textrules.h"
#include "io/csvwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::cli {

TableOutput::TableOutput(QList<Column> columns) : m_columns(std::move(columns)) { }

void TableOutput::addRow(const QStringList &values)
{
    m_rows.append(values);
}

QString TableOutput::csvField(const QString &value)
{
    // The export's rules, formula guard included: this CSV goes into spreadsheets too.
    return CsvWriter::field(value);
}

QString TableOutput::jsonString(const QString &value)
{
    QString out = u"\""_s;
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            // DEL and C1 too: JSON allows them raw, but a terminal would obey them.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

void TableOutput::write(QTextStream &out, Format format) const
{
    const qsizetype n = m_columns.size();
    switch (format) {
    case Format::Csv: {
        QStringList header;
        for (const Column &c : m_columns)
            header.append(c.name);
        out << header.join(u',') << "\r\n";
        for (const QStringList &row : m_rows) {
            QStringList fields;
            for (qsizetype i = 0; i < n; ++i)
                fields.append(csvField(row.value(i)));
            out << fields.join(u',') << "\r\n";
        }
        break;
    }
    case Format::Json: {
        out << "[";
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            out << (r == 0 ? "\n  {" : ",\n  {");
            for (qsizetype i = 0; i < n; ++i) {
                const QString value = m_rows.at(r).value(i);
                QString json;
                if (m_columns.at(i).kind == Kind::Number) {
                    json = value.isEmpty() ? u"null"_s : value;
                } else if (m_columns.at(i).kind == Kind::TextList) {
                    QStringList items;
                    for (const QString &item : value.split(u'|', Qt::SkipEmptyParts))
                        items.append(jsonString(item));
                    json = u'[' + items.join(u", "_s) + u']';
                } else {
                    json = value.isEmpty() ? u"null"_s : jsonString(value);
                }
                out << (i == 0 ? "" : ", ") << jsonString(m_columns.at(i).name) << ": " << json;
            }
            out << "}";
        }
        out << (m_rows.isEmpty() ? "]\n" : "\n]\n");
        break;
    }
    case Format::Table: {
        // For a terminal: a name from an old database may hold escape sequences (a title, a
        // cleared screen); they are shown, never sent, and the widths count what is shown.
        QList<QStringList> shown;
        shown.reserve(m_rows.size());
        for (const QStringList &row : m_rows) {
            QStringList values;
            for (qsizetype i = 0; i < n; ++i)
                values.append(visibleControlCharacters(row.value(i)));
            shown.append(values);
        }
        QList<qsizetype> widths(n);
        for (qsizetype i = 0; i < n; ++i) {
            widths[i] = m_columns.at(i).name.size();
            for (const QStringList &row : std::as_const(shown))
                widths[i] = std::max(widths[i], row.value(i).size());
        }
        const auto line = [&](const QStringList &values) {
            QString text;
            for (qsizetype i = 0; i < n; ++i) {
                const QString v = values.value(i);
                const bool right = m_columns.at(i).kind == Kind::Number;
                text += right ? v.rightJustified(widths[i]) : v.leftJustified(widths[i]);
                if (i + 1 < n)
                    text += u"  "_s;
            }
            while (text.endsWith(u' '))
                text.chop(1);
            out << text << '\n';
        };
        QStringList header;
        for (const Column &c : m_columns)
            header.append(c.name);
        line(header);
        for (const QStringList &row : std::as_const(shown))
            line(row);
        break;
    }
    }
    out.flush();
}

} // namespace cd::cli
