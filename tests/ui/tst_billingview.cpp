// The billing screens (issue 27) on a real database: the invoice dialog's totals follow every
// keystroke (tax per line, "No tax"), its due date follows the terms until typed over, a
// draft is saved, issued after the confirmation (its number from the pattern), read-only
// afterwards and voided only with a reason; a payment over what is owed is refused with the
// service's sentence and nothing is written; Bill Period proposes last month's retainer,
// creates the reviewed drafts (a line's description typed over, another draft left out) and
// "Create and Issue" issues them in one step; the Invoices tab lists them with "Overdue, N
// days"; the Receivables tab ages what is owed.
#include "billing/billingactions.h"
#include "billing/billingdesk.h"
#include "billing/billperioddialog.h"
#include "billing/invoicedialog.h"
#include "billing/invoicelineseditor.h"
#include "billing/invoicestab.h"
#include "billing/paymentdialog.h"
#include "billing/receivablestab.h"
#include "dialogs/currencychoice.h"
#include "domain/money.h"
#include "models/agingmodel.h"
#include "models/invoicelistmodel.h"
#include "reports/invoicereport.h"
#include "reports/reportdialog.h"
#include "services/accountservice.h"
#include "services/billingrunservice.h"
#include "services/contractservice.h"
#include "services/invoiceservice.h"
#include "storage/database.h"
#include "time/workchooser.h"
#include "uitestdatabase.h"
#include "userprompts.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

const QString kUsd = u"USD"_s;

QDate lastMonthEnd()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addDays(-1);
}

} // namespace

