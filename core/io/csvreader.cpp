#include "io/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <csv.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unused bytes map to
// themselves, as Windows does.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

struct ParseState
{
    TextEncoding encoding = TextEncoding::Utf8;
    QList<CsvRecord> records;
    QStringList fields;
    int line = 1; // the physical line being fed
    int recordLine = 0; // the line the open record started on
    bool recordOpen = false;
};

QString decode(const ParseState &state, const char *bytes, size_t size)
{
    if (state.encoding == TextEncoding::Windows1252)
        return CsvReader::fromWindows1252(bytes, qsizetype(size));
    return QString::fromUtf8(bytes, qsizetype(size));
}

void onField(void *bytes, size_t size, void *data)
{
    auto *state = static_cast<ParseState *>(data);
    state->fields.append(
        CsvReader::unescapedField(decode(*state, static_cast<const char *>(bytes), size)));
}

void onRecordEnd(int, void *data)
{
    auto *state = static_cast<ParseState *>(data);
    state->recordOpen = false;
    // A line of spaces is a blank line, not a record with one empty field.
    if (state->fields.size() == 1 && state->fields.first().isEmpty()) {
        state->fields.clear();
        return;
    }
    state->records.append({ state->recordLine, std::move(state->fields) });
    state->fields = {};
}

bool isBlank(const char *begin, const char *end)
{
    for (const char *p = begin; p != end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
            return false;
    }
    return true;
}

// The 1-based line of a byte offset.
int lineAt(QByteArrayView data, qsizetype offset)
{
    return int(std::count(data.cbegin(), data.cbegin() + offset, '\n')) + 1;
}

} // namespace

QString CsvReader::unescapedField(const QString &field)
{
    // Quotes, then a character that starts a formula: one quote was added by CsvWriter (or a
    // spreadsheet user) to keep the text from running as a formula.
    qsizetype first = 0;
    while (first < field.size() && field.at(first) == u'\'')
        ++first;
    if (first == 0 || first == field.size())
        return field;
    const QChar c = field.at(first);
    const bool formula
        = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    return formula ? field.mid(1) : field;
}

QString CsvReader::fromWindows1252(const char *bytes, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(kWindows1252High[byte - 0x80])
                                               : QChar(char16_t(byte));
    }
    return text;
}

TextEncoding CsvReader::detectEncoding(const QByteArray &data)
{
    if (data.startsWith(kUtf8Bom))
        return TextEncoding::Utf8Bom;
    // Checked a megabyte at a time, each chunk ending before a character that starts there, so
    // a large file is never held twice and a sequence cut off at the very end is an error.
    constexpr qsizetype chunk = 1 << 20;
    const QByteArrayView bytes(data);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    for (qsizetype offset = 0; offset < bytes.size() && !decoder.hasError();) {
        qsizetype length = std::min(chunk, bytes.size() - offset);
        // Back off continuation bytes (10xxxxxx) so the chunk ends between characters.
        for (int back = 0; back < 3 && offset + length < bytes.size()
             && (static_cast<unsigned char>(bytes.at(offset + length)) & 0xC0) == 0x80;
             ++back)
            --length;
        (void)QString(decoder.decode(bytes.sliced(offset, length)));
        offset += length;
    }
    return decoder.hasError() ? TextEncoding::Windows1252 : TextEncoding::Utf8;
}

char CsvReader::detectDelimiter(QByteArrayView data)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

Result<CsvDocument> CsvReader::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error { tr("%1 does not exist.").arg(path) };
    if (QFileInfo(path).isDir())
        return Error { tr("%1 is a folder, not a CSV file.").arg(path) };
    if (file.size() > kMaxFileBytes)
        return Error { tr("%1 is %2 MB; files over %3 MB cannot be imported. Split it into "
                          "smaller files.")
                           .arg(name)
                           .arg(file.size() / (1024 * 1024))
                           .arg(kMaxFileBytes / (1024 * 1024)) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1 cannot be read: %2.").arg(path, file.errorString()) };
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { tr("%1 cannot be read: %2.").arg(path, file.errorString()) };
    return parse(data, name);
}

Result<CsvDocument> CsvReader::parse(const QByteArray &input, const QString &source)
{
    CsvDocument document;
    document.source = source;
    document.encoding = detectEncoding(input);
    // A view past the BOM, not a copy: the file may be large.
    QByteArrayView data(input);
    if (document.encoding == TextEncoding::Utf8Bom)
        data = data.sliced(kUtf8Bom.size());
    if (isBlank(data.cbegin(), data.cend()))
        return Error { tr("%1 is empty: it needs a header line naming the columns.").arg(source) };

    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return Error { tr("%1 is not a CSV text file: line %2 contains binary data.")
                           .arg(source)
                           .arg(lineAt(data, nul)) };
    if (document.encoding == TextEncoding::Windows1252) {
        document.notices.append(tr("%1 is not UTF-8; it was read as Windows-1252 (Western "
                                   "European). Check accented letters in the preview.")
                                    .arg(source));
    }
    document.delimiter = detectDelimiter(data);

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return Error { tr("%1 cannot be read: out of memory.").arg(source) };
    csv_set_delim(&parser, static_cast<unsigned char>(document.delimiter));

    ParseState state;
    state.encoding = document.encoding;
    // Old Mac files end lines with a bare CR.
    const char lineEnd = (data.contains('\n') || !data.contains('\r')) ? '\n' : '\r';
    const char *position = data.cbegin();
    const char *const end = data.cend();
    QString problem;
    while (position != end) {
        const auto *found
            = static_cast<const char *>(std::memchr(position, lineEnd, size_t(end - position)));
        const char *chunkEnd = found ? found + 1 : end;
        if (!state.recordOpen && !isBlank(position, chunkEnd)) {
            state.recordOpen = true;
            state.recordLine = state.line;
        }
        const auto size = size_t(chunkEnd - position);
        if (csv_parse(&parser, position, size, onField, onRecordEnd, &state) != size) {
            problem = csv_error(&parser) == CSV_EPARSE
                ? tr("%1, line %2: a quote is out of place. A field with quotes must be quoted "
                     "as a whole, with each quote inside it doubled (\"\").")
                      .arg(source)
                      .arg(state.line)
                : tr("%1, line %2 cannot be read: %3.")
                      .arg(source)
                      .arg(state.line)
                      .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
            break;
        }
        position = chunkEnd;
        ++state.line;
    }
    if (problem.isEmpty() && csv_fini(&parser, onField, onRecordEnd, &state) != 0) {
        problem = tr("%1, line %2: a quoted field is never closed; a quote is missing.")
                      .arg(source)
                      .arg(state.recordLine);
    }
    csv_free(&parser);
    if (!problem.isEmpty())
        return Error { problem };

    if (state.records.isEmpty())
        return Error { tr("%1 is empty: it needs a header line naming the columns.").arg(source) };
    const CsvRecord header = state.records.takeFirst();
    document.headerLine = header.line;
    for (const QString &name : header.fields)
        document.header.append(name.trimmed());
    document.records = std::move(state.records);
    return document;
}

} // namespace cd
