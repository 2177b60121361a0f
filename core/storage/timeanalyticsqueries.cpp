#include "storage/timeanalyticsqueries.h"

#include "storage/database.h"
#include "storage/rowreader.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

Result<std::vector<timerows::AccountMonth>> TimeAnalyticsQueries::minutesByAccountMonth() const
{
    // Tens of thousands of rows: RowReader, not QSqlQuery (see its comment). Both reads go
    // through the covering index time_entries_analytics (migration 9).
    RowReader reader(m_db);
    if (Status ok
        = reader.exec(u"SELECT substr(entry_date, 1, 7), account_id, sum(minutes), "
                      "sum(CASE WHEN billable = 1 THEN minutes ELSE 0 END) FROM time_entries "
                      "GROUP BY substr(entry_date, 1, 7), account_id "
                      "ORDER BY substr(entry_date, 1, 7), account_id"_s,
                      tr("Reading the hours per account"));
        !ok)
        return Error { ok.error() };
    std::vector<timerows::AccountMonth> out;
    while (reader.next()) {
        const QByteArrayView month = reader.bytes(0);
        if (month.size() < 7)
            continue;
        const int index = QByteArrayView(month.first(4)).toInt() * 12
            + QByteArrayView(month.sliced(5, 2)).toInt() - 1;
        out.push_back({ index, reader.integer(1), reader.integer(2), reader.integer(3) });
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<std::vector<timerows::PersonDay>> TimeAnalyticsQueries::minutesByPersonDay() const
{
    RowReader reader(m_db);
    if (Status ok = reader.exec(u"SELECT entry_date, user_id, sum(minutes), "
                                "sum(CASE WHEN billable = 1 THEN minutes ELSE 0 END) "
                                "FROM time_entries GROUP BY entry_date, user_id "
                                "ORDER BY entry_date, user_id"_s,
                                tr("Reading the hours per person"));
        !ok)
        return Error { ok.error() };
    std::vector<timerows::PersonDay> out;
    while (reader.next())
        out.push_back({ reader.date(0), reader.integer(1), reader.integer(2), reader.integer(3) });
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<timerows::Person>> TimeAnalyticsQueries::people() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT u.id, u.name, u.capacity_minutes FROM users u WHERE EXISTS "
              "(SELECT 1 FROM time_entries t WHERE t.user_id = u.id) ORDER BY u.name"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the people who log time failed"), q);
    QList<timerows::Person> out;
    while (q.next()) {
        timerows::Person person { q.value(0).toLongLong(), q.value(1).toString(), std::nullopt };
        if (q.value(2).toInt() > 0) // none or 0: the firm's (as TimeService::capacityMinutes)
            person.capacityMinutes = q.value(2).toInt();
        out.append(std::move(person));
    }
    return out;
}

Result<int> TimeAnalyticsQueries::defaultCapacityMinutes() const
{
    const QString key = u"time.capacity_minutes"_s;
    const auto value = SettingsRepository(m_db).intValue(key, kDefaultCapacityMinutes);
    if (!value)
        return Error { value.error() };
    if (*value < 1 || *value > 7 * 24 * 60) // as SettingsService accepts it
        return Error { tr("The setting %1 is %2 minutes a week; it must be from 1 to 10080.")
                           .arg(key)
                           .arg(*value) };
    return int(*value);
}

} // namespace cd
