// Settings > Exchange rates, the rate dialog, the firm's currency in Settings and on the
// welcome panel (issue 25), offscreen.
#include "dialogs/exchangeratespage.h"
#include "dialogs/ratedialog.h"
#include "dialogs/settingsdialog.h"
#include "models/exchangeratemodel.h"
#include "sample/samplegenerator.h"
#include "services/currencyservice.h"
#include "services/settingsservice.h"
#include "storage/database.h"
#include "userprompts.h"
#include "views/welcomepanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_ExchangeRates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> newDatabase()
    {
        auto db = Database::open(m_dir.filePath(u"rates%1.sqlite"_s.arg(++m_files)));
        return db ? std::move(db).value() : nullptr;
    }
    static QList<RateEntry> stored(Database &db)
    {
        const auto rates = CurrencyService(db).rates();
        return rates ? *rates : QList<RateEntry>();
    }
    static QString setting(Database &db)
    {
        const auto value = SettingsService(db).value(u"currency"_s, u"(unset)"_s);
        return value ? *value : value.error();
    }
    /// Types into the rate field as a user would, then leaves it.
    static void typeRate(RateDialog *dialog, const QString &text)
    {
        dialog->rateField()->selectAll();
        QTest::keyClicks(dialog->rateField(), text);
        emit dialog->rateField()->editingFinished();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void anEmptyListSaysWhatToDo()
    {
        auto db = newDatabase();
        QVERIFY(db);
        ExchangeRatesPage page(*db);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.emptyHint()->text().contains(u"No exchange rates yet"_s));
        QVERIFY(page.emptyHint()->text().contains(u"add one with Add…"_s));
        QVERIFY(page.addButton()->isEnabled());
        QVERIFY(!page.editButton()->isEnabled());
        QVERIFY(!page.deleteButton()->isEnabled());
        QVERIFY(!page.filterField()->isEnabled());
    }

    void aRateIsAddedAsTypedInTheUsersLocale()
    {
        auto db = newDatabase();
        QVERIFY(db);
        ExchangeRatesPage page(*db);
        QSignalSpy changed(&page, &ExchangeRatesPage::ratesChanged);
        RateDialog *dialog = page.addRate();
        QVERIFY(dialog);
        QVERIFY(dialog->rateNote().isEmpty()); // nothing said before the field is left
        dialog->dateField()->setDate(QDate(2024, 3, 1));
        dialog->currencyField()->setEditText(u"usd"_s);
        typeRate(dialog, u"16,245.50"_s);
        QCOMPARE(dialog->rateNote(), u"1 USD = 16,245.50 IDR; 1 IDR = 0.0000615555 USD."_s);
        QPointer<RateDialog> guard(dialog);
        dialog->accept();
        QTRY_VERIFY(!guard); // closed and deleted

        const QList<RateEntry> rates = stored(*db);
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates.first().currency, u"USD"_s);
        QCOMPARE(rates.first().date, QDate(2024, 3, 1));
        QCOMPARE(rates.first().rate.scaled(), qint64(162'455'000'000'000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, ExchangeRateModel::Rate).data().toString(),
                 u"16,245.50 IDR per USD"_s);
        QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1);
        QVERIFY(page.editButton()->isEnabled());
        QCOMPARE(page.filterField()->count(), 2); // all, USD
    }

    void aBadRateShowsTheSentenceAndSavesNothing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("words") << u"abc"_s << u"“abc”"_s;
        QTest::newRow("zero") << u"0"_s << u"“0”"_s;
        QTest::newRow("negative") << u"-5"_s << u"“-5”"_s;
        QTest::newRow("eleven decimals") << u"1.12345678901"_s << u"“1.12345678901”"_s;
        QTest::newRow("empty") << QString() << u"Type the rate"_s;
    }
    void aBadRateShowsTheSentenceAndSavesNothing()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sentence);
        auto db = newDatabase();
        QVERIFY(db);
        ExchangeRatesPage page(*db);
        RateDialog *dialog = page.addRate();
        const int noteHeight = dialog->findChild<QLabel *>(u"rateNote"_s)->minimumHeight();
        QVERIFY(noteHeight > 0); // room kept: nothing moves when the sentence comes
        QTest::keyClicks(dialog->rateField(), typed);
        QVERIFY(dialog->rateNote().isEmpty()); // not while first typing
        dialog->accept();
        QVERIFY2(dialog->rateNote().contains(sentence), qPrintable(dialog->rateNote()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->result() != QDialog::Accepted);
        QVERIFY(stored(*db).isEmpty());
        // Checked as typed from then on.
        dialog->rateField()->clear();
        QTest::keyClicks(dialog->rateField(), u"2"_s);
        QCOMPARE(dialog->rateNote(), u"1 USD = 2.00 IDR; 1 IDR = 0.50 USD."_s);
        dialog->reject();
    }

    void theFirmsCurrencyAndUnknownCodesAreRefusedInTheDialog()
    {
        auto db = newDatabase();
        QVERIFY(db);
        ExchangeRatesPage page(*db);
        RateDialog *dialog = page.addRate();
        QVERIFY(dialog->currencyField()->findData(u"IDR"_s) < 0); // the firm's: not offered
        dialog->currencyField()->setEditText(u"Dollar"_s);
        typeRate(dialog, u"15000"_s);
        dialog->accept();
        QVERIFY2(dialog->rateNote().contains(u"“Dollar” is not a currency code"_s),
                 qPrintable(dialog->rateNote()));
        dialog->currencyField()->setEditText(u"IDR"_s);
        QVERIFY2(dialog->rateNote().contains(u"IDR is the firm's currency"_s),
                 qPrintable(dialog->rateNote()));
        dialog->accept();
        QVERIFY(stored(*db).isEmpty());
        dialog->reject();
    }

    void inBahasaIndonesiaTheRateIsTypedWithItsDigits()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        auto db = newDatabase();
        QVERIFY(db);
        ExchangeRatesPage page(*db);
        RateDialog *dialog = page.addRate();
        dialog->dateField()->setDate(QDate(2024, 3, 1));
        dialog->currencyField()->setEditText(u"SGD"_s);
        typeRate(dialog, u"12.100,25"_s);
        QCOMPARE(dialog->rateNote().left(23), u"1 SGD = 12.100,25 IDR; "_s);
        dialog->accept();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(stored(*db).size(), 1);
        QCOMPARE(stored(*db).first().rate.toPlainString(), u"12100.25"_s);
    }

    void editingAndDeletingAsk()
    {
        auto db = newDatabase();
        QVERIFY(db);
        CurrencyService service(*db);
        QVERIFY(service.setRate(
            { QDate(2024, 1, 2), u"USD"_s, ExchangeRate::fromScaled(163'000'000'000'000) }));
        QVERIFY(service.setRate(
            { QDate(2024, 2, 15), u"SGD"_s, ExchangeRate::fromScaled(121'002'500'000'000) }));
        ExchangeRatesPage page(*db);
        RecordingPrompts prompts;
        page.setPrompts(&prompts);
        QCOMPARE(page.model()->rowCount(), 2);
        page.filterField()->setCurrentIndex(page.filterField()->findData(u"USD"_s));
        QCOMPARE(page.model()->rowCount(), 1);

        // Edit: 16,300 becomes 16,310.
        page.table()->selectRow(0);
        RateDialog *dialog = page.editSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->rateField()->text(), u"16,300.00"_s);
        typeRate(dialog, u"16310"_s);
        dialog->accept();
        QCOMPARE(stored(*db).size(), 2);
        QCOMPARE(CurrencyService(*db).rates(u"USD"_s)->first().rate.toPlainString(), u"16310"_s);
        QCOMPARE(page.model()->rowCount(), 1); // the filter stays

        // Adding a rate on a day that has one asks first; No keeps the dialog open.
        prompts.answer = false;
        dialog = page.addRate();
        dialog->dateField()->setDate(QDate(2024, 1, 2));
        dialog->currencyField()->setEditText(u"USD"_s);
        typeRate(dialog, u"1"_s);
        dialog->accept();
        QCOMPARE(prompts.questions.size(), 1);
        QCOMPARE(prompts.questions.first().title, u"Replace Exchange Rate"_s);
        QVERIFY2(prompts.questions.first().text.contains(u"16,310.00 IDR per USD. Replace it "
                                                         "with 1.00 IDR per USD?"_s),
                 qPrintable(prompts.questions.first().text));
        QVERIFY(dialog->saveProblem().contains(u"The stored rate is kept"_s));
        QCOMPARE(CurrencyService(*db).rates(u"USD"_s)->first().rate.toPlainString(), u"16310"_s);
        dialog->reject();
        prompts.questions.clear();

        // Delete asks; No keeps the rate.
        page.table()->selectRow(0);
        prompts.answer = false;
        page.deleteSelected();
        QCOMPARE(prompts.questions.size(), 1);
        QCOMPARE(prompts.questions.first().title, u"Delete Exchange Rate"_s);
        QVERIFY2(prompts.questions.first().text.contains(u"16,310.00 IDR per USD"_s),
                 qPrintable(prompts.questions.first().text));
        QCOMPARE(stored(*db).size(), 2);
        prompts.answer = true;
        page.deleteSelected();
        QCOMPARE(prompts.questions.size(), 2);
        QCOMPARE(stored(*db).size(), 1);
        QCOMPARE(stored(*db).first().currency, u"SGD"_s);
        // USD has no rate left: the list shows all again.
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.filterField()->currentData().toString(), QString());
    }

    // Import…: a rates CSV through the same Importer as `clientdesk import rates`, off the UI
    // thread; all of it, converting the entries it applies to, or none with each line's
    // problem.
    void importReadsARatesFileAllOrNothing()
    {
        auto db = newDatabase();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                       "('client', 'Dollar Pte', '2024-01-01', '2024-01-01')"_s));
        QVERIFY(q.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                       "currency, account_kind, created_at) VALUES ((SELECT max(id) FROM "
                       "accounts), '2024-01-15', 1000, 'USD', 'client', '2024-01-15')"_s));
        const auto converted = [&db] {
            QSqlQuery read(db->connection());
            return read.exec(u"SELECT converted_minor FROM revenue_entries"_s) && read.next()
                ? read.value(0)
                : QVariant(u"unread"_s);
        };
        QVERIFY(converted().isNull());
        const auto write = [this](const QString &name, const QByteArray &text) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path
                                                                                      : QString();
        };

        ExchangeRatesPage page(*db);
        QSignalSpy changed(&page, &ExchangeRatesPage::ratesChanged);
        QVERIFY(page.importButton()->isEnabled());
        QCOMPARE(page.importButton()->text(), u"&Import…"_s);

        const QString good = write(u"good-rates.csv"_s,
                                   "date,currency,rate\n"
                                   "2024-01-02,USD,16245.5\n"
                                   "2024-01-02,sgd,12100.25\n"
                                   "2024-02-01,USD,16300\n");
        QVERIFY(page.importFile(good));
        QCOMPARE(page.message(), u"3 exchange rates imported from good-rates.csv."_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.filterField()->count(), 3); // all, SGD, USD
        const QList<RateEntry> rates = stored(*db);
        QCOMPARE(rates.size(), 3);
        QCOMPARE(rates.at(0),
                 (RateEntry { QDate(2024, 1, 2), u"SGD"_s,
                              ExchangeRate::fromScaled(121'002'500'000'000) }));
        QCOMPARE(rates.at(1).rate.toPlainString(), u"16245.5"_s);
        QCOMPARE(rates.at(2).date, QDate(2024, 2, 1));
        // 10.00 USD on 15 January at 16,245.50: 162,455.00 IDR.
        QCOMPARE(converted().toLongLong(), 16'245'500);

        // A bad line: every line's problem with its number, nothing written.
        const QString bad = write(u"bad-rates.csv"_s,
                                  "date,currency,rate\n"
                                  "2024-03-01,USD,16400\n"
                                  "2024-03-02,SGD,0\n"
                                  "2024-01-02,USD,1\n"
                                  "2024-03-03,XYZ,1.5\n");
        QVERIFY(!page.importFile(bad));
        QCOMPARE(page.message(),
                 u"bad-rates.csv: nothing was imported; these lines cannot be (3):\n"
                 "Line 3, rate: The exchange rate “0” is zero; a rate is above zero.\n"
                 "Line 4, row: USD has a rate on 2024-01-02 already (16245.5); change it in "
                 "Settings or leave this line out\n"
                 "Line 5, currency: “XYZ” is not an ISO 4217 currency code such as IDR, USD or "
                 "SGD"_s);
        QCOMPARE(stored(*db), rates);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(converted().toLongLong(), 16'245'500);

        // A file that is not there, and one with the header only.
        QVERIFY(!page.importFile(m_dir.filePath(u"missing.csv"_s)));
        QVERIFY2(page.message().endsWith(u" Nothing was imported."_s), qPrintable(page.message()));
        QVERIFY(!page.importFile(write(u"empty.csv"_s, "date,currency,rate\n")));
        QCOMPARE(page.message(),
                 u"empty.csv has a header (line 1) but no rows: there is nothing to import. "
                 "Nothing was imported."_s);
        QCOMPARE(stored(*db), rates);
        QCOMPARE(changed.size(), 1);
    }

    void settingsChangesTheCurrencyFreelyWhileNoAmountsAreHeld()
    {
        auto db = newDatabase();
        QVERIFY(db);
        QVERIFY(SettingsService(*db).setValue(u"currency"_s, u"IDR"_s));
        SettingsDialog dialog(db.get());
        QVERIFY(dialog.ratesPage());
        QCOMPARE(dialog.currencyCode(), u"IDR"_s);
        QVERIFY(dialog.currencyField()->currentText().startsWith(u"IDR — "_s));
        dialog.currencyField()->setCurrentIndex(dialog.currencyField()->findData(u"SGD"_s));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QVERIFY(dialog.figuresChanged());
        QCOMPARE(setting(*db), u"SGD"_s);
        QCOMPARE(dialog.ratesPage()->model()->firmCurrency(), u"SGD"_s);
    }

    void settingsRefusesACurrencyChangeWithoutRatesAndSaysWhy()
    {
        auto db = newDatabase();
        QVERIFY(db);
        QVERIFY(SettingsService(*db).setValue(u"currency"_s, u"IDR"_s));
        SampleOptions options;
        options.accounts = 20;
        options.revenueEntries = 200;
        QVERIFY(SampleGenerator(options).generate(*db).ok());
        // The sample holds amounts and rates of USD and SGD only: EUR has none.
        SettingsDialog dialog(db.get());
        dialog.currencyField()->setEditText(u"eur"_s);
        dialog.numberField(u"tag_new_days"_s)->setValue(30);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(u"EUR"_s), qPrintable(dialog.message()));
        QCOMPARE(setting(*db), u"IDR"_s);
        QCOMPARE(*SettingsService(*db).value(u"tag_new_days"_s, u"(unset)"_s), u"(unset)"_s);
        QVERIFY(!dialog.figuresChanged());
    }

    void theWelcomePanelStoresTheChosenCurrency()
    {
        auto db = newDatabase();
        QVERIFY(db);
        WelcomePanel panel;
        panel.setDatabase(db.get());
        // A new database starts with the locale's currency (the C locale has none: IDR).
        const QString localeCode = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
        const QString expected = localeCode.size() == 3 ? localeCode : u"IDR"_s;
        QCOMPARE(setting(*db), expected);
        QCOMPARE(panel.currency(), expected);

        const int sgd = panel.currencyField()->findData(u"SGD"_s);
        QVERIFY(sgd >= 0);
        panel.currencyField()->setCurrentIndex(sgd);
        emit panel.currencyField()->activated(sgd);
        QCOMPARE(setting(*db), u"SGD"_s);
        QCOMPARE(SettingsService(*db).firmCurrency(), u"SGD"_s);

        panel.currencyField()->setEditText(u"Rupiah"_s);
        QVERIFY(!panel.storeCurrency());
        QVERIFY(panel.currencyProblem().contains(u"“Rupiah”"_s));
        QCOMPARE(setting(*db), u"SGD"_s);

        // The sample portfolio is then in the chosen currency.
        SampleOptions options;
        options.accounts = 10;
        options.revenueEntries = 50;
        QVERIFY(SampleGenerator(options).generate(*db).ok());
        WelcomePanel again;
        again.setDatabase(db.get());
        QCOMPARE(again.currency(), u"SGD"_s); // a database with amounts keeps its currency
        QCOMPARE(setting(*db), u"SGD"_s);
    }
};

QTEST_MAIN(tst_ExchangeRates)
#include "tst_exchangerates.moc"
