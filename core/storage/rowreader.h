#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace cd {

class Database;

/// Reads the rows of one SELECT for scans of tens of thousands of
/// rows. On SQLite it steps the statement through the C API on Qt's own connection:
/// QSqlQuery::value() costs about a microsecond per value (a QVariant, text converted to
/// UTF-16), which is most of such a scan. On PostgreSQL it runs the statement through libpq
/// on Qt's connection and reads the server's text in place (QPSQL makes a QVariant of every
/// value, which made the Analytics area's rollup read four times slower than on SQLite),
/// except on a connection that listens for notifications.
/// Otherwise, or when asked, it reads through QSqlQuery; tests hold both paths to the same
/// results.
class RowReader final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RowReader)

public:
    enum class Path { Fastest, Portable };

    explicit RowReader(Database &database, Path path = Path::Fastest);
    ~RowReader();
    Q_DISABLE_COPY_MOVE(RowReader)

    /// Prepares and starts `sql`; `what` begins the error message ("Reading the pipeline").
    /// `values` are bound in order to the statement's `?` placeholders (text or integers).
    Status exec(const QString &sql, const QString &what, const QVariantList &values = {});
    /// The next row; false at the end or on an error (see status()).
    bool next();
    /// After the last next(): an error met while stepping, or success.
    Status status() const;

    bool isNull(int column) const;
    /// The value as an integer; a value beyond qint64 reads as 0 and makes status() an error.
    qint64 integer(int column) const;
    /// An ISO date ('YYYY-MM-DD', or the date part of a timestamp); null for NULL or junk.
    QDate date(int column) const;
    QString text(int column) const;
    /// The value as UTF-8 bytes, valid until the next call; for comparing without converting.
    QByteArrayView bytes(int column) const;

private:
    Status execServer(pg_conn *pg, const QString &sql, const QString &what,
                      const QVariantList &values);

    Database &m_db;
    Path m_path;
    sqlite3_stmt *m_statement = nullptr;
    pg_result *m_result = nullptr; ///< on PostgreSQL, the whole result
    int m_row = -1;
    int m_rows = 0;
    QSqlQuery m_query;
    QString m_what;
    QString m_error;
    mutable QByteArray m_bytes; ///< the portable path's bytes()
    mutable QString m_rangeError; ///< integer() met a value beyond qint64
};

} // namespace cd
