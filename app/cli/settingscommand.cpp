#include "cli/settingscommand.h"

#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "domain/money.h"
#include "reports/reportdata.h"
#include "services/currencyservice.h"
#include "services/settingsservice.h"
#include "storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

const QString kCurrency = u"currency"_s;
const QString kBackupEnabled = u"backup_enabled"_s;
const QString kBackupKeep = u"backup_keep"_s;
const QString kFirmName = QString::fromLatin1(FirmProfile::kNameKey);
const QString kFirmAddress = QString::fromLatin1(FirmProfile::kAddressKey);
const QString kCapacity = QString::fromLatin1(SettingsService::kCapacityKey);

/// A setting as `clientdesk settings` lists it.
struct SettingRow
{
    QString key;
    QString value;
    QString defaultValue;
    QString meaning;
};

/// The field of TagThresholds a `tag_*` key names, or nullptr.
int *thresholdField(TagThresholds &t, const QString &key)
{
    const std::pair<QString, int *> fields[]
        = { { u"tag_new_days"_s, &t.newDays },
            { u"tag_returning_purchases"_s, &t.returningPurchases },
            { u"tag_loyal_quarters"_s, &t.loyalQuarters },
            { u"tag_loyal_window_quarters"_s, &t.loyalWindowQuarters },
            { u"tag_loyal_min_days"_s, &t.loyalMinDays },
            { u"tag_promo_percent"_s, &t.promoPercent },
            { u"tag_promo_min_purchases"_s, &t.promoMinPurchases },
            { u"tag_advocate_referrals"_s, &t.advocateReferrals } };
    for (const auto &[name, field] : fields) {
        if (name == key)
            return field;
    }
    return nullptr;
}

