#include "storage/timestore.h"

#include "domain/isodate.h"
#include "storage/database.h"
#include "storage/pgarray.h"
#include "storage/sqlvalues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr qsizetype kBatch = 5000;

const QString kColumns
    = u"e.id, e.entry_date, e.user_id, e.account_id, e.contract_id, e.service_request_id, "
      "e.start_time, e.end_time, e.minutes, e.description, e.billable, e.rate_minor, "
      "e.currency, e.value_minor, e.converted_minor, e.state, e.invoice_id, e.created_at, "
      "e.updated_at, e.row_version"_s;
constexpr int kColumnCount = 20;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant clock(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(u"HH:mm"_s)) : sql::nullString();
}

QTime toClock(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), u"HH:mm"_s);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

TimeEntry readEntry(const QSqlQuery &q)
{
    TimeEntry e;
    e.id = q.value(0).toLongLong();
    e.date = sql::toDate(q.value(1));
    e.userId = q.value(2).toLongLong();
    e.accountId = q.value(3).toLongLong();
    e.contractId = q.value(4).toLongLong();
    e.serviceRequestId = q.value(5).toLongLong();
    e.start = toClock(q.value(6));
    e.end = toClock(q.value(7));
    e.minutes = q.value(8).toInt();
    e.description = q.value(9).toString();
    e.billable = q.value(10).toInt() != 0;
    e.rate = Money(q.value(11).toLongLong(), q.value(12).toString());
    e.valueMinor = q.value(13).toLongLong();
    e.convertedMinor = toOptional(q.value(14));
    e.state = timeStateFromCode(q.value(15).toString()).value_or(TimeState::Open);
    e.invoiceId = q.value(16).toLongLong();
    e.createdAt = sql::toDateTime(q.value(17));
    e.updatedAt = sql::toDateTime(q.value(18));
    e.rowVersion = q.value(19).toInt();
    return e;
}

void bindEntry(QSqlQuery &q, const TimeEntry &e)
{
    q.bindValue(u":date"_s, iso(e.date));
    q.bindValue(u":user"_s, e.userId);
    q.bindValue(u":account"_s, e.accountId);
    q.bindValue(u":contract"_s, optionalId(e.contractId));
    q.bindValue(u":request"_s, optionalId(e.serviceRequestId));
    q.bindValue(u":start"_s, clock(e.start));
    q.bindValue(u":end"_s, e.start.isValid() ? clock(e.end) : sql::nullString());
    q.bindValue(u":minutes"_s, e.minutes);
    q.bindValue(u":description"_s, sql::text(e.description));
    q.bindValue(u":billable"_s, e.billable ? 1 : 0);
    q.bindValue(u":rate"_s, e.rate.minorUnits());
    q.bindValue(u":currency"_s, e.rate.currency());
    q.bindValue(u":value"_s, e.valueMinor);
    q.bindValue(u":converted"_s, sql::id(e.convertedMinor));
    q.bindValue(u":state"_s, timeStateCode(e.state));
    q.bindValue(u":invoice"_s, optionalId(e.invoiceId));
}

/// The minute of the day an entry starts and the one it ends (start + minutes); nullopt
/// without a start.
struct Span
{
    qint64 id;
    qint64 userId;
    QDate date;
    int from;
    int to;
};

/// The ids among `spans` that overlap another span of the same person and day.
QSet<qint64> overlappingIds(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.userId, a.date, a.from, a.id) < std::tie(b.userId, b.date, b.from, b.id);
    });
    QSet<qint64> ids;
    for (qsizetype i = 0; i < spans.size();) {
        // One person's day: each span overlaps the one reaching furthest before it when it
        // starts before that one ends.
        qsizetype j = i;
        qsizetype furthest = i;
        for (++j; j < spans.size() && spans.at(j).userId == spans.at(i).userId
             && spans.at(j).date == spans.at(i).date;
             ++j) {
            if (spans.at(j).from < spans.at(furthest).to) {
                ids.insert(spans.at(j).id);
                ids.insert(spans.at(furthest).id);
            }
            if (spans.at(j).to > spans.at(furthest).to)
                furthest = j;
        }
        i = j;
    }
    return ids;
}

/// Runs a write; the database's refusal of an invoiced entry (the trigger of migration 9,
/// whose PostgreSQL context also names a "locked" function) becomes the sentence.
Status execWrite(QSqlQuery &q, const QString &what, const QDate &date)
{
    if (q.exec())
        return {};
    if (TimeStore::isLockedError(q.lastError().text()))
        return Error { TimeStore::lockedSentence(date) };
    return Database::sqlError(what, q);
}

} // namespace

