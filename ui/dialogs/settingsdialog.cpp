#include "dialogs/settingsdialog.h"

#include "language.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/transactionguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
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

SettingsDialog::SettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Settings"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    QStringList problems;
    SettingsRepository settings(database);
    m_storedCurrency = settings.firmCurrency();
    if (const auto thresholds = CustomerStats(database).thresholds())
        m_storedThresholds = *thresholds;
    else
        problems.append(thresholds.error());
    if (const auto weights = settings.healthWeights())
        m_storedWeights = *weights;
    else
        problems.append(weights.error());
    BackupPolicy policy;
    if (const auto stored = RollingBackups(database).policy())
        policy = *stored;
    else
        problems.append(stored.error());
    if (!problems.isEmpty())
        m_message->setText(tr("Showing the defaults where the stored settings are not usable: %1")
                               .arg(problems.join(u' ')));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createTagsTab(), tr("Customer &tags"));
    m_tabs->addTab(createHealthTab(), tr("Client &health"));
    m_tabs->addTab(createBackupsTab(), tr("&Backups"));
    m_backups->setChecked(policy.enabled);
    m_keep->setValue(policy.keep);
    m_keep->setEnabled(policy.enabled);

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
    resize(600, sizeHint().height());
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    for (const Language::Choice &choice : Language::choices())
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));

    m_currency = new QComboBox(page);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    const QStringList common { u"IDR"_s, u"USD"_s, u"EUR"_s, u"SGD"_s, u"MYR"_s, u"AUD"_s,
                               u"GBP"_s, u"JPY"_s, u"CNY"_s, u"HKD"_s, u"THB"_s, u"PHP"_s };
    m_currency->addItems(common);
    m_currency->setCurrentText(m_storedCurrency);

    auto *firm = new QPushButton(tr("Firm &Profile…"), page);
    connect(firm, &QPushButton::clicked, this, &SettingsDialog::firmProfileRequested);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
                 note(tr("Your choice on this computer; ClientDesk speaks it from its next start. "
                         "Numbers, money and dates follow it."),
                      page));
    form->addRow(tr("Firm's &currency:"), m_currency);
    form->addRow(QString(),
                 note(tr("The currency of totals, charts and reports (ISO code, such as IDR). "
                         "Revenue recorded in another currency is kept, but not counted in them."),
                      page));
    form->addRow(tr("Reports:"), firm);
    return page;
}

QSpinBox *SettingsDialog::addNumber(const QString &key, int value, int low, int high)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(low, high);
    spin->setValue(value);
    spin->setAccessibleName(key);
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
    const auto add = [&](const QString &label, const QString &key, int value, int low, int high,
                         const QString &suffix) {
        QSpinBox *spin = addNumber(key, value, low, high);
        spin->setSuffix(suffix);
        form->addRow(label, spin);
    };
    const QString days = tr(" days");
    const QString purchases = tr(" purchases");
    const QString quarters = tr(" quarters");
    add(tr("“New”: first purchase within"), u"tag_new_days"_s, t.newDays, 1, 3650, days);
    add(tr("“Returning”: at least"), u"tag_returning_purchases"_s, t.returningPurchases, 2, 1000,
        purchases);
    add(tr("“Loyal”: purchases in at least"), u"tag_loyal_quarters"_s, t.loyalQuarters, 1, 40,
        quarters);
    add(tr("… of the most recent"), u"tag_loyal_window_quarters"_s, t.loyalWindowQuarters, 2, 40,
        quarters);
    add(tr("… and a customer for at least"), u"tag_loyal_min_days"_s, t.loyalMinDays, 0, 3650,
        days);
    add(tr("“Promotion-driven”: discounted share at least"), u"tag_promo_percent"_s, t.promoPercent,
        1, 100, tr(" %"));
    add(tr("… out of at least"), u"tag_promo_min_purchases"_s, t.promoMinPurchases, 1, 1000,
        purchases);
    add(tr("“Advocate”: referred at least"), u"tag_advocate_referrals"_s, t.advocateReferrals, 1,
        1000, tr(" accounts"));
    return page;
}

QWidget *SettingsDialog::createHealthTab()
{
    auto *page = new QWidget(this);
    const HealthWeights &w = m_storedWeights;
    auto *form = new QFormLayout(page);
    form->addRow(note(tr("A client starts at 100 points and loses these for each warning sign; "
                         "75 and above is good, 50 to 74 needs watching, below 50 is at risk. "
                         "0 ignores a sign."),
                      page));
    const auto add = [&](const QString &label, const QString &key, int value) {
        QSpinBox *spin = addNumber(key, value, 0, HealthWeights::kMaximum);
        spin->setSuffix(tr(" points"));
        form->addRow(label, spin);
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
    m_keep->setSuffix(tr(" backups"));
    connect(m_backups, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);
    auto *form = new QFormLayout(page);
    form->addRow(m_backups);
    form->addRow(tr("&Keep the newest:"), m_keep);
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
    TagThresholds t;
    t.newDays = numberField(u"tag_new_days"_s)->value();
    t.returningPurchases = numberField(u"tag_returning_purchases"_s)->value();
    t.loyalQuarters = numberField(u"tag_loyal_quarters"_s)->value();
    t.loyalWindowQuarters = numberField(u"tag_loyal_window_quarters"_s)->value();
    t.loyalMinDays = numberField(u"tag_loyal_min_days"_s)->value();
    t.promoPercent = numberField(u"tag_promo_percent"_s)->value();
    t.promoMinPurchases = numberField(u"tag_promo_min_purchases"_s)->value();
    t.advocateReferrals = numberField(u"tag_advocate_referrals"_s)->value();
    return t;
}

HealthWeights SettingsDialog::weightsInForm() const
{
    HealthWeights weights;
    for (const auto &[key, value] : HealthWeights().toSettings())
        weights.set(key, numberField(key)->value());
    return weights;
}

void SettingsDialog::showWeights(const HealthWeights &weights)
{
    for (const auto &[key, value] : weights.toSettings())
        numberField(key)->setValue(value);
}

void SettingsDialog::restoreDefaultWeights()
{
    showWeights(HealthWeights());
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

bool SettingsDialog::save()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const TagThresholds thresholds = thresholdsInForm();
    const HealthWeights weights = weightsInForm();
    const BackupPolicy policy { m_backups->isChecked(), m_keep->value() };

    // Everything is checked first; then the database's settings are written together.
    QStringList problems = thresholds.validate() + weights.validate();
    if (const QString problem = SettingsRepository::currencyProblem(m_currency->currentText());
        !problem.isEmpty())
        problems.prepend(problem);
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(u' '));
        return false;
    }
    TransactionGuard guard(m_database);
    Status ok = guard.begin();
    if (ok)
        ok = SettingsRepository(m_database).setFirmCurrency(currency);
    if (ok)
        ok = CustomerStats(m_database).setThresholds(thresholds);
    if (ok)
        ok = SettingsRepository(m_database).setHealthWeights(weights);
    if (ok)
        ok = RollingBackups(m_database).setPolicy(policy);
    if (ok)
        ok = guard.commit();
    if (!ok) {
        m_message->setText(tr("Nothing was saved: %1").arg(ok.error()));
        return false;
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Language::chosen();
    Language::setChosen(language);
    m_figuresChanged = currency != m_storedCurrency || thresholds != m_storedThresholds
        || weights != m_storedWeights;
    m_storedCurrency = currency;
    m_storedThresholds = thresholds;
    m_storedWeights = weights;
    m_message->clear();
    return true;
}

} // namespace cd
