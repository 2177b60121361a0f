#include "storage/rowreader.h"

#include "domain/isodate.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cd {

RowReader::RowReader(Database &database, Path path) : m_db(database), m_path(path) { }

RowReader::~RowReader()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    PQclear(m_result);
}

Status RowReader::exec(const QString &sql, const QString &what, const QVariantList &values)
{
    m_what = what;
    m_error.clear();
    m_rangeError.clear();
    QSqlDatabase connection = m_db.connection();
    const QVariant handle = connection.driver()->handle();
    if (m_path == Path::Fastest && m_db.dialect() == Dialect::SQLite && handle.isValid()
        && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(sqlite, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
            != SQLITE_OK) {
            return Error {
                tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(sqlite)))
            };
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            const int rc = value.typeId() == QMetaType::QString
                ? sqlite3_bind_text(m_statement, i + 1, value.toString().toUtf8().constData(), -1,
                                    SQLITE_TRANSIENT)
                : sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            if (rc != SQLITE_OK)
                return Error {
                    tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(sqlite)))
                };
        }
        return {};
    }
    if (m_path == Path::Fastest && m_db.dialect() == Dialect::PostgreSQL && handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0
            || qstrcmp(handle.typeName(), "pg_conn*") == 0)) { // Qt 6.4 names it by its struct
        PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
        // Only when Qt has no result of its own still coming on the connection, and not on
        // one that listens for others' changes (ChangeFeed): a notice read by libpq here
        // would wait for the next one before Qt saw it.
        if (pg && PQtransactionStatus(pg) != PQTRANS_ACTIVE
            && connection.driver()->subscribedToNotifications().isEmpty())
            return execServer(pg, sql, what, values);
    }
    m_path = Path::Portable;
    m_query = QSqlQuery(connection);
    // QPSQL reads a forward-only result row by row and loses it when another statement runs
    // on the connection; readers are merged side by side (and run statements in between),
    // so on PostgreSQL the result is fetched whole.
    m_query.setForwardOnly(m_db.dialect() == Dialect::SQLite);
    // numeric (sums, the rollups on a server) as text, not as a double that rounds beyond
    // 2^53: integer() converts it exactly.
    m_query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!m_query.prepare(sql))
        return Database::sqlError(what, m_query);
    for (const QVariant &value : values)
        m_query.addBindValue(value);
    if (!m_query.exec())
        return Database::sqlError(what, m_query);
    return {};
}

Status RowReader::execServer(PGconn *pg, const QString &sql, const QString &what,
                             const QVariantList &values)
{
    // The statement's ? placeholders become $1, $2 … (none stands in a quoted literal).
    QByteArray text;
    const QByteArray utf8 = sql.toUtf8();
    text.reserve(utf8.size() + 8);
    int parameter = 0;
    char quote = 0;
    for (const char c : utf8) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            text += '$' + QByteArray::number(++parameter);
            continue;
        }
        text += c;
    }
    std::vector<QByteArray> bound;
    std::vector<const char *> pointers;
    bound.reserve(size_t(values.size()));
    for (const QVariant &value : values) {
        bound.push_back(value.isNull() ? QByteArray() : value.toString().toUtf8());
        pointers.push_back(value.isNull() ? nullptr : bound.back().constData());
    }
    m_result = PQexecParams(pg, text.constData(), int(pointers.size()), nullptr, pointers.data(),
                            nullptr, nullptr, 0);
    m_path = Path::Fastest;
    m_row = -1;
    m_rows = 0;
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
        const QString message
            = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(pg))
                  .trimmed();
        PQclear(m_result);
        m_result = nullptr;
        return Error { tr("%1 failed: %2").arg(what, message) };
    }
    m_rows = PQntuples(m_result);
    return {};
}