QString TimeStore::lockedSentence(const QDate &date)
{
    return tr("The time entry of %1 is invoiced and cannot be changed or deleted.").arg(iso(date));
}

bool TimeStore::isLockedError(const QString &driverText)
{
    return driverText.contains(u"ClientDesk: invoiced time entry"_s);
}

Result<qint64> TimeStore::insert(const TimeEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO time_entries (entry_date, user_id, account_id, contract_id, "
              "service_request_id, start_time, end_time, minutes, description, billable, "
              "rate_minor, currency, value_minor, converted_minor, state, invoice_id, "
              "created_at, updated_at, row_version) VALUES (:date, :user, :account, :contract, "
              ":request, :start, :end, :minutes, :description, :billable, :rate, :currency, "
              ":value, :converted, :state, :invoice, :now, :now, 1)"_s);
    bindEntry(q, e);
    q.bindValue(u":now"_s, sql::now());
    if (Status ok = sql::exec(q, tr("Saving the time entry of %1 failed").arg(iso(e.date))); !ok)
        return Error { ok.error() };
    return q.lastInsertId().toLongLong();
}

Status TimeStore::update(const TimeEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE time_entries SET entry_date = :date, user_id = :user, "
              "account_id = :account, contract_id = :contract, service_request_id = :request, "
              "start_time = :start, end_time = :end, minutes = :minutes, "
              "description = :description, billable = :billable, rate_minor = :rate, "
              "currency = :currency, value_minor = :value, converted_minor = :converted, "
              "state = :state, invoice_id = :invoice, updated_at = :now, "
              "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    bindEntry(q, e);
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, e.id);
    q.bindValue(u":version"_s, e.rowVersion);
    if (Status ok = execWrite(q, tr("Saving the time entry of %1 failed").arg(iso(e.date)), e.date);
        !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error { tr("Someone else changed the time entry of %1 since you opened it; "
                          "reload it and try again.")
                           .arg(iso(e.date)),
                       true };
    return {};
}

Result<bool> TimeStore::remove(qint64 id, const QDate &date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM time_entries WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = execWrite(q, tr("Deleting time entry %1 failed").arg(id), date); !ok)
        return Error { ok.error() };
    return q.numRowsAffected() > 0;
}

Result<TimeEntry> TimeStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM time_entries e WHERE e.id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading time entry %1 failed").arg(id), q);
    if (!q.next())
        return Error { tr("There is no time entry with id %1.").arg(id) };
    return readEntry(q);
}

