// The Time area's models (issue 26): the week grid (typing "1:30" or "1.5" stores minutes
// through its writer, a bad value keeps the old one with the sentence, totals, locked cells)
// and the list of entries (texts, sorting by value).
#include "models/timeentrylistmodel.h"
#include "models/timeweekmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

const QDate kMonday(2026, 11, 30);

TimeWeekRow weekRow(qint64 account, const QString &name, qint64 contract, const QString &reference,
                    std::array<int, 7> minutes)
{
    TimeWeekRow row;
    row.accountId = account;
    row.accountName = name;
    row.contractId = contract;
    row.contractReference = reference;
    row.minutes = minutes;
    return row;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

struct Write
{
    qint64 account;
    qint64 contract;
    QDate day;
    int minutes;
    friend bool operator==(const Write &, const Write &) = default;
};

TimeEntryRow entryRow(qint64 id, QDate date, const QString &account, int minutes, qint64 rate,
                      bool billable, TimeState state = TimeState::Open)
{
    TimeEntryRow row;
    row.entry.id = id;
    row.entry.date = date;
    row.entry.minutes = minutes;
    row.entry.billable = billable;
    row.entry.rate = Money(rate, u"USD"_s);
    row.entry.valueMinor = TimeRules::value(minutes, rate);
    row.entry.state = state;
    row.userName = u"Dewi"_s;
    row.accountName = account;
    return row;
}

} // namespace

