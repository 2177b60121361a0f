#pragma once

#include "domain/behaviourtags.h"
#include "domain/clienthealth.h"
#include "io/rollingbackups.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
    /// Sets a value; the key 'currency' goes through CurrencyService::changeFirmCurrency.
    Status setValue(const QString &key, const QString &value);

    /// What Edit > Settings changes for the whole database.
    struct FirmSettings
    {
        QString currency; ///< as typed; stored trimmed and in capitals
        TagThresholds thresholds;
        HealthWeights weights;
        BackupPolicy backups;
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
    /// the health weights and the backup policy. Nothing is stored when anything fails.
    Status saveFirmSettings(const FirmSettings &settings);

private:
    Database &m_db;
};

} // namespace cd
