#include "areanavigator.h"
#include "dialogs/contractdialog.h"
#include "dialogs/instalmentsection.h"
#include "io/csvreader.h"
#include "sample/samplegenerator.h"
#include "services/contractservice.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "views/contractsview.h"
#include "views/viewexport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

// The Contracts area offscreen (issue 27): every contract of a sample portfolio, search and
// filters remembered across a restart, sorting, Export…, a double-click opening the contract,
// the empty state, the tabs others add; the contract form's numbering, payment terms and
// instalment section. On SQLite and, as tst_contractsview_postgresql, on PostgreSQL.
class tst_ContractsView final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    int m_serial = 0;

    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_contractsview"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        m_db = m_databases.open(m_dir.filePath(u"contracts.sqlite"_s));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        SampleOptions options;
        options.accounts = 120;
        options.revenueEntries = 3000;
        QVERIFY(SampleGenerator(options).generate(*m_db).ok());
    }
    void cleanupTestCase() { m_db.reset(); }
    void init() { QSettings().clear(); }

    void listsEveryContract()
    {
        ContractsView view;
        view.setDatabase(m_db.get());
        view.reload();
        view.resize(1280, 760);
        view.show();
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = scalar(*m_db, u"SELECT count(*) FROM contracts"_s).toInt();
        QVERIFY(all > 10);
        QCOMPARE(view.model()->rowCount(), all);
        QCOMPARE(view.countText(), u"%1 contracts"_s.arg(all));
        QVERIFY(view.emptyText().isEmpty());
        QVERIFY(view.table()->isVisible());
        // The hours and the time not invoiced follow from a read off the UI thread, as the
        // model reads them on its own.
        QVERIFY(view.waitForTime(20000));
        const auto whole = ContractListModel::load(*m_db, QDate::currentDate());
        QVERIFY(whole.ok());
        QHash<qint64, const ContractListModel::Row *> expected;
        for (const auto &row : whole->rows)
            expected.insert(row.contract.id, &row);
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const auto *row = view.model()->rowAt(r);
            QVERIFY(row->timeRead);
            const auto *same = expected.value(row->contract.id);
            QVERIFY(same);
            QCOMPARE(row->uninvoiced, same->uninvoiced);
            QCOMPARE(row->usedMinutes, same->usedMinutes);
            QCOMPARE(row->allowedMinutes, same->allowedMinutes);
            QVERIFY(view.model()->index(r, ContractListModel::Uninvoiced).data().toString()
                    != u"…"_s);
        }

        // Sorting by a header: by the value (days), not the text.
        view.table()->horizontalHeader()->setSortIndicator(ContractListModel::NoticeDeadline,
                                                           Qt::AscendingOrder);
        QDate previous;
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const QDate deadline = view.model()->rowAt(r)->noticeDeadline;
            if (!deadline.isValid())
                break; // the contracts without one come last
            QVERIFY(!previous.isValid() || previous <= deadline);
            previous = deadline;
        }

        // Search: by client, reference or title; nothing found says so.
        const QString reference = view.model()->rowAt(0)->contract.reference;
        QTest::keyClicks(view.searchField(), reference);
        QVERIFY(view.model()->rowCount() >= 1);
        QVERIFY(view.countText().endsWith(u" of %1 contracts"_s.arg(all)));
        view.searchField()->setText(u"no such contract anywhere"_s);
        QCOMPARE(view.emptyText(), u"No contract matches these filters."_s);
        view.searchField()->clear();
        QCOMPARE(view.model()->rowCount(), all);
    }

    void filtersAreRemembered()
    {
        qint64 manager = 0;
        int shown = 0;
        {
            ContractsView view;
            view.setDatabase(m_db.get());
            view.reload();
            QVERIFY(view.managerFilter()->count() > 1);
            manager = view.managerFilter()->itemData(1).toLongLong();
            choose(view.statusFilter(), toCode(ContractStatus::Active));
            choose(view.billingFilter(), toCode(BillingModel::Retainer));
            choose(view.managerFilter(), manager);
            choose(view.renewalFilter(), u"manual"_s);
            choose(view.withinFilter(), 180);
            view.searchField()->setText(u"a"_s);
            shown = view.model()->rowCount();
            for (int r = 0; r < shown; ++r) {
                const auto *row = view.model()->rowAt(r);
                QCOMPARE(row->contract.status, ContractStatus::Active);
                QCOMPARE(row->contract.billingModel, BillingModel::Retainer);
                QCOMPARE(row->managerId, std::optional<qint64>(manager));
                QVERIFY(!row->contract.autoRenew);
            }
            view.table()->horizontalHeader()->setSectionHidden(ContractListModel::Title, true);
        } // closing it saves
        ContractsView again;
        QCOMPARE(again.searchField()->text(), u"a"_s);
        QCOMPARE(again.statusFilter()->currentData().toString(), toCode(ContractStatus::Active));
        QCOMPARE(again.billingFilter()->currentData().toString(), toCode(BillingModel::Retainer));
        QCOMPARE(again.renewalFilter()->currentData().toString(), u"manual"_s);
        QCOMPARE(again.withinFilter()->currentData().toInt(), 180);
        QVERIFY(again.table()->horizontalHeader()->isSectionHidden(ContractListModel::Title));
        again.setDatabase(m_db.get());
        again.reload(); // the managers' names come with the contracts
        QCOMPARE(again.managerFilter()->currentData().toLongLong(), manager);
        QCOMPARE(again.model()->rowCount(), shown);
        QCOMPARE(again.model()->filter().managerId, std::optional<qint64>(manager));
    }

    void exportsTheListAsShown()
    {
        ContractsView view;
        view.setDatabase(m_db.get());
        view.reload();
        choose(view.statusFilter(), toCode(ContractStatus::Active));
        view.table()->horizontalHeader()->setSectionHidden(ContractListModel::Title, true);
        const ExportTable table = tableOfView(*view.table(), u"contracts"_s);
        QCOMPARE(table.header.first(), u"Client"_s);
        QVERIFY(table.header.contains(u"Notice deadline"_s));
        QVERIFY(table.header.contains(u"Not invoiced"_s));
        QVERIFY(!table.header.contains(u"Title"_s));
        QCOMPARE(table.rows.size(), view.model()->rowCount());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"contracts.csv"_s);
        QVERIFY(Exporter::writeTable(table, path, ExportFormat::Csv).ok());
        const auto back = CsvReader::readFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back->header, table.header);
        QCOMPARE(back->records.size(), table.rows.size());
        QCOMPARE(back->records.first().fields, table.rows.first());
    }

    void doubleClickOpensTheContract()
    {
        ContractsView view;
        view.setDatabase(m_db.get());
        view.reload();
        qint64 opened = 0;
        view.setEditor([&](Database &, const Contract &contract, QWidget *) {
            opened = contract.id;
            return true;
        });
        QSignalSpy changed(&view, &ContractsView::contractChanged);
        const QModelIndex index = view.model()->index(3, ContractListModel::Title);
        const qint64 id = index.data(ContractListModel::IdRole).toLongLong();
        emit view.table()->activated(index);
        QCOMPARE(opened, id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), id);
    }

    void saysWhenThereAreNone()
    {
        auto empty = m_databases.open(m_dir.filePath(u"empty-%1.sqlite"_s.arg(++m_serial)));
        QVERIFY2(empty, qPrintable(m_databases.error()));
        ContractsView view;
        QCOMPARE(view.emptyText(), u"No database is open."_s);
        view.setDatabase(empty.get());
        view.reload();
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.emptyText().startsWith(u"There are no contracts yet."_s));
        QCOMPARE(view.countText(), u"0 contracts"_s);
        view.setDatabase(nullptr);
    }

    void isTheContractsAreaWithTabsToAdd()
    {
        AreaNavigator navigator;
        navigator.setDatabase(m_db.get());
        navigator.showArea(AreaNavigator::Area::Contracts);
        QCOMPARE(navigator.currentPage(), static_cast<QWidget *>(navigator.contractsView()));
        ContractsView *view = navigator.contractsView();
        QVERIFY(view->model()->rowCount() > 0);
        QCOMPARE(view->tabs()->count(), 1);
        QCOMPARE(view->tabs()->tabText(0), u"Contracts"_s);
        auto *invoices = new QLabel(u"invoices"_s);
        QCOMPARE(view->addTab(invoices, u"Invoices"_s), 1);
        QCOMPARE(view->tabs()->widget(1), static_cast<QWidget *>(invoices));
        navigator.releaseDatabase();
    }

    void theFormNumbersANewContract()
    {
        const qint64 client
            = scalar(*m_db, u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id LIMIT 1"_s)
                  .toLongLong();
        const Contract draft = ContractService::draft(client, u"IDR"_s, QDate(2026, 3, 1));
        const auto next = ContractService(*m_db).nextReference(2026);
        QVERIFY(next.ok());
        ContractDialog dialog(*m_db, draft);
        QCOMPARE(dialog.referenceField()->text(), *next);
        QCOMPARE(dialog.referenceField()->placeholderText(), u"C-2026-00000"_s);
        // Still editable; payment terms default to the firm's setting.
        dialog.referenceField()->setText(u"MY-OWN-1"_s);
        QCOMPARE(dialog.contract().reference, u"MY-OWN-1"_s);
        QCOMPARE(dialog.paymentTermsField()->value(), -1);
        QCOMPARE(dialog.paymentTermsField()->text(), u"the firm's setting (30 days)"_s);
        QVERIFY(!dialog.contract().paymentTermsDays);
        dialog.paymentTermsField()->setValue(14);
        QCOMPARE(dialog.contract().paymentTermsDays, std::optional<int>(14));
        // An existing contract keeps its reference.
        const qint64 id = scalar(*m_db, u"SELECT min(id) FROM contracts"_s).toLongLong();
        const auto stored = ContractService(*m_db).get(id);
        ContractDialog edit(*m_db, *stored);
        QCOMPARE(edit.referenceField()->text(), stored->reference);
    }

    void theFormSchedulesAFixedFee()
    {
        auto db = m_databases.open(m_dir.filePath(u"fixed-%1.sqlite"_s.arg(++m_serial)));
        QVERIFY2(db, qPrintable(m_databases.error()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES "
                       "('client', 'PT Alfa', '2026-01-01T00:00:00', '2026-01-01T00:00:00')"_s));
        Contract c
            = ContractService::draft(scalar(*db, u"SELECT max(id) FROM accounts"_s).toLongLong(),
                                     u"USD"_s, QDate(2026, 1, 1));
        c.reference = u"F-1"_s;
        c.billingModel = BillingModel::Fixed;
        c.fee = Money(1200000, u"USD"_s);
        const auto id = ContractService(*db).insert(c);
        QVERIFY(id.ok());
        c = *ContractService(*db).get(*id);

        ContractDialog dialog(*db, c);
        dialog.resize(700, 800);
        dialog.show();
        InstalmentSection *section = dialog.instalmentSection();
        QVERIFY(section->isVisible());
        QCOMPARE(section->sumText(),
                 u"Scheduled: $0.00 of the fee $12,000.00. $12,000.00 is not scheduled yet."_s);
        section->setEditor([](const Contract &, Instalment &i, QWidget *) {
            i.description = u"Design"_s;
            i.amountMinor = 400000;
            i.dueDate = QDate(2026, 3, 31);
            return true;
        });
        section->addButton()->click();
        QCOMPARE(section->table()->rowCount(), 1);
        QCOMPARE(section->table()->item(0, 1)->text(), u"Design"_s);
        QCOMPARE(section->table()->item(0, 3)->text(), u"$4,000.00"_s);
        QCOMPARE(section->sumText(),
                 u"Scheduled: $4,000.00 of the fee $12,000.00. $8,000.00 is not scheduled yet."_s);
        // A refusal shows its sentence and stores nothing.
        section->setEditor([](const Contract &, Instalment &i, QWidget *) {
            i.description = u"Too early"_s;
            i.amountMinor = 100;
            i.dueDate = QDate(2025, 1, 1);
            return true;
        });
        section->addButton()->click();
        QCOMPARE(section->table()->rowCount(), 1);
        QVERIFY(section->messageText().contains(u"outside the term of F-1"_s));
        // Edit and remove the selected one.
        section->table()->selectRow(0);
        QVERIFY(section->editButton()->isEnabled());
        section->setEditor([](const Contract &, Instalment &i, QWidget *) {
            i.amountMinor = 1300000;
            return true;
        });
        section->editButton()->click();
        QCOMPARE(section->sumText(),
                 u"Scheduled: $13,000.00 of the fee $12,000.00. That is $1,000.00 more than the "
                 "fee."_s);
        section->setConfirm([](const QString &) { return true; });
        section->table()->selectRow(0);
        section->removeButton()->click();
        QCOMPARE(section->table()->rowCount(), 0);
        // Not for a retainer.
        dialog.billingModelField()->setCurrentIndex(
            dialog.billingModelField()->findData(int(BillingModel::Retainer)));
        QVERIFY(!section->isVisible());
    }

    void theInstalmentFormChecksAsYouType()
    {
        Contract c = ContractService::draft(1, u"USD"_s, QDate(2026, 1, 1));
        c.id = 5;
        c.reference = u"F-1"_s;
        c.billingModel = BillingModel::Fixed;
        c.fee = Money(1200000, u"USD"_s);
        Instalment i;
        i.contractId = 5;
        InstalmentDialog dialog(c, i);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problems().contains(u"Enter the amount."_s));
        dialog.descriptionField()->setText(u"Design"_s);
        dialog.dueField()->setDate(QDate(2026, 3, 31));
        dialog.amountField()->setText(u"4,000"_s);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u' ')));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.instalment().amountMinor, 400000);
        QVERIFY(!dialog.doneField()->isEnabled());
        dialog.kindField()->setCurrentIndex(1); // milestone
        QVERIFY(dialog.doneField()->isEnabled());
        dialog.doneField()->setChecked(true);
        dialog.doneOnField()->setDate(QDate(2026, 4, 2));
        QCOMPARE(dialog.instalment().doneOn, QDate(2026, 4, 2));
        QVERIFY(dialog.instalment().milestone);
        dialog.amountField()->setText(u"lots"_s);
        QVERIFY(!ok->isEnabled());
    }
};

QTEST_MAIN(tst_ContractsView)
#include "tst_contractsview.moc"
