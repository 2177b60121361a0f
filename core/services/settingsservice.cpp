#include "settingsservice.h"

#include "storage/settingsrepository.h"

namespace cd {

QString SettingsService::firmCurrency() const
{
    return SettingsRepository(m_db).firmCurrency();
}

QString SettingsService::currencyProblem(const QString &code)
{
    return SettingsRepository::currencyProblem(code);
}

Result<QString> SettingsService::value(const QString &key, const QString &defaultValue) const
{
    return SettingsRepository(m_db).value(key, defaultValue);
}

Status SettingsService::setValue(const QString &key, const QString &value)
{
    return SettingsRepository(m_db).setValue(key, value);
}

} // namespace cd
