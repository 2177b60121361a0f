// Time entries written many at a time (the sample portfolio, `clientdesk import time`) and
// what those two read first (TimeLookups).
#include "storage/timebulk.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace bulk {

namespace {

const QString kInsertTime
    = u"INSERT INTO time_entries (entry_date, user_id, account_id, contract_id, "
      "service_request_id, start_time, end_time, minutes, description, billable, rate_minor, "
      "currency, value_minor, converted_minor, state, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

// Rows per PostgreSQL statement.
constexpr int kBatchRows = 5'000;

} // namespace

TimeWriter::TimeWriter(Database &database) : m_db(database) { }

TimeWriter::~TimeWriter()
{
    sqlite3_finalize(m_statement);
}

Status TimeWriter::prepare()
{
    const QSqlDatabase connection = m_db.connection();
    if (m_db.dialect() == Dialect::PostgreSQL)
        return m_batch.prepare(connection, kInsertTime, true);
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return m_batch.prepare(connection, kInsertTime, false);
    m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray sql = kInsertTime.toUtf8();
    if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        return Error {
            tr("Preparing to write failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)))
        };
    }
    return {};
}

void TimeWriter::setCreatedAt(const QDateTime &at)
{
    m_createdAt = at.isValid() ? sql::timestamp(at) : QString();
    m_createdUtf8 = m_createdAt.toUtf8();
}

const QByteArray &TimeWriter::isoDateUtf8(const QDate &date)
{
    auto it = m_dates.find(date.toJulianDay());
    if (it == m_dates.end())
        it = m_dates.insert(date.toJulianDay(), date.toString(Qt::ISODate).toUtf8());
    return *it;
}

const QByteArray &TimeWriter::stampUtf8(const QDate &date)
{
    auto it = m_stamps.find(date.toJulianDay());
    if (it == m_stamps.end())
        it = m_stamps.insert(date.toJulianDay(), isoDateUtf8(date) + "T09:00:00");
    return *it;
}

const QByteArray &TimeWriter::clockUtf8(int minute)
{
    if (m_clocks.isEmpty()) {
        m_clocks.reserve(24 * 60 + 1);
        for (int m = 0; m <= 24 * 60; ++m)
            m_clocks.append(QByteArray::number(m / 60).rightJustified(2, '0') + ':'
                            + QByteArray::number(m % 60).rightJustified(2, '0'));
    }
    static const QByteArray none;
    return minute < 0 || minute > 24 * 60 ? none : m_clocks.at(minute);
}

Status TimeWriter::fastAdd(const TimeEntryRow &row)
{
    static const QByteArray open = QByteArrayLiteral("open");
    static const QByteArray invoiced = QByteArrayLiteral("invoiced");
    sqlite3_stmt *const s = m_statement;
    const QByteArray &date = isoDateUtf8(row.date);
    const QByteArray &created = m_createdAt.isEmpty() ? stampUtf8(row.date) : m_createdUtf8;
    const QByteArray &start = clockUtf8(row.startMinute);
    const QByteArray &end = clockUtf8(row.endMinute);
    const QByteArray description = row.description.toUtf8();
    auto currency = m_currencies.find(row.currency);
    if (currency == m_currencies.end())
        currency = m_currencies.insert(row.currency, row.currency.toUtf8());
    const auto text = [s](int index, const QByteArray &value) {
        if (value.isEmpty())
            sqlite3_bind_null(s, index);
        else
            sqlite3_bind_text(s, index, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    const auto id = [s](int index, std::optional<qint64> value) {
        if (value)
            sqlite3_bind_int64(s, index, *value);
        else
            sqlite3_bind_null(s, index);
    };
    text(1, date);
    sqlite3_bind_int64(s, 2, row.userId);
    sqlite3_bind_int64(s, 3, row.accountId);
    id(4, row.contractId);
    id(5, row.serviceRequestId);
    text(6, start);
    text(7, end);
    sqlite3_bind_int64(s, 8, row.minutes);
    text(9, description);
    sqlite3_bind_int64(s, 10, row.billable ? 1 : 0);
    sqlite3_bind_int64(s, 11, row.rateMinor);
    text(12, *currency);
    sqlite3_bind_int64(s, 13, row.valueMinor);
    id(14, row.convertedMinor);
    text(15, row.invoiced ? invoiced : open);
    text(16, created);
    text(17, created);
    const int result = sqlite3_step(s);
    sqlite3_reset(s);
    if (result != SQLITE_DONE) {
        return Error { tr("Writing a time entry of account %1 failed: %2")
                           .arg(row.accountId)
                           .arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite))) };
    }
    return {};
}