Status TimeStore::setState(const QList<qint64> &ids, TimeState state, qint64 invoiceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE time_entries SET state = :state, invoice_id = :invoice, "
              "updated_at = :now, row_version = row_version + 1 WHERE id = :id"_s);
    for (const qint64 id : ids) {
        q.bindValue(u":state"_s, timeStateCode(state));
        q.bindValue(u":invoice"_s,
                    state == TimeState::Invoiced ? optionalId(invoiceId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(u":now"_s, sql::now());
        q.bindValue(u":id"_s, id);
        if (Status ok = sql::exec(q, tr("Marking time entry %1 failed").arg(id)); !ok)
            return ok;
        // On a server, row-level security skips an entry the user may not change, silently.
        if (q.numRowsAffected() != 1)
            return Error { tr("Time entry %1 cannot be marked %2: it is gone, or on a server it "
                              "is someone else's that you may not change.")
                               .arg(id)
                               .arg(timeStateCode(state)) };
    }
    return {};
}

Result<QList<TimeEntryRow>> TimeStore::list(const TimeFilter &f) const
{
    // Fixed fragments, each with bound values only.
    QStringList where;
    QVariantMap values;
    if (f.from.isValid()) {
        where.append(u"e.entry_date >= :from"_s);
        values.insert(u":from"_s, iso(f.from));
    }
    if (f.to.isValid()) {
        where.append(u"e.entry_date <= :to"_s);
        values.insert(u":to"_s, iso(f.to));
    }
    if (f.userId > 0) {
        where.append(u"e.user_id = :user"_s);
        values.insert(u":user"_s, f.userId);
    }
    if (f.accountId > 0) {
        where.append(u"e.account_id = :account"_s);
        values.insert(u":account"_s, f.accountId);
    }
    if (f.contractId > 0) {
        where.append(u"e.contract_id = :contract"_s);
        values.insert(u":contract"_s, f.contractId);
    }
    if (f.billable) {
        where.append(u"e.billable = :billable"_s);
        values.insert(u":billable"_s, *f.billable ? 1 : 0);
    }
    if (f.state) {
        where.append(u"e.state = :state"_s);
        values.insert(u":state"_s, timeStateCode(*f.state));
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns
              + u", u.name, a.name, c.reference, r.title FROM time_entries e "
                "LEFT JOIN users u ON u.id = e.user_id "
                "LEFT JOIN accounts a ON a.id = e.account_id "
                "LEFT JOIN contracts c ON c.id = e.contract_id "
                "LEFT JOIN service_requests r ON r.id = e.service_request_id"_s
              + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
              + u" ORDER BY e.entry_date, u.name, coalesce(e.start_time, ''), e.id"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return Database::sqlError(tr("Reading the time entries failed"), q);
    QList<TimeEntryRow> rows;
    QSet<qint64> users;
    while (q.next()) {
        TimeEntryRow row;
        row.entry = readEntry(q);
        row.userName = q.value(kColumnCount).toString();
        row.accountName = q.value(kColumnCount + 1).toString();
        row.contractReference = q.value(kColumnCount + 2).toString();
        row.serviceRequestTitle = q.value(kColumnCount + 3).toString();
        users.insert(row.entry.userId);
        rows.append(std::move(row));
    }
    q.finish();
    if (rows.isEmpty())
        return rows;

    // The overlaps: every timed entry of the same people in the period (on other accounts
    // too), in one read, compared in memory.
    QStringList spanWhere { u"start_time IS NOT NULL"_s };
    QVariantMap spanValues;
    if (f.from.isValid()) {
        spanWhere.append(u"entry_date >= :from"_s);
        spanValues.insert(u":from"_s, iso(f.from));
    }
    if (f.to.isValid()) {
        spanWhere.append(u"entry_date <= :to"_s);
        spanValues.insert(u":to"_s, iso(f.to));
    }
    if (users.size() == 1) {
        spanWhere.append(u"user_id = :user"_s);
        spanValues.insert(u":user"_s, *users.cbegin());
    }
    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    s.prepare(u"SELECT id, user_id, entry_date, start_time, minutes FROM time_entries WHERE "_s
              + spanWhere.join(u" AND "_s));
    for (auto it = spanValues.cbegin(); it != spanValues.cend(); ++it)
        s.bindValue(it.key(), it.value());
    if (!s.exec())
        return Database::sqlError(tr("Reading the time entries failed"), s);
    QList<Span> spans;
    while (s.next()) {
        const QTime start = toClock(s.value(3));
        const int from = start.hour() * 60 + start.minute();
        spans.append({ s.value(0).toLongLong(), s.value(1).toLongLong(), sql::toDate(s.value(2)),
                       from, from + s.value(4).toInt() });
    }
    const QSet<qint64> overlapping = overlappingIds(std::move(spans));
    for (TimeEntryRow &row : rows)
        row.overlaps = overlapping.contains(row.entry.id);
    return rows;
}

Result<QList<TimeWeekRow>> TimeStore::week(qint64 userId, const QDate &monday) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.account_id, a.name, e.contract_id, c.reference, e.entry_date, "
              "sum(e.minutes) FROM time_entries e "
              "LEFT JOIN accounts a ON a.id = e.account_id "
              "LEFT JOIN contracts c ON c.id = e.contract_id "
              "WHERE e.user_id = :user AND e.entry_date >= :from AND e.entry_date < :until "
              "GROUP BY e.account_id, a.name, e.contract_id, c.reference, e.entry_date"_s);
    q.bindValue(u":user"_s, userId);
    q.bindValue(u":from"_s, iso(monday));
    q.bindValue(u":until"_s, iso(monday.addDays(7)));
    if (!q.exec())
        return Database::sqlError(tr("Reading the week of %1 failed").arg(iso(monday)), q);
    QList<TimeWeekRow> rows;
    QHash<std::pair<qint64, qint64>, qsizetype> index;
    while (q.next()) {
        const std::pair<qint64, qint64> key { q.value(0).toLongLong(), q.value(2).toLongLong() };
        auto it = index.find(key);
        if (it == index.end()) {
            TimeWeekRow row;
            row.accountId = key.first;
            row.accountName = q.value(1).toString();
            row.contractId = key.second;
            row.contractReference = q.value(3).toString();
            rows.append(row);
            it = index.insert(key, rows.size() - 1);
        }
        const qint64 day = monday.daysTo(sql::toDate(q.value(4)));
        if (day >= 0 && day < 7)
            rows[*it].minutes[size_t(day)] += int(q.value(5).toLongLong());
    }
    std::sort(rows.begin(), rows.end(), [](const TimeWeekRow &a, const TimeWeekRow &b) {
        const int byName = QString::localeAwareCompare(a.accountName, b.accountName);
        if (byName != 0)
            return byName < 0;
        return std::tie(a.contractReference, a.contractId)
            < std::tie(b.contractReference, b.contractId);
    });
    return rows;
}

