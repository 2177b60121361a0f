#include "settingsservice.h"

#include "services/currencyservice.h"
#include "storage/customerstats.h"
#include "storage/settingsrepository.h"
#include "storage/transactionguard.h"

#include <algorithm>

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

QString SettingsService::capacityProblem(int minutes)
{
    if (minutes >= 1 && minutes <= kMaxCapacityMinutes)
        return {};
    return tr("A person's weekly capacity is %1 minutes; it is 1 to %2 minutes (168 hours).")
        .arg(minutes)
        .arg(kMaxCapacityMinutes);
}

Result<BillingSettings> SettingsService::billingSettings() const
{
    BillingSettings billing;
    const SettingsRepository settings(m_db);
    for (const QString &key : BillingSettings::keys()) {
        const Result<QString> stored = settings.value(key, billing.valueOf(key));
        if (!stored)
            return Error { stored.error() };
        if (const QString problem = BillingSettings::problem(key, *stored); !problem.isEmpty())
            return Error { tr("The stored setting %1 cannot be used: %2").arg(key, problem) };
        billing.apply(key, *stored);
    }
    return billing;
}

Result<QString> SettingsService::value(const QString &key, const QString &defaultValue) const
{
    return SettingsRepository(m_db).value(key, defaultValue);
}

Status SettingsService::setValue(const QString &key, const QString &value)
{
    if (key == u"currency"_s) // the firm's currency changes by its rules only
        return CurrencyService(m_db).changeFirmCurrency(value);
    if (const QString problem = BillingSettings::problem(key, value); !problem.isEmpty())
        return Error { problem };
    if (key == QLatin1StringView(kCapacityKey)) {
        bool ok = false;
        const int minutes = value.trimmed().toInt(&ok);
        if (!ok)
            return Error { tr("%1 takes a whole number of minutes, not “%2”.").arg(key, value) };
        if (const QString problem = capacityProblem(minutes); !problem.isEmpty())
            return Error { problem };
    }
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
    if (const Result<qint64> capacity
        = settings.intValue(QString::fromLatin1(kCapacityKey), kDefaultCapacityMinutes);
        !capacity)
        stored.problems.append(capacity.error());
    else if (const QString problem
             = capacityProblem(int(std::clamp<qint64>(*capacity, -1, 100000)));
             !problem.isEmpty())
        stored.problems.append(problem);
    else
        stored.settings.capacityMinutes = int(*capacity);
    if (const auto policy = RollingBackups(m_db).policy())
        stored.settings.backups = *policy;
    else
        stored.problems.append(policy.error());
    if (const auto billing = billingSettings())
        stored.settings.billing = *billing;
    else {
        stored.settings.billing = BillingSettings();
        stored.problems.append(billing.error());
    }
    return stored;
}

QStringList SettingsService::problems(const FirmSettings &settings)
{
    QStringList problems = settings.thresholds.validate() + settings.weights.validate();
    if (const QString problem = currencyProblem(settings.currency); !problem.isEmpty())
        problems.prepend(problem);
    if (const QString problem = capacityProblem(settings.capacityMinutes); !problem.isEmpty())
        problems.append(problem);
    if (settings.billing) {
        for (const QString &key : BillingSettings::keys()) {
            if (const QString problem
                = BillingSettings::problem(key, settings.billing->valueOf(key));
                !problem.isEmpty())
                problems.append(problem);
        }
    }
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
    // Written only when it differs from what is read, so a database that never had it keeps
    // following the default.
    if (ok && settings.capacityMinutes != firmSettings().settings.capacityMinutes)
        ok = SettingsRepository(m_db).setIntValue(QString::fromLatin1(kCapacityKey),
                                                  settings.capacityMinutes);
    if (ok && settings.billing)
        ok = saveBilling(*settings.billing);
    if (ok)
        ok = guard.commit();
    return ok;
}

Status SettingsService::saveBilling(const BillingSettings &billing)
{
    // Only what changed is written: a database that never had a key keeps its default.
    const Result<BillingSettings> stored = billingSettings();
    const BillingSettings before = stored ? *stored : BillingSettings();
    SettingsRepository repository(m_db);
    for (const QString &key : BillingSettings::keys()) {
        const QString value = billing.valueOf(key);
        if (stored && value == before.valueOf(key))
            continue;
        if (Status ok = repository.setValue(key, value); !ok)
            return ok;
    }
    return {};
}

} // namespace cd
