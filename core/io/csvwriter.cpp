#include "io/csvwriter.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr qsizetype kBufferChars = 1 << 20;

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// "-250.00", "-1,234.50", "-3.5 %", "-1 234,50": a minus, then digits with the separators
// and the percent sign numbers are shown with. Nothing in it can call a function or refer
// to a cell, so a spreadsheet may take it as the number it is.
bool isPlainNumber(const QString &text)
{
    bool digit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 0x80)
            digit = true;
        else if (!(c == u'-' && i == 0) && c != u'.' && c != u',' && c != u' ' && c != QChar(0x00A0)
                 && c != QChar(0x202F) && c != u'%')
            return false;
    }
    return digit;
}

} // namespace

bool CsvWriter::needsFormulaGuard(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && text.at(first) == u'\'')
        ++first;
    if (first == text.size() || !startsFormula(text.at(first)))
        return false;
    return first > 0 || !isPlainNumber(text);
}

QString CsvWriter::field(const QString &value, char delimiter)
{
    const QString text = needsFormulaGuard(value) ? u'\'' + value : value;
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
    CsvFile file(path, delimiter);
    if (const Status ok = file.open(); !ok)
        return ok;
    file.add(header);
    for (const QStringList &row : rows)
        file.add(row);
    return file.commit();
}

CsvFile::CsvFile(const QString &path, char delimiter)
    : m_path(path), m_delimiter(delimiter), m_file(path)
{ }

Status CsvFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return Error { tr("%1 cannot be written: %2.")
                           .arg(QDir::toNativeSeparators(m_path), m_file.errorString()) };
    }
    return {};
}

void CsvFile::add(const QStringList &fields)
{
    m_buffer += CsvWriter::line(fields, m_delimiter);
    if (m_buffer.size() > kBufferChars)
        writeBuffer();
}

void CsvFile::writeBuffer()
{
    if (m_buffer.isEmpty() || !m_error.isEmpty()) {
        m_buffer.clear();
        return;
    }
    // QIODevice::write() returns how many bytes it wrote: on a full disk that can be fewer
    // than asked without any error being set, and QSaveFile::commit() would then put a
    // truncated file in place. So a short write is a failure here.
    const QByteArray bytes = m_buffer.toUtf8();
    m_buffer.clear();
    if (m_file.write(bytes) != bytes.size()) {
        m_error = m_file.error() == QFileDevice::NoError
            ? tr("only part of it could be written (the disk may be full)")
            : m_file.errorString();
    }
}

Status CsvFile::failure() const
{
    return Error { tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(m_path), m_error) };
}

Status CsvFile::flush()
{
    writeBuffer();
    if (m_error.isEmpty() && !m_file.flush())
        m_error = m_file.errorString();
    if (!m_error.isEmpty()) {
        m_file.cancelWriting();
        return failure();
    }
    return {};
}

Status CsvFile::commit()
{
    if (const Status ok = flush(); !ok)
        return ok;
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return failure();
    }
    return {};
}

void CsvFile::cancel()
{
    m_buffer.clear();
    m_file.cancelWriting();
}

} // namespace cd