Result<QList<TimeEntry>> TimeStore::dayEntries(qint64 userId, const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM time_entries e WHERE e.user_id = :user AND e.entry_date = :day "
                "ORDER BY coalesce(e.start_time, ''), e.id"_s);
    q.bindValue(u":user"_s, userId);
    q.bindValue(u":day"_s, iso(day));
    if (!q.exec())
        return Database::sqlError(tr("Reading the time of %1 failed").arg(iso(day)), q);
    QList<TimeEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

Result<qint64> TimeStore::dayMinutes(qint64 userId, const QDate &day, qint64 exceptId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE user_id = :user "
              "AND entry_date = :day AND id <> :except"_s);
    q.bindValue(u":user"_s, userId);
    q.bindValue(u":day"_s, iso(day));
    q.bindValue(u":except"_s, exceptId);
    return sql::count(q, tr("Reading the time of %1 failed").arg(iso(day)));
}

Result<QHash<QDate, qint64>> TimeStore::contractMinutesPerMonth(qint64 contractId,
                                                                const QDate &fromMonth,
                                                                const QDate &toMonth) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT substr(entry_date, 1, 7), sum(minutes) FROM time_entries "
              "WHERE contract_id = :contract AND entry_date >= :from AND entry_date < :until "
              "GROUP BY substr(entry_date, 1, 7)"_s);
    q.bindValue(u":contract"_s, contractId);
    q.bindValue(u":from"_s, iso(fromMonth));
    q.bindValue(u":until"_s, iso(toMonth.addMonths(1)));
    if (!q.exec())
        return Database::sqlError(tr("Reading the time of contract %1 failed").arg(contractId), q);
    QHash<QDate, qint64> minutes;
    while (q.next())
        minutes.insert(parseIsoDate(QString(q.value(0).toString() + u"-01"_s)),
                       q.value(1).toLongLong());
    return minutes;
}

Result<qint64> TimeStore::contractMinutesUntil(qint64 contractId, const QDate &until) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(sum(minutes), 0) FROM time_entries "
              "WHERE contract_id = :contract AND entry_date <= :until"_s);
    q.bindValue(u":contract"_s, contractId);
    q.bindValue(u":until"_s, iso(until));
    return sql::count(q, tr("Reading the time of contract %1 failed").arg(contractId));
}

Result<QList<TimeStore::ContractTime>> TimeStore::trackedContracts(const QDate &lastMonth) const
{
    const QString until = iso(lastMonth.addMonths(1));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.account_id, a.name, c.reference, c.billing_model, "
              "c.included_minutes, c.rollover, c.budget_minutes, c.start_date FROM contracts c "
              "LEFT JOIN accounts a ON a.id = c.account_id WHERE c.status = 'active' AND "
              "((c.billing_model = 'retainer' AND c.included_minutes IS NOT NULL) "
              "OR (c.billing_model = 'fixed' AND c.budget_minutes IS NOT NULL)) ORDER BY c.id"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the contracts with hours failed"), q);
    QList<ContractTime> contracts;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ContractTime c;
        c.contractId = q.value(0).toLongLong();
        c.accountId = q.value(1).toLongLong();
        c.accountName = q.value(2).toString();
        c.reference = q.value(3).toString();
        c.retainer = q.value(4).toString() == u"retainer"_s;
        c.includedMinutes = q.value(5).toInt();
        c.rollover = q.value(6).toInt() != 0;
        c.budgetMinutes = q.value(7).toInt();
        c.start = sql::toDate(q.value(8));
        index.insert(c.contractId, contracts.size());
        contracts.append(c);
    }
    q.finish();
    if (contracts.isEmpty())
        return contracts;
    // One grouped read over the entries of these contracts.
    q.prepare(u"SELECT e.contract_id, substr(e.entry_date, 1, 7), sum(e.minutes) "
              "FROM time_entries e JOIN contracts c ON c.id = e.contract_id "
              "WHERE c.status = 'active' AND e.entry_date < :until AND "
              "((c.billing_model = 'retainer' AND c.included_minutes IS NOT NULL) "
              "OR (c.billing_model = 'fixed' AND c.budget_minutes IS NOT NULL)) "
              "GROUP BY e.contract_id, substr(e.entry_date, 1, 7)"_s);
    q.bindValue(u":until"_s, until);
    if (!q.exec())
        return Database::sqlError(tr("Reading the contracts with hours failed"), q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        ContractTime &c = contracts[*it];
        const qint64 minutes = q.value(2).toLongLong();
        c.minutesPerMonth.insert(parseIsoDate(QString(q.value(1).toString() + u"-01"_s)), minutes);
        c.totalMinutes += minutes;
    }
    return contracts;
}

