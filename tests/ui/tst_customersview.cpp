#include "dialogs/cataloguedialog.h"
#include "dialogs/currencychoice.h"
#include "dialogs/saledialog.h"
#include "mainwindow.h"
#include "sample/samplegenerator.h"
#include "services/settingsservice.h"
#include "storage/accountrepository.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/segmentrepository.h"
#include "uitestdatabase.h"
#include "userprompts.h"
#include "views/clientpage.h"
#include "views/customerpage.h"
#include "views/customersview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace cd;

// The Customers area offscreen: the list with its filters, segments and tag refresh; the
// customer page with a sale and a conversion (and its undo); the sale and catalogue dialogs
// with good and bad input.
class tst_CustomersView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    int m_serial = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = m_databases.copyOf(m_dir.filePath(u"template.sqlite"_s),
                                     m_dir.filePath(u"customers-%1.sqlite"_s.arg(++m_serial)));
        if (!db)
            qWarning("%s", qPrintable(m_databases.error()));
        return db;
    }
    qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static QStringList problems(const SaleDialog &dialog) { return dialog.problems(); }
    static QLineEdit *lineEdit(SaleDialog &dialog, int row, int column)
    {
        return qobject_cast<QLineEdit *>(dialog.linesTable()->cellWidget(row, column));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_customersview"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        auto db = m_databases.open(m_dir.filePath(u"template.sqlite"_s));
        QVERIFY2(db, qPrintable(m_databases.error()));
        SampleOptions options;
        options.accounts = 150;
        options.revenueEntries = 4000;
        QVERIFY(SampleGenerator(options).generate(*db).ok());
        db.reset();
    }
    void init() { QSettings().clear(); }

    void listFiltersAndSavesSegments()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        CustomersView view;
        view.setDatabase(db.get());
        view.reload();
        QVERIFY(!view.isRefreshing()); // the sample comes with current tags
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 customers
            = scalar(*db, u"SELECT COUNT(*) FROM accounts WHERE kind = 'customer'"_s);
        QCOMPARE(view.model()->rowCount(), int(customers));
        QCOMPARE(view.countText(), u"%1 customers"_s.arg(customers));

        // A tag and a region narrow the list; every row shown carries the tag.
        view.tagFilter()->setCurrentIndex(view.tagFilter()->findData(u"returning"_s));
        const int returning = view.model()->rowCount();
        QVERIFY(returning > 0 && returning < customers);
        for (int r = 0; r < returning; ++r)
            QVERIFY(view.model()
                        ->index(r, 0)
                        .data(CustomerListModel::TagCodesRole)
                        .toStringList()
                        .contains(u"returning"_s));
        view.regionFilter()->setCurrentIndex(1);
        const int narrowed = view.model()->rowCount();
        QVERIFY(narrowed <= returning);
        QCOMPARE(view.countText(), u"%1 of %2 customers"_s.arg(narrowed).arg(customers));

        // Saved as a segment, shared through the database …
        view.setAskSegmentName([](const QString &) { return u"Returning in one region"_s; });
        QVERIFY(view.saveSegmentButton()->isEnabled());
        view.saveSegmentButton()->click();
        const auto segments = SegmentRepository(*db).list();
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->at(0).filter.tag, u"returning"_s);
        QCOMPARE(view.segmentChooser()->currentText(), u"Returning in one region"_s);
        // … cleared …
        view.tagFilter()->setCurrentIndex(0);
        view.regionFilter()->setCurrentIndex(0);
        QCOMPARE(view.model()->rowCount(), int(customers));
        QCOMPARE(view.segmentChooser()->currentIndex(), 0);
        // … and chosen again: the same customers.
        view.segmentChooser()->setCurrentIndex(1);
        emit view.segmentChooser()->activated(1);
        QCOMPARE(view.model()->rowCount(), narrowed);
        QCOMPARE(view.tagFilter()->currentData().toString(), u"returning"_s);
        QVERIFY(view.deleteSegmentButton()->isEnabled());
        view.deleteSegmentButton()->click();
        QVERIFY(SegmentRepository(*db).list()->isEmpty());

        // The prospects tab lists the prospects with no revenue, of both kinds.
        QCOMPARE(view.prospectsTable()->rowCount(),
                 int(scalar(*db,
                            u"SELECT COUNT(*) FROM accounts a WHERE status = 'prospect' AND "
                            "NOT EXISTS (SELECT 1 FROM revenue_entries r WHERE "
                            "r.account_id = a.id)"_s)));
        QVERIFY(view.prospectsTable()->rowCount() > 0);

        // Typing narrows by name; nothing matching says so.
        view.tagFilter()->setCurrentIndex(0);
        view.regionFilter()->setCurrentIndex(0);
        QTest::keyClicks(view.searchField(), u"zzzz-no-such"_s);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel *>(u"customerEmpty"_s)->text().contains(u"No customer"_s));
    }

    void staleTagsAreRecomputedOffTheUiThread()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        TagThresholds t;
        t.returningPurchases = 1000; // nobody returns that often
        QVERIFY(CustomerStats(*db).setThresholds(t).ok());
        CustomersView view;
        view.setDatabase(db.get());
        QSignalSpy reloaded(&view, &CustomersView::reloaded);
        view.reload();
        QVERIFY(view.isRefreshing());
        QVERIFY(view.refreshProgress()->isVisibleTo(&view));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRefreshing(), 20000);
        QTRY_COMPARE(reloaded.size(), 2);
        QVERIFY(*CustomerStats(*db).isCurrent(QDate::currentDate()));
        view.tagFilter()->setCurrentIndex(view.tagFilter()->findData(u"returning"_s));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void saleAndConversionFromTheCustomerPage()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        Database *raw = db.get();
        const qint64 id = scalar(*db,
                                 u"SELECT a.id FROM accounts a JOIN customer_stats s ON "
                                 "s.account_id = a.id WHERE a.kind = 'customer' AND "
                                 "s.purchases > 1 ORDER BY a.id LIMIT 1"_s);
        QVERIFY(id > 0);
        cd::RecordingPrompts prompts;
        MainWindow window(std::move(db));
        window.setPrompts(&prompts);
        window.openCustomer(id);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.customerPage()));
        CustomerPage *page = window.customerPage();
        const int purchasesBefore = page->purchasesTable()->rowCount();

        // A sale through the real dialog: one line, three of the first product.
        page->setSaleEditor([](Database &database, qint64 accountId, QWidget *) {
            SaleDialog dialog(database, accountId);
            qobject_cast<QSpinBox *>(dialog.linesTable()->cellWidget(0, SaleDialog::QuantityColumn))
                ->setValue(3);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
        page->recordSaleButton()->click();
        QCOMPARE(page->purchasesTable()->rowCount(), purchasesBefore + 1);
        QCOMPARE(page->purchasesTable()->item(0, 3)->text(), u"3"_s);
        QVERIFY(page->figuresLabel()->text().contains(u"purchases"_s));
        QVERIFY(page->tagsTable()->rowCount() > 0);

        // Convert: the client page opens, with the conversion in its timeline.
        page->setConfirm([](const QString &) { return true; });
        page->convertButton()->click();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.clientPage()));
        QCOMPARE(AccountRepository(*raw).get(id)->kind, AccountKind::Client);
        ClientPage *client = window.clientPage();
        QVERIFY(client->undoConversionButton()->isVisibleTo(client));
        QTableWidget *timeline = client->timelineTable();
        bool shown = false;
        for (int r = 0; r < timeline->rowCount(); ++r)
            shown = shown || timeline->item(r, 2)->text() == u"Converted from customer to client"_s;
        QVERIFY(shown);
        QCOMPARE(client->contractsTable()->rowCount(), 1);
        QCOMPARE(client->contractsTable()->item(0, 6)->text(), u"Draft"_s);

        // Undo: a customer again, on its customer page.
        client->setConfirm([](const QString &) { return true; });
        client->undoConversionButton()->click();
        QCOMPARE(AccountRepository(*raw).get(id)->kind, AccountKind::Customer);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.customerPage()));
        QVERIFY(page->convertButton()->isEnabled());
    }

    // A prospect's open deals in a currency no rate converts are named, not silently summed.
    void prospectsNameTheDealsNoRateConverts()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 prospect = scalar(*db,
                                       u"SELECT id FROM accounts a WHERE status = 'prospect' AND "
                                       "NOT EXISTS (SELECT 1 FROM revenue_entries r WHERE "
                                       "r.account_id = a.id) ORDER BY id LIMIT 1"_s);
        QVERIFY(prospect > 0);
        QVERIFY(scalar(*db, u"SELECT COUNT(*) FROM exchange_rates WHERE currency = 'JPY'"_s) == 0);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"DELETE FROM opportunities WHERE account_id = %1"_s.arg(prospect)));
        for (const char *value : { "150000", "2500" })
            QVERIFY2(q.exec(u"INSERT INTO opportunities (account_id, title, deal_type, "
                            "expected_value_minor, currency, probability, stage, first_contact, "
                            "created_at, updated_at) VALUES (%1, 'Yen deal', 'sale', %2, 'JPY', "
                            "10, 'lead', '2026-01-01', '2026-01-01', '2026-01-01')"_s.arg(prospect)
                                .arg(QLatin1StringView(value))),
                     qPrintable(q.lastError().text()));
        CustomersView view;
        view.setDatabase(db.get());
        view.reload();
        QTableWidget *table = view.prospectsTable();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            row = table->item(r, 0)->data(Qt::UserRole).toLongLong() == prospect ? r : row;
        QVERIFY(row >= 0);
        const QString sentence = u"2 JPY deals, 152,500 JPY, have no JPY rate on or before today "
                                 "and are not in these figures — add rates in Settings."_s;
        QCOMPARE(table->item(row, 5)->text(), u"2"_s);
        QCOMPARE(table->item(row, 6)->text(), u"IDR\u00A00.00 + 2 not converted"_s);
        QCOMPARE(table->item(row, 6)->toolTip(), sentence);
        QVERIFY2(view.prospectsNote()->text().contains(sentence),
                 qPrintable(view.prospectsNote()->text()));
    }

    void theSaleDialogRefusesBadInput()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 id
            = scalar(*db, u"SELECT id FROM accounts WHERE kind = 'customer' ORDER BY id LIMIT 1"_s);
        const qint64 rows = scalar(*db, u"SELECT COUNT(*) FROM revenue_entries"_s);
        SaleDialog dialog(*db, id);
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.totalLabel()->text().startsWith(u"Total: "_s));

        auto *quantity = qobject_cast<QSpinBox *>(
            dialog.linesTable()->cellWidget(0, SaleDialog::QuantityColumn));
        quantity->setValue(-2);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(
            u"Line 1: the quantity must be at least 1, not -2."_s));
        quantity->setValue(1);
        lineEdit(dialog, 0, SaleDialog::DiscountColumn)->setText(u"999,999,999,999"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"is more than the price of"_s));
        QVERIFY(dialog.totalLabel()->text().isEmpty()); // no negative total
        lineEdit(dialog, 0, SaleDialog::DiscountColumn)->setText(u"ten percent"_s);
        QVERIFY(dialog.problemLabel()->text().startsWith(u"Line 1: "_s));
        QVERIFY(!save->isEnabled());
        lineEdit(dialog, 0, SaleDialog::DiscountColumn)->clear();
        dialog.linesTable()->setCurrentCell(0, 0);
        dialog.removeLineButton()->click();
        QVERIFY(dialog.problemLabel()->text().contains(u"at least one line"_s));
        QVERIFY(!save->isEnabled());
        dialog.accept(); // refused: nothing written
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM revenue_entries"_s), rows);

        // Two good lines, one with a promotion: two entries.
        dialog.addLine(0);
        dialog.addLine(1);
        lineEdit(dialog, 1, SaleDialog::PromotionColumn)->setText(u"YEAREND"_s);
        QVERIFY(save->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedIds().size(), 2);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM revenue_entries"_s), rows + 2);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM revenue_entries WHERE promotion = 'YEAREND'"_s),
                 1);

        // Without a customer chosen it says so.
        SaleDialog anyone(*db, 0);
        QVERIFY(anyone.problems().contains(u"Choose the customer who bought."_s));
    }

    // The sale's currency is the customer's own (the firm's when it has none) until the user
    // picks another; prices, headers, total and the stored entries are in it.
    void theSaleIsInTheCustomersCurrency()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        const qint64 dollar
            = scalar(*db, u"SELECT id FROM accounts WHERE kind = 'customer' ORDER BY id LIMIT 1"_s);
        const qint64 plain = scalar(
            *db, u"SELECT id FROM accounts WHERE kind = 'customer' ORDER BY id LIMIT 1 OFFSET 1"_s);
        QVERIFY(q.exec(u"UPDATE accounts SET currency = NULL WHERE kind = 'customer'"_s));
        QVERIFY(q.exec(u"UPDATE accounts SET currency = 'USD' WHERE id = %1"_s.arg(dollar)));
        Product remote;
        remote.name = u"Remote audit"_s;
        remote.category = u"Assessments"_s;
        remote.listPrice = Money(1'500'00, u"USD"_s);
        const auto inserted = ProductRepository(*db).insert(remote);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        const qint64 audit = *inserted;
        const QString firm = SettingsService(*db).firmCurrency();
        QCOMPARE(firm, u"IDR"_s);

        SaleDialog dialog(*db, 0);
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QCOMPARE(dialog.currency(), u"IDR"_s); // no customer yet: the firm's
        dialog.customerField()->setCurrentIndex(dialog.customerField()->findData(dollar));
        QCOMPARE(dialog.currency(), u"USD"_s);
        QCOMPARE(dialog.currencyField()->currentText(), u"USD — US Dollar"_s);
        QCOMPARE(dialog.linesTable()->horizontalHeaderItem(SaleDialog::PriceColumn)->text(),
                 u"Unit price (USD)"_s);
        QCOMPARE(dialog.linesTable()->horizontalHeaderItem(SaleDialog::DiscountColumn)->text(),
                 u"Discount (USD)"_s);
        // The first product is priced in IDR: not converted, the user prices it.
        auto *product = qobject_cast<QComboBox *>(
            dialog.linesTable()->cellWidget(0, SaleDialog::ProductColumn));
        const qint64 first = product->currentData().toLongLong();
        const auto firstProduct = ProductRepository(*db).get(first);
        QVERIFY(firstProduct.ok());
        QCOMPARE(firstProduct->listPrice.currency(), u"IDR"_s);
        QCOMPARE(lineEdit(dialog, 0, SaleDialog::PriceColumn)->text(), QString());
        QCOMPARE(lineEdit(dialog, 0, SaleDialog::PriceColumn)->placeholderText(),
                 u"price in USD"_s);
        QCOMPARE(lineEdit(dialog, 0, SaleDialog::PriceColumn)->toolTip(),
                 u"The list price is %1; type this sale's price in USD."_s.arg(
                     firstProduct->listPrice.format(QLocale())));
        QCOMPARE(dialog.linesTable()->item(0, SaleDialog::AmountColumn)->text(), QString());
        QCOMPARE(dialog.totalLabel()->text(), QString());
        QCOMPARE(problems(dialog),
                 QStringList { u"Line 1: enter the unit price in USD (the list price is %1)."_s.arg(
                     firstProduct->listPrice.format(QLocale())) });
        QVERIFY(!save->isEnabled());
        // A product priced in USD takes its list price.
        product->setCurrentIndex(product->findData(audit));
        QCOMPARE(lineEdit(dialog, 0, SaleDialog::PriceColumn)->text(), u"1,500.00"_s);
        QVERIFY(problems(dialog).isEmpty());
        QCOMPARE(dialog.totalLabel()->text(), u"Total: $1,500.00"_s);

        // Another customer without a currency of its own: the firm's again, and back.
        dialog.customerField()->setCurrentIndex(dialog.customerField()->findData(plain));
        QCOMPARE(dialog.currency(), u"IDR"_s);
        QCOMPARE(lineEdit(dialog, 0, SaleDialog::PriceColumn)->text(), QString());
        dialog.customerField()->setCurrentIndex(dialog.customerField()->findData(dollar));
        QCOMPARE(dialog.currency(), u"USD"_s);
        QCOMPARE(lineEdit(dialog, 0, SaleDialog::PriceColumn)->text(), u"1,500.00"_s);

        // A code that is not one: one sentence, no total, nothing saved.
        dialog.currencyField()->setEditText(u"XYZ"_s);
        QCOMPARE(dialog.currency(), u"XYZ"_s);
        QCOMPARE(problems(dialog),
                 QStringList { u"“XYZ” is not an ISO 4217 currency code such as IDR, USD or SGD: "
                               "choose the sale's currency from the list."_s });
        QVERIFY(!save->isEnabled());
        QCOMPARE(dialog.totalLabel()->text(), QString());
        // Picked by the user, SGD stays when the customer changes.
        QComboBox *currency = dialog.currencyField();
        const int sgd = currency->findData(u"SGD"_s);
        currency->setCurrentIndex(sgd);
        emit currency->activated(sgd);
        dialog.customerField()->setCurrentIndex(dialog.customerField()->findData(plain));
        QCOMPARE(dialog.currency(), u"SGD"_s);
        lineEdit(dialog, 0, SaleDialog::PriceColumn)->setText(u"2,000.50"_s);
        QVERIFY(problems(dialog).isEmpty());
        dialog.customerField()->setCurrentIndex(dialog.customerField()->findData(dollar));
        currency->setCurrentIndex(currency->findData(u"USD"_s));
        lineEdit(dialog, 0, SaleDialog::DiscountColumn)->setText(u"0.50"_s);
        const qint64 entries = scalar(*db, u"SELECT COUNT(*) FROM revenue_entries"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM revenue_entries"_s), entries + 1);
        QVERIFY(q.exec(u"SELECT currency, amount_minor, discount_minor, account_id FROM "
                       "revenue_entries WHERE id = %1"_s.arg(dialog.savedIds().value(0))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"USD"_s);
        QCOMPARE(q.value(1).toLongLong(), 1'499'50); // 1,500.00 − 0.50
        QCOMPARE(q.value(2).toLongLong(), 50);
        QCOMPARE(q.value(3).toLongLong(), dollar);
    }

    // A product's list price carries its currency: the firm's for a new one unless chosen.
    void aProductIsPricedInItsOwnCurrency()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        ProductDialog dialog(*db, Product {});
        QCOMPARE(currencychoice::code(dialog.currencyField()), u"IDR"_s);
        dialog.nameField()->setText(u"Remote audit"_s);
        dialog.categoryField()->setCurrentText(u"Assessments"_s);
        dialog.priceField()->setText(u"1,500.50"_s);
        dialog.currencyField()->setEditText(u"dollar"_s);
        QCOMPARE(dialog.problems(),
                 QStringList { u"“dollar” is not an ISO 4217 currency code such as IDR, USD or "
                               "SGD: choose the price's currency from the list."_s });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM products WHERE name = 'Remote audit'"_s), 0);
        // JPY has no decimals: the price says so.
        currencychoice::select(dialog.currencyField(), u"JPY"_s);
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY2(dialog.problems().constFirst().contains(u"JPY"_s),
                 qPrintable(dialog.problems().join(u'\n')));
        currencychoice::select(dialog.currencyField(), u"usd"_s);
        QVERIFY(dialog.problems().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT list_price_minor, currency FROM products WHERE name = "
                       "'Remote audit'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1'500'50);
        QCOMPARE(q.value(1).toString(), u"USD"_s);
        // Opened again, it shows its own currency.
        const auto stored = ProductRepository(*db).get(
            scalar(*db, u"SELECT id FROM products WHERE name = 'Remote audit'"_s));
        ProductDialog again(*db, *stored);
        QCOMPARE(currencychoice::code(again.currencyField()), u"USD"_s);
        QCOMPARE(again.priceField()->text(), u"1,500.50"_s);
    }

    void aProductChangedElsewhereOffersReload()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 id = scalar(*db, u"SELECT MIN(id) FROM products"_s);
        const auto opened = ProductRepository(*db).get(id);
        QVERIFY(opened.ok());
        ProductDialog dialog(*db, *opened);
        QVERIFY(dialog.reloadButton()->isHidden());
        QCOMPARE(dialog.nameField()->text(), opened->name);
        dialog.priceField()->setText(u"1,000,000"_s);

        auto other = db->reopen();
        QVERIFY(other.ok());
        Product theirs = *ProductRepository(**other).get(id);
        theirs.name = u"Theirs: bookkeeping"_s;
        QVERIFY(ProductRepository(**other).update(theirs).ok());

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problemLabel()->text().contains(u"The last change was by "_s),
                 qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(dialog.priceField()->text(), u"1,000,000"_s);
        QVERIFY(!dialog.reloadButton()->isHidden());
        dialog.reloadButton()->click();
        QCOMPARE(dialog.nameField()->text(), u"Theirs: bookkeeping"_s);
        QCOMPARE(dialog.priceField()->text(), opened->listPrice.formatNumber(QLocale()));
        QVERIFY(dialog.reloadButton()->isHidden());
        dialog.priceField()->setText(u"1,000,000"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = ProductRepository(*db).get(id);
        QCOMPARE(saved->name, u"Theirs: bookkeeping"_s);
        QCOMPARE(saved->listPrice.minorUnits(), 100'000'000);
    }

    void theCatalogueAddsAndRetiresProducts()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 before = scalar(*db, u"SELECT COUNT(*) FROM products"_s);
        CatalogueDialog catalogue(*db);
        QCOMPARE(catalogue.table()->rowCount(), int(before));
        catalogue.setEditor([](Database &database, const Product &product, QWidget *) {
            ProductDialog dialog(database, product);
            if (!dialog.problems().contains(u"A product needs a name."_s))
                return false;
            dialog.nameField()->setText(u"Brand audit"_s); // taken
            dialog.categoryField()->setCurrentText(u"Assessments"_s);
            dialog.priceField()->setText(u"abc"_s);
            if (dialog.problems().isEmpty())
                return false;
            dialog.priceField()->setText(u"12,500,000"_s);
            dialog.accept();
            if (!dialog.problemLabel()->text().contains(u"already a product named"_s))
                return false;
            dialog.nameField()->setText(u"<b>Audit & \"Review\"</b>"_s);
            dialog.activeBox()->setChecked(false);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
        catalogue.newButton()->click();
        QCOMPARE(catalogue.table()->rowCount(), int(before + 1));
        QCOMPARE(scalar(*db,
                        u"SELECT COUNT(*) FROM products WHERE name = '<b>Audit & \"Review\"</b>' "
                        "AND active = 0 AND list_price_minor = 1250000000"_s),
                 1);
        bool listed = false;
        for (int r = 0; r < catalogue.table()->rowCount(); ++r)
            listed = listed
                || (catalogue.table()->item(r, 0)->text() == u"<b>Audit & \"Review\"</b>"_s
                    && catalogue.table()->item(r, 3)->text() == u"no, retired"_s);
        QVERIFY(listed);
        // A retired product is not offered in a sale.
        SaleDialog sale(*db, 0);
        auto *products = qobject_cast<QComboBox *>(
            sale.linesTable()->cellWidget(0, SaleDialog::ProductColumn));
        QCOMPARE(products->count(), int(before));
    }
};

QTEST_MAIN(tst_CustomersView)
#include "tst_customersview.moc"