class tst_TimeModels final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void weekShowsMinutesAndTotals()
    {
        TimeWeekModel model;
        model.setLocale(QLocale());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setWeek(kMonday,
                      { weekRow(1, u"Acme"_s, 7, u"C-2026-007"_s, { 90, 0, 0, 0, 0, 0, 0 }),
                        weekRow(2, u"Borneo Tea"_s, 0, {}, { 30, 480, 0, 0, 15, 0, 0 }) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(
            rowTexts(model, 0),
            QStringList({ u"Acme — C-2026-007"_s, u"1:30"_s, {}, {}, {}, {}, {}, {}, u"1:30"_s }));
        QCOMPARE(
            rowTexts(model, 1),
            QStringList(
                { u"Borneo Tea"_s, u"0:30"_s, u"8:00"_s, {}, {}, u"0:15"_s, {}, {}, u"8:45"_s }));
        QCOMPARE(rowTexts(model, 2),
                 QStringList(
                     { u"Total"_s, u"2:00"_s, u"8:00"_s, {}, {}, u"0:15"_s, {}, {}, u"10:15"_s }));
        QCOMPARE(model.headerData(TimeWeekModel::FirstDay, Qt::Horizontal).toString(),
                 u"Mon 30/11"_s);
        QCOMPARE(model.headerData(TimeWeekModel::LastDay, Qt::Horizontal).toString(),
                 u"Sun 6/12"_s);
        QCOMPARE(model.weekTotal(), 615);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, TimeWeekModel::Total)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(2, 1)) & Qt::ItemIsEditable));
    }

    void typingStoresMinutesThroughTheWriter()
    {
        TimeWeekModel model;
        model.setLocale(QLocale());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Write> writes;
        model.setWriter([&writes](const TimeWeekRow &row, const QDate &day, int minutes) {
            writes.append({ row.accountId, row.contractId, day, minutes });
            return Status {};
        });
        model.setWeek(kMonday, { weekRow(1, u"Acme"_s, 7, u"C-7"_s, {}) });

        QVERIFY(model.setData(model.index(0, 2), u"1:30"_s));
        QVERIFY(model.setData(model.index(0, 3), u"1.5"_s));
        QVERIFY(model.setData(model.index(0, 4), u" 2h 15m "_s));
        QCOMPARE(writes,
                 QList<Write>({ { 1, 7, QDate(2026, 12, 1), 90 },
                                { 1, 7, QDate(2026, 12, 2), 90 },
                                { 1, 7, QDate(2026, 12, 3), 135 } }));
        QCOMPARE(rowTexts(model, 1),
                 QStringList(
                     { u"Total"_s, {}, u"1:30"_s, u"1:30"_s, u"2:15"_s, {}, {}, {}, u"5:15"_s }));
        QVERIFY(model.lastError().isEmpty());

        // The same value again writes nothing; clearing writes 0.
        QVERIFY(model.setData(model.index(0, 2), u"1:30"_s));
        QCOMPARE(writes.size(), 3);
        QVERIFY(model.setData(model.index(0, 2), QString()));
        QCOMPARE(writes.last(), (Write { 1, 7, QDate(2026, 12, 1), 0 }));
        QCOMPARE(model.index(0, 2).data(TimeWeekModel::MinutesRole).toInt(), 0);
        QCOMPARE(model.index(0, TimeWeekModel::Total).data().toString(), u"3:45"_s);
    }

    void aBadValueKeepsTheOldOneWithTheSentence()
    {
        TimeWeekModel model;
        model.setLocale(QLocale());
        int writes = 0;
        model.setWriter([&writes](const TimeWeekRow &, const QDate &, int) {
            ++writes;
            return Status {};
        });
        model.setWeek(kMonday,
                      { weekRow(1, u"Acme"_s, 0, {}, { 60, 0, 0, 0, 0, 0, 0 }),
                        weekRow(2, u"Borneo"_s, 0, {}, { 1380, 0, 0, 0, 0, 0, 0 }) });
        for (const QString &bad : { u"abc"_s, u"-1"_s, u"25:00"_s }) {
            QVERIFY2(!model.setData(model.index(0, 1), bad), qPrintable(bad));
            QVERIFY2(!model.lastError().isEmpty(), qPrintable(bad));
            QCOMPARE(model.index(0, 1).data().toString(), u"1:00"_s);
        }
        // 1:30 + 23:00 on Monday is over 24 hours: refused before the writer is asked.
        QVERIFY(!model.setData(model.index(0, 1), u"1:30"_s));
        QCOMPARE(model.lastError(),
                 u"1:30 would make 24:30 on Monday, November 30, 2026; one person logs at most "
                 "24:00 a day."_s);
        QCOMPARE(writes, 0);

        // What the writer refuses stays unwritten too, with its sentence.
        model.setWriter([](const TimeWeekRow &, const QDate &, int) {
            return Status { Error { u"The entry is invoiced."_s } };
        });
        QVERIFY(!model.setData(model.index(0, 2), u"0:45"_s));
        QCOMPARE(model.lastError(), u"The entry is invoiced."_s);
        QCOMPARE(model.index(0, 2).data().toString(), QString());
    }

    void invoicedCellsAreReadOnly()
    {
        TimeWeekModel model;
        model.setWeek(kMonday, { weekRow(1, u"Acme"_s, 7, u"C-7"_s, { 60, 0, 0, 0, 0, 0, 0 }) },
                      { { 1, 7, kMonday } });
        QVERIFY(model.isLocked(0, 1));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, 2)) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(model.index(0, 1), u"2:00"_s));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
                 u"Invoiced: this time can no longer be changed."_s);
    }

    void addRowsAddsOnlyNewPairsWithoutMinutes()
    {
        TimeWeekModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(kMonday, { weekRow(1, u"Acme"_s, 7, u"C-7"_s, { 60, 0, 0, 0, 0, 0, 0 }) });
        QCOMPARE(model.addRows({ weekRow(1, u"Acme"_s, 7, u"C-7"_s, { 30, 0, 0, 0, 0, 0, 0 }),
                                 weekRow(1, u"Acme"_s, 0, {}, { 30, 0, 0, 0, 0, 0, 0 }),
                                 weekRow(3, u"Cendana"_s, 0, {}, {}),
                                 weekRow(3, u"Cendana"_s, 0, {}, {}) }),
                 2);
        QCOMPARE(model.entryRowCount(), 3);
        QCOMPARE(model.weekRow(1).accountId, 1);
        QCOMPARE(model.weekRow(1).minutes, (std::array<int, 7> {}));
        QCOMPARE(model.weekRow(2).accountName, u"Cendana"_s);
        QCOMPARE(model.weekTotal(), 60);

        // Into an empty week: the totals row comes with the first row.
        model.setWeek(kMonday, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.addRows({ weekRow(3, u"Cendana"_s, 0, {}, {}) }), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rowTexts(model, 1), QStringList({ u"Total"_s, {}, {}, {}, {}, {}, {}, {}, {} }));
    }

    void listShowsEntriesAndSortsByValue()
    {
        TimeEntryListModel model;
        model.setLocale(QLocale());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TimeEntryRow first = entryRow(1, QDate(2026, 12, 1), u"Acme"_s, 90, 12'000, true);
        first.entry.start = QTime(9, 0);
        first.entry.end = QTime(10, 30);
        first.contractReference = u"C-7"_s;
        first.entry.description = u"Workshop"_s;
        TimeEntryRow second
            = entryRow(2, QDate(2026, 12, 2), u"Borneo"_s, 7, 10'000, false, TimeState::Invoiced);
        second.overlaps = true;
        TimeEntryRow third = entryRow(3, QDate(2026, 11, 30), u"Cendana"_s, 600, 9'999, true);
        third.entry.description = u"Audit"_s;
        model.setRows({ first, second, third });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TimeEntryListModel::ColumnCount));
        // Newest first.
        QCOMPARE(model.index(0, 0).data(TimeEntryListModel::IdRole).toLongLong(), 2);
        QCOMPARE(rowTexts(model, 1),
                 QStringList({ u"12/1/26"_s,
                               u"Dewi"_s,
                               u"Acme"_s,
                               u"C-7"_s,
                               {},
                               u"09:00"_s,
                               u"10:30"_s,
                               u"1:30"_s,
                               u"Workshop"_s,
                               u"Billable"_s,
                               u"Open"_s,
                               u"$120/h"_s,
                               u"$180.00"_s }));
        // 7 minutes at 100.00 an hour: 11.666… → 11.67; 600 minutes at 99.99: 999.90.
        QCOMPARE(model.index(0, TimeEntryListModel::Value).data().toString(), u"$11.67"_s);
        QCOMPARE(model.index(0, TimeEntryListModel::State).data().toString(),
                 u"Invoiced, overlaps"_s);
        QCOMPARE(model.index(0, TimeEntryListModel::State).data(Qt::ToolTipRole).toString(),
                 u"Another entry of Dewi overlaps this one in time."_s);
        QCOMPARE(model.index(2, TimeEntryListModel::Value).data().toString(), u"$999.90"_s);
        QCOMPARE(model.index(2, TimeEntryListModel::Rate).data().toString(), u"$99.99/h"_s);

        model.sort(TimeEntryListModel::Duration, Qt::AscendingOrder);
        QCOMPARE(model.entryRow(0).entry.id, 2);
        QCOMPARE(model.entryRow(1).entry.id, 1);
        QCOMPARE(model.entryRow(2).entry.id, 3);
        model.sort(TimeEntryListModel::Value, Qt::DescendingOrder);
        QCOMPARE(model.entryRow(0).entry.id, 3);
        QCOMPARE(model.rowOf(2), 2);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.totalMinutes(), 697);
        QCOMPARE(model.billableMinutes(), 690);

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TimeModels)
#include "tst_timemodels.moc"