/// What each key means, in the order the settings dialog shows them.
QList<std::pair<QString, QString>> meanings()
{
    return {
        { kCurrency,
          tr("The firm's currency (ISO 4217): totals, charts and reports are in it; amounts in "
             "other currencies are converted at the exchange rates.") },
        { u"tag_new_days"_s, tr("“New” tag: days since the first purchase, fewer than (1–3650).") },
        { u"tag_returning_purchases"_s, tr("“Returning” tag: purchases, at least (2–1000).") },
        { u"tag_loyal_quarters"_s,
          tr("“Loyal” tag: quarters with a purchase, at least (1 to the quarters looked at).") },
        { u"tag_loyal_window_quarters"_s,
          tr("“Loyal” tag: out of the most recent quarters (2–40).") },
        { u"tag_loyal_min_days"_s, tr("“Loyal” tag: days as a customer, at least (0–3650).") },
        { u"tag_promo_percent"_s,
          tr("“Promotion-driven” tag: percent of purchases discounted, at least (1–100).") },
        { u"tag_promo_min_purchases"_s,
          tr("“Promotion-driven” tag: purchases, at least (1–1000).") },
        { u"tag_advocate_referrals"_s,
          tr("“Advocate” tag: accounts referred, at least (1–1000).") },
        { u"health_no_contract"_s, tr("Client health points lost: no active contract (0–100).") },
        { u"health_no_contact_90"_s,
          tr("Client health points lost: no contact for more than 90 days (0–100).") },
        { u"health_no_contact_45"_s,
          tr("Client health points lost: no contact for 46 to 90 days (0–100).") },
        { u"health_request_overdue"_s,
          tr("Client health points lost: each open request past its response time, at most two "
             "(0–100).") },
        { u"health_request_late"_s,
          tr("Client health points lost: each request answered late in 90 days, at most three "
             "(0–100).") },
        { u"health_notice_30"_s,
          tr("Client health points lost: notice deadline within 30 days, no renewal decision "
             "(0–100).") },
        { u"health_notice_60"_s,
          tr("Client health points lost: notice deadline in 31 to 60 days, no renewal decision "
             "(0–100).") },
        { u"health_revenue_70"_s,
          tr("Client health points lost: revenue below 70 % of the year before (0–100).") },
        { u"health_revenue_90"_s,
          tr("Client health points lost: revenue below 90 % of the year before (0–100).") },
        { u"health_invoice_overdue"_s,
          tr("Client health points lost: one or more invoices past their due date (0–100).") },
        { kBackupEnabled,
          tr("Back up this database automatically, once a day, when the app opens it (true or "
             "false).") },
        { kBackupKeep, tr("Automatic backups kept (1–100).") },
        { kFirmName, tr("The firm's name, at the top of reports.") },
        { kFirmAddress,
          tr("The firm's address, at the top of reports (lines separated by line "
             "breaks).") },
        { QString::fromLatin1(FirmProfile::kTaxIdKey),
          tr("The firm's tax id (NPWP), on its invoices.") },
        { QString::fromLatin1(FirmProfile::kBankNameKey),
          tr("The bank invoices ask to be paid into.") },
        { QString::fromLatin1(FirmProfile::kBankAccountNameKey),
          tr("The name the firm's bank account is held in, on invoices.") },
        { QString::fromLatin1(FirmProfile::kBankAccountNumberKey),
          tr("The firm's bank account number, on invoices.") },
        { QString::fromLatin1(FirmProfile::kPaymentNoteKey),
          tr("Anything else a payer needs (SWIFT code, branch), under the bank details on "
             "invoices.") },
        { kCapacity,
          tr("A person's working minutes a week, unless their own capacity says otherwise: "
             "utilisation is billable time ÷ capacity (1–10080).") },
        { QString::fromLatin1(BillingSettings::kInvoicePatternKey),
          tr("How invoices are numbered: {yyyy} or {yy} for the year of the invoice's date and "
             "one run of zeros in braces for its number in that year ({00000}: at least five "
             "digits).") },
        { QString::fromLatin1(BillingSettings::kCreditNotePatternKey),
          tr("How credit notes are numbered, in a sequence of their own (the same fields as "
             "invoices).") },
        { QString::fromLatin1(BillingSettings::kContractPatternKey),
          tr("How new contracts' references are proposed (the same fields; the next number is "
             "one more than the highest of that year).") },
        { QString::fromLatin1(BillingSettings::kPaymentTermsKey),
          tr("Days from an invoice's date to its due date, unless its contract says otherwise "
             "(0–365).") },
        { QString::fromLatin1(BillingSettings::kTaxRateKey),
          tr("The tax rate of invoice lines, in percent (PPN: 11; 0–100, two decimals at "
             "most).") },
        { QString::fromLatin1(BillingSettings::kTaxLabelKey),
          tr("What invoices call the tax (PPN, VAT).") },
        { QString::fromLatin1(BillingSettings::kPricesIncludeTaxKey),
          tr("Whether prices and fees include the tax (true) or have it added (false).") },
    };
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

/// The value of `key` in `settings`, `firm` and `billing`, as text.
QString valueOf(const QString &key, const SettingsService::FirmSettings &settings,
                const FirmProfile &firm, const BillingSettings &billing)
{
    if (BillingSettings::isBillingKey(key))
        return billing.valueOf(key);
    if (const QString *text = firm.field(key))
        return *text;
    if (key == kCurrency)
        return settings.currency;
    if (key == kBackupEnabled)
        return boolText(settings.backups.enabled);
    if (key == kBackupKeep)
        return QString::number(settings.backups.keep);
    if (key == kCapacity)
        return QString::number(settings.capacityMinutes);
    TagThresholds thresholds = settings.thresholds;
    if (const int *field = thresholdField(thresholds, key))
        return QString::number(*field);
    for (const auto &[name, value] : settings.weights.toSettings()) {
        if (name == key)
            return QString::number(value);
    }
    return {};
}

QStringList settingKeys()
{
    QStringList keys;
    for (const auto &[key, meaning] : meanings())
        keys.append(key);
    return keys;
}

QList<SettingRow> settingRows(const SettingsService::FirmSettings &stored, const FirmProfile &firm,
                              const BillingSettings &billing)
{
    SettingsService::FirmSettings defaults;
    defaults.currency = u"IDR"_s;
    QList<SettingRow> rows;
    for (const auto &[key, meaning] : meanings())
        rows.append({ key, valueOf(key, stored, firm, billing),
                      valueOf(key, defaults, FirmProfile(), BillingSettings()), meaning });
    return rows;
}

int listSettings(Database &db, TableOutput::Format format, Console &console)
{
    const SettingsService::Stored stored = SettingsService(db).firmSettings();
    const Result<FirmProfile> firm = FirmProfile::load(db);
    if (!firm) {
        console.error(firm.error());
        return Failure;
    }
    // A billing setting that cannot be used shows the defaults, like the others.
    const Result<BillingSettings> billing = SettingsService(db).billingSettings();
    QStringList problems = stored.problems;
    if (!billing)
        problems.append(billing.error());
    TableOutput table({ { u"key"_s, TableOutput::Kind::Text },
                        { u"value"_s, TableOutput::Kind::Text },
                        { u"default"_s, TableOutput::Kind::Text },
                        { u"meaning"_s, TableOutput::Kind::Text } });
    for (const SettingRow &row :
         settingRows(stored.settings, *firm, billing ? *billing : BillingSettings()))
        table.addRow({ row.key, row.value, row.defaultValue, row.meaning });
    table.write(console.out(), format);
    console.out().flush();
    // The figures use the defaults in place of stored values that cannot be used.
    for (const QString &problem : problems)
        console.error(tr("Showing the default: %1").arg(problem));
    return Success;
}

/// A whole number, or nothing after saying what is wrong.
std::optional<int> wholeNumber(const QString &key, const QString &text, Console &console)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        console.error(tr("%1 takes a whole number, not '%2'.").arg(key, text));
        return std::nullopt;
    }
    return value;
}

