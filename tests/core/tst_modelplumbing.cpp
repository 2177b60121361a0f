#include "models/revenueentrylistmodel.h"
#include "models/sortedrowsmodel.h"
#include "repositorytestsupport.h"
#include "sample/samplegenerator.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using testsupport::TestDatabase;

namespace {

const QDate kToday(2026, 11, 22);

/// The smallest list on SortedRowsModel: a name and a number per row, sorted by the number
/// (column 1) or the name (column 0), ties by name.
class NumberList final : public cd::SortedRowsModel
{
public:
    struct Row
    {
        QString name;
        int number = 0;
    };

    explicit NumberList(QList<Row> rows) : m_all(std::move(rows))
    {
        for (const Row &row : std::as_const(m_all))
            m_rows.append(&row);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const Row &row = *m_rows.at(index.row());
        return index.column() == 0 ? QVariant(row.name) : QVariant(row.number);
    }
    void sort(int column, Qt::SortOrder order) override
    {
        sortKeepingSelection(m_rows, [&] {
            sortRows(
                m_rows, order,
                [column](const Row &row) {
                    return column == 0 ? QVariant(row.name.toLower()) : QVariant(row.number);
                },
                [](const Row &a, const Row &b) { return a.name < b.name; });
        });
    }
    QStringList names() const
    {
        QStringList out;
        for (const Row *row : m_rows)
            out.append(row->name);
        return out;
    }

private:
    QList<Row> m_all;
    QList<const Row *> m_rows;
};

} // namespace

class tst_ModelPlumbing : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_test;

private slots:
    void sortedRowsSortByKeyWithTiesByName()
    {
        NumberList list({ { u"d"_s, 2 }, { u"b"_s, 1 }, { u"a"_s, 2 }, { u"c"_s, 3 } });
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.sort(1, Qt::AscendingOrder);
        QCOMPARE(list.names(), QStringList({ u"b"_s, u"a"_s, u"d"_s, u"c"_s }));
        // Descending by number; equal numbers still by name, ascending.
        list.sort(1, Qt::DescendingOrder);
        QCOMPARE(list.names(), QStringList({ u"c"_s, u"a"_s, u"d"_s, u"b"_s }));
        list.sort(0, Qt::DescendingOrder);
        QCOMPARE(list.names(), QStringList({ u"d"_s, u"c"_s, u"b"_s, u"a"_s }));
    }

    void sortedRowsKeepTheSelectionOnItsRows()
    {
        NumberList list({ { u"a"_s, 3 }, { u"b"_s, 1 }, { u"c"_s, 2 } });
        QItemSelectionModel selection(&list);
        selection.setCurrentIndex(list.index(0, 1), QItemSelectionModel::ClearAndSelect);
        selection.select(list.index(2, 0), QItemSelectionModel::Select);
        QSignalSpy aboutToChange(&list, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy changed(&list, &QAbstractItemModel::layoutChanged);
        list.sort(1, Qt::AscendingOrder); // b, c, a
        QCOMPARE(aboutToChange.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<QAbstractItemModel::LayoutChangeHint>(),
                 QAbstractItemModel::VerticalSortHint);
        QCOMPARE(selection.currentIndex(), list.index(2, 1)); // "a", same column
        QVERIFY(selection.isSelected(list.index(1, 0))); // "c"
        QVERIFY(!selection.isSelected(list.index(0, 0)));
    }

    void revenueEntriesAreReadAPageAtATime()
    {
        QVERIFY(m_test.open());
        cd::SampleOptions options;
        options.accounts = 40;
        options.revenueEntries = 1500;
        options.today = kToday;
        QVERIFY(cd::SampleGenerator(options).generate(m_test.db()).ok());

        cd::RevenueEntryFilter all; // every day, every account
        const qint64 total = m_test.scalar(u"SELECT COUNT(*) FROM revenue_entries"_s).toLongLong();
        QVERIFY(total > 600);
        cd::RevenueEntryListModel model(m_test.db());
        QVERIFY(model.setFilter(all).ok());
        QCOMPARE(model.rowCount(), 255);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(model.rowCount() > before || !model.canFetchMore({}));
        }
        QCOMPARE(inserted.size(), int((total - 1) / 255)); // a page each, the first one read
        QCOMPARE(model.rowCount(), int(total));
        // Everything read: the tester checks the model (it fetches on its own while pages
        // are left, inside its own checks of the insertions).
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Newest first.
        const auto day = [&model](int row) {
            return model.index(row, cd::RevenueEntryListModel::Date).data(Qt::EditRole).toDate();
        };
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(day(r - 1) >= day(r));

        const auto totals = cd::RevenueEntryListModel::totals(m_test.db(), all);
        QVERIFY(totals.ok());
        QCOMPARE(totals->count, total);
        // Every currency, converted; what has no rate is counted apart.
        QCOMPARE(totals->totalMinor,
                 m_test.scalar(u"SELECT coalesce(SUM(converted_minor), 0) FROM revenue_entries"_s)
                     .toLongLong());
        QCOMPARE(totals->unconverted.count(),
                 m_test
                     .scalar(u"SELECT COUNT(*) FROM revenue_entries WHERE converted_minor IS "
                             "NULL"_s)
                     .toLongLong());
        // Each row: its own amount and, beside it, the converted one.
        const QModelIndex first = model.index(0, cd::RevenueEntryListModel::Converted);
        QVERIFY(first.data(Qt::EditRole).isValid());
        QCOMPARE(model.headerData(cd::RevenueEntryListModel::Converted, Qt::Horizontal).toString(),
                 u"In IDR"_s);

        // A new filter starts over.
        cd::RevenueEntryFilter none;
        none.from = QDate(1990, 1, 1);
        none.to = QDate(1990, 1, 31);
        QVERIFY(model.setFilter(none).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        m_test.close();
    }
};

QTEST_GUILESS_MAIN(tst_ModelPlumbing)
#include "tst_modelplumbing.moc"
