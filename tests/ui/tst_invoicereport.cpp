#include "dialogs/firmprofiledialog.h"
#include "domain/invoicerules.h"
#include "domain/money.h"
#include "reports/invoicereport.h"
#include "reports/reportprinter.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace cd;

// The printed invoice from hand-made invoices, every figure worked out by hand: the PDF's
// text (number, dates, lines, totals, the total in words, payment instructions, "Page X of
// Y"), its paper, its fonts, names printed literally, drafts, void invoices and credit
// notes, a long invoice across pages, and a file that cannot be written.
class tst_InvoiceReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_hostile = u"<b>PT \"Maju\" & Co</b>"_s;
    const QLocale m_english = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QLocale m_indonesian = QLocale(QLocale::Indonesian, QLocale::Indonesia);

    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    /// The PDF's text (one page when given), its lines run together, every run of spaces as
    /// one.
    static QString pdfText(const QString &pdf, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
        return tool(u"pdftotext"_s, arguments << pdf << u"-"_s)
            .replace(QChar(0xA0), u' ')
            .simplified();
    }

    static InvoiceLine line(const QString &description, qint64 quantityMilli, qint64 unitPrice,
                            std::optional<int> taxRateBp, LineSource source = LineSource::Manual)
    {
        InvoiceLine l;
        l.source = source;
        l.description = description;
        l.quantityMilli = quantityMilli;
        l.unitPriceMinor = unitPrice;
        l.amountMinor = *InvoiceRules::lineAmount(quantityMilli, unitPrice);
        l.taxRateBp = taxRateBp;
        return l;
    }

    /// An issued invoice in rupiah: a retainer, 12.5 hours, and a line without tax.
    /// Before tax 10,000,000 + 18,750,000 + 500,000 = 29,250,000; PPN 11 % of the first two
    /// 1,100,000 + 2,062,500 = 3,162,500; total 32,412,500.
    InvoiceReportData issued() const
    {
        InvoiceReportData d;
        d.firm.name = u"Sinar Advisory"_s;
        d.firm.address = u"Jl. Asia Afrika 8\nBandung 40111"_s;
        d.firm.taxId = u"01.234.567.8-901.000"_s;
        d.firm.bankName = u"Bank Central Asia, KCU Asia Afrika"_s;
        d.firm.bankAccountName = u"PT Sinar Advisory"_s;
        d.firm.bankAccountNumber = u"123-456-7890"_s;
        d.firm.paymentNote = u"SWIFT CENAIDJA"_s;
        QImage logo(300, 100, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QBuffer buffer(&d.firm.logoPng);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        d.account.id = 7;
        d.account.name = m_hostile;
        d.account.city = u"Jakarta Selatan"_s;
        d.account.country = u"Indonesia"_s;
        d.account.taxId = u"02.345.678.9-012.000"_s;
        d.billingContact = u"Dewi Lestari"_s;
        d.billingEmail = u"finance@maju.example"_s;
        d.contractReference = u"C-2026-00003"_s;
        d.contractTitle = u"Advisory retainer"_s;
        d.taxLabel = u"PPN"_s;
        d.printedOn = QDate(2026, 12, 7);
        Invoice &inv = d.invoice;
        inv.id = 42;
        inv.number = u"INV/2026/00042"_s;
        inv.accountId = 7;
        inv.contractId = 3;
        inv.date = QDate(2026, 11, 30);
        inv.dueDate = QDate(2026, 12, 30);
        inv.period = u"2026-11"_s;
        inv.currency = u"IDR"_s;
        inv.state = InvoiceState::Issued;
        inv.lines = {
            line(u"Retainer, November 2026"_s, 1000, 1'000'000'000, 1100, LineSource::Retainer),
            line(u"Hours, November 2026"_s, 12'500, 150'000'000, 1100, LineSource::Hours),
            line(u"Printed materials <i>as agreed</i>"_s, 1000, 50'000'000, std::nullopt),
        };
        if (!InvoiceRules::total(inv))
            qFatal("the invoice does not add up");
        return d;
    }

    Result<int> write(const InvoiceReportData &d, const QString &name, const QLocale &locale)
    {
        return InvoiceReport::writePdf(d, m_dir.filePath(name), locale);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the PDFs: CLIENTDESK_KEEP_PDFS=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("CLIENTDESK_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
    }

    void theTotalsAddUpByHand()
    {
        const InvoiceReportData d = issued();
        QCOMPARE(d.invoice.netMinor, 2'925'000'000);
        QCOMPARE(d.invoice.taxMinor, 316'250'000);
        QCOMPARE(d.invoice.totalMinor, 3'241'250'000);
    }

    void anIndonesianInvoiceCarriesEverything()
    {
        const auto pages = write(issued(), u"id.pdf"_s, m_indonesian);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QCOMPARE(*pages, 1);
        const QString pdf = m_dir.filePath(u"id.pdf"_s);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"INV/2026/00042"_s), qPrintable(text));
        // The firm: name, address, tax id, bank.
        QVERIFY(text.contains(u"Sinar Advisory"_s));
        QVERIFY(text.contains(u"Jl. Asia Afrika 8"_s));
        QVERIFY(text.contains(u"01.234.567.8-901.000"_s));
        QVERIFY(text.contains(u"Bank Central Asia, KCU Asia Afrika"_s));
        QVERIFY(text.contains(u"123-456-7890"_s));
        QVERIFY(text.contains(u"SWIFT CENAIDJA"_s));
        // The client, printed literally.
        QVERIFY(text.contains(m_hostile));
        QVERIFY(text.contains(u"Printed materials <i>as agreed</i>"_s));
        QVERIFY(text.contains(u"02.345.678.9-012.000"_s));
        QVERIFY(text.contains(u"Dewi Lestari"_s));
        QVERIFY(text.contains(u"C-2026-00003"_s));
        // Dates in Indonesian, amounts as Indonesian writes them.
        QVERIFY(text.contains(u"30 November 2026"_s));
        QVERIFY(text.contains(u"30 Desember 2026"_s));
        QVERIFY(text.contains(u"12,5"_s)); // the hours
        QVERIFY(text.contains(u"Rp10.000.000,00"_s));
        QVERIFY(text.contains(u"Rp18.750.000,00"_s));
        QVERIFY(text.contains(u"Rp29.250.000,00"_s)); // before tax
        QVERIFY(text.contains(u"PPN 11 %"_s));
        QVERIFY(text.contains(u"Rp3.162.500,00"_s));
        QVERIFY(text.contains(u"Rp32.412.500,00"_s));
        // Terbilang.
        QVERIFY2(text.contains(u"Tiga puluh dua juta empat ratus dua belas ribu lima ratus "
                               "rupiah"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
        // A4 for Indonesia; every font embedded.
        QVERIFY(tool(u"pdfinfo"_s, { pdf }).contains(u"(A4)"_s));
        const QStringList fonts = tool(u"pdffonts"_s, { pdf }).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString &font : fonts.mid(2))
            QVERIFY2(font.contains(u" yes "_s), qPrintable(font));
    }

    void anEnglishInvoiceInDollarsOnLetter()
    {
        InvoiceReportData d = issued();
        d.invoice.currency = u"USD"_s;
        d.invoice.lines = { line(u"Strategy workshop"_s, 2000, 1'250'050, 1100) };
        d.invoice.paidMinor = 100'000;
        d.invoice.state = InvoiceState::PartlyPaid;
        QVERIFY(InvoiceRules::total(d.invoice).ok());
        // 2 × 12,500.50 = 25,001.00; tax 2,750.11; total 27,751.11; 1,000.00 paid.
        QCOMPARE(d.invoice.totalMinor, 2'775'111);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const auto pages = write(d, u"us.pdf"_s, us);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        const QString pdf = m_dir.filePath(u"us.pdf"_s);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"$25,001.00"_s));
        QVERIFY(text.contains(u"$2,750.11"_s));
        QVERIFY(text.contains(u"$27,751.11"_s));
        QVERIFY(text.contains(u"$26,751.11"_s)); // still owed
        QVERIFY2(text.contains(u"Twenty-seven thousand seven hundred fifty-one US dollars and "
                               "eleven cents"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Please pay $26,751.11 by December 30, 2026"_s)
                || text.contains(u"Please pay $26,751.11 by 30 December 2026"_s));
        QVERIFY(tool(u"pdfinfo"_s, { pdf }).contains(u"612 x 792 pts (letter)"_s)); // Letter

        // A credit note of 2,000.00 issued for it: taken off what is owed.
        d.creditedMinor = 200'000;
        d.owedMinor = 2'775'111 - 100'000 - 200'000;
        QVERIFY(write(d, u"us-credited.pdf"_s, us).ok());
        const QString credited = pdfText(m_dir.filePath(u"us-credited.pdf"_s));
        QVERIFY(credited.contains(u"Credited"_s));
        QVERIFY(credited.contains(u"$2,000.00"_s));
        QVERIFY(credited.contains(u"Amount due"_s));
        QVERIFY(credited.contains(u"Please pay $24,751.11"_s));
    }

    void draftsVoidAndCreditNotesSaySo()
    {
        InvoiceReportData draft = issued();
        draft.invoice.number.clear();
        draft.invoice.state = InvoiceState::Draft;
        QVERIFY(write(draft, u"draft.pdf"_s, m_english).ok());
        QString text = pdfText(m_dir.filePath(u"draft.pdf"_s));
        QVERIFY(text.contains(u"Draft invoice"_s));
        // Across every page, slanted (pdftotext gives its letters apart).
        QCOMPARE(InvoiceReport::build(draft, m_english).frame.watermark, u"DRAFT"_s);
        QVERIFY(text.contains(u"nothing is owed until it is issued"_s));
        QVERIFY(!text.contains(u"Please pay"_s));

        InvoiceReportData voided = issued();
        voided.invoice.state = InvoiceState::Void;
        voided.invoice.voidedOn = QDate(2026, 12, 2);
        voided.invoice.voidReason = u"billed twice"_s;
        QVERIFY(write(voided, u"void.pdf"_s, m_english).ok());
        text = pdfText(m_dir.filePath(u"void.pdf"_s));
        QVERIFY(text.contains(u"Invoice (void)"_s));
        QCOMPARE(InvoiceReport::build(voided, m_english).frame.watermark, u"VOID"_s);
        QCOMPARE(InvoiceReport::build(issued(), m_english).frame.watermark, QString());
        QVERIFY(text.contains(u"voided on 2 December 2026 (billed twice)"_s));
        QVERIFY(text.contains(u"INV/2026/00042"_s)); // it keeps its number

        InvoiceReportData credit = issued();
        credit.invoice.series = InvoiceSeries::CreditNote;
        credit.invoice.number = u"CN/2026/00001"_s;
        credit.invoice.creditForId = 42;
        credit.invoice.date = QDate(2026, 12, 5);
        credit.invoice.state = InvoiceState::Paid;
        credit.invoice.lines
            = { line(u"Hours billed twice"_s, -2000, 150'000'000, 1100, LineSource::Credit) };
        QVERIFY(InvoiceRules::total(credit.invoice).ok());
        credit.correctsNumber = u"INV/2026/00042"_s;
        credit.correctsDate = QDate(2026, 11, 30);
        QVERIFY(write(credit, u"credit.pdf"_s, m_english).ok());
        text = pdfText(m_dir.filePath(u"credit.pdf"_s));
        QVERIFY(text.contains(u"Credit note"_s));
        QVERIFY(text.contains(u"CN/2026/00001"_s));
        QVERIFY(text.contains(u"INV/2026/00042 of 30 November 2026"_s));
        // −2 × 1,500,000 = −3,000,000; tax −330,000; total −3,330,000.
        // Negative amounts as the locale writes them (British English: in brackets).
        QVERIFY(text.contains(u"(IDR 3,330,000.00)"_s));
        QVERIFY(text.contains(u"Minus three million three hundred thirty thousand rupiah"_s));
        QVERIFY(text.contains(u"reduces what invoice INV/2026/00042 of 30 November 2026 owes by "
                              "IDR 3,330,000.00"_s));
        QVERIFY(!text.contains(u"Please pay"_s));
    }

    void aLongInvoiceRunsOverPagesUnderItsHeader()
    {
        InvoiceReportData d = issued();
        d.invoice.lines.clear();
        for (int i = 1; i <= 90; ++i)
            d.invoice.lines.append(line(u"Consulting session %1 on the rather long subject of a "
                                        "client's strategy for the coming year"_s.arg(i),
                                        1500, 100'000'000, 1100, LineSource::Hours));
        QVERIFY(InvoiceRules::total(d.invoice).ok());
        // 90 × 1.5 × 1,000,000 = 135,000,000; tax 14,850,000; total 149,850,000.
        QCOMPARE(d.invoice.totalMinor, 14'985'000'000);
        const auto pages = write(d, u"long.pdf"_s, m_english);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY2(*pages >= 3, qPrintable(QString::number(*pages)));
        const QString pdf = m_dir.filePath(u"long.pdf"_s);
        for (int page = 1; page <= *pages; ++page) {
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(*pages)), qPrintable(text));
            QVERIFY2(text.contains(u"INV/2026/00042"_s), qPrintable(text));
            if (page < *pages) // the lines' table, its header on every page it runs onto
                QVERIFY2(text.contains(u"Description"_s) && text.contains(u"Unit price"_s),
                         qPrintable(text));
        }
        // Every line printed once, whole.
        const QString all = pdfText(pdf);
        for (int i = 1; i <= 90; ++i)
            QCOMPARE(all.count(u"Consulting session %1 on"_s.arg(i)), 1);
        QVERIFY(all.contains(u"IDR 149,850,000.00"_s));
        QVERIFY(all.contains(u"One hundred forty-nine million eight hundred fifty thousand "
                             "rupiah"_s));
    }

    // Settings › Firm Profile edits the tax id and the bank details the invoice prints.
    void theFirmProfileHoldsTheTaxIdAndTheBank()
    {
        auto db = Database::open(m_dir.filePath(u"firm.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        {
            FirmProfileDialog dialog(**db);
            dialog.nameField()->setText(u"Sinar Advisory"_s);
            dialog.taxIdField()->setText(u" 01.234.567.8-901.000 "_s);
            dialog.bankField()->setText(u"Bank Central Asia"_s);
            dialog.accountNameField()->setText(u"PT Sinar Advisory"_s);
            dialog.accountNumberField()->setText(u"123-456-7890"_s);
            dialog.paymentNoteField()->setPlainText(u"SWIFT CENAIDJA\nKCU Asia Afrika"_s);
            QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        }
        auto firm = FirmProfile::load(**db);
        QVERIFY(firm.ok());
        QCOMPARE(firm->taxId, u"01.234.567.8-901.000"_s);
        QCOMPARE(firm->bankName, u"Bank Central Asia"_s);
        QCOMPARE(firm->bankAccountName, u"PT Sinar Advisory"_s);
        QCOMPARE(firm->bankAccountNumber, u"123-456-7890"_s);
        QCOMPARE(firm->paymentNote, u"SWIFT CENAIDJA\nKCU Asia Afrika"_s);
        QVERIFY(firm->hasBankDetails());
        QCOMPARE(**SettingsRepository(**db).value(u"firm_tax_id"_s), u"01.234.567.8-901.000"_s);

        // A control character is refused, naming the field; nothing changes.
        FirmProfileDialog dialog(**db);
        QCOMPARE(dialog.taxIdField()->text(), u"01.234.567.8-901.000"_s);
        dialog.accountNumberField()->setText(u"123\u0007456"_s);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.message(),
                 u"The firm's bank account number contains the control character U+0007 "
                 "(character 4), which cannot be stored in a one-line field; remove it."_s);
        QCOMPARE(FirmProfile::load(**db)->bankAccountNumber, u"123-456-7890"_s);
        // Emptied, a field is removed.
        dialog.accountNumberField()->clear();
        dialog.bankField()->clear();
        dialog.accountNameField()->clear();
        dialog.paymentNoteField()->clear();
        QVERIFY(dialog.save());
        firm = FirmProfile::load(**db);
        QVERIFY(!firm->hasBankDetails());
        QVERIFY(!SettingsRepository(**db).value(u"firm_bank_name"_s)->has_value());
    }

    void fileNamesFollowTheNumber()
    {
        QCOMPARE(InvoiceReport::fileNameFor(u"INV/2026/00042"_s, 42), u"INV-2026-00042.pdf"_s);
        QCOMPARE(InvoiceReport::fileNameFor(u"CN\\2026:7"_s, 9), u"CN-2026-7.pdf"_s);
        QCOMPARE(InvoiceReport::fileNameFor(QString(), 9), u"draft-9.pdf"_s);
    }

    void aFileThatCannotBeWrittenLeavesNothing()
    {
        const QString missing = m_dir.filePath(u"no-such-folder/inv.pdf"_s);
        auto pages = InvoiceReport::writePdf(issued(), missing, m_english);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error(),
                 u"The folder %1 does not exist."_s.arg(
                     QDir::toNativeSeparators(m_dir.filePath(u"no-such-folder"_s))));
        QVERIFY(!QFileInfo::exists(missing));
        pages = InvoiceReport::writePdf(issued(), m_dir.path(), m_english);
        QVERIFY(!pages.ok());
        QVERIFY(pages.error().contains(u"is a folder"_s));
    }
};

QTEST_MAIN(tst_InvoiceReport)
#include "tst_invoicereport.moc"
