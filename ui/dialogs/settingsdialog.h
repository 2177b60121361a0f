#pragma once

#include "domain/behaviourtags.h"
#include "domain/billingsettings.h"
#include "domain/clienthealth.h"
#include "io/rollingbackups.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace cd {

class BillingSettingsPage;
class Database;
class ExchangeRatesPage;
class TimeSettingsPage;

/// Edit > Settings: the language (this user, from the next start), and for the whole
/// database the firm's currency, the exchange rates, the behaviour tag thresholds, the health
/// weights, the backup policy, time and billing. The firm profile has its own dialog, opened from
/// here. Rates are stored as they are added, changed or deleted (each converts the entries it
/// affects); the other fields when saved. In team mode only managers change the currency and
/// the rates.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// Without a database only the language can be chosen.
    explicit SettingsDialog(Database *database, QWidget *parent = nullptr);

    /// Validates every field, then stores the database's settings in one transaction and
    /// the language choice; false after saying why (nothing is stored then).
    bool save();
    /// Puts the health weights back to the documented defaults (not stored until saved).
    void restoreDefaultWeights();

    /// What the last successful save() changed.
    bool languageChanged() const { return m_languageChanged; }
    /// The figures changed: by the last save(), or by rates changed on the rates tab (stored
    /// at once, so true even when the dialog is then cancelled).
    bool figuresChanged() const { return m_figuresChanged || m_ratesChanged; }
    QString message() const;

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *languageField() const { return m_language; }
    /// Reminders on the desktop, and their time of day (this user, this computer).
    QCheckBox *remindersBox() const { return m_reminders; }
    QTimeEdit *reminderTimeField() const { return m_reminderTime; }
    /// The calendar file kept up to date (this user, this computer).
    QCheckBox *calendarFileBox() const { return m_calendarFile; }
    QComboBox *currencyField() const { return m_currency; }
    /// The ISO code the currency field holds (picked or typed).
    QString currencyCode() const;
    /// The Exchange rates tab; null without a database.
    ExchangeRatesPage *ratesPage() const { return m_rates; }
    TimeSettingsPage *timePage() const { return m_time; }
    /// The Billing tab; null without a database.
    BillingSettingsPage *billingPage() const { return m_billing; }
    /// The spin box of a threshold or weight by its settings key (tag_… or health_…).
    QSpinBox *numberField(const QString &key) const;
    QCheckBox *backupsField() const { return m_backups; }
    QSpinBox *keepField() const { return m_keep; }

signals:
    void firmProfileRequested();

private:
    QWidget *createGeneralTab();
    QWidget *createTagsTab();
    QWidget *createHealthTab();
    QWidget *createBackupsTab();
    QWidget *createRatesTab();
    bool changeCurrency(const QString &currency);
    QSpinBox *addNumber(const QString &key, int value, int low, int high);
    TagThresholds thresholdsInForm() const;
    HealthWeights weightsInForm() const;
    void showWeights(const HealthWeights &weights);

    Database *m_database = nullptr;
    QString m_storedCurrency;
    TagThresholds m_storedThresholds;
    HealthWeights m_storedWeights;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_reminders = nullptr;
    QTimeEdit *m_reminderTime = nullptr;
    QCheckBox *m_calendarFile = nullptr;
    QComboBox *m_currency = nullptr;
    QPushButton *m_firmProfile = nullptr;
    ExchangeRatesPage *m_rates = nullptr;
    TimeSettingsPage *m_time = nullptr;
    BillingSettingsPage *m_billing = nullptr;
    std::optional<BillingSettings> m_storedBilling;
    QList<std::pair<QString, QSpinBox *>> m_numbers;
    QCheckBox *m_backups = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_message = nullptr;
    bool m_languageChanged = false;
    bool m_figuresChanged = false;
    bool m_ratesChanged = false;
    bool m_storedUnusable = false; ///< some stored values could not be used; defaults shown
};

} // namespace cd
