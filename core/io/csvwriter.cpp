#include "io/csvwriter.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cd {

QString CsvWriter::field(const QString &text, char delimiter)
{
    const bool plain = !text.contains(QLatin1Char(delimiter)) && !text.contains(u'"')
        && !text.contains(u'\n') && !text.contains(u'\r')
        && (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()));
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::line(const QStringList &fields, char delimiter)
{
    QString result;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            result.append(QLatin1Char(delimiter));
        result.append(field(fields.at(i), delimiter));
    }
    result.append(u"\r\n"_s);
    return result;
}

Status CsvWriter::writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows, char delimiter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("%1 cannot be written: %2.").arg(path, file.errorString()) };
    QString chunk = line(header, delimiter);
    for (const QStringList &row : rows) {
        chunk += line(row, delimiter);
        if (chunk.size() > 1 << 20) {
            file.write(chunk.toUtf8());
            chunk.clear();
        }
    }
    file.write(chunk.toUtf8());
    if (!file.commit())
        return Error { tr("%1 cannot be written: %2.").arg(path, file.errorString()) };
    return {};
}

} // namespace cd