bool RowReader::next()
{
    if (m_path == Path::Portable)
        return m_query.next();
    if (m_result)
        return ++m_row < m_rows;
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step == SQLITE_ERROR
        && qstrcmp(sqlite3_errmsg(sqlite3_db_handle(m_statement)), "integer overflow") == 0)
        m_error = tr("%1 failed: the amounts add up to more than ClientDesk can count exactly; "
                     "run 'clientdesk check' to find the amounts that are too large.")
                      .arg(m_what);
    else if (step != SQLITE_DONE)
        m_error
            = tr("%1 failed: %2")
                  .arg(m_what, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
    return false;
}

Status RowReader::status() const
{
    if (m_path == Path::Portable && m_query.lastError().isValid())
        return Database::sqlError(m_what, m_query);
    if (!m_error.isEmpty())
        return Error { m_error };
    if (!m_rangeError.isEmpty())
        return Error { m_rangeError };
    return {};
}

bool RowReader::isNull(int column) const
{
    if (m_path == Path::Portable)
        return m_query.isNull(column);
    if (m_result)
        return PQgetisnull(m_result, m_row, column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowReader::integer(int column) const
{
    // A sum can be wider than qint64 (PostgreSQL's rollups are numeric; an SQLite file of
    // before version 6 may hold a rollup that turned into a REAL): never clamped or wrapped,
    // it becomes status()'s error and reads as 0.
    const auto outOfRange = [this]() {
        if (m_rangeError.isEmpty())
            m_rangeError = tr("%1 failed: a sum is larger than ClientDesk can count exactly; run "
                              "'clientdesk check' to find the amounts that are too large.")
                               .arg(m_what);
        return qint64(0);
    };
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (m_path == Path::Portable) {
        const QVariant value = m_query.value(column);
        if (value.typeId() == QMetaType::QString) { // numeric, read at high precision
            bool ok = false;
            const qint64 exact = value.toString().toLongLong(&ok);
            if (ok)
                return exact;
            const double rounded = value.toString().toDouble(&ok);
            return ok && rounded > -kLimit && rounded < kLimit ? qint64(std::llround(rounded))
                                                               : outOfRange();
        }
        if (value.typeId() == QMetaType::Double) {
            const double real = value.toDouble();
            return real > -kLimit && real < kLimit ? qint64(std::llround(real)) : outOfRange();
        }
        return value.toLongLong();
    }
    if (m_result) {
        // Text as the server sends it: digits, or t/f for a boolean.
        const char *value = PQgetvalue(m_result, m_row, column);
        if (*value == 't')
            return 1;
        errno = 0;
        const qint64 parsed = std::strtoll(value, nullptr, 10);
        return errno == ERANGE ? outOfRange() : parsed;
    }
    if (sqlite3_column_type(m_statement, column) == SQLITE_FLOAT) {
        const double real = sqlite3_column_double(m_statement, column);
        return real > -kLimit && real < kLimit ? qint64(std::llround(real)) : outOfRange();
    }
    return sqlite3_column_int64(m_statement, column);
}

QDate RowReader::date(int column) const
{
    if (m_path == Path::Portable) {
        const QVariant value = m_query.value(column);
        return value.isNull() ? QDate() : sql::toDate(value.toString().left(10));
    }
    if (m_result) {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        return parseIsoDatePrefix(PQgetvalue(m_result, m_row, column),
                                  PQgetlength(m_result, m_row, column));
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return parseIsoDatePrefix(text, sqlite3_column_bytes(m_statement, column));
}

QString RowReader::text(int column) const
{
    if (m_path == Path::Portable)
        return m_query.value(column).toString();
    if (m_result) {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                                 PQgetlength(m_result, m_row, column));
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView RowReader::bytes(int column) const
{
    if (m_path == Path::Portable) {
        m_bytes = m_query.value(column).toString().toUtf8();
        return m_bytes;
    }
    if (m_result)
        return QByteArrayView(PQgetvalue(m_result, m_row, column),
                              PQgetlength(m_result, m_row, column));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

} // namespace cd
