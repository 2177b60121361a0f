// InvoiceRules (issue 27): a line's amount, net and tax rounded half away from zero, with
// prices before or including tax, credit notes' negative lines, the totals, what stops an
// invoice from being issued, overdue, and the state a payment leaves. Every figure by hand.

#include "domain/invoicerules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_InvoiceRules final : public QObject
{
    Q_OBJECT

    static InvoiceLine line(qint64 amount, std::optional<int> bp)
    {
        InvoiceLine l;
        l.description = u"Work"_s;
        l.amountMinor = amount;
        l.taxRateBp = bp;
        return l;
    }

private slots:
    void lineAmountRoundsHalfAwayFromZero()
    {
        // 1.5 h × 333.33 = 499.995 → 500.00; 2.5 × 0.01 = 0.025 → 0.03
        QCOMPARE(InvoiceRules::lineAmount(1500, 33333), std::optional<qint64>(50000));
        QCOMPARE(InvoiceRules::lineAmount(2500, 1), std::optional<qint64>(3));
        QCOMPARE(InvoiceRules::lineAmount(2500, -1), std::optional<qint64>(-3));
        QCOMPARE(InvoiceRules::lineAmount(1500, -33333), std::optional<qint64>(-50000));
        QCOMPARE(InvoiceRules::lineAmount(1000, 0), std::optional<qint64>(0));
        QVERIFY(!InvoiceRules::lineAmount(1000000000, 999999999999999));
    }

    void pricesBeforeTax_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("bp");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("tax");
        // 1,000,000.00 IDR at 11 %: 110,000.00
        QTest::newRow("PPN") << qint64(100000000) << 1100 << qint64(100000000) << qint64(11000000);
        // 9.99 at 11 % = 1.0989 → 1.10
        QTest::newRow("odd") << qint64(999) << 1100 << qint64(999) << qint64(110);
        // 0.50 at 11 % = 0.055 → 0.06; its credit −0.06
        QTest::newRow("half") << qint64(50) << 1100 << qint64(50) << qint64(6);
        QTest::newRow("half negative") << qint64(-50) << 1100 << qint64(-50) << qint64(-6);
        // 1.50 at 11 % = 0.165 → 0.17
        QTest::newRow("half up") << qint64(150) << 1100 << qint64(150) << qint64(17);
        QTest::newRow("credit") << qint64(-10000000) << 1100 << qint64(-10000000)
                                << qint64(-1100000);
        QTest::newRow("12.5 %") << qint64(333) << 1250 << qint64(333) << qint64(42); // 41.625
        QTest::newRow("zero rate") << qint64(12345) << 0 << qint64(12345) << qint64(0);
    }
    void pricesBeforeTax()
    {
        QFETCH(qint64, amount);
        QFETCH(int, bp);
        InvoiceLine l = line(amount, bp);
        InvoiceRules::price(l, false);
        QTEST(l.netMinor, "net");
        QTEST(l.taxMinor, "tax");
    }

    void pricesIncludingTax_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("bp");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("tax");
        // 1,110,000.00 IDR including 11 %: 1,000,000.00 and 110,000.00
        QTest::newRow("PPN") << qint64(111000000) << 1100 << qint64(100000000) << qint64(11000000);
        // 9.99 including 11 %: tax 9.99 × 11 ÷ 111 = 0.99
        QTest::newRow("odd") << qint64(999) << 1100 << qint64(900) << qint64(99);
        // 1,000,000.00 including 11 %: tax 99,099.099… → 99,099.10
        QTest::newRow("not round")
            << qint64(100000000) << 1100 << qint64(90090090) << qint64(9909910);
        // 0.03 including 100 %: tax 0.015 → 0.02, net 0.01; negative the same way down
        QTest::newRow("half") << qint64(3) << 10000 << qint64(1) << qint64(2);
        QTest::newRow("half negative") << qint64(-3) << 10000 << qint64(-1) << qint64(-2);
        QTest::newRow("credit") << qint64(-111000000) << 1100 << qint64(-100000000)
                                << qint64(-11000000);
    }
    void pricesIncludingTax()
    {
        QFETCH(qint64, amount);
        QFETCH(int, bp);
        InvoiceLine l = line(amount, bp);
        InvoiceRules::price(l, true);
        QTEST(l.netMinor, "net");
        QTEST(l.taxMinor, "tax");
        QCOMPARE(l.netMinor + l.taxMinor, amount);
    }

    void noTaxLine()
    {
        InvoiceLine l = line(12345, std::nullopt);
        InvoiceRules::price(l, true);
        QCOMPARE(l.netMinor, 12345);
        QCOMPARE(l.taxMinor, 0);
    }

    void totalsAreTheLinesSums()
    {
        Invoice invoice;
        invoice.currency = u"IDR"_s;
        invoice.lines = { line(100000000, 1100), line(999, 1100), line(5000000, std::nullopt) };
        QVERIFY(InvoiceRules::total(invoice).ok());
        QCOMPARE(invoice.netMinor, 100000000 + 999 + 5000000);
        QCOMPARE(invoice.taxMinor, 11000000 + 110);
        QCOMPARE(invoice.totalMinor, 105000999 + 11000110);
        QCOMPARE(invoice.lines.at(1).taxMinor, 110);

        invoice.lines = { line(999999999999999, std::nullopt), line(1, std::nullopt) };
        const Status tooMuch = InvoiceRules::total(invoice);
        QVERIFY(!tooMuch);
        QVERIFY2(tooMuch.error().startsWith(u"Line 2 takes the invoice's total beyond"_s),
                 qPrintable(tooMuch.error()));
    }

    void issueProblems()
    {
        Invoice invoice;
        invoice.date = { 2026, 3, 31 };
        invoice.dueDate = { 2026, 4, 30 };
        QCOMPARE(InvoiceRules::issueProblem(invoice),
                 u"An invoice without lines cannot be issued; add what it bills."_s);
        invoice.lines = { line(0, std::nullopt) };
        QVERIFY(InvoiceRules::total(invoice).ok());
        QCOMPARE(InvoiceRules::issueProblem(invoice),
                 u"An invoice with a total of zero cannot be issued."_s);
        invoice.lines = { line(-100, std::nullopt) };
        QVERIFY(InvoiceRules::total(invoice).ok());
        QCOMPARE(InvoiceRules::issueProblem(invoice),
                 u"An invoice's total cannot be below zero; issue a credit note to give money "
                 "back."_s);
        invoice.lines = { line(100, std::nullopt) };
        invoice.lines[0].description = u" "_s;
        QVERIFY(InvoiceRules::total(invoice).ok());
        QCOMPARE(InvoiceRules::issueProblem(invoice),
                 u"Line 1 has no description; say what it bills."_s);
        invoice.lines[0].description = u"Work"_s;
        QCOMPARE(InvoiceRules::issueProblem(invoice), QString());
        invoice.dueDate = { 2026, 3, 30 };
        QCOMPARE(InvoiceRules::issueProblem(invoice),
                 u"The due date 2026-03-30 is before the invoice's date 2026-03-31."_s);

        Invoice credit = invoice;
        credit.dueDate = credit.date;
        credit.series = InvoiceSeries::CreditNote;
        QCOMPARE(InvoiceRules::issueProblem(credit),
                 u"A credit note's total must be below zero."_s);
        credit.lines = { line(-100, 1100) };
        QVERIFY(InvoiceRules::total(credit).ok());
        QCOMPARE(credit.totalMinor, -111);
        QCOMPARE(InvoiceRules::issueProblem(credit), QString());
    }

    void overdue()
    {
        Invoice invoice;
        invoice.date = { 2026, 3, 31 };
        invoice.dueDate = { 2026, 4, 30 };
        invoice.state = InvoiceState::Issued;
        QVERIFY(!InvoiceRules::isOverdue(invoice, { 2026, 4, 30 }));
        QVERIFY(InvoiceRules::isOverdue(invoice, { 2026, 5, 1 }));
        QCOMPARE(InvoiceRules::daysOverdue(invoice, { 2026, 5, 31 }), 31);
        invoice.state = InvoiceState::PartlyPaid;
        QCOMPARE(InvoiceRules::daysOverdue(invoice, { 2026, 5, 1 }), 1);
        for (const InvoiceState s :
             { InvoiceState::Draft, InvoiceState::Paid, InvoiceState::Void }) {
            invoice.state = s;
            QVERIFY(!InvoiceRules::isOverdue(invoice, { 2026, 12, 31 }));
            QCOMPARE(InvoiceRules::daysOverdue(invoice, { 2026, 12, 31 }), 0);
        }
    }

    void stateWhenPaid()
    {
        QCOMPARE(InvoiceRules::stateWhenPaid(111000000, 0), InvoiceState::Issued);
        QCOMPARE(InvoiceRules::stateWhenPaid(111000000, 1), InvoiceState::PartlyPaid);
        QCOMPARE(InvoiceRules::stateWhenPaid(111000000, 110999999), InvoiceState::PartlyPaid);
        QCOMPARE(InvoiceRules::stateWhenPaid(111000000, 111000000), InvoiceState::Paid);
        QCOMPARE(InvoiceRules::stateWhenPaid(-11100, 0), InvoiceState::Paid); // a credit note
    }

    void codes()
    {
        QCOMPARE(toCode(InvoiceState::PartlyPaid), u"partly_paid"_s);
        QCOMPARE(invoiceStateFromCode(u"void"_s), std::optional(InvoiceState::Void));
        QVERIFY(!invoiceStateFromCode(u"overdue"_s));
        QCOMPARE(toCode(InvoiceSeries::CreditNote), u"credit_note"_s);
    }
};

QTEST_GUILESS_MAIN(tst_InvoiceRules)
#include "tst_invoicerules.moc"
