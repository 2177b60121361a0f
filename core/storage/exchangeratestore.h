#pragma once

#include "domain/exchangerate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The exchange_rates table (see resources/sql/0008_currencies.sql) read for conversions.
class ExchangeRateStore final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ExchangeRateStore)

public:
    explicit ExchangeRateStore(Database &database) : m_db(database) { }

    /// The firm's currency and every stored rate, for converting many amounts.
    Result<RateTable> load() const;
    /// One amount by the conversion rule (RateTable::convert), reading only the one rate it
    /// needs: for writing a single entry. nullopt when it does not convert.
    Result<std::optional<qint64>> convert(qint64 minor, const QString &currency,
                                          const QDate &date) const;

private:
    Database &m_db;
};

} // namespace cd