int changeCurrency(Database &db, const QString &text, Console &console)
{
    const QString code = text.trimmed().toUpper();
    if (const QString problem = SettingsService::currencyProblem(text); !problem.isEmpty()) {
        console.error(problem);
        return Failure;
    }
    const Status changed
        = CurrencyService(db).changeFirmCurrency(code, [&console](qint64 done, qint64 total) {
              console.progress(int(done * 100 / std::max<qint64>(total, 1)),
                               tr("Converting the amounts again"));
              return true;
          });
    console.endProgress();
    if (!changed) {
        console.error(changed.error());
        return Failure;
    }
    console.out() << tr("The firm's currency is now %1.").arg(code) << Qt::endl;
    return Success;
}

int changeFirmProfile(Database &db, const QString &key, const QString &value, Console &console)
{
    Result<FirmProfile> firm = FirmProfile::load(db);
    if (!firm) {
        console.error(firm.error());
        return Failure;
    }
    *firm->field(key) = value;
    if (const Status saved = firm->save(db); !saved) {
        console.error(saved.error());
        return Failure;
    }
    console.out() << tr("%1 is now set.").arg(key) << Qt::endl;
    return Success;
}

/// A 'billing.*' key, checked by BillingSettings::problem through SettingsService.
int changeBilling(Database &db, const QString &key, const QString &value, Console &console)
{
    SettingsService service(db);
    // Stored as the settings write it: "11.5" for "11.50 %", "true" for "yes".
    BillingSettings billing;
    if (!billing.apply(key, value)) {
        console.error(BillingSettings::problem(key, value));
        return Failure;
    }
    if (const Status saved = service.setValue(key, billing.valueOf(key)); !saved) {
        console.error(saved.error());
        return Failure;
    }
    console.out() << tr("%1 is now %2.").arg(key, billing.valueOf(key)) << Qt::endl;
    return Success;
}

/// Builds the firm's settings from the stored ones with `key` changed, the same way the
/// settings dialog does, and saves them; a bad key or value is one sentence.
int setSetting(Database &db, const QString &key, const QString &value, Console &console)
{
    if (!settingKeys().contains(key)) {
        console.error(
            tr("'%1' is not a setting; run 'clientdesk settings' for the list.").arg(key));
        return Failure;
    }
    if (key == kCurrency)
        return changeCurrency(db, value, console);
    if (FirmProfile::textKeys().contains(key))
        return changeFirmProfile(db, key, value, console);
    if (BillingSettings::isBillingKey(key))
        return changeBilling(db, key, value, console);

    SettingsService service(db);
    SettingsService::FirmSettings settings = service.firmSettings().settings;
    if (key == kBackupEnabled) {
        const QString text = value.trimmed().toLower();
        if (text == u"true"_s || text == u"yes"_s || text == u"1"_s) {
            settings.backups.enabled = true;
        } else if (text == u"false"_s || text == u"no"_s || text == u"0"_s) {
            settings.backups.enabled = false;
        } else {
            console.error(tr("%1 is true or false, not '%2'.").arg(key, value));
            return Failure;
        }
    } else {
        const std::optional<int> number = wholeNumber(key, value, console);
        if (!number)
            return Failure;
        if (key == kBackupKeep)
            settings.backups.keep = *number;
        else if (key == kCapacity)
            settings.capacityMinutes = *number;
        else if (int *field = thresholdField(settings.thresholds, key))
            *field = *number;
        else
            settings.weights.set(key, *number);
    }
    if (const Status saved = service.saveFirmSettings(settings); !saved) {
        console.error(saved.error());
        return Failure;
    }
    console.out() << tr("%1 is now %2.")
                         .arg(key,
                              valueOf(key, service.firmSettings().settings, FirmProfile(),
                                      BillingSettings()))
                  << Qt::endl;
    if (key.startsWith(u"tag_"_s))
        console.out() << tr("The customers' tags are worked out again when the app next shows "
                            "them.")
                      << Qt::endl;
    return Success;
}

