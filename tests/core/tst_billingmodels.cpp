// The billing lists (issue 27): the invoices and credit notes of the Contracts area (texts,
// "Overdue, N days", drafts without a number, sorting by value, what is owed per currency)
// and the receivables' aging (buckets, a total row per currency that never adds currencies).
#include "models/agingmodel.h"
#include "models/invoicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

InvoiceService::Row invoiceRow(qint64 id, const QString &number, QDate date, qint64 total,
                               qint64 paid, InvoiceState state, int daysOverdue = 0)
{
    InvoiceService::Row row;
    row.id = id;
    row.number = number;
    row.accountId = 7;
    row.accountName = u"Acme Consulting"_s;
    row.contractId = 3;
    row.contractReference = u"C-2026-00003"_s;
    row.date = date;
    row.dueDate = date.addDays(30);
    row.currency = u"USD"_s;
    row.totalMinor = total;
    row.taxMinor = total * 11 / 111;
    row.netMinor = total - row.taxMinor;
    row.paidMinor = paid;
    row.owedMinor = state == InvoiceState::Draft || state == InvoiceState::Void ? 0 : total - paid;
    row.state = state;
    row.daysOverdue = daysOverdue;
    return row;
}

InvoiceService::AgingRow agingRow(qint64 account, const QString &name, const QString &currency,
                                  std::array<qint64, 5> buckets)
{
    InvoiceService::AgingRow row;
    row.accountId = account;
    row.accountName = name;
    row.currency = currency;
    row.currentMinor = buckets[0];
    row.days1to30Minor = buckets[1];
    row.days31to60Minor = buckets[2];
    row.days61to90Minor = buckets[3];
    row.over90Minor = buckets[4];
    row.totalMinor = buckets[0] + buckets[1] + buckets[2] + buckets[3] + buckets[4];
    return row;
}

} // namespace