class tst_BillingView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RecordingPrompts m_prompts;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BillingDesk> m_desk;
    qint64 m_acme = 0;
    qint64 m_beta = 0;
    qint64 m_retainer = 0;
    int m_file = 0;

    qint64 account(const QString &name)
    {
        Account a;
        a.name = name;
        a.kind = AccountKind::Client;
        a.currency = kUsd;
        const auto id = AccountService(*m_db).create(a);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    qint64 retainer(qint64 accountId, const QString &reference, qint64 fee)
    {
        Contract c;
        c.accountId = accountId;
        c.reference = reference;
        c.title = u"Retainer"_s;
        c.billingModel = BillingModel::Retainer;
        c.fee = Money(fee, kUsd);
        c.start = QDate(2025, 1, 1);
        c.end = QDate(2030, 12, 31);
        c.noticeDays = 30;
        c.status = ContractStatus::Active;
        c.signedOn = QDate(2024, 12, 20);
        const auto id = ContractService(*m_db).insert(c);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    /// An issued invoice of `account` dated `date` for `net` before 11 % tax; its id. With
    /// `lines`, that many lines of `net` each ("Advice 1", "Advice 2", …); a draft when not
    /// `issue`.
    qint64 issued(qint64 accountId, const QDate &date, qint64 net, int lines = 1, bool issue = true)
    {
        Invoice invoice;
        invoice.accountId = accountId;
        invoice.date = date;
        for (int i = 1; i <= lines; ++i) {
            InvoiceLine line;
            line.description = lines == 1 ? u"Advice"_s : u"Advice %1"_s.arg(i);
            line.quantityMilli = 1000;
            line.unitPriceMinor = net;
            line.amountMinor = net;
            invoice.lines.append(line);
        }
        InvoiceService service(*m_db);
        auto defaults = service.withDefaults(invoice);
        if (!defaults) {
            qWarning("%s", qPrintable(defaults.error()));
            return 0;
        }
        const auto id = service.createDraft(*defaults);
        if (id && !issue)
            return *id;
        if (!id || !service.issue({ *id })) {
            qWarning("not issued");
            return 0;
        }
        return *id;
    }

    /// The PDF's text, runs of spaces (and no-break spaces) as one.
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, { pdf, u"-"_s });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0xA0), u' ').simplified();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES");
    }

    void init()
    {
        m_db = m_databases.open(m_dir.filePath(u"billing%1.sqlite"_s.arg(++m_file)));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        m_acme = account(u"Acme Consulting"_s);
        m_beta = account(u"Beta Works"_s);
        m_retainer = retainer(m_acme, u"C-2025-00001"_s, 300000);
        QVERIFY(m_acme && m_beta && m_retainer);
        m_prompts.messages.clear();
        m_prompts.questions.clear();
        m_prompts.answer = true;
        m_desk = std::make_unique<BillingDesk>(m_prompts);
        m_desk->setDatabase(m_db.get());
    }

    void cleanup()
    {
        m_desk.reset();
        m_db.reset();
    }

    void invoiceDialogTotalsFollowTyping()
    {
        Invoice start;
        start.accountId = m_beta;
        InvoiceDialog dialog(*m_desk, start);
        QCOMPARE(currencychoice::code(dialog.currencyBox()), kUsd);
        const QDate today = QDate::currentDate();
        QCOMPARE(dialog.dateEdit()->date(), today);
        // 30 days to pay by default.
        QCOMPARE(dialog.dueEdit()->date(), today.addDays(30));
        InvoiceLinesEditor *lines = dialog.linesEditor();
        QCOMPARE(lines->rowCount(), 0);
        lines->addLine();
        lines->item(0, InvoiceLinesEditor::Description)->setText(u"Workshop"_s);
        lines->item(0, InvoiceLinesEditor::Quantity)->setText(u"2"_s);
        lines->item(0, InvoiceLinesEditor::UnitPrice)->setText(u"1,250.50"_s);
        // 2 × 1,250.50 = 2,501.00; 11 % tax = 275.11.
        QCOMPARE(lines->item(0, InvoiceLinesEditor::Amount)->text(), u"2,501.00"_s);
        QCOMPARE(dialog.netLabel()->text(), u"$2,501.00"_s);
        QCOMPARE(dialog.taxLabel()->text(), u"$275.11"_s);
        QCOMPARE(dialog.totalLabel()->text(), u"$2,776.11"_s);
        lines->addLine();
        lines->item(1, InvoiceLinesEditor::Description)->setText(u"Travel"_s);
        lines->item(1, InvoiceLinesEditor::Quantity)->setText(u"1.5"_s);
        lines->item(1, InvoiceLinesEditor::UnitPrice)->setText(u"100"_s);
        auto *tax = qobject_cast<QComboBox *>(lines->cellWidget(1, InvoiceLinesEditor::Tax));
        QVERIFY(tax);
        QCOMPARE(tax->currentText(), u"PPN 11 %"_s);
        tax->setCurrentIndex(tax->findText(u"No tax"_s));
        // 1.5 × 100.00 = 150.00 without tax: net 2,651.00, tax 275.11, total 2,926.11.
        QCOMPARE(dialog.netLabel()->text(), u"$2,651.00"_s);
        QCOMPARE(dialog.taxLabel()->text(), u"$275.11"_s);
        QCOMPARE(dialog.totalLabel()->text(), u"$2,926.11"_s);
        // A quantity that is not a number names its line; the totals wait.
        lines->item(1, InvoiceLinesEditor::Quantity)->setText(u"lots"_s);
        QVERIFY(dialog.problemLabel()->text().startsWith(u"Line 2: the quantity “lots”"_s));
        QVERIFY(!dialog.saveDraft());
        QCOMPARE(InvoiceService(*m_db).list({}, today)->size(), 0);
        lines->item(1, InvoiceLinesEditor::Quantity)->setText(u"1.5"_s);
        QVERIFY(dialog.problemLabel()->isHidden());

        // The due date follows the date until the user types it.
        dialog.dateEdit()->setDate(QDate(2026, 3, 1));
        QCOMPARE(dialog.dueEdit()->date(), QDate(2026, 3, 31));
        dialog.dueEdit()->setDate(QDate(2026, 3, 15));
        dialog.dateEdit()->setDate(QDate(2026, 3, 2));
        QCOMPARE(dialog.dueEdit()->date(), QDate(2026, 3, 15));

        QVERIFY(dialog.saveDraft());
        const auto stored = InvoiceService(*m_db).get(dialog.stored().id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->state, InvoiceState::Draft);
        QVERIFY(stored->number.isEmpty());
        QCOMPARE(stored->totalMinor, 292611);
        QCOMPARE(stored->taxMinor, 27511);
        QCOMPARE(stored->lines.size(), 2);
        QCOMPARE(stored->lines.at(1).quantityMilli, 1500);
        QVERIFY(!stored->lines.at(1).taxRateBp.has_value());
        QCOMPARE(stored->dueDate, QDate(2026, 3, 15));
    }

    void issueThenVoid()
    {
        Invoice start;
        start.accountId = m_beta;
        InvoiceDialog dialog(*m_desk, start);
        dialog.dateEdit()->setDate(QDate(2026, 5, 4));
        // Issuing with no lines is refused before anything is asked.
        QVERIFY(!dialog.issue());
        QVERIFY(!dialog.problemLabel()->text().isEmpty());
        QVERIFY(m_prompts.questions.isEmpty());
        dialog.linesEditor()->addLine();
        dialog.linesEditor()->item(0, InvoiceLinesEditor::Description)->setText(u"Audit"_s);
        dialog.linesEditor()->item(0, InvoiceLinesEditor::UnitPrice)->setText(u"1000"_s);
        // Said no: nothing is issued (nor stored).
        m_prompts.answer = false;
        QVERIFY(!dialog.issue());
        QCOMPARE(m_prompts.questions.size(), 1);
        QCOMPARE(m_prompts.questions.first().text,
                 u"Issue INV/2026/… for $1,110.00? It gets its number and cannot be changed "
                 "afterwards."_s);
        m_prompts.answer = true;
        QVERIFY(dialog.issue());
        QCOMPARE(dialog.stored().number, u"INV/2026/00001"_s);
        QCOMPARE(dialog.stored().state, InvoiceState::Issued);
        QVERIFY(dialog.linesEditor()->isReadOnly());
        QVERIFY(dialog.saveButton()->isHidden());
        QVERIFY(!dialog.voidButton()->isHidden());
        QVERIFY(dialog.stateLabel()->text().startsWith(u"Invoice INV/2026/00001"_s));

        // Void: the reason is required.
        bool sawEmpty = false;
        m_desk->setDialogRunner([&](QDialog &shown) {
            auto *voiding = qobject_cast<VoidDialog *>(&shown);
            if (!voiding)
                return int(QDialog::Rejected);
            sawEmpty = !voiding->voidButton()->isEnabled();
            voiding->reasonEdit()->setPlainText(u"  Billed to the wrong client  "_s);
            if (!voiding->voidButton()->isEnabled())
                return int(QDialog::Rejected);
            voiding->voidButton()->click();
            return voiding->result();
        });
        QVERIFY(dialog.voidInvoice());
        QVERIFY(sawEmpty);
        QCOMPARE(dialog.stored().state, InvoiceState::Void);
        QCOMPARE(dialog.stored().voidReason, u"Billed to the wrong client"_s);
        QCOMPARE(dialog.stored().number, u"INV/2026/00001"_s);
        QVERIFY(dialog.stateLabel()->text().contains(u"Billed to the wrong client"_s));
        QVERIFY(!dialog.payButton()->isEnabled());
        QVERIFY(!dialog.voidButton()->isEnabled());
    }

    void paymentOverWhatIsOwedIsRefused()
    {
        // 100.00 + 11 % = 111.00 owed.
        const qint64 id = issued(m_beta, QDate(2026, 2, 10), 10000);
        QVERIFY(id);
        const Invoice invoice = *InvoiceService(*m_db).get(id);
        PaymentDialog dialog(*m_desk, invoice);
        QCOMPARE(dialog.amountField()->text(), u"111.00"_s);
        QCOMPARE(dialog.dateEdit()->minimumDate(), QDate(2026, 2, 10));
        QCOMPARE(dialog.allocationTable()->rowCount(), 1);
        QCOMPARE(dialog.allocationTable()->item(0, PaymentDialog::Allocated)->text(), u"111.00"_s);
        dialog.amountField()->setText(u"150.00"_s);
        emit dialog.amountField()->textEdited(dialog.amountField()->text());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.problemLabel()->isVisible() || !dialog.problemLabel()->text().isEmpty());
        QVERIFY2(!dialog.problemLabel()->text().isEmpty(), "the service's sentence shows");
        QCOMPARE(InvoiceService(*m_db).payments(id)->size(), 0);
        // Nothing typed wrong any more: 60.00 now, then the rest.
        dialog.amountField()->setText(u"60"_s);
        emit dialog.amountField()->textEdited(dialog.amountField()->text());
        dialog.methodBox()->setCurrentText(u"bank transfer"_s);
        dialog.referenceField()->setText(u"TRX-1"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Invoice partly = *InvoiceService(*m_db).get(id);
        QCOMPARE(partly.state, InvoiceState::PartlyPaid);
        QCOMPARE(partly.paidMinor, 6000);
        const auto payments = InvoiceService(*m_db).payments(id);
        QCOMPARE(payments->size(), 1);
        QCOMPARE(payments->first().reference, u"TRX-1"_s);
        PaymentDialog rest(*m_desk, partly);
        QCOMPARE(rest.amountField()->text(), u"51.00"_s);
        rest.accept();
        QCOMPARE(InvoiceService(*m_db).get(id)->state, InvoiceState::Paid);
    }

    void creditNoteCreditsPart()
    {
        const qint64 id = issued(m_beta, QDate(2026, 6, 1), 10000); // 111.00
        QVERIFY(id);
        InvoiceDialog dialog(*m_desk, *InvoiceService(*m_db).get(id));
        QString creditedText;
        QString number;
        m_desk->setDialogRunner([&](QDialog &shown) {
            auto *credit = qobject_cast<CreditNoteDialog *>(&shown);
            if (!credit)
                return int(QDialog::Rejected);
            // Without a reason it is refused with a sentence.
            credit->accept();
            if (credit->problemLabel()->text().isEmpty())
                return int(QDialog::Rejected);
            credit->reasonEdit()->setPlainText(u"Half of the advice was not given"_s);
            credit->linesEditor()->item(0, InvoiceLinesEditor::UnitPrice)->setText(u"50"_s);
            creditedText = credit->totalLabel()->text();
            credit->accept();
            number = credit->number();
            return credit->result();
        });
        QVERIFY(dialog.creditNote());
        // 50.00 + 11 % = 55.50 credited; 55.50 still owed.
        QCOMPARE(creditedText, u"Credited, tax included: $55.50"_s);
        QCOMPARE(number, u"CN/2026/00001"_s);
        const auto rows = InvoiceService(*m_db).list({}, QDate::currentDate());
        QVERIFY(rows);
        for (const InvoiceService::Row &row : *rows) {
            if (row.id == id)
                QCOMPARE(row.owedMinor, 5550);
            if (row.creditNote)
                QCOMPARE(row.totalMinor, -5550);
        }
    }

    void billPeriodCreatesReviewedDrafts()
    {
        const qint64 other = retainer(m_beta, u"C-2025-00002"_s, 100000);
        QVERIFY(other);
        BillPeriodDialog dialog(*m_desk);
        const QDate end = lastMonthEnd();
        QCOMPARE(dialog.period(), end.toString(u"yyyy-MM"_s));
        dialog.propose();
        QVERIFY(dialog.waitForProposed(30000));
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *acme = nullptr;
        QTreeWidgetItem *beta = nullptr;
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            (item->text(BillPeriodDialog::What) == u"Acme Consulting"_s ? acme : beta) = item;
        }
        QVERIFY(acme && beta);
        QCOMPARE(acme->text(BillPeriodDialog::Contract), u"C-2025-00001"_s);
        QCOMPARE(acme->childCount(), 1);
        // 3,000.00 a month + 11 % = 3,330.00.
        QCOMPARE(acme->text(BillPeriodDialog::Amount), u"$3,330.00"_s);
        QCOMPARE(acme->child(0)->text(BillPeriodDialog::Amount), u"3,000.00"_s);
        QVERIFY(dialog.summaryLabel()->text().startsWith(u"2 drafts, $4,440.00 with tax"_s));
        // Beta's draft left out; Acme's line described and priced anew.
        beta->setCheckState(BillPeriodDialog::What, Qt::Unchecked);
        QCOMPARE(beta->child(0)->checkState(BillPeriodDialog::What), Qt::Unchecked);
        acme->child(0)->setText(BillPeriodDialog::What, u"Monthly advice"_s);
        acme->child(0)->setText(BillPeriodDialog::Amount, u"2,000"_s);
        QCOMPARE(acme->text(BillPeriodDialog::Amount), u"$2,220.00"_s);
        QVERIFY(dialog.summaryLabel()->text().startsWith(u"One draft, $2,220.00 with tax"_s));
        dialog.show();
        QVERIFY(dialog.create(false));
        QVERIFY(dialog.isStoring());
        QVERIFY(!dialog.createButton()->isEnabled());
        dialog.reject(); // waits for the drafts: one transaction, never called back half-way
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.waitForStored(30000));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdIds().size(), 1);
        const auto draft = InvoiceService(*m_db).get(dialog.createdIds().first());
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(draft->state, InvoiceState::Draft);
        QCOMPARE(draft->date, end);
        QCOMPARE(draft->accountId, m_acme);
        QCOMPARE(draft->lines.size(), 1);
        QCOMPARE(draft->lines.first().description, u"Monthly advice"_s);
        QCOMPARE(draft->totalMinor, 222000);

        // Again: only Beta's is new; created and issued in one step after the count and total.
        BillPeriodDialog again(*m_desk);
        again.propose();
        QVERIFY(again.waitForProposed(30000));
        QCOMPARE(again.tree()->topLevelItemCount(), 1);
        QCOMPARE(again.tree()->topLevelItem(0)->text(BillPeriodDialog::What), u"Beta Works"_s);
        // A colleague drafts the same month meanwhile: nothing is written, the dialog says why
        // and stays open.
        const auto meanwhile = BillingRunService(*m_db).createDrafts(*again.reviewed());
        QVERIFY2(meanwhile, qPrintable(meanwhile.error()));
        again.show();
        QVERIFY(again.create(true));
        QVERIFY(again.waitForStored(30000));
        QVERIFY(again.isVisible());
        QVERIFY2(again.problemLabel()->text().contains(u"is already billed by"_s),
                 qPrintable(again.problemLabel()->text()));
        QVERIFY(again.issueButton()->isEnabled());
        QVERIFY(again.issuedNumbers().isEmpty());
        QVERIFY(InvoiceService(*m_db).deleteDraft(meanwhile->first()).ok());
        m_prompts.questions.clear();
        QVERIFY(again.create(true));
        QVERIFY(again.waitForStored(30000));
        QVERIFY(!again.isVisible());
        QCOMPARE(m_prompts.questions.size(), 1);
        QCOMPARE(
            m_prompts.questions.first().text,
            u"Issue %1 for $1,110.00? It gets its number and cannot be changed afterwards."_s.arg(
                u"INV/%1/…"_s.arg(end.year())));
        QCOMPARE(again.issuedNumbers(), QStringList { u"INV/%1/00001"_s.arg(end.year()) });
        QCOMPARE(InvoiceService(*m_db).get(again.createdIds().first())->state,
                 InvoiceState::Issued);
    }

    void invoicePrintDialogPreviewsPrintsAndSaves()
    {
        // 40 lines of $100.00: before tax $4,000.00, PPN 11 % $440.00, total $4,440.00; the
        // lines run onto a second page.
        const qint64 id = issued(m_acme, QDate(2026, 3, 31), 10000, 40);
        QVERIFY(id);
        const QString number = InvoiceService(*m_db).get(id)->number;
        QCOMPARE(number, u"INV/2026/00001"_s);
        const auto dialog = ReportDialog::forInvoice(*m_db, id);
        // The invoice is read off the UI thread as the dialog opens; the buttons wait for it.
        QVERIFY(!dialog->actionButtons().first()->isEnabled());
        QVERIFY(dialog->waitForSave());
        QCOMPARE(dialog->heading(),
                 u"Invoice INV/2026/00001 to Acme Consulting, dated 31 March 2026, "
                 "for $4,440.00."_s);
        QCOMPARE(dialog->windowTitle(), u"Invoice INV/2026/00001"_s);
        QVERIFY(!dialog->fromEdit() && !dialog->toEdit()); // no period for an invoice
        QStringList offered;
        for (QPushButton *button : dialog->actionButtons()) {
            offered << button->text();
            QVERIFY(button->isEnabled());
        }
        QCOMPARE(offered, QStringList({ u"Preview…"_s, u"Print…"_s, u"Save as PDF…"_s }));
        QCOMPARE(dialog->message(), QString());

        // Save as PDF: the name offered is the number's, the file is written off the UI thread.
        const QString pdf = m_dir.filePath(u"dialog-invoice.pdf"_s);
        QString suggested;
        dialog->setAskPath([&](const QString &offeredPath) {
            suggested = offeredPath;
            return pdf;
        });
        dialog->savePdf();
        QVERIFY(dialog->waitForSave());
        QCOMPARE(dialog->message(), u"Saved %1 (2 pages)."_s.arg(QDir::toNativeSeparators(pdf)));
        QCOMPARE(QFileInfo(suggested).fileName(), u"INV-2026-00001.pdf"_s);
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY(text.contains(u"Advice 40"_s));
        QVERIFY(text.contains(u"Page 1 of 2"_s) && text.contains(u"Page 2 of 2"_s));

        // Print…: the print dialog starts on the PDF's paper (Letter in the United States);
        // accepted with a PDF file for the printer, the same two pages go to it.
        const QString printed = m_dir.filePath(u"printed-invoice.pdf"_s);
        QPageSize::PageSizeId paper = QPageSize::Custom;
        dialog->setDialogRunner([&](QDialog &shown) {
            auto *print = qobject_cast<QPrintDialog *>(&shown);
            if (!print)
                return int(QDialog::Rejected);
            paper = print->printer()->pageLayout().pageSize().id();
            print->printer()->setOutputFormat(QPrinter::PdfFormat);
            print->printer()->setOutputFileName(printed);
            return int(QDialog::Accepted);
        });
        dialog->print();
        QCOMPARE(paper, QPageSize::Letter);
        QCOMPARE(dialog->message(),
                 u"Sent 2 pages to %1."_s.arg(QDir::toNativeSeparators(printed)));
        text = pdfText(printed);
        QVERIFY(text.contains(number));
        QVERIFY(text.contains(u"Page 2 of 2"_s));
        // Cancelled: nothing is printed and nothing said.
        dialog->setDialogRunner([](QDialog &) { return int(QDialog::Rejected); });
        dialog->print();
        QCOMPARE(dialog->message(),
                 u"Sent 2 pages to %1."_s.arg(QDir::toNativeSeparators(printed)));

        // Preview…: the preview paints the same two pages.
        int previewPages = -1;
        QString previewTitle;
        dialog->setDialogRunner([&](QDialog &shown) {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(&shown);
            auto *widget = preview ? preview->findChild<QPrintPreviewWidget *>() : nullptr;
            if (!widget)
                return int(QDialog::Rejected);
            previewTitle = preview->windowTitle();
            widget->updatePreview();
            previewPages = widget->pageCount();
            return int(QDialog::Accepted);
        });
        dialog->preview();
        QCOMPARE(previewPages, 2);
        QCOMPARE(previewTitle, u"Invoice INV/2026/00001 — Preview"_s);
    }

    void invoicePrintDialogCreditNotesDraftsAndMissing()
    {
        // A credit note for $100.00 of a one-line invoice: its own heading and file name.
        const qint64 invoiceId = issued(m_beta, QDate(2026, 4, 1), 10000);
        InvoiceLine back;
        back.description = u"Advice"_s;
        back.quantityMilli = 1000;
        back.unitPriceMinor = 10000;
        back.amountMinor = 10000;
        const auto credit = InvoiceService(*m_db).creditNote(invoiceId, { back }, QDate(2026, 4, 2),
                                                             u"Billed twice"_s);
        QVERIFY2(credit, qPrintable(credit.error()));
        const qint64 creditId = InvoiceService(*m_db).byNumber(*credit)->id;
        const auto creditDialog = ReportDialog::forInvoice(*m_db, creditId);
        QVERIFY(creditDialog->waitForSave());
        QVERIFY2(creditDialog->heading().startsWith(u"Credit note %1 to Beta Works, dated "
                                                    "2 April 2026, for"_s.arg(*credit)),
                 qPrintable(creditDialog->heading()));
        QCOMPARE(creditDialog->windowTitle(), u"Credit Note %1"_s.arg(*credit));
        const QString pdf = m_dir.filePath(u"credit.pdf"_s);
        creditDialog->setAskPath([&](const QString &) { return pdf; });
        creditDialog->savePdf();
        QVERIFY(creditDialog->waitForSave());
        QCOMPARE(creditDialog->message(),
                 u"Saved %1 (one page)."_s.arg(QDir::toNativeSeparators(pdf)));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(*credit));
        QVERIFY(text.contains(u"Page 1 of 1"_s));

        // A draft has no number: refused, every button off.
        const qint64 draft = issued(m_acme, QDate(2026, 4, 3), 10000, 1, false);
        QVERIFY(draft);
        const auto draftDialog = ReportDialog::forInvoice(*m_db, draft);
        QVERIFY(draftDialog->waitForSave());
        QCOMPARE(draftDialog->message(),
                 u"A draft cannot be printed: issue it first, and it gets its number."_s);
        for (QPushButton *button : draftDialog->actionButtons())
            QVERIFY(!button->isEnabled());

        // An invoice that is not there (deleted meanwhile): the service's sentence, buttons off.
        const auto missing = ReportDialog::forInvoice(*m_db, 999999);
        QVERIFY(missing->waitForSave());
        QCOMPARE(missing->message(), u"There is no invoice with id 999999."_s);
        for (QPushButton *button : missing->actionButtons())
            QVERIFY(!button->isEnabled());
    }

    void invoicesTabListsAndFilters()
    {
        QSettings().clear();
        const qint64 late = issued(m_acme, QDate(2026, 1, 10), 10000); // due 2026-02-09
        QVERIFY(late);
        InvoicesTab tab(*m_desk);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.reload();
        QVERIFY(tab.waitForLoaded(30000));
        QCOMPARE(tab.model()->rowCount(), 1);
        const int days = int(QDate(2026, 2, 9).daysTo(QDate::currentDate()));
        QCOMPARE(tab.model()->index(0, InvoiceListModel::State).data().toString(),
                 u"Overdue, %1 days"_s.arg(days));
        QVERIFY(tab.countLabel()->text().contains(u"$111.00 owed"_s));
        tab.table()->selectRow(0);
        QVERIFY(tab.payButton()->isEnabled());
        QVERIFY(tab.voidButton()->isEnabled());
        QVERIFY(!tab.deleteButton()->isEnabled());
        // Only drafts: none; the sentence says why.
        tab.stateFilter()->setCurrentIndex(tab.stateFilter()->findData(u"draft"_s));
        QVERIFY(tab.waitForLoaded(30000));
        QCOMPARE(tab.model()->rowCount(), 0);
        QVERIFY(tab.emptyLabel()->text().startsWith(u"No invoices match these filters."_s));
        tab.stateFilter()->setCurrentIndex(tab.stateFilter()->findData(u"overdue"_s));
        QVERIFY(tab.waitForLoaded(30000));
        QCOMPARE(tab.model()->rowCount(), 1);
        // Remembered for the next time.
        InvoicesTab again(*m_desk);
        QCOMPARE(again.stateFilter()->currentData().toString(), u"overdue"_s);
        QSettings().clear();
    }

    void invoicesTabPrintsOneOrSavesSeveral()
    {
        QSettings().clear();
        const qint64 first = issued(m_acme, QDate(2026, 2, 1), 10000);
        const qint64 second = issued(m_beta, QDate(2026, 2, 2), 20000);
        const qint64 draft = issued(m_acme, QDate(2026, 2, 3), 30000, 1, false);
        QVERIFY(first && second && draft);
        QList<qint64> printed;
        QList<QList<qint64>> saved;
        m_desk->setPrintInvoice([&](Database &, qint64 id, QWidget *) { printed.append(id); });
        m_desk->setSavePdfs(
            [&](Database &, const QList<qint64> &ids, QWidget *) { saved.append(ids); });
        InvoicesTab tab(*m_desk);
        tab.reload();
        QVERIFY(tab.waitForLoaded(30000));
        QCOMPARE(tab.model()->rowCount(), 3);
        // Newest first: the draft, the second, the first.
        QCOMPARE(tab.model()->rowOf(draft), 0);
        QCOMPARE(tab.model()->rowOf(second), 1);
        QCOMPARE(tab.model()->rowOf(first), 2);
        QItemSelectionModel *selection = tab.table()->selectionModel();
        const auto pick = [&](int row) {
            selection->select(tab.model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };

        // One issued invoice: its dialog (preview, print, PDF).
        tab.table()->selectRow(2);
        QVERIFY(tab.printButton()->isEnabled());
        tab.printButton()->click();
        QCOMPARE(printed, QList<qint64>({ first }));
        QVERIFY(saved.isEmpty());
        // A draft: nothing to print.
        tab.table()->selectRow(0);
        QVERIFY(!tab.printButton()->isEnabled());
        // Two issued invoices: both into a folder, in the list's order; the actions on one
        // invoice are off.
        selection->clearSelection();
        pick(2);
        pick(1);
        QVERIFY(tab.printButton()->isEnabled());
        QCOMPARE(tab.printButton()->toolTip(),
                 u"Save the 2 selected invoices as PDFs into a folder"_s);
        QVERIFY(!tab.payButton()->isEnabled());
        QVERIFY(!tab.voidButton()->isEnabled());
        tab.printButton()->click();
        QCOMPARE(saved, QList<QList<qint64>>({ { second, first } }));
        QCOMPARE(printed.size(), 1);
        // With the draft among them: off.
        pick(0);
        QVERIFY(!tab.printButton()->isEnabled());
        QSettings().clear();
    }

    void emptyInvoicesTabSaysWhatToDo()
    {
        QSettings().clear();
        InvoicesTab tab(*m_desk);
        tab.reload();
        QVERIFY(tab.waitForLoaded(30000));
        QCOMPARE(tab.emptyLabel()->text(),
                 u"No invoices yet. Bill Period… creates the drafts of a month; New Invoice… "
                 "writes one by hand."_s);
    }

    void receivablesAgeWhatIsOwed()
    {
        const QDate today = QDate::currentDate();
        // Due in 30 days: current; due 45 days ago: 31–60.
        QVERIFY(issued(m_acme, today, 10000));
        QVERIFY(issued(m_acme, today.addDays(-75), 20000));
        ReceivablesTab tab(*m_desk);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.reload();
        QCOMPARE(tab.model()->clientRowCount(), 1);
        const InvoiceService::AgingRow &row = tab.model()->agingRow(0);
        QCOMPARE(row.currentMinor, 11100);
        QCOMPARE(row.days31to60Minor, 22200);
        QCOMPARE(row.totalMinor, 33300);
        QCOMPARE(tab.model()->rowCount(), 2); // and the total in USD
        QVERIFY(tab.summaryLabel()->text().contains(u"$333.00 owed by one client, of which "
                                                    "$222.00 past due"_s));
        int listed = -1;
        m_desk->setDialogRunner([&](QDialog &shown) {
            if (auto *open = qobject_cast<OpenInvoicesDialog *>(&shown))
                listed = open->model()->rowCount();
            return int(QDialog::Rejected);
        });
        tab.openClient(0);
        QCOMPARE(listed, 2);

        // Record Payment… acts on the client selected, not on a total.
        QVERIFY(!tab.payButton()->isEnabled());
        tab.table()->selectRow(1);
        QVERIFY(!tab.payButton()->isEnabled());
        tab.table()->selectRow(0);
        QVERIFY(tab.payButton()->isEnabled());
        QVERIFY(tab.openButton()->isEnabled());
        // 250.00 received: the oldest (222.00) is paid, the rest goes to the newer one.
        QString amountBefore;
        int allocationRows = 0;
        m_desk->setDialogRunner([&](QDialog &shown) {
            auto *pay = qobject_cast<PaymentDialog *>(&shown);
            if (!pay)
                return int(QDialog::Rejected);
            amountBefore = pay->amountField()->text();
            allocationRows = pay->allocationTable()->rowCount();
            pay->amountField()->setText(u"250.00"_s);
            emit pay->amountField()->textEdited(pay->amountField()->text());
            pay->accept();
            return pay->result();
        });
        tab.payButton()->click();
        QCOMPARE(amountBefore, QString());
        QCOMPARE(allocationRows, 2);
        InvoiceService::Filter filter;
        filter.accountId = m_acme;
        const auto invoices = InvoiceService(*m_db).list(filter, today);
        QVERIFY(invoices);
        QCOMPARE(invoices->size(), 2);
        for (const InvoiceService::Row &invoice : *invoices) {
            if (invoice.date == today)
                QCOMPARE(invoice.owedMinor, 11100 - 2800);
            else
                QCOMPARE(invoice.state, InvoiceState::Paid);
        }
        tab.reload();
        QCOMPARE(tab.model()->agingRow(0).totalMinor, 8300);
        // A client that owes nothing in a currency: the dialog says so and records nothing.
        PaymentDialog nothing(*m_desk, m_beta, u"IDR"_s);
        QVERIFY(nothing.problemLabel()->text().startsWith(u"Nothing is owed in IDR"_s));
        nothing.amountField()->setText(u"10"_s);
        nothing.accept();
        QVERIFY(nothing.result() != QDialog::Accepted);
        QVERIFY(nothing.problemLabel()->text().startsWith(u"Nothing is owed in IDR"_s));
    }
};

QTEST_MAIN(tst_BillingView)
#include "tst_billingview.moc"
