// The command line of issue 25 end to end, through the real binary: `clientdesk settings`
// (list, set, relabel-currency), `clientdesk rates`, `clientdesk demo --currency`, `import
// rates` and the currency column of the revenue and contracts imports. Every refusal is one
// sentence on stderr, exit 1, and nothing written.

#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliCurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run clientdesk(const QStringList &arguments, const QString &locale = u"C.UTF-8"_s)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"LC_ALL"_s, locale);
        env.remove(u"LANG"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"CLIENTDESK_DATABASE"_s);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        return finishRun(process, 120000);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    /// A new database file holding the accounts PT Ada (client) and Budi (customer), and no
    /// amount; `currency` set as the firm's.
    QString freshDatabase(const QString &currency = u"IDR"_s)
    {
        const QString db = path(u"db-%1.sqlite"_s.arg(++m_files));
        const QString accounts = writeFile(u"accounts-%1.csv"_s.arg(m_files),
                                           "name,kind\nPT Ada,client\nBudi,customer\n");
        const Run imported
            = clientdesk({ u"import"_s, u"accounts"_s, accounts, u"--database"_s, db });
        if (imported.exitCode != 0)
            return {};
        if (currency != u"IDR"_s
            && clientdesk({ u"settings"_s, u"set"_s, u"currency"_s, currency, u"--database"_s, db })
                    .exitCode
                != 0)
            return {};
        return db;
    }

    /// The rows of a query on the file, each as "a|b|c".
    QStringList rows(const QString &file, const QString &sql)
    {
        QStringList result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql)) {
                    while (q.next()) {
                        QStringList fields;
                        for (int c = 0; c < q.record().count(); ++c)
                            fields.append(q.value(c).toString());
                        result.append(fields.join(u'|'));
                    }
                } else {
                    result.append(u"<error>"_s);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return result;
    }

    QString settingsDump(const QString &file)
    {
        return rows(file, u"SELECT key, value FROM settings ORDER BY key"_s).join(u'\n');
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every setting, its value (the default where none is stored) and its default.
    void settingsListsEverySetting()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        const Run csv = clientdesk({ u"settings"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.err, QString());
        const QStringList lines = csv.out.trimmed().split(u"\r\n"_s); // CSV: RFC 4180
        QCOMPARE(lines.size(), 1 + 36);
        QCOMPARE(lines.at(0), u"key,value,default,meaning"_s);
        QStringList keys;
        for (const QString &line : lines.mid(1))
            keys.append(line.section(u',', 0, 0));
        QCOMPARE(keys,
                 (QStringList { u"currency"_s,
                                u"tag_new_days"_s,
                                u"tag_returning_purchases"_s,
                                u"tag_loyal_quarters"_s,
                                u"tag_loyal_window_quarters"_s,
                                u"tag_loyal_min_days"_s,
                                u"tag_promo_percent"_s,
                                u"tag_promo_min_purchases"_s,
                                u"tag_advocate_referrals"_s,
                                u"health_no_contract"_s,
                                u"health_no_contact_90"_s,
                                u"health_no_contact_45"_s,
                                u"health_request_overdue"_s,
                                u"health_request_late"_s,
                                u"health_notice_30"_s,
                                u"health_notice_60"_s,
                                u"health_revenue_70"_s,
                                u"health_revenue_90"_s,
                                u"health_invoice_overdue"_s,
                                u"backup_enabled"_s,
                                u"backup_keep"_s,
                                u"firm_name"_s,
                                u"firm_address"_s,
                                u"firm_tax_id"_s,
                                u"firm_bank_name"_s,
                                u"firm_bank_account_name"_s,
                                u"firm_bank_account_number"_s,
                                u"firm_payment_note"_s,
                                u"time.capacity_minutes"_s,
                                u"billing.invoice_pattern"_s,
                                u"billing.credit_note_pattern"_s,
                                u"billing.contract_pattern"_s,
                                u"billing.payment_terms_days"_s,
                                u"billing.tax_rate"_s,
                                u"billing.tax_label"_s,
                                u"billing.prices_include_tax"_s }));
        QVERIFY(lines.at(1).startsWith(u"currency,IDR,IDR,\"The firm's currency (ISO 4217)"_s));
        QVERIFY(lines.at(2).startsWith(u"tag_new_days,90,90,"_s));
        QVERIFY(lines.at(10).startsWith(u"health_no_contract,20,20,"_s));
        QVERIFY(lines.at(19).startsWith(u"health_invoice_overdue,15,15,"_s));
        QVERIFY(lines.at(20).startsWith(u"backup_enabled,true,true,"_s));
        QVERIFY(lines.at(21).startsWith(u"backup_keep,7,7,"_s));
        QVERIFY(lines.at(22).startsWith(u"firm_name,,,"_s));
        QVERIFY(lines.at(23).startsWith(u"firm_address,,,"_s));
        QVERIFY(lines.at(24).startsWith(u"firm_tax_id,,,"_s));
        QVERIFY(lines.at(29).startsWith(u"time.capacity_minutes,2400,2400,"_s));
        QVERIFY(lines.at(30).startsWith(u"billing.invoice_pattern,INV/{yyyy}/{00000},"
                                        "INV/{yyyy}/{00000},"_s));
        QVERIFY(lines.at(31).startsWith(u"billing.credit_note_pattern,CN/{yyyy}/{00000},"_s));
        QVERIFY(lines.at(32).startsWith(u"billing.contract_pattern,C-{yyyy}-{00000},"_s));
        QVERIFY(lines.at(33).startsWith(u"billing.payment_terms_days,30,30,"_s));
        QVERIFY(lines.at(34).startsWith(u"billing.tax_rate,11,11,"_s));
        QVERIFY(lines.at(35).startsWith(u"billing.tax_label,PPN,PPN,"_s));
        QVERIFY(lines.at(36).startsWith(u"billing.prices_include_tax,false,false,"_s));

        const Run json
            = clientdesk({ u"settings"_s, u"--format"_s, u"json"_s, u"--database"_s, db });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 36);
        QCOMPARE(array.at(5).toObject().value(u"key"_s).toString(), u"tag_loyal_min_days"_s);
        QCOMPARE(array.at(5).toObject().value(u"value"_s).toString(), u"365"_s);
        QCOMPARE(array.at(5).toObject().value(u"default"_s).toString(), u"365"_s);

        const Run table = clientdesk({ u"settings"_s, u"--database"_s, db });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(u"key "_s));
        QVERIFY(table.out.contains(u"\nbackup_keep "_s));

        const Run bad = clientdesk({ u"settings"_s, u"--format"_s, u"xml"_s, u"--database"_s, db });
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err, u"clientdesk: --format is table, csv or json, not 'xml'.\n"_s);
    }

    // One key changed with the dialog's checks; the others stay.
    void settingsSetChangesOneSetting()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        const auto set = [&](const QString &key, const QString &value) {
            return clientdesk({ u"settings"_s, u"set"_s, key, value, u"--database"_s, db });
        };
        Run run = set(u"tag_new_days"_s, u"30"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"tag_new_days is now 30.\nThe customers' tags are worked out again when the app "
                 "next shows them.\n"_s);
        run = set(u"health_no_contract"_s, u"0"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"health_no_contract is now 0.\n"_s);
        run = set(u"backup_enabled"_s, u"no"_s);
        QCOMPARE(run.out, u"backup_enabled is now false.\n"_s);
        run = set(u"backup_keep"_s, u"12"_s);
        QCOMPARE(run.out, u"backup_keep is now 12.\n"_s);
        run = set(u"time.capacity_minutes"_s, u"2100"_s);
        QCOMPARE(run.out, u"time.capacity_minutes is now 2100.\n"_s);
        run = set(u"time.capacity_minutes"_s, u"20000"_s);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: A person's weekly capacity is 20000 minutes; it is 1 to "
                 "10080 minutes (168 hours).\n"_s);
        run = set(u"firm_name"_s, u"  Arunika Advisory  "_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"firm_name is now set.\n"_s);
        // The invoice's firm profile: tax id and bank (issue 27).
        run = set(u"firm_tax_id"_s, u"01.234.567.8-901.000"_s);
        QCOMPARE(run.out, u"firm_tax_id is now set.\n"_s);
        run = set(u"firm_bank_account_number"_s, u"123-456-7890"_s);
        QCOMPARE(run.out, u"firm_bank_account_number is now set.\n"_s);
        // Billing: stored as the settings write it.
        run = set(u"billing.tax_rate"_s, u"12.50%"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"billing.tax_rate is now 12.5.\n"_s);
        run = set(u"billing.invoice_pattern"_s, u"  F-{yy}-{0000}  "_s);
        QCOMPARE(run.out, u"billing.invoice_pattern is now F-{yy}-{0000}.\n"_s);
        run = set(u"billing.prices_include_tax"_s, u"TRUE"_s);
        QCOMPARE(run.out, u"billing.prices_include_tax is now true.\n"_s);
        run = set(u"billing.payment_terms_days"_s, u"14"_s);
        QCOMPARE(run.out, u"billing.payment_terms_days is now 14.\n"_s);

        const Run csv = clientdesk({ u"settings"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QVERIFY(csv.out.contains(u"\r\ntag_new_days,30,90,"_s));
        QVERIFY(csv.out.contains(u"\r\ntag_returning_purchases,2,2,"_s));
        QVERIFY(csv.out.contains(u"\r\nhealth_no_contract,0,20,"_s));
        QVERIFY(csv.out.contains(u"\r\nbackup_enabled,false,true,"_s));
        QVERIFY(csv.out.contains(u"\r\nbackup_keep,12,7,"_s));
        QVERIFY(csv.out.contains(u"\r\nfirm_name,Arunika Advisory,,"_s));
        QVERIFY(csv.out.contains(u"\r\nfirm_tax_id,01.234.567.8-901.000,,"_s));
        QVERIFY(csv.out.contains(u"\r\nfirm_bank_account_number,123-456-7890,,"_s));
        QVERIFY(csv.out.contains(u"\r\nbilling.tax_rate,12.5,11,"_s));
        QVERIFY(
            csv.out.contains(u"\r\nbilling.invoice_pattern,F-{yy}-{0000},INV/{yyyy}/{00000},"_s));
        QVERIFY(csv.out.contains(u"\r\nbilling.prices_include_tax,true,false,"_s));
        QVERIFY(csv.out.contains(u"\r\nbilling.payment_terms_days,14,30,"_s));
        QCOMPARE(rows(db, u"SELECT value FROM settings WHERE key = 'tag_new_days'"_s),
                 QStringList { u"30"_s });
    }

    void settingsSetRefusesABadKeyOrValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("unknown key")
            << u"colour"_s << u"blue"_s
            << u"'colour' is not a setting; run 'clientdesk settings' for the list."_s;
        QTest::newRow("not a number") << u"tag_new_days"_s << u"ninety"_s
                                      << u"tag_new_days takes a whole number, not 'ninety'."_s;
        QTest::newRow("below the range")
            << u"tag_new_days"_s << u"0"_s << u"“New” days is 0; it must be from 1 to 3,650."_s;
        QTest::newRow("more quarters than the window")
            << u"tag_loyal_quarters"_s << u"9"_s
            << u"“Loyal” needs purchases in 9 quarters; it must be from 1 to 8, the quarters "
               "looked at."_s;
        QTest::newRow("weight above 100")
            << u"health_revenue_90"_s << u"101"_s
            << u"The health weight “health_revenue_90” is 101; it must be from 0 to 100 points."_s;
        QTest::newRow("no backups kept")
            << u"backup_keep"_s << u"0"_s << u"Keep from 1 to 100 backups, not 0."_s;
        QTest::newRow("not yes or no") << u"backup_enabled"_s << u"maybe"_s
                                       << u"backup_enabled is true or false, not 'maybe'."_s;
        QTest::newRow("a pattern without a number")
            << u"billing.invoice_pattern"_s << u"INV/{yyyy}"_s
            << u"billing.invoice_pattern: The pattern “INV/{yyyy}” has no number field; add one "
               "such as {00000}."_s;
        QTest::newRow("a tax rate above 100")
            << u"billing.tax_rate"_s << u"101"_s
            << u"billing.tax_rate takes a percentage from 0 to 100 with at most two decimals, "
               "such as 11, not “101”."_s;
        QTest::newRow("terms of a year and more")
            << u"billing.payment_terms_days"_s << u"366"_s
            << u"billing.payment_terms_days takes the days from an invoice's date to its due "
               "date, 0 to 365, not “366”."_s;
        QTest::newRow("prices include tax: maybe")
            << u"billing.prices_include_tax"_s << u"maybe"_s
            << u"billing.prices_include_tax takes true or false, not “maybe”."_s;
        QTest::newRow("a tab in the firm's tax id")
            << u"firm_tax_id"_s << u"01\t234"_s
            << u"The firm's tax id contains the control character U+0009 (character 3), which "
               "cannot be stored in a one-line field; remove it."_s;
        QTest::newRow("not a currency code")
            << u"currency"_s << u"RP"_s
            << u"“RP” is not a currency code; use three letters such as IDR, USD or EUR."_s;
    }

    void settingsSetRefusesABadKeyOrValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, sentence);
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        const QString before = settingsDump(db);
        const Run run = clientdesk({ u"settings"_s, u"set"_s, key, value, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, u"clientdesk: "_s + sentence + u'\n');
        QCOMPARE(settingsDump(db), before);
    }

    void settingsSetNeedsAKeyAndAValue()
    {
        const QString db = freshDatabase();
        const Run run
            = clientdesk({ u"settings"_s, u"set"_s, u"tag_new_days"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 u"clientdesk: 'settings set' needs KEY VALUE. Run 'clientdesk settings set "
                 "--help' for its options.\n"_s);
    }

    // While the database holds no amounts, the firm's currency changes freely; with amounts
    // and no rates between the currencies, the change is refused and nothing changes.
    void settingsSetCurrency()
    {
        const QString db = freshDatabase();
        Run run = clientdesk(
            { u"settings"_s, u"set"_s, u"currency"_s, u" usd "_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"The firm's currency is now USD.\n"_s);
        QCOMPARE(rows(db, u"SELECT value FROM settings WHERE key = 'currency'"_s),
                 QStringList { u"USD"_s });

        const QString revenue
            = writeFile(u"one-entry.csv"_s, "date,account,amount\n2024-03-01,Budi,100.00\n");
        QCOMPARE(clientdesk({ u"import"_s, u"revenue"_s, revenue, u"--database"_s, db }).exitCode,
                 0);
        const QString before = settingsDump(db);
        run = clientdesk({ u"settings"_s, u"set"_s, u"currency"_s, u"SGD"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"clientdesk: "_s) && run.err.count(u'\n') == 1,
                 qPrintable(run.err));
        QCOMPARE(settingsDump(db), before);
    }

    // A database imported under a wrong label: the amounts keep every digit.
    void relabelCurrency()
    {
        const QString db = freshDatabase();
        const QString revenue = writeFile(u"relabel.csv"_s,
                                          "date,account,amount,currency\n"
                                          "2024-03-01,Budi,100.00,USD\n"
                                          "2024-03-02,Budi,250.50,USD\n"
                                          "2024-03-03,Budi,7.00,\n");
        QCOMPARE(clientdesk({ u"import"_s, u"revenue"_s, revenue, u"--database"_s, db }).exitCode,
                 0);
        Run run = clientdesk(
            { u"settings"_s, u"relabel-currency"_s, u"usd"_s, u"EUR"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"Every amount, rate and account currency stored as USD is now labelled EUR; no "
                 "amount changed.\n"_s);
        QCOMPARE(rows(db, u"SELECT amount_minor, currency FROM revenue_entries ORDER BY id"_s),
                 (QStringList { u"10000|EUR"_s, u"25050|EUR"_s, u"700|IDR"_s }));

        // Relabelling the firm's own currency says so.
        run = clientdesk(
            { u"settings"_s, u"relabel-currency"_s, u"IDR"_s, u"SGD"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith(u"\nThe firm's currency is now SGD.\n"_s));

        const QString before = rows(db, u"SELECT * FROM revenue_entries"_s).join(u'\n');
        run = clientdesk(
            { u"settings"_s, u"relabel-currency"_s, u"EUR"_s, u"eur"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: EUR and EUR are the same currency: there is nothing to "
                 "relabel.\n"_s);
        run = clientdesk(
            { u"settings"_s, u"relabel-currency"_s, u"EURO"_s, u"USD"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: “EURO” is not a currency code; use three letters such as IDR, USD "
                 "or EUR.\n"_s);
        run = clientdesk({ u"settings"_s, u"relabel-currency"_s, u"EUR"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(rows(db, u"SELECT * FROM revenue_entries"_s).join(u'\n'), before);
    }

    // `demo --currency`: the new database's firm currency; the default follows the locale.
    void demoTakesTheFirmsCurrency()
    {
        const QString usd = path(u"demo-usd.sqlite"_s);
        Run run = clientdesk({ u"demo"_s, u"--accounts"_s, u"60"_s, u"--revenue"_s, u"600"_s,
                               u"--currency"_s, u"usd"_s, u"--database"_s, usd });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"accounts are billed in other currencies than USD; "_s),
                 qPrintable(run.out));
        QCOMPARE(rows(usd, u"SELECT value FROM settings WHERE key = 'currency'"_s),
                 QStringList { u"USD"_s });
        QCOMPARE(rows(usd, u"SELECT DISTINCT currency FROM exchange_rates ORDER BY 1"_s),
                 (QStringList { u"IDR"_s, u"SGD"_s }));

        for (const auto &[locale, currency] :
             { std::pair { u"C.UTF-8"_s, u"IDR"_s }, std::pair { u"id_ID.UTF-8"_s, u"IDR"_s },
               std::pair { u"en_SG.UTF-8"_s, u"SGD"_s },
               std::pair { u"de_DE.UTF-8"_s, u"EUR"_s } }) {
            const QString db = path(u"demo-%1.sqlite"_s.arg(locale));
            run = clientdesk({ u"demo"_s, u"--accounts"_s, u"20"_s, u"--revenue"_s, u"100"_s,
                               u"--database"_s, db },
                             locale);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(rows(db, u"SELECT value FROM settings WHERE key = 'currency'"_s),
                     QStringList { currency });
        }

        for (const QString &bad : { u"US"_s, u"12$"_s, u"rupiah"_s }) {
            const QString db = path(u"demo-bad.sqlite"_s);
            run = clientdesk({ u"demo"_s, u"--currency"_s, bad, u"--database"_s, db });
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.out, QString());
            QCOMPARE(run.err,
                     u"clientdesk: “%1” is not a currency code; use three letters such as IDR, "
                     "USD or EUR.\n"_s.arg(bad));
            QVERIFY(!QFile::exists(db));
        }
        // Well formed but in use nowhere.
        run = clientdesk(
            { u"demo"_s, u"--currency"_s, u"XYZ"_s, u"--database"_s, path(u"demo-xyz.sqlite"_s) });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: “XYZ” is not a currency code in use (ISO 4217); use one such as "
                 "IDR, USD or EUR.\n"_s);
        QVERIFY(!QFile::exists(path(u"demo-xyz.sqlite"_s)));
    }

    // Rates from CSV, listed, exported and refused as a second copy.
    void importAndListRates()
    {
        const QString db = freshDatabase();
        const QString file = writeFile(u"rates.csv"_s,
                                       "date,currency,rate\n"
                                       "2024-03-01,USD,16245.50\n"
                                       "2024-03-04, usd ,16250\n"
                                       "2024-03-01,SGD,11800.1234567891\n");
        Run run = clientdesk({ u"import"_s, u"rates"_s, file, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.out,
            u"Imported rates.csv into %1:\n  new exchange rates     3\n  invalid rows left out  "
            "0\n"_s.arg(QDir::toNativeSeparators(db)));
        QCOMPARE(
            rows(db, u"SELECT currency, rate_date, rate_e10 FROM exchange_rates ORDER BY 1, 2"_s),
            (QStringList { u"SGD|2024-03-01|118001234567891"_s, u"USD|2024-03-01|162455000000000"_s,
                           u"USD|2024-03-04|162500000000000"_s }));

        run = clientdesk({ u"rates"_s, u"--format"_s, u"csv"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"date,currency,rate\r\n2024-03-01,SGD,11800.1234567891\r\n2024-03-01,USD,"
                 "16245.5\r\n2024-03-04,USD,16250\r\n"_s);
        run = clientdesk({ u"rates"_s, u"--currency"_s, u"usd"_s, u"--format"_s, u"json"_s,
                           u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(u"date"_s).toString(), u"2024-03-01"_s);
        run = clientdesk({ u"rates"_s, u"--database"_s, db });
        QVERIFY(run.out.startsWith(u"Exchange rates (IDR per unit of each currency)\n"_s));
        run = clientdesk({ u"rates"_s, u"--currency"_s, u"dollars"_s, u"--database"_s, db });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 u"clientdesk: --currency takes a currency code such as USD, not 'dollars'.\n"_s);

        const QString exported = path(u"rates-back.csv"_s);
        run = clientdesk({ u"export"_s, u"rates"_s, u"-o"_s, exported, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QFile back(exported);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(
            back.readAll(),
            "date,currency,rate\r\n2024-03-01,SGD,11800.1234567891\r\n2024-03-01,USD,16245.5\r\n"
            "2024-03-04,USD,16250\r\n");

        // The same file again: every line names the rate already stored; nothing written.
        run = clientdesk({ u"import"_s, u"rates"_s, file, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: rates.csv: rows that cannot be imported (3):\n"
                 "  2: row: USD has a rate on 2024-03-01 already (16245.5); change it in Settings "
                 "or leave this line out\n"
                 "  3: row: USD has a rate on 2024-03-04 already (16250); change it in Settings or "
                 "leave this line out\n"
                 "  4: row: SGD has a rate on 2024-03-01 already (11800.1234567891); change it in "
                 "Settings or leave this line out\n"
                 "clientdesk: Nothing was imported.\n"_s);
        QCOMPARE(rows(db, u"SELECT count(*) FROM exchange_rates"_s), QStringList { u"3"_s });
    }

    // Every bad line named with its reason; nothing written, not even the good lines.
    void importRatesRefusesBadLines()
    {
        const QString db = freshDatabase(u"EUR"_s);
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(u"bad-rates.csv"_s,
                                       "date,currency,rate\n"
                                       "2024-03-01,USD,1.08\n"
                                       "2024-03-01,usd,1.09\n"
                                       "2024-03-02,SGD,0\n"
                                       "2024-03-02,JPY,-0.0062\n"
                                       "2024-03-03,GBP,abc\n"
                                       "2024-03-04,GBP,1.12345678901\n"
                                       "2024-03-05,U5D,1\n"
                                       "2024-03-05,eur,1\n"
                                       "1899-12-31,USD,1.1\n"
                                       "2024-02-30,USD,1.1\n"
                                       "2024-03-06,,\n"
                                       "2024-03-07,XYZ,1\n");
        const Run run = clientdesk({ u"import"_s, u"rates"_s, file, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err,
                 u"clientdesk: bad-rates.csv: rows that cannot be imported (11):\n"
                 "  3: row: line 2 has a rate of USD on 2024-03-01 already; a currency has one "
                 "rate a day\n"
                 "  4: rate: The exchange rate “0” is zero; a rate is above zero.\n"
                 "  5: rate: The exchange rate “-0.0062” is negative; a rate is above zero.\n"
                 "  6: rate: “abc” is not an exchange rate; write a number above zero such as "
                 "16245.50 or 0.000061.\n"
                 "  7: rate: The exchange rate “1.12345678901” has more than 10 decimals.\n"
                 "  8: currency: “U5D” is not an ISO 4217 currency code such as IDR, USD or SGD\n"
                 "  9: currency: EUR is the firm's currency, which needs no rate (it is always 1)\n"
                 "  10: date: 1899-12-31 is outside the dates ClientDesk accepts, 1900-01-01 to "
                 "2199-12-31\n"
                 "  11: date: 2024-02-30 is not a day of the calendar\n"
                 "  12: currency: is empty; it is required\n"
                 "  12: rate: is empty; it is required\n"
                 "  13: currency: “XYZ” is not an ISO 4217 currency code such as IDR, USD or "
                 "SGD\n"
                 "clientdesk: Nothing was imported.\n"_s);
        QCOMPARE(rows(db, u"SELECT count(*) FROM exchange_rates"_s), QStringList { u"0"_s });
    }

    // Revenue and contracts take a currency column (default: the firm's); amounts are read
    // in that currency's decimals, and an export writes the column back.
    void importsTakeACurrencyColumn()
    {
        const QString db = freshDatabase();
        const QString contracts = writeFile(u"contracts-cur.csv"_s,
                                            "account,reference,billing_model,fee,currency,start\n"
                                            "PT Ada,C-1,retainer,1500.50,usd,2024-01-01\n"
                                            "PT Ada,C-2,fixed,25000000,,2024-01-01\n");
        Run run = clientdesk({ u"import"_s, u"contracts"_s, contracts, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rows(db, u"SELECT reference, fee_minor, currency FROM contracts ORDER BY 1"_s),
                 (QStringList { u"C-1|150050|USD"_s, u"C-2|2500000000|IDR"_s }));

        const QString bad = writeFile(u"revenue-bad.csv"_s,
                                      "date,account,amount,currency,product\n"
                                      "2024-03-01,PT Ada,1500.50,USD,\n"
                                      "2024-03-02,Budi,1.5,JPY,\n"
                                      "2024-03-03,Budi,10.00,dollar,\n"
                                      "2024-03-04,Budi,10.001,USD,\n");
        run = clientdesk({ u"import"_s, u"revenue"_s, bad, u"--database"_s, db });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: revenue-bad.csv: rows that cannot be imported (3):\n"
                 "  3: amount: “1.5” has more than 0 decimal(s), the most JPY allows.\n"
                 "  4: currency: “dollar” is not an ISO 4217 currency code such as IDR, USD or "
                 "SGD\n"
                 "  5: amount: “10.001” has more than 2 decimal(s), the most USD allows.\n"
                 "clientdesk: Nothing was imported.\n"_s);
        QCOMPARE(rows(db, u"SELECT count(*) FROM revenue_entries"_s), QStringList { u"0"_s });

        const QString good = writeFile(u"revenue-cur.csv"_s,
                                       "date,account,amount,currency,product,discount,contract\n"
                                       "2024-03-01,PT Ada,1500.50,USD,,,C-1\n"
                                       "2024-03-02,Budi,1200,jpy,Seal,300,\n"
                                       "2024-03-03,Budi,100.00,,,,\n");
        run = clientdesk({ u"import"_s, u"revenue"_s, good, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rows(db,
                      u"SELECT entry_date, amount_minor, discount_minor, currency FROM "
                      "revenue_entries ORDER BY 1"_s),
                 (QStringList { u"2024-03-01|150050|0|USD"_s, u"2024-03-02|1200|300|JPY"_s,
                                u"2024-03-03|10000|0|IDR"_s }));
        // The product the import created is priced in the row's currency.
        QCOMPARE(rows(db, u"SELECT name, list_price_minor, currency FROM products"_s),
                 QStringList { u"Seal|1500|JPY"_s });
        // The rollups keep each currency apart.
        QCOMPARE(rows(db,
                      u"SELECT currency, sum(amount_minor) FROM revenue_totals GROUP BY 1 "
                      "ORDER BY 1"_s),
                 (QStringList { u"IDR|10000"_s, u"JPY|1200"_s, u"USD|150050"_s }));

        const QString exported = path(u"revenue-back.csv"_s);
        run = clientdesk({ u"export"_s, u"revenue"_s, u"-o"_s, exported, u"--database"_s, db });
        QCOMPARE(run.exitCode, 0);
        QFile back(exported);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = back.readAll().split('\n');
        QCOMPARE(lines.at(0).trimmed(),
                 "date,account,amount,currency,description,product,category,quantity,discount,"
                 "promotion,contract");
        QCOMPARE(lines.at(1).trimmed(), "2024-03-01,PT Ada,1500.50,USD,,,,1,,,C-1");
        QCOMPARE(lines.at(2).trimmed(), "2024-03-02,Budi,1200,JPY,,Seal,,1,300,,");
    }
};

QTEST_GUILESS_MAIN(tst_CliCurrency)
#include "tst_cli_currency.moc"
