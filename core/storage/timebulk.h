#pragma once

#include "domain/enums.h"
#include "result.h"
#include "storage/bulkwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class Database;

namespace bulk {

/// One time entry as the sample portfolio and `clientdesk import time` write it: checked,
/// defaulted and valued by the caller (TimeRules), written as given.
struct TimeEntryRow
{
    QDate date;
    qint64 userId = 0;
    qint64 accountId = 0;
    std::optional<qint64> contractId;
    std::optional<qint64> serviceRequestId;
    int startMinute = -1; ///< minutes after midnight; -1: none
    int endMinute = -1; ///< minutes after midnight (after the start); -1: none
    int minutes = 0;
    QString description;
    bool billable = false;
    qint64 rateMinor = 0;
    QString currency;
    qint64 valueMinor = 0;
    std::optional<qint64> convertedMinor;
    bool invoiced = false;
};

/// Writes time entries many at a time, in the caller's transaction: on SQLite through one
/// statement of its C API, on PostgreSQL (batched) as one array per column, unnested by the
/// server (bulk::Statement). Call flush() before anything reads them.
class TimeWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BulkWriter)

public:
    explicit TimeWriter(Database &database);
    ~TimeWriter();
    Q_DISABLE_COPY_MOVE(TimeWriter)

    Status prepare();
    /// Rows from now on are stamped as created at `at` (invalid: 09:00 on their own date).
    void setCreatedAt(const QDateTime &at);
    Status add(const TimeEntryRow &row);
    Status flush();

private:
    Status fastAdd(const TimeEntryRow &row);
    const QByteArray &isoDateUtf8(const QDate &date);
    const QByteArray &stampUtf8(const QDate &date);
    /// "HH:MM" of a minute of the day, made once each.
    const QByteArray &clockUtf8(int minute);

    Database &m_db;
    QString m_createdAt;
    QByteArray m_createdUtf8;
    QHash<qint64, QByteArray> m_dates;
    QHash<qint64, QByteArray> m_stamps;
    QList<QByteArray> m_clocks;
    QHash<QString, QByteArray> m_currencies;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Statement m_batch;
};

} // namespace bulk

/// What the import and the sample portfolio of time read: the people with their default
/// rates, the contracts with what their entries default to, the service requests and the
/// minutes already logged per person and day. Errors name what was being read.
class TimeLookups final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString email;
        std::optional<qint64> rateMinor; ///< in the firm's currency
        std::optional<int> capacityMinutes;
    };
    struct ContractTerms
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QString reference;
        BillingModel billingModel = BillingModel::Retainer;
        ContractStatus status = ContractStatus::Active;
        qint64 feeMinor = 0;
        QString currency;
        QDate start, end, terminatedOn;
        int includedMinutes = 0;
        bool rollover = false;
        std::optional<qint64> overageRateMinor;
        int budgetMinutes = 0;
    };
    struct Request
    {
        qint64 id = 0;
        qint64 accountId = 0;
    };
    struct DayKey
    {
        qint64 userId = 0;
        qint64 julianDay = 0;
        friend bool operator==(const DayKey &, const DayKey &) = default;
    };

    explicit TimeLookups(Database &database) : m_db(database) { }

    Result<QList<Person>> people() const;
    Result<QList<ContractTerms>> contracts() const;
    Result<QList<Request>> requests() const;
    /// The minutes stored per person and day.
    Result<QHash<DayKey, int>> dayMinutes() const;

    /// The sample's time settings, in the caller's transaction.
    Status setPersonTime(qint64 userId, std::optional<qint64> rateMinor,
                         std::optional<int> capacityMinutes);
    Status setContractTime(qint64 contractId, int includedMinutes, bool rollover,
                           std::optional<qint64> overageRateMinor, int budgetMinutes);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_contractUpdate; ///< prepared once, run per contract
};

inline size_t qHash(const TimeLookups::DayKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.userId, key.julianDay);
}

} // namespace cd
