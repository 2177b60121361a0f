// Invoices on the command line end to end, through the real binary (issue 27): `invoices`
// (table, CSV, JSON; --status, --from, --to), `pay`, `void` and `export invoices|payments`,
// good and bad input: each refusal one sentence, its exit code, nothing written.
//
// The fixture, made in process through InvoiceService (hand-computed): Acme (client) with
// hourly contract H-1 in IDR, Beta (client). INV/2026/00001: Acme, H-1, 2026-03-31, due
// 2026-04-30, Advice 1,000,000.00 + 11 % = 1,110,000.00. INV/2026/00002: Beta, USD,
// 2026-04-15, due 2026-05-15, 500.00 without tax. A draft of Acme, 2026-05-31, 100.00 + 11.00.

#include "processrun.h"
#include "repositorytestsupport.h"

#include "services/invoiceservice.h"
#include "storage/contractrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_CliInvoices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    testsupport::TestDatabase m_t;
    QString m_file;

    Run clientdesk(QStringList arguments)
    {
        arguments << u"--database"_s << m_file;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
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

    static QStringList lines(const QString &text)
    {
        QStringList out = text.split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : out)
            if (line.endsWith(u'\r'))
                line.chop(1);
        return out;
    }

    qint64 count(const QString &table)
    {
        auto db = Database::open(m_file);
        QSqlQuery q(db.value()->connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        q.next();
        return q.value(0).toLongLong();
    }

    static InvoiceLine manual(const QString &description, qint64 amount)
    {
        InvoiceLine l;
        l.description = description;
        l.unitPriceMinor = amount;
        l.amountMinor = amount;
        return l;
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_file = m_t.db().location();
        const qint64 acme = m_t.rawAccount(u"Acme"_s, u"client"_s);
        const qint64 beta = m_t.rawAccount(u"Beta"_s, u"client"_s);
        Contract c;
        c.accountId = acme;
        c.reference = u"H-1"_s;
        c.billingModel = BillingModel::Hourly;
        c.fee = Money(10000000, u"IDR"_s);
        c.estimatedHours = 100;
        c.start = { 2026, 1, 1 };
        c.end = { 2026, 12, 31 };
        c.status = ContractStatus::Active;
        c.signedOn = { 2025, 12, 20 };
        const auto contract = ContractRepository(m_t.db()).insert(c);
        QVERIFY2(contract.ok(), qPrintable(contract.error()));
        InvoiceService service(m_t.db());
        const auto make = [&](qint64 account, std::optional<qint64> contractId, QDate date,
                              const QString &currency, InvoiceLine line, bool tax) {
            Invoice i;
            i.accountId = account;
            i.contractId = contractId;
            i.date = date;
            i.currency = currency;
            i.lines = { line };
            i = *service.withDefaults(i);
            if (!tax)
                i.lines[0].taxRateBp.reset();
            return *service.createDraft(i);
        };
        const qint64 one
            = make(acme, *contract, { 2026, 3, 31 }, {}, manual(u"Advice"_s, 100000000), true);
        const qint64 two
            = make(beta, {}, { 2026, 4, 15 }, u"USD"_s, manual(u"Audit"_s, 50000), false);
        QCOMPARE(*service.issue({ one, two }),
                 QStringList({ u"INV/2026/00001"_s, u"INV/2026/00002"_s }));
        QVERIFY(make(acme, *contract, { 2026, 5, 31 }, {}, manual(u"Call"_s, 10000), true));
        m_t.close(); // the file stays in the test's folder
    }

    void listsInvoices()
    {
        Run run = clientdesk({ u"invoices"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out),
                 QStringList({
                     u"number,client,contract,issued,due,currency,net,tax,total,paid,state"_s,
                     u"INV/2026/00001,Acme,H-1,2026-03-31,2026-04-30,IDR,1000000.00,110000.00,"
                     "1110000.00,0.00,issued"_s,
                     u"INV/2026/00002,Beta,,2026-04-15,2026-05-15,USD,500.00,0.00,500.00,0.00,"
                     "issued"_s,
                     u",Acme,H-1,2026-05-31,2026-06-30,IDR,100.00,11.00,111.00,0.00,draft"_s,
                 }));

        run = clientdesk({ u"invoices"_s, u"--status"_s, u"draft"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(lines(run.out).size(), 2);
        run = clientdesk({ u"invoices"_s, u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-04-30"_s,
                           u"--format"_s, u"csv"_s });
        QCOMPARE(lines(run.out).value(1).left(15), u"INV/2026/00002,"_s);
        QCOMPARE(lines(run.out).size(), 2);
        // Overdue on today's date: due in 2026, issued and not paid. Past it, both are.
        run = clientdesk({ u"invoices"_s, u"--status"_s, u"overdue"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(run.exitCode, 0);
        if (QDate::currentDate() > QDate(2026, 5, 15))
            QCOMPARE(lines(run.out).size(), 3);

        run = clientdesk({ u"invoices"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray json = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(json.size(), 3);
        const QJsonObject first = json.at(0).toObject();
        QCOMPARE(first.value(u"number"_s).toString(), u"INV/2026/00001"_s);
        QVERIFY(first.value(u"total"_s).isDouble());
        QCOMPARE(first.value(u"total"_s).toDouble(), 1110000.0);
        QCOMPARE(first.value(u"state"_s).toString(), u"issued"_s);
        QCOMPARE(json.at(2).toObject().value(u"number"_s).toString(), QString());

        run = clientdesk({ u"invoices"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"INV/2026/00001"_s));
        QVERIFY(lines(run.out).value(0).startsWith(u"number"_s));
    }

    void listRefusesBadOptions()
    {
        Run run = clientdesk({ u"invoices"_s, u"--status"_s, u"late"_s });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 u"clientdesk: --status is draft, issued, partly_paid, paid, void or "
                 "overdue, not 'late'.\n"_s);
        QCOMPARE(run.out, QString());
        run = clientdesk({ u"invoices"_s, u"--from"_s, u"2026-13-01"_s });
        QCOMPARE(run.exitCode, 2);
        run = clientdesk(
            { u"invoices"_s, u"--from"_s, u"2026-05-01"_s, u"--to"_s, u"2026-04-01"_s });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, u"clientdesk: --to 2026-04-01 is before --from 2026-05-01.\n"_s);
        run = clientdesk({ u"invoices"_s, u"--format"_s, u"xml"_s });
        QCOMPARE(run.exitCode, 2);
    }

    void paysAndRefusesOverpayment()
    {
        Run run = clientdesk({ u"pay"_s, u"INV/2026/00001"_s, u"--amount"_s, u"500000.00"_s,
                               u"--date"_s, u"2026-04-10"_s, u"--method"_s, u"bank transfer"_s,
                               u"--reference"_s, u"TRX-1"_s });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"Recorded 500000.00 IDR paid on 2026-04-10 for INV/2026/00001; it is "
                 "now partly_paid, 610000.00 IDR owed.\n"_s);

        const QList<std::tuple<QStringList, int, QString>> refused {
            { { u"INV/2026/00001"_s, u"--amount"_s, u"700000"_s, u"--date"_s, u"2026-04-11"_s },
              1,
              u"A payment of 700000.00 IDR is more than INV/2026/00001 owes, 610000.00 IDR; "
              "record a payment of at most 610000.00 IDR (ClientDesk does not keep overpayments "
              "as credit)."_s },
            { { u"INV/2026/00001"_s, u"--amount"_s, u"10"_s, u"--date"_s, u"2026-03-30"_s },
              1,
              u"The payment of 2026-03-30 is dated before INV/2026/00001's date 2026-03-31."_s },
            { { u"INV/2026/09999"_s, u"--amount"_s, u"10"_s, u"--date"_s, u"2026-04-11"_s },
              1,
              u"There is no invoice or credit note numbered “INV/2026/09999”."_s },
            { { u"INV/2026/00001"_s, u"--amount"_s, u"-10"_s, u"--date"_s, u"2026-04-11"_s },
              1,
              u"A payment needs an amount above 0."_s },
            { { u"INV/2026/00001"_s, u"--amount"_s, u"10"_s },
              2,
              u"'pay' needs --amount and --date. Run 'clientdesk pay --help' for its options."_s },
            { { u"INV/2026/00001"_s, u"--amount"_s, u"10"_s, u"--date"_s, u"10/04/2026"_s },
              2,
              u"--date takes a date written YYYY-MM-DD, such as 2024-03-31, not '10/04/2026'."_s },
        };
        for (const auto &[arguments, code, message] : refused) {
            run = clientdesk(QStringList { u"pay"_s } + arguments);
            QCOMPARE(run.exitCode, code);
            QCOMPARE(run.err, u"clientdesk: "_s + message + u'\n');
            QCOMPARE(run.out, QString());
        }
        run = clientdesk({ u"pay"_s, u"INV/2026/00001"_s, u"--amount"_s, u"12,5"_s, u"--date"_s,
                           u"2026-04-11"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"clientdesk: --amount: "_s), qPrintable(run.err));
        QCOMPARE(count(u"payments"_s), 1);

        run = clientdesk({ u"pay"_s, u"INV/2026/00001"_s, u"--amount"_s, u"610000"_s, u"--date"_s,
                           u"2026-04-30"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"Recorded 610000.00 IDR paid on 2026-04-30 for INV/2026/00001; it is "
                 "now paid, 0.00 IDR owed.\n"_s);
        run = clientdesk({ u"invoices"_s, u"--status"_s, u"paid"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(lines(run.out).value(1),
                 u"INV/2026/00001,Acme,H-1,2026-03-31,2026-04-30,IDR,1000000.00,110000.00,"
                 "1110000.00,1110000.00,paid"_s);
    }

    void voids()
    {
        QCOMPARE(clientdesk({ u"pay"_s, u"INV/2026/00001"_s, u"--amount"_s, u"1"_s, u"--date"_s,
                              u"2026-04-10"_s })
                     .exitCode,
                 0);
        Run run = clientdesk({ u"void"_s, u"INV/2026/00001"_s, u"--reason"_s, u"Wrong"_s });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: INV/2026/00001 has payments (1.00 IDR of 1110000.00 IDR "
                 "paid); a paid or partly paid invoice cannot be voided: record a "
                 "credit note instead.\n"_s);
        run = clientdesk({ u"void"_s, u"INV/2026/00002"_s });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 u"clientdesk: 'void' needs --reason. Run 'clientdesk void --help' for "
                 "its options.\n"_s);
        run = clientdesk({ u"void"_s, u"INV/2026/00002"_s, u"--reason"_s, u"Wrong client"_s,
                           u"--date"_s, u"2026-04-14"_s });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 u"clientdesk: INV/2026/00002 cannot be voided on 2026-04-14, before its "
                 "date 2026-04-15.\n"_s);
        QCOMPARE(count(u"revenue_entries"_s), 2);

        run = clientdesk({ u"void"_s, u"INV/2026/00002"_s, u"--reason"_s, u"Wrong client"_s,
                           u"--date"_s, u"2026-05-01"_s });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"Voided INV/2026/00002 on 2026-05-01; its revenue is taken out and "
                 "what it billed can be billed again.\n"_s);
        QCOMPARE(count(u"revenue_entries"_s), 1);
        run = clientdesk({ u"void"_s, u"INV/2026/00002"_s, u"--reason"_s, u"Again"_s });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"clientdesk: INV/2026/00002 is void already.\n"_s);
        run = clientdesk({ u"invoices"_s, u"--status"_s, u"void"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(lines(run.out).value(1).section(u',', -1), u"void"_s);

        run = clientdesk({ u"check"_s });
        QCOMPARE(run.exitCode, 0);
    }

    void exports()
    {
        QCOMPARE(clientdesk({ u"pay"_s, u"INV/2026/00002"_s, u"--amount"_s, u"200"_s, u"--date"_s,
                              u"2026-04-20"_s, u"--method"_s, u"wire, SWIFT"_s })
                     .exitCode,
                 0);
        const QString file = m_dir.filePath(u"invoices.csv"_s);
        Run run = clientdesk({ u"export"_s, u"invoices"_s, u"-o"_s, file });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"Exported invoices to %1 (rows: 3).\n"_s.arg(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList exported = lines(QString::fromUtf8(csv.readAll()));
        QCOMPARE(exported.size(), 4);
        QCOMPARE(exported.at(0),
                 u"id,number,client,contract,issued,due,currency,net,tax,total,paid,state"_s);
        QVERIFY2(exported.at(2).endsWith(u",INV/2026/00002,Beta,,2026-04-15,2026-05-15,USD,"
                                         "500.00,0.00,500.00,200.00,partly_paid"_s),
                 qPrintable(exported.at(2)));

        run = clientdesk({ u"export"_s, u"payments"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out),
                 QStringList({ u"numbers,client,date,amount,currency,method,reference"_s,
                               u"INV/2026/00002,Beta,2026-04-20,200.00,USD,\"wire, SWIFT\","_s }));

        run = clientdesk({ u"export"_s, u"receipts"_s });
        QCOMPARE(run.exitCode, 2);
        run = clientdesk({ u"export"_s, u"invoices"_s, u"-o"_s, m_dir.filePath(u"x/y/z.csv"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x/y/z.csv"_s)));
        // Imported they are not.
        run = clientdesk({ u"import"_s, u"invoices"_s, file });
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliInvoices)
#include "tst_cli_invoices.moc"
