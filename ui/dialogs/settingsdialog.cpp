#include "dialogs/settingsdialog.h"

#include "dialogs/billingsettingspage.h"
#include "dialogs/currencychoice.h"
#include "dialogs/exchangeratespage.h"
#include "language.h"
#include "reminders/calendarfeed.h"
#include "reminders/reminders.h"
#include "services/calendarservice.h"
#include "services/currencyservice.h"
#include "services/settingsservice.h"
#include "time/timesettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Database *database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Settings"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    QStringList problems;
    BackupPolicy policy;
    if (database) {
        const SettingsService::Stored stored = SettingsService(*database).firmSettings();
        m_storedCurrency = stored.settings.currency;
        m_storedThresholds = stored.settings.thresholds;
        m_storedWeights = stored.settings.weights;
        policy = stored.settings.backups;
        m_storedBilling = stored.settings.billing;
        problems = stored.problems;
    }
    // Saving writes the defaults shown over what could not be used: the figures change.
    m_storedUnusable = !problems.isEmpty();
    if (!problems.isEmpty())
        m_message->setText(tr("Showing the defaults where the stored settings are not usable: %1")
                               .arg(problems.join(u' ')));
    else if (!database)
        m_message->setText(tr("Open a database to change its currency, tags, health weights "
                              "and backups."));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createRatesTab(), tr("Exchange &rates"));
    m_tabs->addTab(createTagsTab(), tr("Customer &tags"));
    m_tabs->addTab(createHealthTab(), tr("Client &health"));
    m_tabs->addTab(createBackupsTab(), tr("&Backups"));
    m_time = new TimeSettingsPage(database, m_tabs);
    m_tabs->addTab(m_time, tr("T&ime"));
    if (database) {
        // Like the currency: on a server only managers change the firm's billing.
        m_billing = new BillingSettingsPage(m_storedBilling.value_or(BillingSettings()),
                                            m_rates->canChange(), m_tabs);
        m_tabs->addTab(m_billing, tr("Bi&lling"));
    } else {
        m_tabs->addTab(new QWidget(m_tabs), tr("Bi&lling"));
    }
    m_backups->setChecked(policy.enabled);
    m_keep->setValue(policy.keep);
    m_keep->setEnabled(policy.enabled);
    if (!database) {
        for (int tab = 1; tab < m_tabs->count(); ++tab)
            m_tabs->setTabEnabled(tab, false);
        m_currency->setEnabled(false);
        m_firmProfile->setEnabled(false);
    } else if (!m_rates->canChange()) {
        m_currency->setEnabled(false);
        m_currency->setToolTip(tr("Only a manager changes the firm's currency."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(std::max(680, sizeHint().width()), std::max(520, sizeHint().height()));
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    for (const Language::Choice &choice : Language::choices())
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));

    m_reminders = new QCheckBox(tr("Remind me on the &desktop at"), page);
    m_reminders->setChecked(Reminders::isEnabled());
    m_reminderTime = new QTimeEdit(Reminders::timeOfDay(), page);
    m_reminderTime->setDisplayFormat(u"HH:mm"_s);
    m_reminderTime->setEnabled(m_reminders->isChecked());
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    connect(m_reminders, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);
    auto *reminders = new QHBoxLayout;
    reminders->addWidget(m_reminders);
    reminders->addWidget(m_reminderTime);
    reminders->addStretch();
    m_calendarFile = new QCheckBox(tr("&Keep a calendar file up to date"), page);
    m_calendarFile->setChecked(CalendarFeed::isEnabled());

    m_currency = currencychoice::create(page);
    currencychoice::select(m_currency, m_storedCurrency);

    m_firmProfile = new QPushButton(tr("Firm &Profile…"), page);
    connect(m_firmProfile, &QPushButton::clicked, this, &SettingsDialog::firmProfileRequested);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
                 note(tr("Your choice on this computer; ClientDesk speaks it from its next start. "
                         "Numbers, money and dates follow it."),
                      page));
    form->addRow(tr("Reminders:"), reminders);
    form->addRow(QString(),
                 note(tr("Your choice on this computer: while ClientDesk runs, and once when it "
                         "opens a database, a notification lists the missed deadlines and "
                         "follow-ups, those due today and the week's notice deadlines; click it "
                         "to open the dashboard. On a team server, of the accounts you manage."),
                      page));
    form->addRow(tr("Calendar:"), m_calendarFile);
    auto *calendarNote = note(
        tr("Your choice on this computer: the deadlines of the next %1 days and the missed ones, "
           "written again every %2 minutes while ClientDesk runs, to %3. Subscribe to that file "
           "once in your calendar program.")
            .arg(CalendarService::defaultDays)
            .arg(CalendarFeed::intervalMinutes)
            .arg(QDir::toNativeSeparators(CalendarFeed::path())),
        page);
    calendarNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), calendarNote);
    form->addRow(tr("Firm's &currency:"), m_currency);
    form->addRow(QString(),
                 note(tr("The currency of totals, charts and reports. Amounts in other "
                         "currencies keep their own and are converted at the exchange rates "
                         "(the Exchange rates tab). Once the database holds amounts, the "
                         "firm's currency changes only when rates between the old and the new "
                         "one cover the days that need them."),
                      page));
    form->addRow(tr("Reports:"), m_firmProfile);
    return page;
}