int relabelCurrency(Database &db, const QString &fromText, const QString &toText, Console &console)
{
    const QString from = fromText.trimmed().toUpper();
    const QString to = toText.trimmed().toUpper();
    for (const QString &code : { fromText, toText }) {
        if (const QString problem = SettingsService::currencyProblem(code); !problem.isEmpty()) {
            console.error(problem);
            return Failure;
        }
    }
    if (from == to) {
        console.error(
            tr("%1 and %2 are the same currency: there is nothing to relabel.").arg(from, to));
        return Failure;
    }
    const QString firmBefore = SettingsService(db).firmCurrency();
    const Status relabelled
        = CurrencyService(db).relabel(from, to, [&console](qint64 done, qint64 total) {
              console.progress(int(done * 100 / std::max<qint64>(total, 1)), tr("Relabelling"));
              return true;
          });
    console.endProgress();
    if (!relabelled) {
        console.error(relabelled.error());
        return Failure;
    }
    console.out() << tr("Every amount, rate and account currency stored as %1 is now labelled %2; "
                        "no amount changed.")
                         .arg(from, to)
                  << Qt::endl;
    if (firmBefore == from)
        console.out() << tr("The firm's currency is now %1.").arg(to) << Qt::endl;
    return Success;
}

/// The index of the subcommand word (the first argument that is neither an option nor the
/// value of one); -1 when there is none.
int subcommandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--database"_s || a == u"--format"_s) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return i;
    }
    return -1;
}

} // namespace

int runSettings(const QStringList &arguments, Console &console)
{
    const int index = subcommandIndex(arguments);
    const QString subcommand = index < 0 ? QString() : arguments.at(index);
    QStringList rest = arguments;
    if (subcommand == u"set"_s || subcommand == u"relabel-currency"_s)
        rest.removeAt(index);

    QCommandLineParser parser;
    if (subcommand == u"set"_s) {
        if (auto exit = parseCommand(parser, rest, u"settings set"_s,
                                     tr("Changes one of the firm's settings, with the checks of "
                                        "the settings dialog. 'settings set currency CODE' "
                                        "re-expresses the stored exchange rates against the new "
                                        "currency."),
                                     u"KEY VALUE"_s, 2, console)) {
            return *exit;
        }
        auto db = openDatabase(parser, true, console);
        if (!db)
            return Failure;
        const QStringList positional = parser.positionalArguments();
        return setSetting(*db, positional.at(0), positional.at(1), console);
    }
    if (subcommand == u"relabel-currency"_s) {
        if (auto exit = parseCommand(parser, rest, u"settings relabel-currency"_s,
                                     tr("Relabels every amount stored in currency FROM as TO "
                                        "without changing one digit (a database imported under a "
                                        "wrong currency code); recorded in the audit log."),
                                     u"FROM TO"_s, 2, console)) {
            return *exit;
        }
        auto db = openDatabase(parser, true, console);
        if (!db)
            return Failure;
        const QStringList positional = parser.positionalArguments();
        return relabelCurrency(*db, positional.at(0), positional.at(1), console);
    }
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"settings"_s,
                                 tr("Lists the firm's settings with their values (the default "
                                    "where one is not set). 'clientdesk settings set KEY VALUE' "
                                    "changes one; 'clientdesk settings relabel-currency FROM TO' "
                                    "relabels amounts."),
                                 {}, 0, console)) {
        return *exit;
    }
    const auto format = formatOption(parser, console);
    if (!format)
        return Usage;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    return listSettings(*db, *format, console);
}

int runRates(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption(
        { u"currency"_s, tr("Only the rates of this currency (ISO 4217)."), u"CODE"_s });
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"rates"_s,
                                 tr("Lists the stored exchange rates: on each date, how many units "
                                    "of the firm's currency one unit of the currency is worth."),
                                 {}, 0, console)) {
        return *exit;
    }
    const auto format = formatOption(parser, console);
    if (!format)
        return Usage;
    QString currency;
    if (parser.isSet(u"currency"_s)) {
        currency = parser.value(u"currency"_s).trimmed().toUpper();
        if (!Money::isKnownCurrency(currency)) {
            console.error(tr("--currency takes a currency code such as USD, not '%1'.")
                              .arg(parser.value(u"currency"_s)));
            return Usage;
        }
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const Result<QList<RateEntry>> rates = CurrencyService(*db).rates(currency);
    if (!rates) {
        console.error(rates.error());
        return Failure;
    }
    TableOutput table({ { u"date"_s, TableOutput::Kind::Text },
                        { u"currency"_s, TableOutput::Kind::Text },
                        { u"rate"_s, TableOutput::Kind::Number } });
    for (const RateEntry &rate : *rates)
        table.addRow({ rate.date.toString(Qt::ISODate), rate.currency, rate.rate.toPlainString() });
    if (*format == TableOutput::Format::Table)
        console.out() << tr("Exchange rates (%1 per unit of each currency)")
                             .arg(SettingsService(*db).firmCurrency())
                      << "\n";
    table.write(console.out(), *format);
    console.out().flush();
    return Success;
}

} // namespace cd::cli
