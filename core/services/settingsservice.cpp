#include "settingsservice.h"

#include "services/currencyservice.h"
#include "storage/customerstats.h"
#include "storage/settingsrepository.h"
#include "storage/transactionguard.h"

using namespace Qt::StringLiterals;

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
    if (key == u"currency"_s) // the firm's currency changes by its rules only
        return CurrencyService(m_db).changeFirmCurrency(value);
    return SettingsRepository(m_db).setValue(key, value);
}

SettingsService::Stored SettingsService::firmSettings() const
{
    Stored stored;
    const SettingsRepository settings(m_db);
    stored.settings.currency = settings.firmCurrency();
    if (const auto thresholds = CustomerStats(m_db).thresholds())
        stored.settings.thresholds = *thresholds;
    else
        stored.problems.append(thresholds.error());
    if (const auto weights = settings.healthWeights())
        stored.settings.weights = *weights;
    else
        stored.problems.append(weights.error());
    if (const auto policy = RollingBackups(m_db).policy())
        stored.settings.backups = *policy;
    else
        stored.problems.append(policy.error());
    return stored;
}

QStringList SettingsService::problems(const FirmSettings &settings)
{
    QStringList problems = settings.thresholds.validate() + settings.weights.validate();
    if (const QString problem = currencyProblem(settings.currency); !problem.isEmpty())
        problems.prepend(problem);
    return problems;
}

Status SettingsService::saveFirmSettings(const FirmSettings &settings)
{
    if (const QStringList found = problems(settings); !found.isEmpty())
        return Error { found.join(u' ') };
    TransactionGuard guard(m_db);
    Status ok = guard.begin();
    // A change of the firm's currency follows CurrencyService's rules (rates re-expressed,
    // amounts converted again, or refused with the days that lack a rate).
    if (ok && settings.currency.trimmed().toUpper() != firmCurrency())
        ok = CurrencyService(m_db).changeFirmCurrency(settings.currency);
    if (ok)
        ok = CustomerStats(m_db).setThresholds(settings.thresholds);
    if (ok)
        ok = SettingsRepository(m_db).setHealthWeights(settings.weights);
    if (ok)
        ok = RollingBackups(m_db).setPolicy(settings.backups);
    if (ok)
        ok = guard.commit();
    return ok;
}

} // namespace cd
