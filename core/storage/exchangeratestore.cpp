#include "storage/exchangeratestore.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

Result<RateTable> ExchangeRateStore::load() const
{
    RateTable table(SettingsRepository(m_db).firmCurrency());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT rate_date, currency, rate_e10 FROM exchange_rates "
                    "ORDER BY currency, rate_date"_s))
        return Database::sqlError(tr("Reading the exchange rates failed"), query);
    while (query.next()) {
        table.add(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                  query.value(1).toString(), ExchangeRate::fromScaled(query.value(2).toLongLong()));
    }
    return table;
}

Result<std::optional<qint64>> ExchangeRateStore::convert(qint64 minor, const QString &currency,
                                                         const QDate &date) const
{
    const QString firm = SettingsRepository(m_db).firmCurrency();
    if (currency == firm)
        return std::optional<qint64>(minor);
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT rate_e10 FROM exchange_rates WHERE currency = :currency "
                  "AND rate_date <= :date ORDER BY rate_date DESC LIMIT 1"_s);
    query.bindValue(u":currency"_s, currency);
    query.bindValue(u":date"_s, sql::date(date));
    if (!query.exec())
        return Database::sqlError(tr("Reading the exchange rate of %1 failed").arg(currency),
                                  query);
    if (!query.next())
        return std::optional<qint64>();
    return ExchangeRate::fromScaled(query.value(0).toLongLong()).convert(minor, currency, firm);
}

} // namespace cd
