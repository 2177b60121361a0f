#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

/// The text encodings a CSV file may come in.
enum class TextEncoding {
    Utf8, ///< UTF-8 without a byte order mark
    Utf8Bom, ///< UTF-8 with a byte order mark (as Excel saves "CSV UTF-8")
    Windows1252, ///< not valid UTF-8: read as Windows-1252, with a notice
};

/// One record of a CSV file: its fields and the line of the file it starts on (1-based;
/// a quoted field with line breaks makes a record span several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// A parsed CSV file: the header, the records after it, and what was detected.
struct CsvDocument
{
    QString source; ///< the file name messages name
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::Utf8;
    QStringList header;
    int headerLine = 1;
    QList<CsvRecord> records;
    /// Things the user should know that are not errors (such as a Windows-1252 file).
    QStringList notices;
};

/// Reads RFC 4180 CSV files through libcsv (strict mode): comma or semicolon, quoted fields
/// with delimiters, doubled quotes and line breaks, UTF-8 with or without a BOM, and
/// Windows-1252 for files that are not UTF-8. Blank lines are skipped. The quote CsvWriter
/// puts before a text that would run as a spreadsheet formula is removed (unescapedField()).
///
/// What cannot be read at all (an empty file, binary data, an unbalanced quote, a file too
/// large) comes back as one Error naming the file and the line. Rows with too many or too
/// few fields are returned as they are: checking them against the header is the importer's
/// job, so that every bad row is reported, not just the first.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvReader)

public:
    /// Files above this size are refused rather than read into memory.
    static constexpr qint64 kMaxFileBytes = qint64(512) * 1024 * 1024;

    static Result<CsvDocument> readFile(const QString &path);
    /// Parses bytes already in memory; `source` names them in messages.
    static Result<CsvDocument> parse(const QByteArray &data, const QString &source);

    /// The delimiter of a file: ';' when its first line has more semicolons than commas
    /// outside quotes, else ','.
    static char detectDelimiter(QByteArrayView data);
    /// The encoding of a file from its BOM and whether it is valid UTF-8.
    static TextEncoding detectEncoding(const QByteArray &data);
    /// A field as it was before CsvWriter guarded it against running as a spreadsheet
    /// formula: one leading `'` is removed where the quotes that start the field are followed
    /// by `=`, `+`, `-`, `@`, a tab or a carriage return (`'=1` → `=1`, `''-x` → `'-x`);
    /// any other field (`'s-Hertogenbosch`) stays as it is. Every field read is passed
    /// through it.
    static QString unescapedField(const QString &field);
    /// Decodes Windows-1252 bytes (the ANSI code page of Western European Windows).
    static QString fromWindows1252(const char *bytes, qsizetype size);
};

} // namespace cd
