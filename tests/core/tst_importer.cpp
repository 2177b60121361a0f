#include "repositorytestsupport.h"

#include "io/csvreader.h"
#include "io/duplicates.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "sample/samplegenerator.h"
#include "storage/auditlog.h"

#include <QFile>

using namespace Qt::StringLiterals;
using cd::CsvReader;
using cd::DuplicatePolicy;
using cd::DuplicateRules;
using cd::Importer;
using cd::ImportKind;
using cd::ImportOptions;
using testsupport::TestDatabase;

class tst_Importer : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;
    QTemporaryDir m_dir;

    cd::Result<cd::ImportReport> import(ImportKind kind, const QByteArray &csv,
                                        const ImportOptions &options = {})
    {
        const auto document = CsvReader::parse(csv, u"test.csv"_s);
        if (!document)
            return cd::Error { document.error() };
        return Importer(m_test.db()).run(kind, *document, options);
    }

    QStringList problems(const cd::ImportReport &report)
    {
        QStringList lines;
        for (const cd::ImportProblem &p : report.problems)
            lines.append(p.toString());
        return lines;
    }

    // Everything the import could have touched, to prove a refusal wrote nothing.
    QString snapshot()
    {
        QString text;
        for (const QString &table :
             { u"accounts"_s, u"users"_s, u"contacts"_s, u"contact_roles"_s, u"contracts"_s,
               u"revenue_entries"_s, u"products"_s, u"audit_log"_s })
            text += table + u'=' + QString::number(m_test.count(table)) + u' ';
        return text;
    }

    QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init() { QVERIFY(m_test.open()); }
    void cleanup() { m_test.close(); }

    void importsAccountsWithManagersAndReferrals()
    {
        const auto report = import(
            ImportKind::Accounts,
            "Name;Kind;Status;Industry;Manager;Email;Phone;Tax ID;Referred By\n"
            "PT Maju Jaya;client;active;Logistics;Ratna Lim;info@maju.co.id;+62 21 555 0101;;\n"
            "CV Sinar;customer;;Retail;ratna lim;;;01.234.567.8-901.000;PT Maju Jaya\n");
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(problems(*report).join(u'\n')));
        QVERIFY(report->written);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->created, QStringList { u"New account managers: Ratna Lim"_s });
        QCOMPARE(m_test.count(u"users"_s), 1); // one manager, matched case-insensitively
        QCOMPARE(m_test
                     .scalar(u"SELECT r.name FROM accounts a JOIN accounts r "
                             "ON r.id = a.referred_by_id WHERE a.name = 'CV Sinar'"_s)
                     .toString(),
                 u"PT Maju Jaya"_s);
        QCOMPARE(m_test.scalar(u"SELECT status FROM accounts WHERE name = 'CV Sinar'"_s).toString(),
                 u"active"_s);
        QCOMPARE(m_test.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s).toInt(),
                 1);
    }

    void everyBadRowIsReportedAndNothingIsWritten()
    {
        m_test.rawAccount(u"PT Ada"_s, u"client"_s);
        const QString before = snapshot();
        const auto report = import(ImportKind::Revenue,
                                   "date,account,amount,description\n"
                                   "2024-02-30,PT Ada,100.00,impossible date\n"
                                   "2024-03-01,PT Ada,\"10,00.5\",grouped amount\n"
                                   "2024-03-01,PT Ada,ten,words\n"
                                   "2024-03-01,PT Tidak Ada,100.00,unknown account\n"
                                   "01/03/2024,PT Ada,100.00,wrong date format\n"
                                   "2024-03-01,PT Ada\n"
                                   "2024-03-01,PT Ada,100.00,too,many\n"
                                   "2024-03-01,,,empty required\n"
                                   "2024-03-02,PT Ada,100.00,the only good row\n");
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(!report->written);
        const QStringList lines = problems(*report);
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines[0], u"2: date: 2024-02-30 is not a day of the calendar"_s);
        QVERIFY2(lines[1].startsWith(u"3: amount: “10,00.5” is not an amount"_s),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"4: amount: “ten” is not an amount"_s), qPrintable(lines[2]));
        QCOMPARE(lines[3], u"5: account: there is no account named “PT Tidak Ada”"_s);
        QVERIFY2(lines[4].startsWith(u"6: date: “01/03/2024” is not a date"_s),
                 qPrintable(lines[4]));
        QCOMPARE(lines[5], u"7: row: the header has 4 columns but this row has 2"_s);
        QCOMPARE(lines[6], u"8: row: the header has 4 columns but this row has 5"_s);
        QCOMPARE(lines[7], u"9: account: is empty; it is required"_s);
        QCOMPARE(lines[8], u"9: amount: is empty; it is required"_s);
        QCOMPARE(report->rejectedRows(), 8);
        QCOMPARE(snapshot(), before);
    }

    void amountsAndDatesOutOfBoundsAreRefusedWithLineAndColumn()
    {
        m_test.rawAccount(u"PT Ada"_s, u"client"_s);
        const QString before = snapshot();
        auto report = import(ImportKind::Revenue,
                             "date,account,amount,discount\n"
                             "2024-03-01,PT Ada,92233720368547758.07,\n"
                             "2024-03-01,PT Ada,-10000000000000.00,\n"
                             "2024-03-01,PT Ada,100.00,10000000000000.00\n"
                             "0001-01-01,PT Ada,100.00,\n"
                             "1899-12-31,PT Ada,100.00,\n"
                             "2200-01-01,PT Ada,100.00,\n"
                             "9999-12-31,PT Ada,100.00,\n"
                             "1900-01-01,PT Ada,9999999999999.99,\n"
                             "2199-12-31,PT Ada,-9999999999999.99,\n");
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(!report->written);
        QStringList lines = problems(*report);
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines[0].startsWith(u"2: amount: “92233720368547758.07” is too large an amount. "
                                     "The largest amount is 9999999999999.99 "_s),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(u"3: amount: “-10000000000000.00” is too large"_s),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"4: discount: “10000000000000.00” is too large"_s),
                 qPrintable(lines[2]));
        for (int i = 0; i < 4; ++i) {
            const QString day
                = QStringList { u"0001-01-01"_s, u"1899-12-31"_s, u"2200-01-01"_s, u"9999-12-31"_s }
                      .at(i);
            QCOMPARE(lines[3 + i],
                     u"%1: date: %2 is outside the dates ClientDesk accepts, 1900-01-01 to "
                     "2199-12-31"_s.arg(5 + i)
                         .arg(day));
        }
        QCOMPARE(snapshot(), before);

        report = import(ImportKind::Contracts,
                        "reference,account,billing_model,fee,start,end\n"
                        "C-1,PT Ada,fixed,10000000000000.00,2024-01-01,\n"
                        "C-2,PT Ada,fixed,100.00,0001-01-01,\n"
                        "C-3,PT Ada,fixed,100.00,2024-01-01,9999-12-31\n"
                        "C-4,PT Ada,fixed,9999999999999.99,1900-01-01,2199-12-31\n");
        QVERIFY2(report.ok(), qPrintable(report.error()));
        lines = problems(*report);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(u"2: fee: “10000000000000.00” is too large"_s),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(u"3: start: 0001-01-01 is outside the dates"_s),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"4: end: 9999-12-31 is outside the dates"_s),
                 qPrintable(lines[2]));
        QCOMPARE(snapshot(), before);
    }

    void aBulkImportThatWouldWrapARollupWritesNothing()
    {
        // The import adds its sums to the rollups itself (RevenueRollupBatch): a month whose
        // rollup is near the largest 64-bit integer refuses them and keeps everything.
        m_test.rawAccount(u"PT Ada"_s, u"client"_s);
        auto report = import(ImportKind::Revenue, "date,account,amount\n2024-03-01,PT Ada,1.00\n");
        QVERIFY2(report.ok() && report->written,
                 qPrintable(report.ok() ? QString() : report.error()));
        const QString nearMax = u"9223372036854775000"_s;
        QVERIFY(m_test.exec(u"UPDATE revenue_monthly SET amount_minor = "_s + nearMax));
        QVERIFY(m_test.exec(u"UPDATE revenue_totals SET amount_minor = "_s + nearMax));
        const QString before = snapshot();
        report = import(ImportKind::Revenue,
                        "date,account,amount\n2024-03-02,PT Ada,"
                        "9999999999999.99\n2024-03-03,PT Ada,5.00\n");
        if (TestDatabase::onPostgres()) { // numeric rollups: nothing to wrap
            QVERIFY2(report.ok() && report->written,
                     qPrintable(report.ok() ? QString() : report.error()));
            return;
        }
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(u"would add up to more than ClientDesk can count "
                                         "exactly, so nothing was saved"_s),
                 qPrintable(report.error()));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_test
                     .scalar(u"SELECT typeof(amount_minor) || ' ' || amount_minor FROM "
                             "revenue_totals"_s)
                     .toString(),
                 u"integer "_s + nearMax);
        QCOMPARE(m_test
                     .column(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name "
                             "LIKE 'revenue_rollups_%' ORDER BY name"_s)
                     .size(),
                 3); // the rollup triggers the import had dropped are back
        QCOMPARE(m_test
                     .column(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name "
                             "LIKE 'bounds_revenue_entries_%' ORDER BY name"_s)
                     .size(),
                 4); // and so are the bounds triggers
    }

    void skipInvalidImportsTheRestAndWritesTheRejectedRows()
    {
        m_test.rawAccount(u"PT Ada"_s, u"customer"_s);
        const QByteArray csv = "date,account,amount\n"
                               "2024-03-01,PT Ada,100.00\n"
                               "2024-03-02,PT Ada,abc\n"
                               "2024-03-03,PT Ada,\"250.50\"\n";
        ImportOptions options;
        options.skipInvalid = true;
        const auto document = CsvReader::parse(csv, u"test.csv"_s);
        const auto report = Importer(m_test.db()).run(ImportKind::Revenue, *document, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->written);
        QCOMPARE(report->imported, 2);
        QCOMPARE(m_test.count(u"revenue_entries"_s), 2);
        QCOMPARE(m_test.scalar(u"SELECT sum(amount_minor) FROM revenue_entries"_s).toLongLong(),
                 35050);
        QCOMPARE(m_test.scalar(u"SELECT account_kind FROM revenue_entries LIMIT 1"_s).toString(),
                 u"customer"_s);

        const QString rejected = m_dir.filePath(u"rejected.csv"_s);
        QVERIFY(Importer::writeRejected(rejected, *document, *report).ok());
        const auto back = CsvReader::readFile(rejected);
        QVERIFY(back.ok());
        QCOMPARE(back->header,
                 (QStringList { u"date"_s, u"account"_s, u"amount"_s, u"line"_s, u"problems"_s }));
        QCOMPARE(back->records.size(), 1);
        QCOMPARE(back->records[0].fields[3], u"3"_s);
        QVERIFY(back->records[0].fields[4].startsWith(u"amount: “abc” is not an amount"_s));
    }

    // The rejected rows are written before the import commits: a file that cannot be written
    // imports nothing (issue 23 item 4), one that can is in place after the commit.
    void theRejectedFileIsWrittenBeforeTheImportCommits()
    {
        m_test.rawAccount(u"PT Ada"_s, u"customer"_s);
        const QByteArray csv = "date,account,amount\n"
                               "2024-03-01,PT Ada,100.00\n"
                               "2024-03-02,PT Ada,abc\n";
        const auto document = CsvReader::parse(csv, u"test.csv"_s);
        QVERIFY(document.ok());
        ImportOptions options;
        options.skipInvalid = true;
        options.rejectedPath = m_dir.filePath(u"missing/rejected.csv"_s);
        const auto refused = Importer(m_test.db()).run(ImportKind::Revenue, *document, options);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(options.rejectedPath + u" cannot be written: "_s),
                 qPrintable(refused.error()));
        QCOMPARE(m_test.count(u"revenue_entries"_s), 0);

        options.rejectedPath = m_dir.filePath(u"before-commit.rejected.csv"_s);
        const auto report = Importer(m_test.db()).run(ImportKind::Revenue, *document, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(m_test.count(u"revenue_entries"_s), 1);
        QCOMPARE(report->rejectedFile, options.rejectedPath);
        QVERIFY(report->rejectedError.isEmpty());
        const auto back = CsvReader::readFile(options.rejectedPath);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->records.size(), 1);
        QCOMPARE(back->records[0].fields[3], u"3"_s);
    }

    void aDryRunWritesNothing()
    {
        const QString before = snapshot();
        ImportOptions options;
        options.dryRun = true;
        const auto report
            = import(ImportKind::Accounts, "name,kind,manager\nPT Baru,client,Ana\n", options);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 1);
        QVERIFY(!report->written);
        QCOMPARE(snapshot(), before);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        m_test.rawAccount(u"PT Ada"_s);
        QByteArray csv = "date,account,amount\n";
        for (int i = 0; i < 5000; ++i)
            csv += "2024-03-01,PT Ada,1.00\n";
        const QString before = snapshot();
        const auto document = CsvReader::parse(csv, u"test.csv"_s);
        // Cancel half-way through writing (validation counts the first 5000).
        const auto report = Importer(m_test.db())
                                .run(ImportKind::Revenue, *document, {},
                                     [](qint64 done, qint64) { return done < 7500; });
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"cancelled; nothing was imported"_s),
                 qPrintable(report.error()));
        QCOMPARE(snapshot(), before);
    }

    void unknownMissingAndRepeatedColumnsAreNamed()
    {
        auto report = import(ImportKind::Accounts, "name,colour,Name\nA,blue,B\n");
        QVERIFY(!report);
        QVERIFY2(
            report.error().startsWith(u"test.csv, line 1: the column “colour” is not one of the "
                                      "accounts columns; the column “name” appears twice; "
                                      "the required column “kind” is missing."_s),
            qPrintable(report.error()));
        report = import(ImportKind::Accounts, "name,kind\n");
        QVERIFY(!report);
        QVERIFY(report.error().contains(u"no rows: there is nothing to import"_s));
    }

    void contactsContractsAndRevenueReferToWhatExists()
    {
        const qint64 client = m_test.rawAccount(u"PT Klien"_s, u"client"_s);
        m_test.rawAccount(u"CV Pelanggan"_s, u"customer"_s);
        auto contacts = import(ImportKind::Contacts,
                               "account,name,email,roles\n"
                               "pt klien ,Rina,rina@klien.co.id,decision_maker|billing\n"
                               "PT Klien,Budi,not-an-email,boss\n");
        QVERIFY(contacts.ok());
        QCOMPARE(problems(*contacts),
                 (QStringList { u"3: email: “not-an-email” is not an email address"_s,
                                u"3: roles: “boss” is not one of decision_maker, buyer, user, "
                                "billing"_s }));

        auto contracts
            = import(ImportKind::Contracts,
                     "account,reference,billing_model,fee,start,end,auto_renew,notice_days\n"
                     "PT Klien,C-1,retainer,15000000,2024-01-01,2024-12-31,yes,30\n"
                     "CV Pelanggan,C-2,fixed,100,2024-01-01,,no,0\n"
                     "PT Klien,C-3,hourly,100,2024-01-01,2023-12-31,no,0\n"
                     "PT Klien,C-4,retainer,-5,2024-01-01,2024-03-01,no,90\n");
        QVERIFY(contracts.ok());
        QCOMPARE(problems(*contracts),
                 (QStringList {
                     u"2: renewal_months: a contract that renews automatically needs the renewal "
                     "term in months"_s,
                     u"3: account: “CV Pelanggan” is a customer; contracts belong to clients, so "
                     "convert it to a client first"_s,
                     u"4: end: 2023-12-31 is before the start 2024-01-01"_s,
                     u"4: estimated_hours: an hourly contract needs the estimated hours"_s,
                     u"5: fee: a fee cannot be negative"_s }));
        QCOMPARE(m_test.count(u"contracts"_s), 0);

        contracts = import(ImportKind::Contracts,
                           "account,reference,billing_model,fee,start,end,auto_renew,"
                           "renewal_months,notice_days\n"
                           "PT Klien,C-1,retainer,15000000,2024-01-01,2024-12-31,yes,12,30\n");
        QVERIFY2(contracts.ok() && contracts->written, qPrintable(contracts.error()));
        // Without a status the dates decide: this one has run out.
        QCOMPARE(m_test.scalar(u"SELECT status || ' ' || signed_on FROM contracts"_s).toString(),
                 u"expired 2024-01-01"_s);

        auto revenue = import(ImportKind::Revenue,
                              "date,account,amount,product,category,quantity,discount,contract\n"
                              "2024-02-01,PT Klien,15000000.00,,Retainer,1,,C-1\n"
                              "2024-02-03,PT Klien,90.00,Toolkit,Templates,2,10.00,\n"
                              "2024-02-04,CV Pelanggan,45.00,toolkit,,1,,C-1\n");
        QVERIFY(revenue.ok());
        QCOMPARE(problems(*revenue),
                 QStringList { u"4: contract: the contract “C-1” belongs to another account"_s });
        ImportOptions skip;
        skip.skipInvalid = true;
        revenue = import(ImportKind::Revenue,
                         "date,account,amount,product,category,quantity,discount,contract\n"
                         "2024-02-01,PT Klien,15000000.00,,Retainer,1,,C-1\n"
                         "2024-02-03,PT Klien,90.00,Toolkit,Templates,2,10.00,\n",
                         skip);
        QVERIFY(revenue.ok() && revenue->written);
        QCOMPARE(revenue->created, QStringList { u"New products: Toolkit"_s });
        // A product new to the catalogue gets the unit price before discount.
        QCOMPARE(m_test.scalar(u"SELECT list_price_minor FROM products WHERE name = 'Toolkit'"_s)
                     .toLongLong(),
                 5000);
        QCOMPARE(m_test
                     .scalar(u"SELECT contract_id FROM revenue_entries WHERE amount_minor = "
                             "1500000000"_s)
                     .toLongLong(),
                 m_test.scalar(u"SELECT id FROM contracts WHERE reference = 'C-1'"_s).toLongLong());
        Q_UNUSED(client);
    }

    void revenueOfAConvertedClientKeepsTheKindOfItsDay()
    {
        const auto accounts = import(ImportKind::Accounts,
                                     "name,kind,converted_on\n"
                                     "PT Dulu Pelanggan,client,2024-06-01\n"
                                     "CV Masih Pelanggan,customer,2024-06-01\n");
        QVERIFY(accounts.ok());
        QCOMPARE(problems(*accounts).size(), 1);
        QVERIFY2(problems(*accounts).first().startsWith(u"3: row: "_s),
                 qPrintable(problems(*accounts).first()));
        ImportOptions skip;
        skip.skipInvalid = true;
        QVERIFY(import(ImportKind::Accounts,
                       "name,kind,converted_on\nPT Dulu Pelanggan,client,2024-06-01\n", skip)
                    ->written);
        const auto revenue = import(ImportKind::Revenue,
                                    "date,account,amount\n"
                                    "2024-05-31,PT Dulu Pelanggan,100.00\n"
                                    "2024-06-01,PT Dulu Pelanggan,200.00\n");
        QVERIFY(revenue.ok() && revenue->written);
        QCOMPARE(m_test.column(u"SELECT account_kind FROM revenue_entries ORDER BY entry_date"_s)
                     .join(u' '),
                 u"customer client"_s);
    }

    void duplicateRulesSeeThroughSpellingAndLegalForms_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("legal forms and punctuation")
            << u"PT. Maju Jaya, Tbk."_s << u"maju  jaya"_s << true;
        QTest::newRow("English forms")
            << u"Horizon Analytics Ltd"_s << u"Horizon Analytics LLC"_s << true;
        QTest::newRow("GmbH and accents")
            << u"Müller Beratung GmbH"_s << u"Muller Beratung"_s << true;
        QTest::newRow("CV and ampersand") << u"CV Sinar & Co"_s << u"Sinar"_s << true;
        QTest::newRow("different words") << u"PT Maju Jaya"_s << u"PT Maju Jaya Abadi"_s << false;
        QTest::newRow("only a legal form") << u"PT"_s << u"CV"_s << false;
    }

    void duplicateRulesSeeThroughSpellingAndLegalForms()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(DuplicateRules::nameKey(a) == DuplicateRules::nameKey(b), same);
    }

    void duplicateRulesForEmailPhoneAndTaxId()
    {
        QCOMPARE(DuplicateRules::emailKey(u" Info@Maju.co.id "_s), u"info@maju.co.id"_s);
        QCOMPARE(DuplicateRules::phoneKey(u"+62 21 555-0123"_s),
                 DuplicateRules::phoneKey(u"(021) 5550123"_s));
        QVERIFY(DuplicateRules::phoneKey(u"12-34"_s).isEmpty()); // too short to mean anything
        QCOMPARE(DuplicateRules::taxIdKey(u"01.234.567.8-901.000"_s), u"012345678901000"_s);
    }

    void likelyDuplicatesFollowThePolicy()
    {
        m_test.exec(u"INSERT INTO accounts (kind, name, email, created_at, updated_at) VALUES "
                    "('client', 'PT Maju Jaya', 'info@maju.co.id', '2024-01-01T00:00:00', "
                    "'2024-01-01T00:00:00')"_s);
        const QByteArray csv = "name,kind,city,phone\n"
                               "Maju Jaya Tbk,client,Jakarta,+62 21 555 0101\n"
                               "PT Baru,customer,Bandung,\n"
                               "P.T. Baru,customer,,\n";
        const QString before = snapshot();
        auto report = import(ImportKind::Accounts, csv);
        QVERIFY(report.ok());
        QVERIFY(!report->written);
        QCOMPARE(report->duplicates.size(), 2);
        QCOMPARE(report->duplicates[0].toString(),
                 u"2: “Maju Jaya Tbk” looks like the account “PT Maju Jaya” (id 1): same name"_s);
        QCOMPARE(report->duplicates[1].toString(),
                 u"4: “P.T. Baru” looks like “PT Baru” on line 3 of the file: same name"_s);
        QCOMPARE(snapshot(), before);

        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Skip;
        report = import(ImportKind::Accounts, csv, options);
        QVERIFY(report.ok() && report->written);
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->skipped, 2);
        QCOMPARE(m_test.count(u"accounts"_s), 2);
    }

    void mergeFillsTheExistingAccountAndCreateMakesANewOne()
    {
        m_test.exec(u"INSERT INTO accounts (kind, name, email, created_at, updated_at) VALUES "
                    "('client', 'PT Maju Jaya', 'info@maju.co.id', '2024-01-01T00:00:00', "
                    "'2024-01-01T00:00:00')"_s);
        const QByteArray csv = "name,kind,city,email\n"
                               "Maju Jaya Tbk,client,Jakarta,other@maju.co.id\n"
                               "PT Baru,customer,,\n"
                               "P.T. Baru,customer,Bandung,\n";
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Merge;
        auto report = import(ImportKind::Accounts, csv, options);
        QVERIFY2(report.ok() && report->written, qPrintable(report.error()));
        QCOMPARE(report->merged, 2);
        QCOMPARE(report->imported, 1);
        QCOMPARE(m_test.count(u"accounts"_s), 2);
        // Only empty fields are filled: the email stays, the city arrives.
        QCOMPARE(
            m_test.scalar(u"SELECT city || ' ' || email FROM accounts WHERE id = 1"_s).toString(),
            u"Jakarta info@maju.co.id"_s);
        QCOMPARE(m_test.scalar(u"SELECT city FROM accounts WHERE name = 'PT Baru'"_s).toString(),
                 u"Bandung"_s);
        QCOMPARE(m_test
                     .scalar(u"SELECT count(*) FROM audit_log WHERE action = 'merge' AND "
                             "entity_id = 1"_s)
                     .toInt(),
                 1);

        // The wizard's per-row answer overrides the policy.
        options.onDuplicate = DuplicatePolicy::Fail;
        options.duplicateDecisions = { { 3, DuplicatePolicy::Create } };
        report = import(ImportKind::Accounts, "name,kind\nMaju Jaya,client\n", options);
        QVERIFY(!report->written); // the answer was for another line: line 2 is undecided
        options.duplicateDecisions = { { 2, DuplicatePolicy::Create } };
        report = import(ImportKind::Accounts, "name,kind\nPT Maju Jaya,client\n", options);
        QVERIFY(report->written);
        QCOMPARE(m_test.count(u"accounts"_s), 3);
    }

    void mergeKeepsTheCurrencyColumn()
    {
        // PT Maju Jaya follows the firm's currency (NULL); PT Dolar has its own, EUR.
        m_test.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                    "('client', 'PT Maju Jaya', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
        m_test.exec(u"INSERT INTO accounts (kind, name, currency, created_at, updated_at) VALUES "
                    "('client', 'PT Dolar', 'EUR', '2024-01-01T00:00:00', "
                    "'2024-01-01T00:00:00')"_s);
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Merge;

        // A bad code on a merged row: the line and column named, nothing written.
        const QString before = snapshot();
        auto report = import(ImportKind::Accounts,
                             "name,kind,currency\n"
                             "PT Baru,customer,sgd\n"
                             "Maju Jaya Tbk,client,XYZ\n",
                             options);
        QVERIFY(report.ok());
        QVERIFY(!report->written);
        QCOMPARE(problems(*report),
                 QStringList { u"3: currency: “XYZ” is not an ISO 4217 currency code such as "
                               "IDR, USD or SGD"_s });
        QCOMPARE(snapshot(), before);
        QCOMPARE(
            m_test.scalar(u"SELECT count(*) FROM accounts WHERE currency IS NOT NULL"_s).toInt(),
            1);

        // Merged rows fill an empty currency (in any case) and keep one already chosen; a
        // new row and a row merged into an earlier one of the file keep theirs.
        report = import(ImportKind::Accounts,
                        "name,kind,currency\n"
                        "Maju Jaya Tbk,client,usd\n"
                        "PT Dolar Tbk,client,SGD\n"
                        "PT Baru,customer,\n"
                        "P.T. Baru,customer,JPY\n",
                        options);
        QVERIFY2(report.ok() && report->written, qPrintable(report.error()));
        QCOMPARE(report->merged, 3);
        QCOMPARE(report->imported, 1);
        QCOMPARE(m_test.count(u"accounts"_s), 3);
        for (const auto &[name, currency] :
             { std::pair { u"PT Maju Jaya"_s, u"USD"_s }, std::pair { u"PT Dolar"_s, u"EUR"_s },
               std::pair { u"PT Baru"_s, u"JPY"_s } })
            QCOMPARE(m_test.scalar(u"SELECT currency FROM accounts WHERE name = '%1'"_s.arg(name))
                         .toString(),
                     currency);
    }

    void scansTheWholeDatabaseForPairs()
    {
        m_test.rawAccount(u"PT Maju Jaya"_s);
        m_test.rawAccount(u"Lain Sekali"_s);
        m_test.rawAccount(u"maju jaya tbk"_s);
        const auto pairs = cd::findDuplicateAccounts(m_test.db());
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), 1);
        QCOMPARE(pairs->at(0).first.name, u"PT Maju Jaya"_s);
        QCOMPARE(pairs->at(0).second.name, u"maju jaya tbk"_s);
    }

    void hostileTextIsStoredAndExportedExactly()
    {
        const QStringList names { u"<b>PT \"Maju\" & Co</b>"_s,
                                  u"Robert'); DROP TABLE accounts;--"_s,
                                  u"شركة النور"_s,
                                  u"北京咨询 😀"_s,
                                  u"a;b,c"_s,
                                  u"Café Señor Ōtani — Ça va"_s };
        QString csv = u"name,kind,notes\n"_s;
        for (const QString &name : names) {
            QString quoted = name;
            quoted.replace(u"\""_s, u"\"\""_s);
            csv += u"\""_s + quoted + u"\",customer,\""_s + QString(10'000, u'n') + u"\"\n"_s;
        }
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Create;
        const auto report = import(ImportKind::Accounts, csv.toUtf8(), options);
        QVERIFY2(report.ok() && report->written, qPrintable(report.error()));
        for (const QString &name : names)
            QCOMPARE(m_test
                         .scalar(u"SELECT count(*) FROM accounts WHERE name = :n"_s,
                                 { { u"n"_s, name } })
                         .toInt(),
                     1);
        const QString out = m_dir.filePath(u"hostile.csv"_s);
        QVERIFY(cd::Exporter(m_test.db())
                    .exportKind(ImportKind::Accounts, out, cd::ExportFormat::Csv)
                    .ok());
        const auto back = CsvReader::readFile(out);
        QVERIFY(back.ok());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(back->records[i].fields[0], names[i]);
            QCOMPARE(back->records[i].fields[13].size(), 10'000);
        }
    }

    void anExportImportsBackUnchanged()
    {
        cd::SampleOptions sample;
        sample.accounts = 120;
        sample.revenueEntries = 3000;
        sample.seed = 11;
        QVERIFY(cd::SampleGenerator(sample).generate(m_test.db()).ok());
        QStringList first;
        for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                                 ImportKind::Revenue }) {
            const QString path = m_dir.filePath(cd::toCode(kind) + u"-1.csv"_s);
            QVERIFY(cd::Exporter(m_test.db()).exportKind(kind, path, cd::ExportFormat::Csv).ok());
            first.append(path);
        }
        const QString byKindSql = u"SELECT account_kind || '=' || sum(amount_minor) FROM "
                                  "revenue_entries GROUP BY account_kind ORDER BY account_kind"_s;
        const QString byKind = m_test.column(byKindSql).join(u' ');
        QVERIFY(byKind.contains(u"client="_s) && byKind.contains(u"customer="_s));

        m_test.close();
        QVERIFY(m_test.open()); // a new, empty database
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Create; // the sample has look-alike names
        int i = 0;
        for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                                 ImportKind::Revenue }) {
            const auto document = CsvReader::readFile(first.at(i++));
            QVERIFY(document.ok());
            const auto report = Importer(m_test.db()).run(kind, *document, options);
            QVERIFY2(report.ok(), qPrintable(report.error()));
            QVERIFY2(report->written, qPrintable(problems(*report).join(u'\n')));
        }
        // Clients' revenue from before their conversion is still customer revenue.
        QCOMPARE(m_test.column(byKindSql).join(u' '), byKind);
        i = 0;
        for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                                 ImportKind::Revenue }) {
            const QString path = m_dir.filePath(cd::toCode(kind) + u"-2.csv"_s);
            QVERIFY(cd::Exporter(m_test.db()).exportKind(kind, path, cd::ExportFormat::Csv).ok());
            QCOMPARE(readAll(path), readAll(first.at(i++)));
        }
    }

    void xlsxExportIsACompleteWorkbook()
    {
        m_test.rawAccount(u"PT Ada"_s);
        const QString path = m_dir.filePath(u"accounts.xlsx"_s);
        const auto rows = cd::Exporter(m_test.db())
                              .exportKind(ImportKind::Accounts, path, cd::ExportFormat::Xlsx);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(*rows, 1);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("PK")); // a zip container, as XLSX is
        QVERIFY(bytes.size() > 3000);
        QVERIFY(!QFile::exists(path + u".partial"_s));

        const QString nowhere = m_dir.filePath(u"missing/folder/accounts.xlsx"_s);
        const auto refused = cd::Exporter(m_test.db())
                                 .exportKind(ImportKind::Accounts, nowhere, cd::ExportFormat::Xlsx);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