Result<std::optional<RunningTimer>> TimeStore::timer(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT user_id, started_at, account_id, contract_id, service_request_id, "
              "description FROM running_timers WHERE user_id = :user"_s);
    q.bindValue(u":user"_s, userId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the running timer failed"), q);
    if (!q.next())
        return std::optional<RunningTimer>();
    RunningTimer t;
    t.userId = q.value(0).toLongLong();
    t.startedAt = sql::toDateTime(q.value(1));
    t.accountId = q.value(2).toLongLong();
    t.contractId = q.value(3).toLongLong();
    t.serviceRequestId = q.value(4).toLongLong();
    t.description = q.value(5).toString();
    return std::optional<RunningTimer>(t);
}

Status TimeStore::insertTimer(const RunningTimer &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO running_timers (user_id, started_at, account_id, contract_id, "
              "service_request_id, description) VALUES (:user, :started, :account, :contract, "
              ":request, :description)"_s);
    q.bindValue(u":user"_s, t.userId);
    q.bindValue(u":started"_s, sql::timestamp(t.startedAt));
    q.bindValue(u":account"_s, optionalId(t.accountId));
    q.bindValue(u":contract"_s, optionalId(t.contractId));
    q.bindValue(u":request"_s, optionalId(t.serviceRequestId));
    q.bindValue(u":description"_s, sql::text(t.description));
    return sql::exec(q, tr("Starting the timer failed"));
}

Result<bool> TimeStore::removeTimer(qint64 userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM running_timers WHERE user_id = :user"_s);
    q.bindValue(u":user"_s, userId);
    if (Status ok = sql::exec(q, tr("Removing the timer failed")); !ok)
        return Error { ok.error() };
    return q.numRowsAffected() > 0;
}

Result<qint64> TimeStore::reconvert(const QString &currency, const QDate &from,
                                    const QDate &toExclusive, const RateTable &rates)
{
    return reconvertWhere(
        u"(:every = 1 OR currency = :currency) AND entry_date >= :from AND entry_date < :until"_s,
        { { u":every"_s, currency.isEmpty() ? 1 : 0 },
          { u":currency"_s, currency },
          { u":from"_s, from.isValid() ? iso(from) : u"0000-00-00"_s },
          { u":until"_s, toExclusive.isValid() ? iso(toExclusive) : u"9999-99-99"_s } },
        rates);
}

Result<qint64> TimeStore::reconvertAll(const RateTable &rates)
{
    return reconvertWhere(u"1 = 1"_s, {}, rates);
}

