#include "io/csvreader.h"
#include "sample/samplegenerator.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "views/clientsview.h"
#include "views/viewexport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::ClientListModel;
using cd::ClientsView;
using cd::Database;

class tst_ClientsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;

    QLabel *emptyLabel(ClientsView &view) { return view.findChild<QLabel *>(u"clientEmpty"_s); }
    bool showsTable(ClientsView &view)
    {
        return view.findChild<QStackedWidget *>()->currentWidget() == view.table();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_clientsview"_s);
        QSettings().clear();
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        m_db = m_databases.open(m_dir.filePath(u"clients.sqlite"_s));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        cd::SampleOptions options;
        options.accounts = 120;
        options.revenueEntries = 3000;
        QVERIFY(cd::SampleGenerator(options).generate(*m_db).ok());
    }
    void cleanupTestCase() { m_db.reset(); }
    void init() { QSettings().clear(); }

    void showsEveryClientAndSearchesAsYouType()
    {
        ClientsView view;
        view.setDatabase(m_db.get());
        view.reload();
        view.resize(1200, 700);
        view.show();
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = view.model()->rowCount();
        QVERIFY(all > 10);
        QVERIFY(showsTable(view));
        QCOMPARE(view.countText(), u"%1 clients"_s.arg(all));

        const QString name = view.model()->rowAt(0)->name;
        QTest::keyClicks(view.searchField(), name.left(6));
        QVERIFY(view.model()->rowCount() >= 1);
        QVERIFY(view.model()->rowCount() < all);
        QVERIFY(view.countText().endsWith(u" of %1 clients"_s.arg(all)));
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QVERIFY(view.model()->rowAt(r)->name.contains(name.left(6), Qt::CaseInsensitive));

        view.searchField()->setText(u"no such client anywhere"_s);
        QVERIFY(!showsTable(view));
        QCOMPARE(emptyLabel(view)->text(), u"No client matches these filters."_s);
        view.searchField()->clear();
        QCOMPARE(view.model()->rowCount(), all);
    }

    void exportsTheListAsShown()
    {
        ClientsView view;
        view.setDatabase(m_db.get());
        view.reload();
        const QString name = view.model()->rowAt(0)->name;
        view.searchField()->setText(name);
        view.table()->horizontalHeader()->setSectionHidden(ClientListModel::Industry, true);
        view.table()->horizontalHeader()->moveSection(
            view.table()->horizontalHeader()->visualIndex(ClientListModel::Health), 0);
        const cd::ExportTable table = cd::tableOfView(*view.table(), u"clients"_s);
        QCOMPARE(table.header.first(), u"Health"_s);
        QVERIFY(!table.header.contains(u"Industry"_s));
        QCOMPARE(table.rows.size(), view.model()->rowCount());
        QCOMPARE(table.rows.first().at(1), name);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"clients.csv"_s);
        QVERIFY(cd::Exporter::writeTable(table, path, cd::ExportFormat::Csv).ok());
        const auto back = cd::CsvReader::readFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back->header, table.header);
        QCOMPARE(back->records.first().fields, table.rows.first());
    }

    void healthFilterAndActivation()
    {
        ClientsView view;
        view.setDatabase(m_db.get());
        view.reload();
        view.show();
        QComboBox *health = view.healthFilter();
        health->setCurrentIndex(health->findData(int(cd::ClientHealth::Level::AtRisk)));
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->rowAt(r)->health.level(), cd::ClientHealth::Level::AtRisk);
        health->setCurrentIndex(0);

        QSignalSpy activated(&view, &ClientsView::clientActivated);
        const QModelIndex first = view.model()->index(0, ClientListModel::Name);
        view.table()->setCurrentIndex(first);
        emit view.table()->activated(first);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(),
                 first.data(ClientListModel::IdRole).toLongLong());
    }

    // Health in words and in colour: a client at risk says "At risk" and is drawn in red, a
    // good one in green (issue 30, item 9).
    void healthShowsInColourAndWord()
    {
        ClientsView view;
        view.setDatabase(m_db.get());
        view.reload();
        view.resize(1400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto colourOf = [&view](cd::ClientHealth::Level level) -> std::optional<QColor> {
            view.healthFilter()->setCurrentIndex(view.healthFilter()->findData(int(level)));
            if (view.model()->rowCount() == 0)
                return std::nullopt;
            QTableView *table = view.table();
            table->scrollToTop();
            const QModelIndex cell = view.model()->index(0, ClientListModel::Health);
            table->clearSelection();
            const QRect rect = table->visualRect(cell);
            const QImage image = table->viewport()->grab(rect).toImage();
            // The most saturated pixel of the cell: the text's colour.
            QColor best;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (!best.isValid() || c.hsvSaturation() > best.hsvSaturation())
                        best = c;
                }
            }
            return best;
        };
        const auto atRisk = colourOf(cd::ClientHealth::Level::AtRisk);
        QVERIFY2(atRisk, "the sample has no client at risk");
        QCOMPARE(view.model()->index(0, ClientListModel::Health).data().toString(), u"At risk"_s);
        QVERIFY2(atRisk->red() > 150 && atRisk->green() < 100 && atRisk->blue() < 100,
                 qPrintable(atRisk->name()));
        const auto good = colourOf(cd::ClientHealth::Level::Good);
        QVERIFY2(good, "the sample has no client in good health");
        QVERIFY2(good->green() > good->red() + 40 && good->green() > good->blue() + 40,
                 qPrintable(good->name()));
    }

    void layoutAndFiltersAreRemembered()
    {
        {
            ClientsView view;
            view.setDatabase(m_db.get());
            view.reload();
            view.table()->horizontalHeader()->setSectionHidden(ClientListModel::Industry, true);
            view.table()->sortByColumn(ClientListModel::MonthlyRecurring, Qt::DescendingOrder);
            view.searchField()->setText(u"a"_s);
        }
        ClientsView again;
        again.setDatabase(m_db.get());
        again.reload();
        QVERIFY(again.table()->horizontalHeader()->isSectionHidden(ClientListModel::Industry));
        QCOMPARE(again.table()->horizontalHeader()->sortIndicatorSection(),
                 int(ClientListModel::MonthlyRecurring));
        QCOMPARE(again.searchField()->text(), u"a"_s);
        const auto *top = again.model()->rowAt(0);
        const auto *next = again.model()->rowAt(1);
        QVERIFY(top->monthlyRecurring.minorUnits() >= next->monthlyRecurring.minorUnits());
    }

    void anEmptyDatabaseSaysSo()
    {
        QTemporaryDir dir;
        auto db = m_databases.open(dir.filePath(u"empty.sqlite"_s));
        QVERIFY2(db, qPrintable(m_databases.error()));
        ClientsView view;
        view.setDatabase(db.get());
        view.reload();
        QVERIFY(!showsTable(view));
        QVERIFY(emptyLabel(view)->text().startsWith(u"There are no clients yet."_s));
        view.setDatabase(nullptr);
        QCOMPARE(emptyLabel(view)->text(), u"No database is open."_s);
    }
};

QTEST_MAIN(tst_ClientsView)
#include "tst_clientsview.moc"
