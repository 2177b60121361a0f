// The printed invoice on the command line end to end, through the real binary (issue 27):
// `clientdesk report invoice NUMBER -o FILE.pdf` in the app's language or the one --language
// names, and `report invoices --period YYYY-MM -o DIR` (one PDF per invoice dated in the
// month, named after its number with '/' as '-'); bad input (an unknown number, a folder that
// does not exist, a file where the folder goes, a bad month, options that do not go together)
// is one sentence, exit 1 or 2, and no file.
//
// The fixture (hand-computed): PT Maju Bersama (client, NPWP 02.345.678.9-012.000) billed by
// INV/2026/00001 (30 November 2026: 10 hours at Rp 1,500,000.00 with PPN 11 %: 15,000,000.00
// + 1,650,000.00 = 16,650,000.00) and INV/2026/00002 (30 November 2026: Rp 2,000,000.00 with
// no tax), INV/2026/00003 dated 5 December 2026 (Rp 1,000,000.00, no tax) and a draft dated
// 30 November 2026 (never printed by the batch).

#include "domain/invoicerules.h"
#include "processrun.h"
#include "reports/reportdata.h"
#include "services/invoiceservice.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_CliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run clientdesk(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
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
    Run report(QStringList arguments)
    {
        return clientdesk(QStringList { u"report"_s } << arguments << u"--database"_s << m_db);
    }
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, { pdf, u"-"_s });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0xA0), u' ').simplified();
    }

    static InvoiceLine line(const QString &description, qint64 quantityMilli, qint64 unitPrice,
                            std::optional<int> taxRateBp)
    {
        InvoiceLine l;
        l.description = description;
        l.quantityMilli = quantityMilli;
        l.unitPriceMinor = unitPrice;
        l.amountMinor = *InvoiceRules::lineAmount(quantityMilli, unitPrice);
        l.taxRateBp = taxRateBp;
        return l;
    }

    /// A draft of the account dated `date` with `lines`; issued unless `draft`.
    static bool invoice(Database &db, qint64 account, const QDate &date,
                        const QList<InvoiceLine> &lines, bool draft = false)
    {
        InvoiceService service(db);
        Invoice inv;
        inv.accountId = account;
        inv.date = date;
        inv.lines = lines;
        auto filled = service.withDefaults(inv);
        if (!filled) {
            qWarning("%s", qPrintable(filled.error()));
            return false;
        }
        filled->lines = lines; // the tax as given (withDefaults fills in missing rates)
        const auto id = service.createDraft(*filled);
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return false;
        }
        if (draft)
            return true;
        const auto numbers = service.issue({ *id });
        if (!numbers)
            qWarning("%s", qPrintable(numbers.error()));
        return numbers.ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"invoices.sqlite"_s);
        auto db = Database::open(m_db);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QSqlQuery q((**db).connection());
        QVERIFY(q.exec(u"INSERT INTO accounts (kind, name, city, country, tax_id, email, "
                       "created_at, updated_at) VALUES ('client', 'PT Maju Bersama', 'Jakarta', "
                       "'Indonesia', '02.345.678.9-012.000', 'finance@maju.example', "
                       "'2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s));
        const qint64 account = q.lastInsertId().toLongLong();
        FirmProfile firm;
        firm.name = u"Sinar Advisory"_s;
        firm.taxId = u"01.234.567.8-901.000"_s;
        firm.bankName = u"Bank Central Asia"_s;
        firm.bankAccountNumber = u"123-456-7890"_s;
        QVERIFY(firm.save(**db).ok());
        QVERIFY(invoice(**db, account, QDate(2026, 11, 30),
                        { line(u"Advisory hours, November 2026"_s, 10'000, 150'000'000, 1100) }));
        QVERIFY(invoice(**db, account, QDate(2026, 11, 30),
                        { line(u"Workshop materials"_s, 1000, 200'000'000, std::nullopt) }));
        QVERIFY(invoice(**db, account, QDate(2026, 12, 5),
                        { line(u"December retainer"_s, 1000, 100'000'000, std::nullopt) }));
        QVERIFY(invoice(**db, account, QDate(2026, 11, 30),
                        { line(u"Not yet issued"_s, 1000, 100'000'000, std::nullopt) }, true));
        QVERIFY(q.exec(u"SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number"_s));
        QStringList numbers;
        while (q.next())
            numbers.append(q.value(0).toString());
        QCOMPARE(numbers,
                 (QStringList { u"INV/2026/00001"_s, u"INV/2026/00002"_s, u"INV/2026/00003"_s }));
    }

    void oneInvoiceInTheLanguageAsked()
    {
        const QString pdf = path(u"one.pdf"_s);
        Run run
            = report({ u"invoice"_s, u"INV/2026/00001"_s, u"-o"_s, pdf, u"--language"_s, u"id"_s });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        // --language is the command's language too.
        QCOMPARE(run.out, u"%1 telah ditulis (1 halaman).\n"_s.arg(QDir::toNativeSeparators(pdf)));
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"INV/2026/00001"_s), qPrintable(text));
        QVERIFY(text.contains(u"PT Maju Bersama"_s));
        QVERIFY(text.contains(u"02.345.678.9-012.000"_s));
        QVERIFY(text.contains(u"01.234.567.8-901.000"_s));
        QVERIFY(text.contains(u"123-456-7890"_s));
        QVERIFY(text.contains(u"Rp15.000.000,00"_s));
        QVERIFY(text.contains(u"Rp1.650.000,00"_s));
        QVERIFY(text.contains(u"Rp16.650.000,00"_s));
        QVERIFY(text.contains(u"Enam belas juta enam ratus lima puluh ribu rupiah"_s));
        QVERIFY(text.contains(u"Halaman 1 dari 1"_s)); // the app's Indonesian
        QVERIFY(text.contains(u"30 Desember 2026"_s)); // due: 30 days (the default terms)

        run = report({ u"invoice"_s, u"INV/2026/00001"_s, u"-o"_s, pdf, u"--language"_s, u"en"_s });
        QCOMPARE(run.exitCode, 0);
        text = pdfText(pdf);
        QVERIFY(text.contains(u"Sixteen million six hundred fifty thousand rupiah"_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
    }

    void everyInvoiceOfAMonthIntoAFolder()
    {
        const QString folder = path(u"november"_s);
        const Run run = report({ u"invoices"_s, u"--period"_s, u"2026-11"_s, u"-o"_s, folder,
                                 u"--language"_s, u"en"_s });
        QVERIFY2(run.err.endsWith(u"Writing invoices (2 of 2)\n"_s), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"Invoices dated in 2026-11 written into %1: 2 (each named after its number, "
                 "'/' written as '-').\n"_s.arg(QDir::toNativeSeparators(folder)));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList { u"INV-2026-00001.pdf"_s, u"INV-2026-00002.pdf"_s }));
        const QString text = pdfText(QDir(folder).filePath(u"INV-2026-00002.pdf"_s));
        QVERIFY(text.contains(u"INV/2026/00002"_s));
        QVERIFY(text.contains(u"Two million rupiah"_s));
        QVERIFY(text.contains(u"no tax"_s));
    }

    void badInputIsOneSentenceAndNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");
        const QString missing = QDir::toNativeSeparators(path(u"missing"_s));
        QTest::newRow("unknown number")
            << QStringList { u"invoice"_s, u"INV/1999/00001"_s, u"-o"_s, path(u"x.pdf"_s) } << 1
            << u"There is no invoice or credit note numbered “INV/1999/00001”."_s;
        QTest::newRow("a folder that does not exist")
            << QStringList { u"invoice"_s, u"INV/2026/00001"_s, u"-o"_s, path(u"missing/x.pdf"_s) }
            << 1 << u"The folder %1 does not exist."_s.arg(missing);
        QTest::newRow("no month") << QStringList { u"invoices"_s, u"-o"_s, path(u"dir"_s) } << 2
                                  << u"Name the month of the invoices with --period YYYY-MM."_s;
        QTest::newRow("a bad month")
            << QStringList { u"invoices"_s, u"--period"_s, u"2026-13"_s, u"-o"_s, path(u"dir"_s) }
            << 2 << u"--period takes a month as YYYY-MM, such as 2026-11, not '2026-13'."_s;
        QTest::newRow("a month without invoices")
            << QStringList { u"invoices"_s, u"--period"_s, u"2026-10"_s, u"-o"_s, path(u"dir"_s) }
            << 1 << u"No invoices are dated in 2026-10: none written."_s;
        QTest::newRow("a file where the folder goes")
            << QStringList { u"invoices"_s, u"--period"_s, u"2026-11"_s, u"-o"_s,
                             path(u"invoices.sqlite"_s) }
            << 1
            << u"%1 is a file; give a folder for the invoices."_s.arg(
                   QDir::toNativeSeparators(path(u"invoices.sqlite"_s)));
        QTest::newRow("--period with one invoice")
            << QStringList { u"invoice"_s, u"INV/2026/00001"_s, u"--period"_s, u"2026-11"_s,
                             u"-o"_s,      path(u"x.pdf"_s) }
            << 2 << u"--period goes with 'report invoices' only."_s;
        QTest::newRow("--from with invoices")
            << QStringList { u"invoice"_s, u"INV/2026/00001"_s, u"--from"_s, u"2026-01-01"_s,
                             u"-o"_s,      path(u"x.pdf"_s) }
            << 2 << u"'report invoice' prints one invoice: it takes no --from or --to."_s;
        QTest::newRow("--language with a client report")
            << QStringList { u"portfolio"_s, u"--language"_s, u"id"_s, u"-o"_s, path(u"x.pdf"_s) }
            << 2 << u"--language goes with 'report invoice' and 'report invoices' only."_s;
        QTest::newRow("an unknown language")
            << QStringList { u"invoice"_s, u"INV/2026/00001"_s, u"--language"_s, u"fr"_s,
                             u"-o"_s,      path(u"x.pdf"_s) }
            << 2 << u"--language is en or id, not 'fr'."_s;
        QTest::newRow("no output") << QStringList { u"invoice"_s, u"INV/2026/00001"_s } << 2
                                   << u"Name the PDF file to write with -o FILE.pdf."_s;
    }
    void badInputIsOneSentenceAndNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        const QStringList before
            = QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        const Run run = report(arguments);
        QCOMPARE(run.err, u"clientdesk: "_s + sentence + u'\n');
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 before);
    }
};

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_cli_report.moc"
