#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;

/// The firm's settings as the app and the command line read and change them. Reading a
/// setting that is missing gives its default.
class SettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::SettingsService)

public:
    explicit SettingsService(Database &database) : m_db(database) { }

    /// The currency the firm reports in (ISO 4217), IDR until set.
    QString firmCurrency() const;
    /// What is wrong with `code` as the firm's currency, or empty when it can be one.
    static QString currencyProblem(const QString &code);

    Result<QString> value(const QString &key, const QString &defaultValue) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace cd
