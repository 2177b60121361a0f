#pragma once

#include "domain/behaviourtags.h"
#include "domain/billingsettings.h"
#include "domain/clienthealth.h"
#include "io/rollingbackups.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// The firm's settings as the app and the command line read and change them. Reading a
/// setting that is missing gives its default.
class SettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::SettingsService)

public:
    explicit SettingsService(Database &database) : m_db(database) { }

    /// The key of the firm's weekly capacity per person, in minutes, and its default (40 h).
    static constexpr const char *kCapacityKey = "time.capacity_minutes";
    static constexpr int kDefaultCapacityMinutes = 2400;
    static constexpr int kMaxCapacityMinutes = 7 * 24 * 60;
    /// Why `minutes` cannot be the weekly capacity; empty when it can.
    static QString capacityProblem(int minutes);

    /// The currency the firm reports in (ISO 4217), IDR until set.
    QString firmCurrency() const;
    /// What is wrong with `code` as the firm's currency, or empty when it can be one.
    static QString currencyProblem(const QString &code);

    /// The billing settings ('billing.*', issue 27), defaults where none is stored. A stored
    /// value that cannot be used is an error naming the key.
    Result<BillingSettings> billingSettings() const;

    Result<QString> value(const QString &key, const QString &defaultValue) const;
    /// Sets a value; the key 'currency' goes through CurrencyService::changeFirmCurrency,
    /// 'billing.*' keys are checked by BillingSettings::problem.
    Status setValue(const QString &key, const QString &value);

    /// What Edit > Settings changes for the whole database.
    struct FirmSettings
    {
        QString currency; ///< as typed; stored trimmed and in capitals
        TagThresholds thresholds;
        HealthWeights weights;
        BackupPolicy backups;
        /// Time (issue 26): the minutes a week a person works unless their own capacity says
        /// otherwise (setting 'time.capacity_minutes'), 1 to 10080.
        int capacityMinutes = kDefaultCapacityMinutes;
        /// Billing (issue 27, 'billing.*'): empty leaves them as they are; firmSettings()
        /// fills it in.
        std::optional<BillingSettings> billing;
    };
    /// The stored settings, with defaults in place of those that cannot be used and, in
    /// `problems`, why each of those could not.
    struct Stored
    {
        FirmSettings settings;
        QStringList problems;
    };
    Stored firmSettings() const;
    /// Every problem with `settings`: the currency's first, then the thresholds', then the
    /// weights'. Empty when they can be saved.
    static QStringList problems(const FirmSettings &settings);
    /// Checks `settings` (refused with problems() as one text) and stores them all in one
    /// transaction: the currency (when it changes, by CurrencyService::changeFirmCurrency's
    /// rules, refused with its sentence), the tag thresholds (the tags are stale until recomputed),
    /// the health weights, the backup policy, the capacity and the billing settings (the keys
    /// that differ from what is stored). Nothing is stored when anything fails.
    Status saveFirmSettings(const FirmSettings &settings);

private:
    /// Writes the billing settings that differ from the stored ones (in the caller's
    /// transaction).
    Status saveBilling(const BillingSettings &billing);

    Database &m_db;
};

} // namespace cd
