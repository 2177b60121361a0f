#include "dialogs/billingsettingspage.h"
#include "dialogs/helpdialogs.h"
#include "dialogs/settingsdialog.h"
#include "domain/clienthealth.h"
#include "domain/money.h"
#include "language.h"
#include "mainwindow.h"
#include "models/clientlistmodel.h"
#include "sample/samplegenerator.h"
#include "services/settingsservice.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "views/clientsview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace cd;

// Edit > Settings (language, currency, tag thresholds, health weights, backups), the keyboard
// shortcuts and their overview, the user guide, and the app in Bahasa Indonesia: texts
// translated and numbers, money and dates formatted by its locale.
class tst_Settings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString setting(const QString &key) const
    {
        const auto value = SettingsRepository(*m_db).value(key);
        return value && value->has_value() ? **value : u"(unset)"_s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
        QSettings().clear();
        auto db = Database::open(m_dir.filePath(u"settings.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        SampleOptions options;
        options.accounts = 80;
        options.revenueEntries = 1500;
        QVERIFY(SampleGenerator(options).generate(*m_db).ok());
    }
    void cleanupTestCase() { m_db.reset(); }

    void theDialogShowsWhatIsStoredAndSavesItTogether()
    {
        QVERIFY(SettingsRepository(*m_db).setFirmCurrency(u"IDR"_s).ok());
        SettingsDialog dialog(m_db.get());
        QCOMPARE(dialog.currencyCode(), u"IDR"_s);
        QCOMPARE(dialog.numberField(u"tag_new_days"_s)->value(), TagThresholds().newDays);
        QCOMPARE(dialog.numberField(u"health_notice_30"_s)->value(), HealthWeights().noticeSoon);
        QVERIFY(dialog.backupsField()->isChecked());
        QCOMPARE(dialog.languageField()->currentData().toString(), QString());

        dialog.numberField(u"tag_new_days"_s)->setValue(30);
        dialog.numberField(u"health_no_contract"_s)->setValue(0);
        dialog.backupsField()->setChecked(false);
        dialog.keepField()->setValue(3);
        dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(u"id"_s));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QVERIFY(dialog.figuresChanged());
        QVERIFY(dialog.languageChanged());

        // The database holds amounts: its currency changes only with rates
        // (tst_exchangerates).
        QCOMPARE(setting(u"currency"_s), u"IDR"_s);
        QCOMPARE(setting(u"tag_new_days"_s), u"30"_s);
        QCOMPARE(setting(u"health_no_contract"_s), u"0"_s);
        QCOMPARE(setting(u"backup_enabled"_s), u"false"_s);
        QCOMPARE(setting(u"backup_keep"_s), u"3"_s);
        QCOMPARE(Language::chosen(), u"id"_s);
        QCOMPARE(CustomerStats(*m_db).thresholds()->newDays, 30);

        // Reopened, it shows the stored values; saving unchanged changes nothing.
        SettingsDialog again(m_db.get());
        QCOMPARE(again.currencyCode(), u"IDR"_s);
        QCOMPARE(again.numberField(u"health_no_contract"_s)->value(), 0);
        QVERIFY(!again.backupsField()->isChecked());
        QVERIFY(!again.keepField()->isEnabled());
        QCOMPARE(again.languageField()->currentData().toString(), u"id"_s);
        QVERIFY(again.save());
        QVERIFY(!again.figuresChanged());
        QVERIFY(!again.languageChanged());

        // Back to the defaults, for the tests after this one.
        again.restoreDefaultWeights();
        QCOMPARE(again.numberField(u"health_no_contract"_s)->value(), 20);
        again.numberField(u"tag_new_days"_s)->setValue(90);
        again.languageField()->setCurrentIndex(0);
        QVERIFY(again.save());
        QCOMPARE(Language::chosen(), QString());
        QCOMPARE(*SettingsRepository(*m_db).healthWeights(), HealthWeights());
    }

    void badValuesAreNamedAndNothingIsWritten()
    {
        const auto before = SettingsRepository(*m_db).all();
        SettingsDialog dialog(m_db.get());
        dialog.currencyField()->setCurrentText(u"Rupiah"_s);
        dialog.numberField(u"tag_loyal_quarters"_s)->setValue(9); // more than the window of 8
        dialog.numberField(u"health_no_contract"_s)->setValue(55);
        dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(u"en"_s));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.message().contains(u"“Rupiah” is not a currency code"_s));
        QVERIFY(dialog.message().contains(u"“Loyal” needs purchases in 9 quarters"_s));
        QCOMPARE(*SettingsRepository(*m_db).all(), *before);
        QCOMPARE(Language::chosen(), QString());
    }

    // Settings › Billing (issue 27): live examples of the patterns, the sentence for a bad
    // one, saved with the other settings; only what changed is written.
    void theBillingTabShowsExamplesAndSavesWithTheRest()
    {
        const QString year = QString::number(QDate::currentDate().year());
        SettingsDialog dialog(m_db.get());
        BillingSettingsPage *billing = dialog.billingPage();
        QVERIFY(billing);
        QVERIFY(billing->invoicePatternField()->isEnabled()); // a file: the user may
        QCOMPARE(billing->invoicePatternField()->text(), u"INV/{yyyy}/{00000}"_s);
        QCOMPARE(billing->invoiceExample()->text(),
                 u"For example INV/%1/00001, then INV/%1/00002."_s.arg(year));
        QCOMPARE(billing->creditNoteExample()->text(),
                 u"For example CN/%1/00001, then CN/%1/00002."_s.arg(year));
        QCOMPARE(billing->contractExample()->text(),
                 u"For example C-%1-00001, then C-%1-00002."_s.arg(year));
        QCOMPARE(billing->paymentTermsField()->value(), 30);
        QCOMPARE(billing->taxRateField()->value(), 11.0);
        QCOMPARE(billing->taxLabelField()->text(), u"PPN"_s);
        QVERIFY(!billing->pricesIncludeTaxField()->isChecked());

        // A pattern without a number: said under it, and saving is refused, nothing written.
        const auto before = SettingsRepository(*m_db).all();
        billing->invoicePatternField()->setText(u"INV/{yyyy}"_s);
        QCOMPARE(billing->invoiceExample()->text(),
                 u"The pattern “INV/{yyyy}” has no number field; add one such as {00000}."_s);
        billing->taxLabelField()->clear();
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.message(),
                 u"Invoice numbers: The pattern “INV/{yyyy}” has no number field; add one such "
                 "as {00000}. The tax needs a name for invoices, such as PPN."_s);
        QCOMPARE(dialog.tabs()->currentWidget(), billing);
        QCOMPARE(*SettingsRepository(*m_db).all(), *before);

        billing->invoicePatternField()->setText(u"F/{yy}/{0000}"_s);
        QCOMPARE(billing->invoiceExample()->text(),
                 u"For example F/%1/0001, then F/%1/0002."_s.arg(year.right(2)));
        billing->paymentTermsField()->setValue(14);
        billing->taxRateField()->setValue(12.5);
        billing->taxLabelField()->setText(u" VAT "_s);
        billing->pricesIncludeTaxField()->setChecked(true);
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QCOMPARE(setting(u"billing.invoice_pattern"_s), u"F/{yy}/{0000}"_s);
        QCOMPARE(setting(u"billing.payment_terms_days"_s), u"14"_s);
        QCOMPARE(setting(u"billing.tax_rate"_s), u"12.5"_s);
        QCOMPARE(setting(u"billing.tax_label"_s), u"VAT"_s);
        QCOMPARE(setting(u"billing.prices_include_tax"_s), u"true"_s);
        QCOMPARE(setting(u"billing.credit_note_pattern"_s), u"(unset)"_s); // not changed
        QCOMPARE(setting(u"billing.contract_pattern"_s), u"(unset)"_s);
        const auto stored = SettingsService(*m_db).billingSettings();
        QVERIFY(stored.ok());
        QCOMPARE(stored->taxRateBp, 1250);

        SettingsDialog again(m_db.get());
        QCOMPARE(again.billingPage()->invoicePatternField()->text(), u"F/{yy}/{0000}"_s);
        QCOMPARE(again.billingPage()->taxRateField()->value(), 12.5);
        QVERIFY(again.billingPage()->pricesIncludeTaxField()->isChecked());
        // Saving again unchanged writes nothing new.
        const auto saved = SettingsRepository(*m_db).all();
        QVERIFY(again.save());
        QCOMPARE(*SettingsRepository(*m_db).all(), *saved);
        for (const QString &key : BillingSettings::keys())
            QVERIFY(SettingsRepository(*m_db).remove(key).ok());
    }

    void withoutADatabaseOnlyTheLanguageCanBeChosen()
    {
        SettingsDialog dialog(nullptr);
        QVERIFY(!dialog.currencyField()->isEnabled());
        for (int tab = 1; tab < dialog.tabs()->count(); ++tab)
            QVERIFY(!dialog.tabs()->isTabEnabled(tab));
        QVERIFY(dialog.message().contains(u"Open a database"_s));
        dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(u"en"_s));
        QVERIFY(dialog.save());
        QCOMPARE(Language::chosen(), u"en"_s);
        QVERIFY(!dialog.figuresChanged());
        Language::setChosen(QString());
    }

    void unusableStoredValuesAreNamedAndSavingReplacesThem()
    {
        QVERIFY(SettingsRepository(*m_db).setValue(u"health_notice_30"_s, u"1000"_s).ok());
        SettingsDialog dialog(m_db.get());
        QVERIFY2(dialog.message().contains(u"“health_notice_30” is 1,000"_s)
                     || dialog.message().contains(u"“health_notice_30” is 1000"_s),
                 qPrintable(dialog.message()));
        QCOMPARE(dialog.numberField(u"health_notice_30"_s)->value(), 25);
        QVERIFY(dialog.save());
        QVERIFY(dialog.figuresChanged()); // the defaults now stand where 1000 was
        QCOMPARE(setting(u"health_notice_30"_s), u"25"_s);
    }

    void healthWeightsChangeTheClientsScores()
    {
        ClientListModel model(*m_db);
        QVERIFY(model.reload(QDate(2026, 11, 22)).ok());
        int belowFull = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            belowFull += model.rowAt(r)->health.score() < 100 ? 1 : 0;
        QVERIFY(belowFull > 0);

        HealthWeights none;
        for (const auto &[key, value] : HealthWeights().toSettings())
            none.set(key, 0);
        QVERIFY(SettingsRepository(*m_db).setHealthWeights(none).ok());
        QVERIFY(model.reload(QDate(2026, 11, 22)).ok());
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowAt(r)->health.score(), 100);
            QVERIFY(model.rowAt(r)->health.reasons().isEmpty());
        }
        QVERIFY(SettingsRepository(*m_db).setHealthWeights(HealthWeights()).ok());
    }

    void everyFrequentActionHasItsOwnShortcutAndTheOverviewListsThem()
    {
        MainWindow window(Database::open(m_dir.filePath(u"window.sqlite"_s)).value());
        QHash<QString, QString> seen;
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString name = key.toString(QKeySequence::PortableText);
                QVERIFY2(!seen.contains(name),
                         qPrintable(u"%1 is taken by “%2” and “%3”"_s.arg(name, seen.value(name),
                                                                          action->text())));
                seen.insert(name, action->text());
            }
        }
        ShortcutsDialog overview(*window.menuBar());
        QHash<QString, QString> listed;
        for (int r = 0; r < overview.table()->rowCount(); ++r)
            listed.insert(overview.table()->item(r, 0)->text(),
                          overview.table()->item(r, 1)->text());
        const auto native = [](const QKeySequence &key) {
            return key.toString(QKeySequence::NativeText);
        };
        QCOMPARE(listed.value(u"Tools › New Client…"_s),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
        QCOMPARE(listed.value(u"Tools › New Customer…"_s),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)));
        QCOMPARE(listed.value(u"Tools › Record Sale…"_s),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        QCOMPARE(listed.value(u"Tools › Log Interaction…"_s),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)));
        QCOMPARE(listed.value(u"Edit › Find…"_s), native(QKeySequence::Find));
        QCOMPARE(listed.value(u"File › Client Report…"_s), native(QKeySequence::Print));
        QCOMPARE(listed.value(u"Help › User Guide"_s), native(QKeySequence::HelpContents));
        QVERIFY(listed.contains(u"Edit › Settings…"_s));

        // Find puts the cursor in the clients' search field.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::Area::Dashboard);
        QTest::keySequence(&window, QKeySequence::Find);
        QCOMPARE(window.currentArea(), MainWindow::Area::Clients);
        QTRY_VERIFY(window.clientsView()->searchField()->hasFocus());
    }

    void theGuideOpensInTheLanguageOfTheApp()
    {
        QCOMPARE(UserGuideDialog::guideFor(QLocale(QLocale::English)), u":/help/guide.html"_s);
        QCOMPARE(UserGuideDialog::guideFor(QLocale(QLocale::German)), u":/help/guide.html"_s);
        QCOMPARE(UserGuideDialog::guideFor(QLocale(QLocale::Indonesian)),
                 u":/help/guide_id.html"_s);
        UserGuideDialog guide;
        const QString text = guide.browser()->toPlainText();
        for (const QString &topic :
             { u"Clients and customers"_s, u"health"_s, u"notice"_s, u"Reports"_s, u"Backups"_s })
            QVERIFY2(text.contains(topic, Qt::CaseInsensitive), qPrintable(topic));
    }

    void everyTranslationKeepsItsPlaceholdersAndItsShortcutKey()
    {
        QFile file(QStringLiteral(CLIENTDESK_TS_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(u"%L?[1-9]|%n"_s);
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.append(it.next().captured());
            found.sort();
            return found;
        };
        const auto accelerators = [](QString text) {
            text.remove(u"&&"_s);
            static const QRegularExpression key(u"&[^\\s&;]"_s);
            return int(text.count(key));
        };
        QString context;
        QString source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s || xml.name() == u"numerusform"_s) {
                if (xml.name() == u"translation"_s
                    && xml.attributes().value(u"type"_s) == u"unfinished"_s)
                    problems.append(u"%1: “%2” is unfinished"_s.arg(context, source));
                const QString translation
                    = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                ++messages;
                if (translation.trimmed().isEmpty())
                    problems.append(u"%1: “%2” is not translated"_s.arg(context, source));
                else if (placeholders(source) != placeholders(translation))
                    problems.append(u"%1: “%2” → “%3” changes the placeholders"_s.arg(
                        context, source, translation));
                else if (accelerators(source) != accelerators(translation))
                    problems.append(u"%1: “%2” → “%3” changes the shortcut key"_s.arg(
                        context, source, translation));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 1500);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Last: it installs the translation for the rest of the process.
    void inBahasaIndonesiaTextsAreTranslatedAndFiguresFormattedByItsLocale()
    {
        const QLocale indonesian = Language::localeFor(u"id"_s);
        QCOMPARE(indonesian.language(), QLocale::Indonesian);
        QCOMPARE(Language::localeFor(u"en"_s).language(), QLocale::English);
        QCOMPARE(Language::choices().size(), 3);
        QVERIFY(Language::apply(indonesian));
        QCOMPARE(QLocale().language(), QLocale::Indonesian);

        // Texts of core, ui and the dialogs, and Qt's own buttons.
        QCOMPARE(QCoreApplication::translate("cd::MainWindow", "&File"), u"&Berkas"_s);
        QCOMPARE(ClientHealth::label(ClientHealth::Level::AtRisk), u"Berisiko"_s);
        // Qt has no Indonesian of its own: its standard buttons come from our translation.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), u"Simpan"_s);
        MainWindow window(Database::open(m_dir.filePath(u"window-id.sqlite"_s)).value());
        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus.first(), u"&Berkas"_s);
        QVERIFY(!menus.contains(u"&Help"_s));
        SettingsDialog dialog(m_db.get());
        QCOMPARE(dialog.windowTitle(), u"Pengaturan"_s);

        // Money, numbers and dates the Indonesian way, in the models as on the screen.
        QCOMPARE(Money(123'456'700, u"IDR"_s).format(QLocale()).remove(u'\u00a0'),
                 u"Rp1.234.567,00"_s);
        QCOMPARE(QLocale().toString(1234567), u"1.234.567"_s);
        ClientListModel model(*m_db);
        QVERIFY(model.reload(QDate(2026, 11, 22)).ok());
        bool sawMoney = false;
        for (int r = 0; r < model.rowCount() && !sawMoney; ++r) {
            const QString text
                = model.index(r, ClientListModel::MonthlyRecurring).data().toString();
            sawMoney = text.startsWith(u"Rp"_s) && text.contains(u'.');
        }
        QVERIFY(sawMoney);
        const QString health = model.index(0, ClientListModel::Health).data().toString();
        QVERIFY2(!health.contains(u"Good"_s) && !health.contains(u"Watch"_s), qPrintable(health));
    }
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