class tst_BillingModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void invoiceList()
    {
        InvoiceListModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 111.00 with 11 % inside: tax 11.00, net 100.00; 12 days past due, 50.00 paid.
        const auto overdue = invoiceRow(1, u"INV/2026/00001"_s, QDate(2026, 10, 31), 11100, 5000,
                                        InvoiceState::PartlyPaid, 12);
        const auto draft = invoiceRow(2, {}, QDate(2026, 11, 30), 22200, 0, InvoiceState::Draft);
        auto credit
            = invoiceRow(3, u"CN/2026/00001"_s, QDate(2026, 11, 15), -1110, 0, InvoiceState::Paid);
        credit.creditNote = true;
        credit.owedMinor = 0;
        const auto late = invoiceRow(4, u"INV/2026/00002"_s, QDate(2026, 9, 30), 3330, 0,
                                     InvoiceState::Issued, 1);
        model.setRows({ overdue, draft, credit, late });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(InvoiceListModel::ColumnCount));
        // Newest first.
        QCOMPARE(model.index(0, 0).data(InvoiceListModel::IdRole).toLongLong(), 2);
        QCOMPARE(rowTexts(model, 0),
                 QStringList({ u"Draft"_s,
                               u"Acme Consulting"_s,
                               u"C-2026-00003"_s,
                               u"11/30/26"_s,
                               u"12/30/26"_s,
                               u"USD"_s,
                               u"$200.00"_s,
                               u"$22.00"_s,
                               u"$222.00"_s,
                               {},
                               {},
                               u"Draft"_s }));
        QVERIFY(model.index(0, 0).data(InvoiceListModel::DraftRole).toBool());
        QCOMPARE(rowTexts(model, 2),
                 QStringList({ u"INV/2026/00001"_s, u"Acme Consulting"_s, u"C-2026-00003"_s,
                               u"10/31/26"_s, u"11/30/26"_s, u"USD"_s, u"$100.00"_s, u"$11.00"_s,
                               u"$111.00"_s, u"$50.00"_s, u"$61.00"_s,
                               u"Partly paid, overdue 12 days"_s }));
        QVERIFY(
            model.index(2, InvoiceListModel::State).data(InvoiceListModel::OverdueRole).toBool());
        QCOMPARE(model.index(2, InvoiceListModel::State).data(Qt::ToolTipRole).toString(),
                 u"Due on 11/30/26; $61.00 still owed."_s);
        QCOMPARE(model.index(1, InvoiceListModel::State).data().toString(), u"Credit note, paid"_s);
        QCOMPARE(model.index(1, InvoiceListModel::Total).data().toString(), u"($11.10)"_s);
        QCOMPARE(model.index(3, InvoiceListModel::State).data().toString(), u"Overdue, 1 day"_s);
        QVERIFY(
            !model.index(1, InvoiceListModel::State).data(InvoiceListModel::OverdueRole).toBool());

        // By value: the total, smallest first (the credit note's is below zero).
        model.sort(InvoiceListModel::Total, Qt::AscendingOrder);
        QCOMPARE(model.invoiceRow(0).id, 3);
        QCOMPARE(model.invoiceRow(1).id, 4);
        QCOMPARE(model.invoiceRow(2).id, 1);
        QCOMPARE(model.invoiceRow(3).id, 2);
        // Numbers: the drafts after the numbered ones.
        model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
        QCOMPARE(model.invoiceRow(0).id, 3);
        QCOMPARE(model.invoiceRow(3).id, 2);
        QCOMPARE(model.rowOf(1), 1);
        QCOMPARE(model.rowOf(99), -1);
        // Owed: 61.00 + 33.30.
        const QMap<QString, qint64> owed = model.owedByCurrency();
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed.value(u"USD"_s), 9430);

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.owedByCurrency().isEmpty());
    }

    /// One client's rows (what the client page lists, InvoiceService::list with an account
    /// filter): what they owe and what of it is overdue, per currency; paid, void, draft and
    /// not yet due rows count for neither.
    void owedAndOverduePerCurrency()
    {
        InvoiceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.owedByCurrency().isEmpty());
        QVERIFY(model.overdueByCurrency().isEmpty());
        // USD: 111.00 − 50.00 paid, 12 days late (61.00); 33.30 one day late; 222.00 not due.
        const auto partly = invoiceRow(1, u"INV/2026/00001"_s, QDate(2026, 10, 31), 11100, 5000,
                                       InvoiceState::PartlyPaid, 12);
        const auto late = invoiceRow(2, u"INV/2026/00002"_s, QDate(2026, 9, 30), 3330, 0,
                                     InvoiceState::Issued, 1);
        const auto current = invoiceRow(3, u"INV/2026/00003"_s, QDate(2026, 11, 30), 22200, 0,
                                        InvoiceState::Issued);
        const auto paid = invoiceRow(4, u"INV/2026/00004"_s, QDate(2026, 8, 31), 44400, 44400,
                                     InvoiceState::Paid);
        const auto draft = invoiceRow(5, {}, QDate(2026, 12, 1), 55500, 0, InvoiceState::Draft);
        auto voided
            = invoiceRow(6, u"INV/2026/00005"_s, QDate(2026, 7, 31), 66600, 0, InvoiceState::Void);
        // IDR: 1,000,000.00 not due yet, nothing overdue.
        auto rupiah = invoiceRow(7, u"INV/2026/00006"_s, QDate(2026, 11, 30), 100000000, 0,
                                 InvoiceState::Issued);
        rupiah.currency = u"IDR"_s;
        // EUR: only overdue, 10.00 of 20.00 after a credit note of 10.00.
        auto euro = invoiceRow(8, u"INV/2026/00007"_s, QDate(2026, 6, 30), 2000, 0,
                               InvoiceState::Issued, 100);
        euro.currency = u"EUR"_s;
        euro.owedMinor = 1000;
        model.setRows({ partly, late, current, paid, draft, voided, rupiah, euro });
        QCOMPARE(model.rowCount(), 8);
        const QMap<QString, qint64> owed = model.owedByCurrency();
        QCOMPARE(owed.keys(), QStringList({ u"EUR"_s, u"IDR"_s, u"USD"_s }));
        QCOMPARE(owed.value(u"USD"_s), 6100 + 3330 + 22200);
        QCOMPARE(owed.value(u"IDR"_s), 100000000);
        QCOMPARE(owed.value(u"EUR"_s), 1000);
        const QMap<QString, qint64> overdue = model.overdueByCurrency();
        QCOMPARE(overdue.keys(), QStringList({ u"EUR"_s, u"USD"_s }));
        QCOMPARE(overdue.value(u"USD"_s), 6100 + 3330);
        QCOMPARE(overdue.value(u"EUR"_s), 1000);
        // Sorting changes neither.
        model.sort(InvoiceListModel::Owed, Qt::AscendingOrder);
        QCOMPARE(model.overdueByCurrency(), overdue);
        model.setRows({ paid, draft });
        QVERIFY(model.owedByCurrency().isEmpty());
        QVERIFY(model.overdueByCurrency().isEmpty());
    }

    void sortKeepsSelection()
    {
        InvoiceListModel model;
        model.setRows(
            { invoiceRow(1, u"INV/2026/00001"_s, QDate(2026, 1, 31), 100, 0, InvoiceState::Issued),
              invoiceRow(2, u"INV/2026/00002"_s, QDate(2026, 2, 28), 300, 0, InvoiceState::Issued),
              invoiceRow(3, u"INV/2026/00003"_s, QDate(2026, 3, 31), 200, 0,
                         InvoiceState::Issued) });
        const QPersistentModelIndex held = model.index(model.rowOf(2), 0);
        model.sort(InvoiceListModel::Total, Qt::DescendingOrder);
        QCOMPARE(held.row(), 0);
        QCOMPARE(held.data(InvoiceListModel::IdRole).toLongLong(), 2);
    }

    void aging()
    {
        AgingModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({
            agingRow(2, u"Zeta Works"_s, u"USD"_s, { 10000, 0, 2500, 0, 0 }),
            agingRow(1, u"acme"_s, u"IDR"_s, { 0, 150000000, 0, 0, 990000 }),
            agingRow(1, u"acme"_s, u"USD"_s, { 0, 0, 0, 700, 0 }),
        });
        // Three clients' rows, then a total per currency (IDR, USD); never added across.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.clientRowCount(), 3);
        QCOMPARE(rowTexts(model, 0),
                 QStringList({ u"acme"_s,
                               u"IDR"_s,
                               {},
                               u"1,500,000.00"_s,
                               {},
                               {},
                               u"9,900.00"_s,
                               u"1,509,900.00"_s }));
        QCOMPARE(model.index(2, AgingModel::Client).data().toString(), u"Zeta Works"_s);
        QCOMPARE(rowTexts(model, 4),
                 QStringList({ u"Total in USD"_s,
                               u"USD"_s,
                               u"100.00"_s,
                               {},
                               u"25.00"_s,
                               u"7.00"_s,
                               {},
                               u"132.00"_s }));
        QVERIFY(model.index(4, 0).data(AgingModel::TotalRole).toBool());
        QCOMPARE(model.index(4, 0).data(AgingModel::AccountIdRole).toLongLong(), 0);
        QCOMPARE(model.index(3, 0).data().toString(), u"Total in IDR"_s);
        QCOMPARE(model.totals().at(0).totalMinor, 150990000);
        QCOMPARE(model.index(1, 0).data(AgingModel::AccountIdRole).toLongLong(), 1);

        // The largest amount owed first; the totals stay last.
        model.sort(AgingModel::Total, Qt::DescendingOrder);
        QCOMPARE(model.agingRow(0).currency, u"IDR"_s);
        QCOMPARE(model.agingRow(1).accountName, u"Zeta Works"_s);
        QCOMPARE(model.agingRow(2).totalMinor, 700);
        QVERIFY(model.index(3, 0).data(AgingModel::TotalRole).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_BillingModels)
#include "tst_billingmodels.moc"
