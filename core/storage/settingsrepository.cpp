#include "storage/settingsrepository.h"

#include "domain/money.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

Status checkKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return Error { SettingsRepository::tr("A setting needs a key.") };
    return {};
}

} // namespace

SettingsRepository::SettingsRepository(Database &database) : m_db(database) { }

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    if (const Status ok = checkKey(key); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT value FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (!query.exec())
        return Database::sqlError(tr("Reading the setting “%1” failed").arg(key), query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<QString> SettingsRepository::value(const QString &key, const QString &defaultValue) const
{
    const Result<std::optional<QString>> stored = value(key);
    if (!stored)
        return Error { stored.error() };
    return stored->value_or(defaultValue);
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    if (const Status ok = checkKey(key); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO settings (key, value) VALUES (:key, :value) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bindValue(u":key"_s, key);
    query.bindValue(u":value"_s, value.isNull() ? u""_s : value);
    return sql::exec(query, tr("Saving the setting “%1” failed").arg(key));
}

Status SettingsRepository::remove(const QString &key)
{
    if (const Status ok = checkKey(key); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM settings WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    return sql::exec(query, tr("Removing the setting “%1” failed").arg(key));
}

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT key, value FROM settings ORDER BY key"_s);
    if (!query.exec())
        return Database::sqlError(tr("Reading the settings failed"), query);
    QMap<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

Result<qint64> SettingsRepository::intValue(const QString &key, qint64 defaultValue) const
{
    const Result<std::optional<QString>> stored = value(key);
    if (!stored)
        return Error { stored.error() };
    if (!stored->has_value())
        return defaultValue;
    bool ok = false;
    const qint64 number = (*stored)->trimmed().toLongLong(&ok);
    if (!ok)
        return Error {
            tr("The setting “%1” holds “%2”, which is not a whole number.").arg(key, **stored)
        };
    return number;
}

Status SettingsRepository::setIntValue(const QString &key, qint64 value)
{
    return setValue(key, QString::number(value));
}

Result<bool> SettingsRepository::boolValue(const QString &key, bool defaultValue) const
{
    const Result<std::optional<QString>> stored = value(key);
    if (!stored)
        return Error { stored.error() };
    if (!stored->has_value())
        return defaultValue;
    const QString text = (*stored)->trimmed().toLower();
    if (text == u"true"_s || text == u"yes"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"no"_s || text == u"0"_s)
        return false;
    return Error {
        tr("The setting “%1” holds “%2”, which is neither true nor false.").arg(key, **stored)
    };
}

Status SettingsRepository::setBoolValue(const QString &key, bool value)
{
    return setValue(key, value ? u"true"_s : u"false"_s);
}

Result<QDate> SettingsRepository::dateValue(const QString &key, const QDate &defaultValue) const
{
    const Result<std::optional<QString>> stored = value(key);
    if (!stored)
        return Error { stored.error() };
    if (!stored->has_value())
        return defaultValue;
    const QDate date = QDate::fromString((*stored)->trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error {
            tr("The setting “%1” holds “%2”, which is not a date (YYYY-MM-DD).").arg(key, **stored)
        };
    return date;
}

Status SettingsRepository::setDateValue(const QString &key, const QDate &value)
{
    if (!value.isValid())
        return Error { tr("The setting “%1” needs a valid date.").arg(key) };
    return setValue(key, value.toString(Qt::ISODate));
}

QString SettingsRepository::firmCurrency() const
{
    const Result<QString> stored = value(u"currency"_s, QString());
    const QString code = stored ? stored->trimmed().toUpper() : QString();
    return Money::isValidCurrency(code) ? code : u"IDR"_s;
}

QString SettingsRepository::currencyProblem(const QString &code)
{
    const QString normalized = code.trimmed().toUpper();
    if (Money::isKnownCurrency(normalized))
        return {};
    if (Money::isValidCurrency(normalized))
        return tr("“%1” is not a currency code in use (ISO 4217); use one such as IDR, USD or "
                  "EUR.")
            .arg(code.trimmed());
    return tr("“%1” is not a currency code; use three letters such as IDR, USD or EUR.").arg(code);
}

Status SettingsRepository::setFirmCurrency(const QString &code)
{
    if (const QString problem = currencyProblem(code); !problem.isEmpty())
        return Error { problem };
    return setValue(u"currency"_s, code.trimmed().toUpper());
}

Result<HealthWeights> SettingsRepository::healthWeights() const
{
    HealthWeights weights;
    for (const auto &[key, fallback] : HealthWeights().toSettings()) {
        const Result<qint64> stored = intValue(key, fallback);
        if (!stored)
            return Error { stored.error() };
        // Kept as stored (within int) so that the message names the value found.
        weights.set(key, int(std::clamp<qint64>(*stored, -1'000'000, 1'000'000)));
    }
    if (const QStringList problems = weights.validate(); !problems.isEmpty())
        return Error { problems.join(u' ') };
    return weights;
}

Status SettingsRepository::setHealthWeights(const HealthWeights &weights)
{
    if (const QStringList problems = weights.validate(); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    for (const auto &[key, value] : weights.toSettings()) {
        if (Status ok = setIntValue(key, value); !ok)
            return ok;
    }
    return guard.commit();
}

} // namespace cd