Result<qint64> TimeStore::reconvertWhere(const QString &where, const QVariantMap &values,
                                         const RateTable &rates)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, currency, entry_date, value_minor, converted_minor FROM time_entries "
              "WHERE "_s
              + where);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return Database::sqlError(tr("Reading the time entries to convert failed"), q);
    QList<std::pair<qint64, std::optional<qint64>>> changes;
    while (q.next()) {
        const QString currency = q.value(1).toString();
        const QDate date = sql::toDate(q.value(2));
        const qint64 value = q.value(3).toLongLong();
        const std::optional<qint64> converted = rates.convert(value, currency, date);
        if (!converted && rates.rateOn(currency, date).isValid())
            return Error { tr("Time entry %1 (%2 %3 on %4) would convert to more than the "
                              "largest amount in %5 at the rate of that day; check the rate.")
                               .arg(q.value(0).toString(), Money(value, currency).toPlainString(),
                                    currency, iso(date), rates.firmCurrency()) };
        if (converted != toOptional(q.value(4)))
            changes.append({ q.value(0).toLongLong(), converted });
    }
    q.finish();
    const auto failed = [this](const QSqlQuery &query) {
        return Database::sqlError(tr("Writing the converted values of the time entries failed"),
                                  query);
    };
    if (m_db.sql().isServer()) {
        // One statement a batch: the ids and amounts as two arrays the server unnests.
        if (!q.prepare(u"UPDATE time_entries AS e SET converted_minor = u.c "
                       "FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS u (id, c) "
                       "WHERE e.id = u.id"_s))
            return failed(q);
        for (qsizetype start = 0; start < changes.size(); start += kBatch) {
            QString ids = u"{"_s;
            QString amounts = u"{"_s;
            const qsizetype end = std::min(changes.size(), start + kBatch);
            for (qsizetype i = start; i < end; ++i) {
                if (i > start) {
                    ids += u',';
                    amounts += u',';
                }
                ids += QString::number(changes.at(i).first);
                pgarray::appendValue(amounts, sql::id(changes.at(i).second));
            }
            q.bindValue(0, ids + u'}');
            q.bindValue(1, amounts + u'}');
            if (!q.exec())
                return failed(q);
        }
        return qint64(changes.size());
    }
    if (!q.prepare(u"UPDATE time_entries SET converted_minor = ? WHERE id = ?"_s))
        return failed(q);
    for (const auto &[id, converted] : std::as_const(changes)) {
        q.bindValue(0, sql::id(converted));
        q.bindValue(1, id);
        if (!q.exec())
            return failed(q);
    }
    return qint64(changes.size());
}

Result<bool> TimeStore::isUsed(const QString &currency) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM time_entries WHERE currency = :currency "
              "LIMIT 1) x"_s);
    q.bindValue(u":currency"_s, currency);
    const Result<qint64> found
        = sql::count(q, tr("Reading the time entries in %1 failed").arg(currency));
    if (!found)
        return Error { found.error() };
    return *found > 0;
}

Result<QDate> TimeStore::firstEntryDate(const QString &currency) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT min(entry_date) FROM time_entries WHERE currency = :currency"_s);
    q.bindValue(u":currency"_s, currency);
    if (!q.exec() || !q.next())
        return Database::sqlError(tr("Reading the time entries in %1 failed").arg(currency), q);
    return sql::toDate(q.value(0));
}

Result<qint64> TimeStore::relabel(const QString &from, const QString &to)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM time_entries WHERE currency = :from AND state = 'invoiced'"_s);
    q.bindValue(u":from"_s, from);
    const Result<qint64> invoiced
        = sql::count(q, tr("Reading the time entries in %1 failed").arg(from));
    if (!invoiced)
        return Error { invoiced.error() };
    if (*invoiced > 0)
        return Error { tr("%1 invoiced time entries are in %2; invoiced entries are locked, so "
                          "%2 cannot be relabelled.")
                           .arg(*invoiced)
                           .arg(from) };
    q.prepare(u"UPDATE time_entries SET currency = :to WHERE currency = :from"_s);
    q.bindValue(u":to"_s, to);
    q.bindValue(u":from"_s, from);
    if (Status ok = sql::exec(q, tr("Relabelling the time entries in %1 failed").arg(from)); !ok)
        return Error { ok.error() };
    return qint64(q.numRowsAffected());
}

Result<QList<TimeStore::Mismatch>> TimeStore::conversionMismatches(const RateTable &rates) const
{
    // Values in the firm's currency convert to themselves: only those that do not are read.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.id, a.name, e.entry_date, e.value_minor, e.currency, e.converted_minor "
              "FROM time_entries e LEFT JOIN accounts a ON a.id = e.account_id "
              "WHERE e.currency <> :firm OR e.converted_minor IS NULL "
              "OR e.converted_minor <> e.value_minor ORDER BY e.id"_s);
    q.bindValue(u":firm"_s, rates.firmCurrency());
    if (!q.exec())
        return Database::sqlError(tr("Checking the converted values of the time entries failed"),
                                  q);
    QList<Mismatch> found;
    while (q.next()) {
        Mismatch m;
        m.id = q.value(0).toLongLong();
        m.accountName = q.value(1).toString();
        m.date = sql::toDate(q.value(2));
        m.value = Money(q.value(3).toLongLong(), q.value(4).toString());
        m.stored = toOptional(q.value(5));
        m.expected = rates.convert(m.value.minorUnits(), m.value.currency(), m.date);
        if (m.stored != m.expected)
            found.append(m);
    }
    return found;
}

} // namespace cd