Status TimeWriter::add(const TimeEntryRow &row)
{
    if (m_statement)
        return fastAdd(row);
    const QString created
        = m_createdAt.isEmpty() ? row.date.toString(Qt::ISODate) + u"T09:00:00"_s : m_createdAt;
    m_batch.bindValue(0, sql::date(row.date));
    m_batch.bindValue(1, row.userId);
    m_batch.bindValue(2, row.accountId);
    m_batch.bindValue(3, sql::id(row.contractId));
    m_batch.bindValue(4, sql::id(row.serviceRequestId));
    m_batch.bindValue(5, sql::text(QString::fromUtf8(clockUtf8(row.startMinute))));
    m_batch.bindValue(6, sql::text(QString::fromUtf8(clockUtf8(row.endMinute))));
    m_batch.bindValue(7, row.minutes);
    m_batch.bindValue(8, sql::text(row.description));
    m_batch.bindValue(9, row.billable ? 1 : 0);
    m_batch.bindValue(10, row.rateMinor);
    m_batch.bindValue(11, row.currency);
    m_batch.bindValue(12, row.valueMinor);
    m_batch.bindValue(13, sql::id(row.convertedMinor));
    m_batch.bindValue(14, row.invoiced ? u"invoiced"_s : u"open"_s);
    m_batch.bindValue(15, created);
    m_batch.bindValue(16, created);
    const auto done
        = m_batch.exec(tr("Writing a time entry of account %1").arg(row.accountId), false);
    if (!done)
        return Error { done.error() };
    return m_batch.pending() >= kBatchRows ? m_batch.flush() : Status();
}

Status TimeWriter::flush()
{
    return m_statement ? Status() : m_batch.flush();
}

} // namespace bulk

namespace {

QString importerText(const char *text)
{
    return QCoreApplication::translate("cd::Importer", text);
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

Result<QList<TimeLookups::Person>> TimeLookups::people() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, email, rate_minor, capacity_minutes FROM users ORDER BY id"_s))
        return Database::sqlError(importerText("Reading the people"), q);
    QList<Person> people;
    while (q.next()) {
        const auto capacity = optionalInteger(q.value(4));
        people.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        optionalInteger(q.value(3)),
                        capacity ? std::optional<int>(int(*capacity)) : std::nullopt });
    }
    return people;
}

Result<QList<TimeLookups::ContractTerms>> TimeLookups::contracts() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, account_id, reference, billing_model, status, fee_minor, currency, "
                "start_date, end_date, included_minutes, rollover, overage_rate_minor, "
                "budget_minutes, terminated_on FROM contracts ORDER BY id"_s))
        return Database::sqlError(importerText("Reading the contracts"), q);
    QList<ContractTerms> contracts;
    while (q.next()) {
        ContractTerms c;
        c.id = q.value(0).toLongLong();
        c.accountId = q.value(1).toLongLong();
        c.reference = q.value(2).toString();
        c.billingModel
            = fromCode<BillingModel>(q.value(3).toString()).value_or(BillingModel::Retainer);
        c.status = fromCode<ContractStatus>(q.value(4).toString()).value_or(ContractStatus::Active);
        c.feeMinor = q.value(5).toLongLong();
        c.currency = q.value(6).toString();
        c.start = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.end = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        c.includedMinutes = q.value(9).toInt();
        c.rollover = q.value(10).toInt() != 0;
        c.overageRateMinor = optionalInteger(q.value(11));
        c.budgetMinutes = q.value(12).toInt();
        c.terminatedOn = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        contracts.append(c);
    }
    return contracts;
}

Result<QList<TimeLookups::Request>> TimeLookups::requests() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, account_id FROM service_requests"_s))
        return Database::sqlError(importerText("Reading the service requests"), q);
    QList<Request> requests;
    while (q.next())
        requests.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return requests;
}

Result<QHash<TimeLookups::DayKey, int>> TimeLookups::dayMinutes() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT user_id, entry_date, sum(minutes) FROM time_entries "
                "GROUP BY user_id, entry_date"_s))
        return Database::sqlError(importerText("Reading the time already logged"), q);
    QHash<DayKey, int> minutes;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        minutes.insert({ q.value(0).toLongLong(), day.toJulianDay() }, q.value(2).toInt());
    }
    return minutes;
}

Status TimeLookups::setPersonTime(qint64 userId, std::optional<qint64> rateMinor,
                                  std::optional<int> capacityMinutes)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE users SET rate_minor = ?, capacity_minutes = ? WHERE id = ?"_s);
    q.bindValue(0, sql::id(rateMinor));
    q.bindValue(
        1, capacityMinutes ? QVariant(*capacityMinutes) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(2, userId);
    if (!q.exec())
        return Database::sqlError(importerText("Writing a person's rate"), q);
    return {};
}

Status TimeLookups::setContractTime(qint64 contractId, int includedMinutes, bool rollover,
                                    std::optional<qint64> overageRateMinor, int budgetMinutes)
{
    if (!m_contractUpdate) {
        m_contractUpdate.emplace(m_db.connection());
        if (!m_contractUpdate->prepare(u"UPDATE contracts SET included_minutes = ?, rollover = ?, "
                                       "overage_rate_minor = ?, budget_minutes = ? WHERE id = ?"_s))
            return Database::sqlError(importerText("Writing a contract's hours"),
                                      *m_contractUpdate);
    }
    QSqlQuery &q = *m_contractUpdate;
    const QVariant nullInt(QMetaType::fromType<int>());
    q.bindValue(0, includedMinutes > 0 ? QVariant(includedMinutes) : nullInt);
    q.bindValue(1, rollover ? 1 : 0);
    q.bindValue(2, sql::id(overageRateMinor));
    q.bindValue(3, budgetMinutes > 0 ? QVariant(budgetMinutes) : nullInt);
    q.bindValue(4, contractId);
    if (!q.exec())
        return Database::sqlError(importerText("Writing a contract's hours"), q);
    return {};
}

} // namespace cd
