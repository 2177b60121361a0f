#pragma once

#include "domain/clienthealth.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The settings table: text values under text keys, with typed helpers. Typed values are
/// stored as text: integers in decimal, booleans as "true"/"false", dates as ISO 8601.
///
/// Writes use the caller's transaction when one is open; each is a single statement.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::SettingsRepository)

public:
    explicit SettingsRepository(Database &database);

    /// The stored value, or nullopt when the key is not set.
    Result<std::optional<QString>> value(const QString &key) const;
    /// The stored value, or `defaultValue` when the key is not set.
    Result<QString> value(const QString &key, const QString &defaultValue) const;
    /// Sets or replaces a value; a null string is stored as an empty one.
    Status setValue(const QString &key, const QString &value);
    /// Removes a key; removing a key that is not set is not an error.
    Status remove(const QString &key);
    /// Every key and value, sorted by key.
    Result<QMap<QString, QString>> all() const;

    /// An error names the key and the stored text when it is not a whole number.
    Result<qint64> intValue(const QString &key, qint64 defaultValue) const;
    Status setIntValue(const QString &key, qint64 value);
    /// Accepts true/false, yes/no, 1/0 (any case).
    Result<bool> boolValue(const QString &key, bool defaultValue) const;
    Status setBoolValue(const QString &key, bool value);
    Result<QDate> dateValue(const QString &key, const QDate &defaultValue) const;
    Status setDateValue(const QString &key, const QDate &value);

    /// The firm's currency: the 'currency' setting when it is a valid ISO 4217 code, else IDR.
    QString firmCurrency() const;
    /// Sets the firm's currency; refuses a code that is not ISO 4217 (three letters).
    Status setFirmCurrency(const QString &code);
    /// Why `code` cannot be the firm's currency; empty when it can (any case, spaces around).
    static QString currencyProblem(const QString &code);

    /// The health weights (`health_*`; defaults for keys not set). An error names a stored
    /// value that is not a whole number or out of range.
    Result<HealthWeights> healthWeights() const;
    /// Validates, then writes every weight in one transaction.
    Status setHealthWeights(const HealthWeights &weights);

private:
    Database &m_db;
};

} // namespace cd
