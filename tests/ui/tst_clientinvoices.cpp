// A client's invoices on its page (issue 27): the Invoices tab lists exactly the client's
// invoices and credit notes (not another client's), with the totals, what is paid and owed
// and "Overdue, N days" as the Contracts area shows them; the line above says what the client
// owes and how much of it is overdue; a double-click opens the invoice in the billing UI's
// dialog and New Invoice… starts one for this client; a payment recorded elsewhere shows
// once the desk says invoices changed; a client without invoices gets a sentence.
#include "billing/billingdesk.h"
#include "billing/invoicedialog.h"
#include "billing/paymentdialog.h"
#include "domain/money.h"
#include "models/invoicelistmodel.h"
#include "services/accountservice.h"
#include "services/contractservice.h"
#include "services/invoiceservice.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "userprompts.h"
#include "views/clientinvoices.h"
#include "views/clientpage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

const QString kUsd = u"USD"_s;

QStringList rowTexts(const QAbstractItemModel &model, int row, const QList<int> &columns)
{
    QStringList texts;
    for (int column : columns)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

class tst_ClientInvoices final : public QObject
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
    qint64 m_quiet = 0;
    qint64 m_retainer = 0;
    qint64 m_late = 0; ///< Acme's, 2026-01-10, 111.00, 11.10 credited (so partly paid)
    qint64 m_credit = 0;
    qint64 m_current = 0; ///< Acme's, today, 222.00, 50.00 paid
    qint64 m_draft = 0; ///< Acme's, 333.00
    qint64 m_others = 0; ///< Beta's
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

    qint64 retainer(qint64 accountId)
    {
        Contract c;
        c.accountId = accountId;
        c.reference = u"C-2025-00001"_s;
        c.title = u"Retainer"_s;
        c.billingModel = BillingModel::Retainer;
        c.fee = Money(300000, kUsd);
        c.start = QDate(2025, 1, 1);
        c.end = QDate(2030, 12, 31);
        c.noticeDays = 30;
        c.status = ContractStatus::Active;
        c.signedOn = QDate(2024, 12, 20);
        const auto id = ContractService(*m_db).insert(c);
        return id ? *id : 0;
    }

    /// A draft of `accountId` dated `date` for `net` before 11 % tax (due 30 days later),
    /// issued unless `issue` is false; its id.
    qint64 invoice(qint64 accountId, const QDate &date, qint64 net, bool issue = true,
                   qint64 contractId = 0)
    {
        Invoice invoice;
        invoice.accountId = accountId;
        if (contractId != 0)
            invoice.contractId = contractId;
        invoice.date = date;
        InvoiceLine line;
        line.description = u"Advice"_s;
        line.quantityMilli = 1000;
        line.unitPriceMinor = net;
        line.amountMinor = net;
        invoice.lines = { line };
        InvoiceService service(*m_db);
        auto defaults = service.withDefaults(invoice);
        if (!defaults) {
            qWarning("%s", qPrintable(defaults.error()));
            return 0;
        }
        const auto id = service.createDraft(*defaults);
        if (!id || (issue && !service.issue({ *id }))) {
            qWarning("not stored or not issued");
            return 0;
        }
        return *id;
    }

    bool pay(qint64 invoiceId, qint64 amount, const QDate &date)
    {
        Payment payment;
        payment.accountId = m_acme;
        payment.date = date;
        payment.amountMinor = amount;
        payment.currency = kUsd;
        payment.method = u"bank transfer"_s;
        payment.allocations = { { invoiceId, amount } };
        const auto id = InvoiceService(*m_db).recordPayment(payment);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return bool(id);
    }

    int rowOf(const ClientInvoices &section, qint64 id) { return section.model()->rowOf(id); }

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
        m_db = m_databases.open(m_dir.filePath(u"invoices%1.sqlite"_s.arg(++m_file)));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        m_acme = account(u"Acme Consulting"_s);
        m_beta = account(u"Beta Works"_s);
        m_quiet = account(u"Quiet Partners"_s);
        m_retainer = retainer(m_acme);
        QVERIFY(m_acme && m_beta && m_quiet && m_retainer);
        const QDate today = QDate::currentDate();
        // 100.00 + 11.00 tax, due 2026-02-09; 10.00 + 1.10 credited: 99.90 owed, overdue.
        m_late = invoice(m_acme, QDate(2026, 1, 10), 10000, true, m_retainer);
        QVERIFY(m_late);
        Invoice late = *InvoiceService(*m_db).get(m_late);
        late.lines[0].unitPriceMinor = 1000;
        late.lines[0].amountMinor = 1000;
        const auto credit = InvoiceService(*m_db).creditNote(m_late, late.lines, QDate(2026, 1, 20),
                                                             u"Less work"_s);
        QVERIFY2(credit, qPrintable(credit.error()));
        m_credit = InvoiceService(*m_db).byNumber(*credit)->id;
        // 200.00 + 22.00 today, 50.00 paid: 172.00 owed, due in 30 days.
        m_current = invoice(m_acme, today, 20000);
        QVERIFY(m_current && pay(m_current, 5000, today));
        m_draft = invoice(m_acme, today, 30000, false);
        m_others = invoice(m_beta, QDate(2026, 1, 10), 100000);
        QVERIFY(m_draft && m_others);
        m_prompts.messages.clear();
        m_desk = std::make_unique<BillingDesk>(m_prompts);
        m_desk->setDatabase(m_db.get());
    }

    void cleanup()
    {
        m_desk.reset();
        m_db.reset();
    }

    void listsTheClientsInvoicesAndWhatItOwes()
    {
        ClientPage page;
        page.setDatabase(m_db.get());
        page.setBillingDesk(m_desk.get());
        QVERIFY(page.showClient(m_acme));
        ClientInvoices *section = page.invoices();
        QCOMPARE(page.tabs()->tabText(page.tabs()->indexOf(section)), u"Invoices"_s);
        QAbstractItemModelTester tester(section->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(section->waitForLoaded(30000));
        // Acme's four: the late invoice, its credit note, today's and the draft; not Beta's.
        QCOMPARE(section->model()->rowCount(), 4);
        QCOMPARE(rowOf(*section, m_others), -1);
        const QList<int> shown { InvoiceListModel::Number,   InvoiceListModel::Contract,
                                 InvoiceListModel::Date,     InvoiceListModel::Due,
                                 InvoiceListModel::Currency, InvoiceListModel::Total,
                                 InvoiceListModel::Paid,     InvoiceListModel::Owed,
                                 InvoiceListModel::State };
        const int days = int(QDate(2026, 2, 9).daysTo(QDate::currentDate()));
        QVERIFY(days > 1);
        QCOMPARE(rowTexts(*section->model(), rowOf(*section, m_late), shown),
                 QStringList({ u"INV/2026/00001"_s,
                               u"C-2025-00001"_s,
                               u"1/10/26"_s,
                               u"2/9/26"_s,
                               kUsd,
                               u"$111.00"_s,
                               {},
                               u"$99.90"_s,
                               u"Partly paid, overdue %1 days"_s.arg(days) }));
        QVERIFY(section->model()
                    ->index(rowOf(*section, m_late), InvoiceListModel::State)
                    .data(InvoiceListModel::OverdueRole)
                    .toBool());
        const QModelIndex credit
            = section->model()->index(rowOf(*section, m_credit), InvoiceListModel::Total);
        QCOMPARE(credit.data().toString(), u"($11.10)"_s);
        QVERIFY(section->model()
                    ->index(credit.row(), InvoiceListModel::State)
                    .data()
                    .toString()
                    .startsWith(u"Credit note"_s));
        const QDate today = QDate::currentDate();
        const QLocale locale;
        QCOMPARE(rowTexts(*section->model(), rowOf(*section, m_current), shown),
                 QStringList({ u"INV/%1/%2"_s.arg(today.year())
                                   .arg(today.year() == 2026 ? 2 : 1, 5, 10, QChar(u'0')),
                               {},
                               locale.toString(today, QLocale::ShortFormat),
                               locale.toString(today.addDays(30), QLocale::ShortFormat),
                               kUsd,
                               u"$222.00"_s,
                               u"$50.00"_s,
                               u"$172.00"_s,
                               u"Partly paid"_s }));
        QCOMPARE(section->model()
                     ->index(rowOf(*section, m_draft), InvoiceListModel::Number)
                     .data()
                     .toString(),
                 u"Draft"_s);
        // The client is the page's: no column for it; nor before tax and tax.
        QVERIFY(section->table()->isColumnHidden(InvoiceListModel::Client));
        QVERIFY(!section->table()->isColumnHidden(InvoiceListModel::Owed));
        // Owed: 99.90 + 172.00, of it 99.90 overdue.
        QCOMPARE(section->summaryLabel()->text(), u"4 invoices. Owed: $271.90 ($99.90 overdue)."_s);

        // Actions follow the selection: a payment for an open invoice, not for a draft.
        QVERIFY(section->newButton()->isEnabled());
        QVERIFY(!section->payButton()->isEnabled());
        section->table()->selectRow(rowOf(*section, m_current));
        QVERIFY(section->payButton()->isEnabled());
        QVERIFY(section->openButton()->isEnabled());
        section->table()->selectRow(rowOf(*section, m_draft));
        QVERIFY(!section->payButton()->isEnabled());

        // Paid elsewhere (the Contracts area): the rest of today's invoice.
        QVERIFY(pay(m_current, 17200, today));
        m_desk->notifyChanged();
        QVERIFY(section->waitForLoaded(30000));
        QCOMPARE(section->model()
                     ->index(rowOf(*section, m_current), InvoiceListModel::State)
                     .data()
                     .toString(),
                 u"Paid"_s);
        QCOMPARE(section->summaryLabel()->text(), u"4 invoices. Owed: $99.90 (all overdue)."_s);
    }

    void doubleClickOpensTheInvoice()
    {
        ClientPage page;
        page.setDatabase(m_db.get());
        page.setBillingDesk(m_desk.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showClient(m_acme));
        ClientInvoices *section = page.invoices();
        page.tabs()->setCurrentWidget(section);
        QVERIFY(section->waitForLoaded(30000));
        qint64 opened = 0;
        QString state;
        qint64 newFor = -1;
        m_desk->setDialogRunner([&](QDialog &shown) {
            if (auto *dialog = qobject_cast<InvoiceDialog *>(&shown)) {
                if (dialog->stored().id == 0) {
                    newFor = dialog->invoice().accountId;
                } else {
                    opened = dialog->stored().id;
                    state = dialog->stateLabel()->text();
                }
            }
            return int(QDialog::Rejected);
        });
        QTableView *table = section->table();
        const QModelIndex cell
            = section->model()->index(rowOf(*section, m_late), InvoiceListModel::Number);
        const QRect rect = table->visualRect(cell);
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened, m_late);
        QVERIFY2(!state.isEmpty(), "the dialog shows the invoice's state");
        // Still selected once the list is read again.
        QVERIFY(section->waitForLoaded(30000));
        QCOMPARE(table->selectionModel()
                     ->selectedRows()
                     .first()
                     .data(InvoiceListModel::IdRole)
                     .toLongLong(),
                 m_late);
        // Open… does the same for the keyboard; New Invoice… starts one for this client.
        opened = 0;
        section->openButton()->click();
        QCOMPARE(opened, m_late);
        section->newButton()->click();
        QCOMPARE(newFor, m_acme);
    }

    void recordPaymentPaysTheSelectedInvoice()
    {
        ClientPage page;
        page.setDatabase(m_db.get());
        page.setBillingDesk(m_desk.get());
        QVERIFY(page.showClient(m_acme));
        ClientInvoices *section = page.invoices();
        QVERIFY(section->waitForLoaded(30000));
        section->table()->selectRow(rowOf(*section, m_current));
        QString offered;
        m_desk->setDialogRunner([&](QDialog &shown) {
            auto *payment = qobject_cast<PaymentDialog *>(&shown);
            if (!payment)
                return int(QDialog::Rejected);
            offered = payment->amountField()->text();
            payment->accept(); // what is owed, today
            return payment->result();
        });
        section->payButton()->click();
        QCOMPARE(offered, u"172.00"_s);
        QCOMPARE(InvoiceService(*m_db).get(m_current)->state, InvoiceState::Paid);
        // The desk said invoices changed: the list and the line above follow.
        QVERIFY(section->waitForLoaded(30000));
        QCOMPARE(section->model()
                     ->index(rowOf(*section, m_current), InvoiceListModel::Owed)
                     .data()
                     .toString(),
                 QString());
        QCOMPARE(section->summaryLabel()->text(), u"4 invoices. Owed: $99.90 (all overdue)."_s);
    }

    /// The line above the list, per currency: part overdue, none overdue, all overdue.
    void summaryPerCurrency()
    {
        const auto row = [](qint64 id, const QString &currency, qint64 owed, int daysOverdue) {
            InvoiceService::Row r;
            r.id = id;
            r.number = u"INV/2026/%1"_s.arg(id);
            r.date = QDate(2026, 1, 31);
            r.currency = currency;
            r.totalMinor = owed;
            r.owedMinor = owed;
            r.state = InvoiceState::Issued;
            r.daysOverdue = daysOverdue;
            return r;
        };
        InvoiceListModel model;
        QCOMPARE(ClientInvoices::summaryText(model), QString());
        model.setRows({ row(1, kUsd, 10000, 3), row(2, kUsd, 25050, 0),
                        row(3, u"IDR"_s, 150000000, 0), row(4, u"EUR"_s, 990, 40) });
        QCOMPARE(ClientInvoices::summaryText(model),
                 u"4 invoices. Owed: EUR\u00A09.90 (all overdue); IDR\u00A01,500,000.00; $350.50 "
                 "($100.00 overdue)."_s);
        auto paid = row(5, kUsd, 0, 0);
        paid.state = InvoiceState::Paid;
        model.setRows({ paid });
        QCOMPARE(ClientInvoices::summaryText(model), u"One invoice. Nothing owed."_s);
    }

    void aClientWithoutInvoicesSaysSo()
    {
        ClientPage page;
        page.setDatabase(m_db.get());
        page.setBillingDesk(m_desk.get());
        QVERIFY(page.showClient(m_quiet));
        ClientInvoices *section = page.invoices();
        QVERIFY(section->waitForLoaded(30000));
        QCOMPARE(section->model()->rowCount(), 0);
        QCOMPARE(section->findChild<QStackedWidget *>()->currentWidget(), section->emptyLabel());
        QCOMPARE(section->emptyLabel()->text(),
                 u"This client has no invoices yet. New Invoice… writes one; Bill Period… in "
                 "the Contracts area bills its contracts."_s);
        QCOMPARE(section->summaryLabel()->text(), QString());
        // Another client on the same page: its own list, read again.
        QVERIFY(page.showClient(m_beta));
        QVERIFY(section->waitForLoaded(30000));
        QCOMPARE(section->model()->rowCount(), 1);
        QCOMPARE(section->model()->invoiceRow(0).id, m_others);
        // 1,000.00 + 110.00 tax, all of it overdue.
        QCOMPARE(section->summaryLabel()->text(), u"One invoice. Owed: $1,110.00 (all overdue)."_s);
    }

    void withoutADeskItOnlyLists()
    {
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(m_acme));
        QVERIFY(page.invoices()->waitForLoaded(30000));
        QCOMPARE(page.invoices()->model()->rowCount(), 4);
        QVERIFY(!page.invoices()->newButton()->isEnabled());
        page.invoices()->table()->selectRow(0);
        QVERIFY(!page.invoices()->openButton()->isEnabled());
    }

    void theColumnsAreRemembered()
    {
        const QString key = u"clientPage/invoices/header"_s;
        QSettings().remove(key);
        {
            ClientInvoices section;
            section.showAccount(m_db.get(), m_acme);
            QVERIFY(section.waitForLoaded(30000));
            QHeaderView *header = section.table()->horizontalHeader();
            header->setSectionHidden(InvoiceListModel::Paid, true);
            header->resizeSection(InvoiceListModel::Number, 171);
        }
        ClientInvoices again;
        QHeaderView *header = again.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(InvoiceListModel::Paid));
        QVERIFY(header->isSectionHidden(InvoiceListModel::Client));
        QCOMPARE(header->sectionSize(InvoiceListModel::Number), 171);
        // Showing invoices does not fit the columns over the user's widths.
        again.showAccount(m_db.get(), m_beta);
        QVERIFY(again.waitForLoaded(30000));
        QCOMPARE(again.model()->rowCount(), 1);
        QCOMPARE(header->sectionSize(InvoiceListModel::Number), 171);
        QSettings().remove(key);
    }
};

QTEST_MAIN(tst_ClientInvoices)
#include "tst_clientinvoices.moc"
