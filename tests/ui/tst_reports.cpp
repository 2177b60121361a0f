#include "dialogs/firmprofiledialog.h"
#include "domain/money.h"
#include "reports/clientreport.h"
#include "reports/recentreports.h"
#include "reports/reportbatch.h"
#include "reports/reportdata.h"
#include "reports/reportdialog.h"
#include "reports/reportprinter.h"
#include "services/invoiceservice.h"
#include "services/reportservice.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "views/reportsview.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace cd;

// The printed reports on a client added up by hand: the PDF's pages, text, fonts and images,
// the escaping of names, a golden copy of the content, tables across pages, and bad input.
class tst_Reports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    qint64 m_client = 0;
    const QString m_hostile = u"<b>PT \"Maju\" & Co</b>"_s;
    const QDate m_today = QDate(2026, 6, 30);
    const QLocale m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// A poppler tool's output for a file.
    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    /// The PDF's text (page `page` alone when given), no-break spaces as spaces.
    static QString pdfText(const QString &pdf, int page = 0)
    {
        QStringList arguments { u"-layout"_s };
        if (page > 0)
            arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
        return tool(u"pdftotext"_s, arguments << pdf << u"-"_s).replace(QChar(0xA0), u' ');
    }
    QString money(qint64 minor) const
    {
        return Money(minor, u"IDR"_s).format(m_locale).replace(QChar(0xA0), u' ');
    }

    ReportPeriod firstHalf() const { return { QDate(2026, 1, 1), QDate(2026, 6, 30) }; }

    Result<int> writeClientPdf(const QString &path, const ReportPeriod &period)
    {
        const auto data = ReportData::client(*m_db, m_client, period, m_today);
        if (!data)
            return Error { data.error() };
        BuiltReport report = Reports::client(*data, m_locale);
        return ReportPrinter::writePdf(*report.document, report.frame, path, m_locale);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of their own for each backend: the two runs go at the same time, and the
        // recent reports are kept in the settings.
        QCoreApplication::setApplicationName(
            UiTestDatabases::onPostgres() ? u"tst_reports_postgresql"_s : u"tst_reports"_s);
        QSettings().clear();
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        m_db = m_databases.open(m_dir.filePath(u"reports.sqlite"_s));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        // The firm, with a logo (a PNG kept in the settings).
        QImage logo(64, 32, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x5f, 0xa8));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        QVERIFY(exec(u"INSERT INTO settings (key, value) VALUES ('firm_name', 'Sinar Advisory'), "
                     "('firm_address', 'Jl. Merdeka 1\nBandung 40111'), ('firm_logo', ?), "
                     "('currency', 'IDR')"_s,
                     { QString::fromLatin1(png.toBase64()) }));
        QVERIFY(exec(u"INSERT INTO users (name, created_at) VALUES ('Ana Wijaya', "
                     "'2024-01-01T00:00:00')"_s));
        QVERIFY(exec(u"INSERT INTO accounts (kind, name, industry, city, region, country, "
                     "manager_id, email, created_at, updated_at) VALUES ('client', ?, "
                     "'Logistics', 'Bandung', 'West Java', 'ID', 1, 'info@maju.co.id', "
                     "'2024-01-01', '2024-01-01')"_s,
                     { m_hostile }));
        m_client = scalar(u"SELECT max(id) FROM accounts"_s);
        QVERIFY(exec(u"INSERT INTO contacts (account_id, name, job_title, email, created_at) "
                     "VALUES (?, 'Dewi <i>Lestari</i>', 'Finance Director', 'dewi@maju.co.id', "
                     "'2024-01-01T00:00:00')"_s,
                     { m_client }));
        QVERIFY(exec(u"INSERT INTO contact_roles (contact_id, role) VALUES (1, 'decision_maker'), "
                     "(1, 'billing')"_s));
        QVERIFY(exec(u"INSERT INTO contracts (account_id, reference, title, billing_model, "
                     "fee_minor, currency, start_date, end_date, auto_renew, renewal_months, "
                     "notice_days, termination_clause, status, signed_on, created_at, updated_at) "
                     "VALUES (?, 'C-2026-017', 'Tax advisory', 'retainer', 1500000000, 'IDR', "
                     "'2026-01-01', '2026-12-31', 1, 12, 60, 'Either party may end it with 60 "
                     "days notice. Fees for the notice period stay due.', 'active', "
                     "'2025-12-20', '2025-12-20', '2025-12-20')"_s,
                     { m_client }));
        QVERIFY(exec(u"INSERT INTO service_items (account_id, contract_id, title, customisation, "
                     "frequency, response_hours, consultant, created_at) VALUES (?, 1, 'Monthly "
                     "tax review', 'Before the 10th of each month', 'monthly', 24, 'Budi', "
                     "'2026-01-01T00:00:00')"_s,
                     { m_client }));
        // Requests: one answered in time, one late, one still open and not due.
        QVERIFY(exec(u"INSERT INTO service_requests (account_id, service_item_id, type, title, "
                     "priority, status, opened_at, due_at, closed_at) VALUES "
                     "(?, 1, 'request', 'VAT question', 'normal', 'closed', '2026-02-02T09:00:00', "
                     "'2026-02-03T09:00:00', '2026-02-02T15:00:00'), "
                     "(?, 1, 'complaint', 'Late report', 'high', 'closed', '2026-03-02T09:00:00', "
                     "'2026-03-03T09:00:00', '2026-03-05T09:00:00'), "
                     "(?, 1, 'request', 'Audit letter', 'normal', 'open', '2026-06-30T08:00:00', "
                     "'2026-07-01T08:00:00', NULL)"_s,
                     { m_client, m_client, m_client }));
        // Revenue: this half year 15,000,000.00 + 3,000,000.00; the one before 12,000,000.00.
        for (const auto &[day, amount, category] :
             { std::tuple { u"2026-01-31"_s, 1500000000LL, u"Tax advisory"_s },
               std::tuple { u"2026-04-30"_s, 300000000LL, u"Training"_s },
               std::tuple { u"2025-10-31"_s, 1200000000LL, u"Tax advisory"_s } }) {
            // In the firm's currency: converted to itself, as the writers store it.
            QVERIFY(exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                         "currency, account_kind, category, converted_minor, created_at) VALUES "
                         "(?, ?, ?, 'IDR', 'client', ?, ?, '2026-01-01')"_s,
                         { m_client, day, amount, category, amount }));
        }
        QVERIFY(exec(u"INSERT INTO opportunities (account_id, title, deal_type, "
                     "expected_value_minor, currency, probability, stage, first_contact, "
                     "expected_close, next_step, created_at, updated_at) VALUES (?, 'Transfer "
                     "pricing study', 'engagement', 25000000000, 'IDR', 40, 'proposal', "
                     "'2026-05-01', '2026-08-31', 'Send the proposal', '2026-05-01', "
                     "'2026-05-01')"_s,
                     { m_client }));
        QVERIFY(exec(u"INSERT INTO interactions (account_id, contact_id, type, occurred_at, "
                     "subject, follow_up_on) VALUES (?, 1, 'meeting', '2026-06-12T10:00:00', "
                     "'Quarterly review', '2026-07-15')"_s,
                     { m_client }));
    }

    void cleanupTestCase() { m_db.reset(); }

    void theClientReportPdfHoldsTheDatabasesFigures()
    {
        const QString pdf = m_dir.filePath(u"client.pdf"_s);
        const auto pages = writeClientPdf(pdf, firstHalf());
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY(*pages >= 1);
        const QString info = tool(u"pdfinfo"_s, { pdf });
        QVERIFY2(info.contains(u"Pages:           %1"_s.arg(*pages)), qPrintable(info));
        QVERIFY(info.contains(u"A4"_s)); // a British locale prints on A4

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(m_hostile)); // the name as typed, never as markup
        QVERIFY(text.contains(u"Dewi <i>Lestari</i>"_s));
        QVERIFY(text.contains(u"C-2026-017"_s));
        QVERIFY(text.contains(u"Sinar Advisory"_s));
        QVERIFY(text.contains(u"Ana Wijaya"_s));
        // The totals are the database's sums.
        const qint64 current = scalar(u"SELECT sum(amount_minor) FROM revenue_entries WHERE "
                                      "entry_date BETWEEN '2026-01-01' AND '2026-06-30'"_s);
        const qint64 previous = scalar(u"SELECT sum(amount_minor) FROM revenue_entries WHERE "
                                       "entry_date BETWEEN '2025-07-01' AND '2025-12-31'"_s);
        QCOMPARE(current, 1800000000);
        QVERIFY(text.contains(money(current)));
        QVERIFY(text.contains(money(previous)));
        QVERIFY(text.contains(u"+50.0 %"_s)); // 18 million against 12
        // One of the two requests due was answered in time, said without "1 were".
        QVERIFY(text.contains(u"answered within the agreed response time: 1 of the 2 due so "
                              "far"_s));
        QVERIFY(!text.contains(u"1 were"_s));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(*pages)));
        QVERIFY(text.contains(u"Confidential: prepared by Sinar Advisory for "_s + m_hostile));
        // Charts are vectors: their text is text, and the only picture is the logo.
        QVERIFY(text.contains(u"Revenue by category, IDR"_s));
        const QString images = tool(u"pdfimages"_s, { u"-list"_s, pdf });
        QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2 + 1); // header, rule, logo

        // Every font is embedded.
        const QStringList fonts = tool(u"pdffonts"_s, { pdf }).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString &line : fonts.mid(2))
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line));
    }

    void theContentMatchesTheGoldenCopy()
    {
        const auto data = ReportData::client(*m_db, m_client, firstHalf(), m_today);
        QVERIFY(data.ok());
        BuiltReport report = Reports::client(*data, m_locale);
        const QString content = report.document->toPlainText();
        QFile golden(QFINDTESTDATA("golden/client-report.txt"));
        if (qEnvironmentVariableIsSet("CLIENTDESK_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(content.toUtf8());
            QSKIP("golden copy written");
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), "tests/ui/golden/client-report.txt is missing");
        const QStringList expected = QString::fromUtf8(golden.readAll()).split(u'\n');
        const QStringList actual = content.split(u'\n');
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QCOMPARE(actual.size(), expected.size());
    }

    // The foot of every page: one full stop after a name that ends in one.
    void theConfidentialityLineEndsOnce()
    {
        auto data = ReportData::client(*m_db, m_client, firstHalf(), m_today);
        QVERIFY(data.ok());
        data->account.name = u"Coastal Capital Inc."_s;
        QVERIFY(Reports::client(*data, m_locale).frame.confidentiality.endsWith(u" Inc."_s));
        data->account.name = u"PT Maju"_s;
        QVERIFY(Reports::client(*data, m_locale).frame.confidentiality.endsWith(u"PT Maju."_s));
    }

    void longTablesRepeatTheirHeaderAndKeepRowsWhole()
    {
        // Sixty requests make the requests table run over pages.
        for (int i = 0; i < 60; ++i) {
            const QString opened = QDateTime(QDate(2026, 1, 5).addDays(i * 2), QTime(9, 0))
                                       .toString(u"yyyy-MM-ddTHH:mm:ss"_s);
            const QString due = QDateTime(QDate(2026, 1, 6).addDays(i * 2), QTime(9, 0))
                                    .toString(u"yyyy-MM-ddTHH:mm:ss"_s);
            QVERIFY(exec(u"INSERT INTO service_requests (account_id, title, description, "
                         "status, opened_at, due_at, closed_at) VALUES (?, ?, 'x', 'closed', ?, "
                         "?, ?)"_s,
                         { m_client,
                           u"Request number %1 about a rather long subject that wraps onto "
                           "another line of its cell, end %1."_s.arg(i + 1),
                           opened, due, due }));
        }
        const QString pdf = m_dir.filePath(u"long.pdf"_s);
        const auto pages = writeClientPdf(pdf, firstHalf());
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY(*pages >= 3);
        int continued = 0;
        static const QRegularExpression first(u"Request number (\\d+) "_s);
        static const QRegularExpression last(u"end (\\d+)\\."_s);
        for (int page = 2; page <= *pages; ++page) {
            const QString text = pdfText(pdf, page);
            // A page the table runs onto starts (below the page header) with its header.
            if (text.contains(u"Request number"_s)) {
                ++continued;
                QVERIFY2(text.contains(u"Opened"_s) && text.contains(u"Priority"_s),
                         qPrintable(text.left(400)));
            }
            // Every row begins and ends on the same page.
            QSet<QString> begun;
            QSet<QString> ended;
            for (auto it = first.globalMatch(text); it.hasNext();)
                begun.insert(it.next().captured(1));
            for (auto it = last.globalMatch(text); it.hasNext();)
                ended.insert(it.next().captured(1));
            QCOMPARE(begun, ended);
        }
        QVERIFY(continued >= 1);
        QVERIFY(exec(u"DELETE FROM service_requests WHERE description = 'x'"_s));
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(ReportPrinter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
                 QPageSize::Letter);
        QCOMPARE(ReportPrinter::pageSizeFor(QLocale(QLocale::Indonesian, QLocale::Indonesia)).id(),
                 QPageSize::A4);
        QCOMPARE(ReportPrinter::pageSizeFor(m_locale).id(), QPageSize::A4);
    }

    void thePortfolioReportAddsUp()
    {
        const auto data = ReportData::portfolio(*m_db, firstHalf(), m_today);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->topClients.size(), 1);
        QCOMPARE(data->topClients.first().revenueMinor, 1800000000);
        QCOMPARE(data->renewals.size(), 0); // the contract ends in December, after 90 days
        BuiltReport report = Reports::portfolio(*data, m_locale);
        const QString pdf = m_dir.filePath(u"portfolio.pdf"_s);
        const auto pages = ReportPrinter::writePdf(*report.document, report.frame, pdf, m_locale);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Portfolio report"_s));
        QVERIFY(text.contains(m_hostile));
        QVERIFY(text.contains(money(1800000000)));
        QVERIFY(text.contains(u"Transfer pricing study"_s) || text.contains(u"Proposal"_s));
        // Nobody owes anything: the receivables say so in a sentence.
        QVERIFY(data->receivables.isEmpty());
        QVERIFY(text.contains(u"Receivables on 30 June 2026"_s));
        QVERIFY(text.contains(u"Nothing is owed on 30 June 2026: every issued invoice is paid in "
                              "full."_s));
    }

    /// The receivables: a table per currency (digits only, ".00" left out when every amount
    /// of the table is whole), a dash for an empty bucket, the total in bold; a long name
    /// wraps in its cell and the figures stay whole.
    void thePortfolioReportAgesWhatIsOwed()
    {
        auto data = ReportData::portfolio(*m_db, firstHalf(), m_today);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString longName = u"PT Perusahaan Perdagangan Internasional Nusantara Sejahtera "
                                 "Abadi Makmur"_s;
        InvoiceService::AgingRow big { 1, longName, u"IDR"_s, 7847700000, 4662000000,
                                       0, 0,        0,        12509700000 };
        InvoiceService::AgingRow small { 2, u"CV Kecil"_s, u"IDR"_s, 0, 0, 150000000,
                                         0, 50000000,      200000000 };
        InvoiceService::AgingRow usd { 3,     u"Bluewave Labs Ltd"_s, u"USD"_s, 0, 0, 0, 0, 351904,
                                       351904 };
        data->receivables = { big, small, usd };
        BuiltReport report = Reports::portfolio(*data, m_locale);
        const QString pdf = m_dir.filePath(u"portfolio-aging.pdf"_s);
        const auto pages = ReportPrinter::writePdf(*report.document, report.frame, pdf, m_locale);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Receivables on 30 June 2026"_s));
        QVERIFY(!text.contains(u"Nothing is owed"_s));
        QVERIFY2(text.contains(u"In IDR: 2 accounts owe "_s + money(12709700000) + u"."_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"In USD: 1 account owes "_s));
        const QStringList lines = text.mid(text.indexOf(u"Receivables on"_s)).split(u'\n');
        const auto lineWith = [&lines](const QString &start) {
            for (const QString &line : lines)
                if (line.trimmed().startsWith(start))
                    return line.simplified();
            return QString();
        };
        QVERIFY(lineWith(u"Client"_s).startsWith(u"Client Not due"_s)); // the headings may wrap
        QVERIFY2(
            lineWith(u"PT Perusahaan"_s).endsWith(u"78,477,000 46,620,000 — — — 125,097,000"_s),
            qPrintable(lineWith(u"PT Perusahaan"_s)));
        QCOMPARE(lineWith(u"CV Kecil"_s), u"CV Kecil — — 1,500,000 — 500,000 2,000,000"_s);
        QCOMPARE(lineWith(u"Total in IDR"_s),
                 u"Total in IDR 78,477,000 46,620,000 1,500,000 — 500,000 127,097,000"_s);
        QCOMPARE(lineWith(u"Bluewave"_s), u"Bluewave Labs Ltd — — — — 3,519.04 3,519.04"_s);
        QCOMPARE(lineWith(u"Total in USD"_s), u"Total in USD — — — — 3,519.04 3,519.04"_s);
        // The long name wraps: none of it is cut.
        QVERIFY(text.simplified().contains(u"Makmur"_s));
        // The section comes before the conversions, in the order of the report.
        QVERIFY(text.indexOf(u"Receivables on"_s) < text.indexOf(u"Customers who became"_s));
    }

    /// However many rows come before it, a currency's line stays on the page of its table,
    /// and the section's rows stay whole.
    void theReceivablesOfACurrencyKeepTheirLineWithTheTable()
    {
        auto data = ReportData::portfolio(*m_db, firstHalf(), m_today);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const InvoiceService::AgingRow usd {
            999, u"Bluewave Labs Ltd"_s, u"USD"_s, 0, 0, 0, 0, 351904, 351904
        };
        for (int count = 24; count <= 48; count += 2) {
            data->receivables.clear();
            for (int i = 0; i < count; ++i)
                data->receivables.append({ i + 1, u"PT Klien %1"_s.arg(i + 1), u"IDR"_s, 100000000,
                                           0, 0, 0, 0, 100000000 });
            data->receivables.append(usd);
            BuiltReport report = Reports::portfolio(*data, m_locale);
            const QString pdf = m_dir.filePath(u"portfolio-rows.pdf"_s);
            const auto pages
                = ReportPrinter::writePdf(*report.document, report.frame, pdf, m_locale);
            QVERIFY2(pages.ok(), qPrintable(pages.error()));
            for (int page = 1; page <= *pages; ++page) {
                const QString text = pdfText(pdf, page);
                if (text.contains(u"In USD:"_s))
                    QVERIFY2(text.contains(u"Bluewave Labs Ltd"_s),
                             qPrintable(u"%1 rows: page %2"_s.arg(count).arg(page)));
            }
        }
    }

    void theDialogSavesPrintsAndWritesABatch()
    {
        // Save as PDF: off the UI thread, then a sentence with the pages.
        ReportDialog dialog(*m_db, m_client, m_hostile);
        dialog.fromEdit()->setDate(QDate(2026, 1, 1));
        dialog.toEdit()->setDate(QDate(2026, 6, 30));
        const QString pdf = m_dir.filePath(u"dialog.pdf"_s);
        QString suggested;
        dialog.setAskPath([&](const QString &offered) {
            suggested = offered;
            return pdf;
        });
        dialog.savePdf();
        QVERIFY(dialog.waitForSave());
        QVERIFY2(dialog.message().startsWith(u"Saved "_s), qPrintable(dialog.message()));
        QVERIFY(suggested.endsWith(u"/bPT_Maju_&_Cob-%1.pdf"_s.arg(m_client)));
        QVERIFY(pdfText(pdf).contains(m_hostile));

        // The printer gets the same pages (a PDF printer stands in for paper).
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(printed);
        const auto pages = dialog.paintOn(&printer);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY(pdfText(printed).contains(u"Page %1 of %1"_s.arg(*pages)));
        QVERIFY(pdfText(printed).contains(u"18,000,000.00"_s)); // in the app's locale

        // A period that ends before it starts: the buttons go off and say why.
        dialog.toEdit()->setDate(QDate(2025, 12, 1));
        QVERIFY(dialog.message().contains(u"before it starts"_s));

        // A batch of every client, into a new folder; then one cancelled at once.
        for (int i = 0; i < 80; ++i)
            QVERIFY(exec(u"INSERT INTO accounts (kind, name, manager_id, created_at, updated_at) "
                         "VALUES ('client', ?, 1, '2024-01-01', '2024-01-01')"_s,
                         { u"Klien %1"_s.arg(i, 2, 10, QChar(u'0')) }));
        BatchReportDialog batch(*m_db);
        batch.managerBox()->setCurrentIndex(batch.managerBox()->findText(u"Ana Wijaya"_s));
        const QString folder = m_dir.filePath(u"batch/reports"_s);
        batch.folderEdit()->setText(folder);
        batch.start();
        QVERIFY(batch.isRunning());
        QVERIFY(batch.waitForFinished());
        QCOMPARE(batch.message(),
                 u"Client reports written into %1: 81."_s.arg(QDir::toNativeSeparators(folder)));
        QCOMPARE(QDir(folder).entryList({ u"*.pdf"_s }, QDir::Files).size(), 81);
        QCOMPARE(batch.progressBar()->value(), 100);

        const QString stopped = m_dir.filePath(u"stopped"_s);
        batch.folderEdit()->setText(stopped);
        batch.start();
        batch.cancelButton()->click();
        QVERIFY(batch.waitForFinished());
        QVERIFY2(batch.message().startsWith(u"Cancelled after "_s), qPrintable(batch.message()));
        const int written = int(QDir(stopped).entryList({ u"*.pdf"_s }, QDir::Files).size());
        QVERIFY(written < 81);
        QVERIFY(batch.message().contains(u"after %1 of 81 reports"_s.arg(written)));
        QVERIFY(QDir(stopped)
                    .entryList({ u"*.pdf.*"_s, u".*"_s }, QDir::Files | QDir::Hidden)
                    .isEmpty()); // no temporary file left
        QVERIFY(exec(u"DELETE FROM accounts WHERE name LIKE 'Klien %'"_s));
    }

    void theReportsAreaListsWhatWasMade()
    {
        QSettings().clear();
        ReportsView view;
        QCOMPARE(view.recentTable()->rowCount(), 0);
        QVERIFY(view.recentEmptyLabel()->text().startsWith(u"Reports you save as PDF"_s));
        QVERIFY(!view.portfolioButton()->isEnabled()); // no database yet
        view.setDatabase(m_db.get());
        view.reload();
        QVERIFY(view.waitForLoaded(30000));
        QVERIFY(view.clientBox()->findData(m_client) >= 0);
        QVERIFY(view.clientReportButton()->isEnabled());

        // The default folder: chosen once, where Save as PDF… starts.
        const QString out = m_dir.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(out));
        view.setFolderChooser([&](const QString &) { return out; });
        view.folderButton()->click();
        QCOMPARE(RecentReports::folder(), out);
        QCOMPARE(view.folderLabel()->text(), QDir::toNativeSeparators(out));

        // A client report and the portfolio report saved as PDF: listed, newest first.
        QString suggested;
        QDate from, to;
        const auto save = [&](const QString &name) {
            return [&, name](QDialog &shown) {
                auto *report = qobject_cast<ReportDialog *>(&shown);
                if (!report)
                    return int(QDialog::Rejected);
                from = report->fromEdit()->date();
                to = report->toEdit()->date();
                report->setAskPath([&, name](const QString &offered) {
                    suggested = offered;
                    return QDir(out).filePath(name);
                });
                report->savePdf();
                return report->waitForSave() ? int(QDialog::Accepted) : int(QDialog::Rejected);
            };
        };
        view.clientBox()->setCurrentIndex(view.clientBox()->findData(m_client));
        view.setDialogRunner(save(u"client.pdf"_s));
        view.clientReportButton()->click();
        QCOMPARE(QFileInfo(suggested).absolutePath(), out);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"client.pdf"_s)));
        view.setDialogRunner(save(u"portfolio.pdf"_s));
        view.portfolioButton()->click();
        QTableWidget *recent = view.recentTable();
        QCOMPARE(recent->rowCount(), 2);
        QCOMPARE(recent->item(0, ReportsView::Report)->text(), u"Portfolio report"_s);
        QCOMPARE(recent->item(1, ReportsView::Report)->text(),
                 u"Client report: %1"_s.arg(m_hostile));
        QCOMPARE(recent->item(1, ReportsView::Place)->text(),
                 QDir::toNativeSeparators(QDir(out).filePath(u"client.pdf"_s)));
        QVERIFY(recent->item(1, ReportsView::Period)->text().contains(u" – "_s));

        // Open: the PDF, with the desktop; Show in Folder: its folder.
        QList<QUrl> opened;
        view.setOpener([&](const QUrl &url) {
            opened.append(url);
            return true;
        });
        recent->selectRow(1);
        QVERIFY(view.openButton()->isEnabled());
        view.openButton()->click();
        view.showFolderButton()->click();
        QCOMPARE(opened,
                 QList<QUrl>({ QUrl::fromLocalFile(QDir(out).filePath(u"client.pdf"_s)),
                               QUrl::fromLocalFile(out) }));

        // Make Again…: the same client and period; a file gone is said so.
        const QDate madeFrom = from, madeTo = to;
        from = to = QDate();
        int runs = 0;
        QString heading;
        view.setDialogRunner([&](QDialog &shown) {
            auto *report = qobject_cast<ReportDialog *>(&shown);
            ++runs;
            if (report) {
                from = report->fromEdit()->date();
                to = report->toEdit()->date();
                heading = report->heading();
            }
            return int(QDialog::Rejected);
        });
        view.makeAgain(1);
        QCOMPARE(runs, 1);
        QVERIFY(heading.contains(m_hostile));
        QCOMPARE(std::pair(from, to), std::pair(madeFrom, madeTo));
        QVERIFY(QFile::remove(QDir(out).filePath(u"client.pdf"_s)));
        opened.clear();
        view.openRecent(1);
        QVERIFY(opened.isEmpty());
        QVERIFY(view.messageLabel()->text().contains(u"is no longer there"_s));

        // A report made from another database is not made again from this one.
        RecentReports::add({ RecentReports::Kind::Client, m_client, u"Elsewhere"_s, madeFrom,
                             madeTo, QDir(out).filePath(u"elsewhere.pdf"_s),
                             QDateTime::currentDateTime(), u"/somewhere/else.sqlite"_s });
        view.reload();
        QCOMPARE(recent->rowCount(), 3);
        view.makeAgain(0);
        QCOMPARE(runs, 1);
        QVERIFY(view.messageLabel()->text().contains(u"another database"_s));

        // Remove from List: off the list, the file stays.
        recent->selectRow(1); // the portfolio report
        view.forgetButton()->click();
        QCOMPARE(recent->rowCount(), 2);
        QCOMPARE(RecentReports::entries().size(), 2);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"portfolio.pdf"_s)));
        QSettings().clear();
    }

    void theBatchCountsInOrderOnThreadsQtKnows()
    {
        // Twelve clients on three workers: every count once and in order, one end, and no
        // Qt object that needs a thread Qt started complains (QBasicTimer, issue 24).
        for (int i = 0; i < 11; ++i)
            QVERIFY(exec(u"INSERT INTO accounts (kind, name, manager_id, created_at, updated_at) "
                         "VALUES ('client', ?, 1, '2024-01-01', '2024-01-01')"_s,
                         { u"Klien %1"_s.arg(i, 2, 10, QChar(u'0')) }));
        const ReportService reports(*m_db);
        const auto clients = reports.clientsOf(std::nullopt);
        QVERIFY2(clients.ok(), qPrintable(clients.error()));
        QCOMPARE(clients->size(), 12);
        QList<ReportBatch::Client> batch;
        for (const auto &[id, name] : *clients)
            batch.append({ id, name });
        QTest::failOnWarning(QRegularExpression(u"QBasicTimer|QObject::startTimer"_s));
        ReportBatch writer;
        QList<int> counts;
        int ends = 0;
        connect(&writer, &ReportBatch::progressChanged, &writer, [&counts](int done, int total) {
            QCOMPARE(total, 12);
            counts.append(done);
        });
        connect(&writer, &ReportBatch::finished, &writer, [&ends] { ++ends; });
        const QString folder = m_dir.filePath(u"threads"_s);
        const ReportBatch::Request request { batch, firstHalf(), m_today, folder, m_locale, 3 };
        QVERIFY(writer.start(reports, request));
        QVERIFY(!writer.start(reports, request)); // one batch at a time
        QVERIFY(writer.isRunning());
        QVERIFY(writer.waitForDone(60000));
        QCOMPARE(ends, 1);
        QVERIFY2(writer.result().ok(), qPrintable(writer.result().error()));
        QCOMPARE(*writer.result(), 12);
        QList<int> expected;
        for (int i = 1; i <= 12; ++i)
            expected.append(i);
        QCOMPARE(counts, expected);
        QCOMPARE(QDir(folder).entryList({ u"*.pdf"_s }, QDir::Files).size(), 12);

        // A period that ends before it starts: refused by the batch, nothing written.
        const QString none = m_dir.filePath(u"backwards"_s);
        QVERIFY(writer.start(
            reports,
            { batch, { QDate(2026, 6, 1), QDate(2026, 5, 1) }, m_today, none, m_locale, 0 }));
        QVERIFY(writer.waitForDone(60000));
        QCOMPARE(writer.result().error(),
                 u"The period ends on 2026-05-01, before it starts on 2026-06-01."_s);
        QVERIFY(!QDir(none).exists());
        QVERIFY(exec(u"DELETE FROM accounts WHERE name LIKE 'Klien %'"_s));
    }

    void theFirmProfileIsEditedAndHeadsTheReports()
    {
        FirmProfileDialog dialog(*m_db);
        QCOMPARE(dialog.nameField()->text(), u"Sinar Advisory"_s);
        // Not a picture: said so, nothing changes.
        const QString text = m_dir.filePath(u"not-a-picture.png"_s);
        QFile bogus(text);
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("hello");
        bogus.close();
        dialog.setAskFile([text] { return text; });
        QVERIFY(!dialog.chooseLogo());
        QVERIFY2(dialog.message().contains(u"is not a picture"_s), qPrintable(dialog.message()));
        // A large picture is scaled down and kept as PNG.
        const QString big = m_dir.filePath(u"big.jpg"_s);
        QImage picture(2400, 900, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(big, "JPG"));
        dialog.setAskFile([big] { return big; });
        QVERIFY(dialog.chooseLogo());
        dialog.nameField()->setText(u"  Sinar & <Partners>  "_s);
        dialog.addressField()->setPlainText(u"Jl. Asia Afrika 8\nBandung"_s);
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        const auto firm = FirmProfile::load(*m_db);
        QVERIFY(firm.ok());
        QCOMPARE(firm->name, u"Sinar & <Partners>"_s);
        QCOMPARE(firm->address, u"Jl. Asia Afrika 8\nBandung"_s);
        QImage logo;
        QVERIFY(logo.loadFromData(firm->logoPng, "PNG"));
        QCOMPARE(logo.size(), QSize(600, 225));
        // The reports carry it.
        const auto data = ReportData::client(*m_db, m_client, firstHalf(), m_today);
        QVERIFY(data.ok());
        QCOMPARE(Reports::client(*data, m_locale).frame.firm, u"Sinar & <Partners>"_s);
        // Emptied, a field is removed; the logo too.
        dialog.removeLogo();
        dialog.addressField()->clear();
        dialog.nameField()->setText(u"Sinar Advisory"_s);
        QVERIFY(dialog.save());
        QVERIFY(FirmProfile::load(*m_db)->logoPng.isEmpty());
        QVERIFY(FirmProfile::load(*m_db)->address.isEmpty());
        // Put back what the other tests expect.
        QVERIFY(exec(u"INSERT INTO settings (key, value) VALUES ('firm_address', 'Jl. Merdeka "
                     "1\nBandung 40111')"_s));
    }

    void badInputLeavesNoFile()
    {
        // An unknown client, by id or by name.
        QVERIFY(!ReportData::findClient(*m_db, u"987654"_s).ok());
        const auto unknown = ReportData::findClient(*m_db, u"Nobody Ltd"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error(), u"There is no account named 'Nobody Ltd'."_s);
        QCOMPARE(*ReportData::findClient(*m_db, m_hostile.toUpper()), m_client);
        // A period that ends before it starts.
        const auto backwards = ReportData::client(
            *m_db, m_client, { QDate(2026, 6, 1), QDate(2026, 5, 1) }, m_today);
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error(),
                 u"The period ends on 2026-05-01, before it starts on 2026-06-01."_s);
        // An empty period is a report that says so, not an error.
        const auto quiet = ReportData::client(*m_db, m_client,
                                              { QDate(2020, 1, 1), QDate(2020, 1, 31) }, m_today);
        QVERIFY(quiet.ok());
        QCOMPARE(quiet->revenueMinor, 0);
        QVERIFY(Reports::client(*quiet, m_locale)
                    .document->toPlainText()
                    .contains(u"No service requests were opened in the period."_s));
        // A folder that does not exist, a folder given as the file: nothing written.
        const QString missing = m_dir.filePath(u"no/such/folder/r.pdf"_s);
        const auto refused = writeClientPdf(missing, firstHalf());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!writeClientPdf(m_dir.path(), firstHalf()).ok());
        // A "folder" that is a file: refused, the file untouched.
        const QString plain = m_dir.filePath(u"plain.txt"_s);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier");
        file.close();
        QVERIFY(!writeClientPdf(plain + u"/r.pdf"_s, firstHalf()).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier"));
    }
};

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
