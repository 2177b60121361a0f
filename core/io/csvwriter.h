#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace cd {

/// Writes RFC 4180 CSV: UTF-8 without a BOM, CRLF line ends, a field quoted when it holds
/// the delimiter, a quote, a line break or surrounding spaces, quotes inside doubled.
///
/// Safe to open in a spreadsheet (OWASP's advice on CSV injection): a text field that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return, possibly after quotes (`'`), gets one
/// more leading `'`, so a spreadsheet shows it as text instead of running it as a formula.
/// A plain number (`-250.00`, `1,234.50`) is written as it is. CsvReader removes that one
/// quote again, so an export imports back unchanged (see CsvReader::unescapedField()).
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvWriter)

public:
    static QString field(const QString &text, char delimiter = ',');
    static QString line(const QStringList &fields, char delimiter = ',');
    /// Whether a text would start a formula in a spreadsheet: its first character after any
    /// leading quotes is `=`, `+`, `-`, `@`, a tab or a carriage return, and it is not a plain
    /// number such as `-250.00`.
    static bool needsFormulaGuard(const QString &text);
    /// Writes the whole file or nothing (see CsvFile): a failure leaves no partial file.
    static Status writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows, char delimiter = ',');
};

/// A CSV file written whole or not at all. Rows go to a uniquely named temporary file beside
/// the target (QSaveFile), which replaces the target only when every byte has been written;
/// the return value of every write is checked, since a write onto a full disk can write part
/// of its bytes without reporting an error. Destroyed without commit(), the temporary file is
/// removed and an older file of that name stays as it was.
class CsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvWriter)

public:
    explicit CsvFile(const QString &path, char delimiter = ',');
    Q_DISABLE_COPY_MOVE(CsvFile)

    /// Creates the temporary file; an error names the file and says why.
    Status open();
    /// Adds one row; a write that fails is reported by flush() or commit().
    void add(const QStringList &fields);
    /// Puts every row added so far into the temporary file (still not at the target's name).
    Status flush();
    /// Flushes, then puts the file in place of the target. After an error nothing is there.
    Status commit();
    /// Removes the temporary file; the target stays as it was.
    void cancel();

private:
    void writeBuffer();
    Status failure() const;

    QString m_path;
    char m_delimiter;
    QSaveFile m_file;
    QString m_buffer;
    QString m_error; ///< the first failed write's reason
};

} // namespace cd