QWidget *SettingsDialog::createRatesTab()
{
    if (!m_database)
        return new QWidget(this);
    m_rates = new ExchangeRatesPage(*m_database, this);
    connect(m_rates, &ExchangeRatesPage::ratesChanged, this, [this] { m_ratesChanged = true; });
    return m_rates;
}

QString SettingsDialog::currencyCode() const
{
    return currencychoice::code(m_currency);
}

QSpinBox *SettingsDialog::addNumber(const QString &key, int value, int low, int high)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(low, high);
    spin->setValue(value);
    spin->setObjectName(key);
    m_numbers.append({ key, spin });
    return spin;
}

QWidget *SettingsDialog::createTagsTab()
{
    auto *page = new QWidget(this);
    const TagThresholds &t = m_storedThresholds;
    auto *form = new QFormLayout(page);
    form->addRow(note(tr("How customers are tagged from their purchases. The tags are worked out "
                         "again in the background after saving."),
                      page));
    const auto add = [&](const QString &label, const QString &key, int value, int low, int high) {
        form->addRow(label, addNumber(key, value, low, high));
    };
    add(tr("“New”: days since the first purchase, fewer than"), u"tag_new_days"_s, t.newDays, 1,
        3650);
    add(tr("“Returning”: purchases, at least"), u"tag_returning_purchases"_s, t.returningPurchases,
        2, 1000);
    add(tr("“Loyal”: quarters with a purchase, at least"), u"tag_loyal_quarters"_s, t.loyalQuarters,
        1, 40);
    add(tr("“Loyal”: out of the most recent quarters"), u"tag_loyal_window_quarters"_s,
        t.loyalWindowQuarters, 2, 40);
    add(tr("“Loyal”: days as a customer, at least"), u"tag_loyal_min_days"_s, t.loyalMinDays, 0,
        3650);
    add(tr("“Promotion-driven”: percent of purchases discounted, at least"), u"tag_promo_percent"_s,
        t.promoPercent, 1, 100);
    add(tr("“Promotion-driven”: purchases, at least"), u"tag_promo_min_purchases"_s,
        t.promoMinPurchases, 1, 1000);
    add(tr("“Advocate”: accounts referred, at least"), u"tag_advocate_referrals"_s,
        t.advocateReferrals, 1, 1000);
    return page;
}

QWidget *SettingsDialog::createHealthTab()
{
    auto *page = new QWidget(this);
    const HealthWeights &w = m_storedWeights;
    auto *form = new QFormLayout(page);
    form->addRow(note(tr("A client starts at 100 points and loses the points below for each "
                         "warning sign; "
                         "75 and above is good, 50 to 74 needs watching, below 50 is at risk. "
                         "0 ignores a sign."),
                      page));
    const auto add = [&](const QString &label, const QString &key, int value) {
        form->addRow(label, addNumber(key, value, 0, HealthWeights::kMaximum));
    };
    add(tr("No active contract"), u"health_no_contract"_s, w.noContract);
    add(tr("No contact for more than 90 days"), u"health_no_contact_90"_s, w.noContactLong);
    add(tr("No contact for 46 to 90 days"), u"health_no_contact_45"_s, w.noContactMedium);
    add(tr("Each open request past its response time (at most two)"), u"health_request_overdue"_s,
        w.requestOverdue);
    add(tr("Each request answered late in 90 days (at most three)"), u"health_request_late"_s,
        w.requestLate);
    add(tr("Notice deadline within 30 days, no renewal decision"), u"health_notice_30"_s,
        w.noticeSoon);
    add(tr("Notice deadline in 31 to 60 days, no renewal decision"), u"health_notice_60"_s,
        w.noticeLater);
    add(tr("Revenue below 70 % of the year before"), u"health_revenue_70"_s, w.revenueDownMuch);
    add(tr("Revenue below 90 % of the year before"), u"health_revenue_90"_s, w.revenueDown);
    add(tr("Invoices past their due date"), u"health_invoice_overdue"_s, w.invoiceOverdue);
    auto *defaults = new QPushButton(tr("&Restore Defaults"), page);
    connect(defaults, &QPushButton::clicked, this, &SettingsDialog::restoreDefaultWeights);
    form->addRow(QString(), defaults);
    return page;
}

QWidget *SettingsDialog::createBackupsTab()
{
    auto *page = new QWidget(this);
    m_backups = new QCheckBox(tr("Back up this database &automatically, once a day"), page);
    m_keep = new QSpinBox(page);
    m_keep->setRange(BackupPolicy::kMinimumKeep, BackupPolicy::kMaximumKeep);
    connect(m_backups, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);
    auto *form = new QFormLayout(page);
    form->addRow(m_backups);
    form->addRow(tr("&Number of backups kept:"), m_keep);
    form->addRow(note(tr("Backups are taken when ClientDesk opens the database and kept in a "
                         "folder beside it; File > Restore from Backup puts one back."),
                      page));
    return page;
}

QSpinBox *SettingsDialog::numberField(const QString &key) const
{
    for (const auto &[name, spin] : m_numbers) {
        if (name == key)
            return spin;
    }
    return nullptr;
}

TagThresholds SettingsDialog::thresholdsInForm() const
{
    const auto value = [this](const QString &key, int fallback) {
        const QSpinBox *spin = numberField(key);
        return spin ? spin->value() : fallback;
    };
    TagThresholds t = m_storedThresholds;
    t.newDays = value(u"tag_new_days"_s, t.newDays);
    t.returningPurchases = value(u"tag_returning_purchases"_s, t.returningPurchases);
    t.loyalQuarters = value(u"tag_loyal_quarters"_s, t.loyalQuarters);
    t.loyalWindowQuarters = value(u"tag_loyal_window_quarters"_s, t.loyalWindowQuarters);
    t.loyalMinDays = value(u"tag_loyal_min_days"_s, t.loyalMinDays);
    t.promoPercent = value(u"tag_promo_percent"_s, t.promoPercent);
    t.promoMinPurchases = value(u"tag_promo_min_purchases"_s, t.promoMinPurchases);
    t.advocateReferrals = value(u"tag_advocate_referrals"_s, t.advocateReferrals);
    return t;
}

HealthWeights SettingsDialog::weightsInForm() const
{
    HealthWeights weights = m_storedWeights;
    for (const auto &[key, value] : HealthWeights().toSettings()) {
        if (const QSpinBox *spin = numberField(key))
            weights.set(key, spin->value());
    }
    return weights;
}

void SettingsDialog::showWeights(const HealthWeights &weights)
{
    for (const auto &[key, value] : weights.toSettings()) {
        if (QSpinBox *spin = numberField(key))
            spin->setValue(value);
    }
}

void SettingsDialog::restoreDefaultWeights()
{
    showWeights(HealthWeights());
}

bool SettingsDialog::changeCurrency(const QString &currency)
{
    const Result<QString> problem
        = CurrencyService(*m_database).firmCurrencyChangeProblem(currency);
    if (!problem || !problem->isEmpty()) {
        m_message->setText(problem ? *problem : tr("Nothing was saved: %1").arg(problem.error()));
        return false;
    }
    const Status changed = runConverting(
        *m_database, this, tr("Converting every amount to %1…").arg(currency),
        [currency](CurrencyService &service, const CurrencyService::Progress &progress) {
            return service.changeFirmCurrency(currency, progress);
        });
    if (!changed) {
        m_message->setText(tr("Nothing was saved: %1").arg(changed.error()));
        return false;
    }
    // Stored: from here on the dialog's figures are against the new currency.
    m_storedCurrency = currency;
    m_ratesChanged = true; // stored even if the other settings are not
    m_rates->reload();
    return true;
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

bool SettingsDialog::save()
{
    const QString currency = currencyCode();
    const bool currencyChanged = currency != m_storedCurrency;
    const TagThresholds thresholds = thresholdsInForm();
    const HealthWeights weights = weightsInForm();
    const BackupPolicy policy { m_backups->isChecked(), m_keep->value() };

    // Everything is checked first; then the database's settings are written together.
    // Billing is written only by those who may change it, and only what changed.
    std::optional<BillingSettings> billing;
    if (m_billing && m_rates->canChange()) {
        if (const QStringList problems = m_billing->problems(); !problems.isEmpty()) {
            m_tabs->setCurrentWidget(m_billing);
            m_message->setText(problems.join(u' '));
            return false;
        }
        if (m_billing->settings() != m_storedBilling)
            billing = m_billing->settings();
    }
    const SettingsService::FirmSettings firm {
        currency, thresholds, weights, policy, m_time->capacityMinutes(), billing
    };
    if (const QStringList problems = SettingsService::problems(firm);
        !problems.isEmpty() && m_database) {
        m_message->setText(problems.join(u' '));
        return false;
    }
    if (QString error; m_database && !m_time->checkUsers(error)) {
        m_message->setText(error);
        return false;
    }
    // A new firm currency first (it may be refused, or take a while): nothing else is stored
    // unless it is.
    if (m_database && currencyChanged && !changeCurrency(currency))
        return false;
    if (m_database) {
        if (const Status ok = SettingsService(*m_database).saveFirmSettings(firm); !ok) {
            m_message->setText(tr("Nothing was saved: %1").arg(ok.error()));
            return false;
        }
        if (QString error; !m_time->saveUsers(error)) {
            m_message->setText(error);
            return false;
        }
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Language::chosen();
    Language::setChosen(language);
    Reminders::setEnabled(m_reminders->isChecked());
    Reminders::setTimeOfDay(m_reminderTime->time());
    CalendarFeed::setEnabled(m_calendarFile->isChecked());
    m_figuresChanged = m_database
        && (m_storedUnusable || currencyChanged || thresholds != m_storedThresholds
            || weights != m_storedWeights);
    m_storedUnusable = false;
    m_storedCurrency = currency;
    m_storedThresholds = thresholds;
    m_storedWeights = weights;
    if (billing)
        m_storedBilling = billing;
    m_message->clear();
    return true;
}

} // namespace cd
