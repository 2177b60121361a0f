#include "io/import/importfields.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;
using cd::importing::ImportFields;

// The importer's reading of one row's fields: each value parsed or a problem of its line
// and column, in the file's column order.
class tst_ImportFields final : public QObject
{
    Q_OBJECT

    static CsvRecord record(const QStringList &fields)
    {
        CsvRecord r;
        r.line = 7;
        r.fields = fields;
        return r;
    }

private slots:
    void valuesByMapping()
    {
        ImportFields f({ { u"name"_s, 1 }, { u"city"_s, 0 } });
        const CsvRecord r = record({ u" Bandung "_s, u"Toko Sinar"_s });
        f.setRecord(&r);
        QCOMPARE(f.value(u"name"_s), u"Toko Sinar"_s);
        QCOMPARE(f.value(u"city"_s), u"Bandung"_s);
        QCOMPARE(f.value(u"email"_s), QString());
        QString text;
        QVERIFY(!f.required(7, u"email"_s, &text));
        QCOMPARE(f.problemCount(), 1);
        const auto problems = f.takeProblems();
        QCOMPARE(problems.first().toString(), u"7: email: is empty; it is required"_s);
        QCOMPARE(f.problemCount(), 0);
    }

    void dates()
    {
        ImportFields f({ { u"date"_s, 0 } });
        CsvRecord r = record({ u"2024-03-31"_s });
        f.setRecord(&r);
        QCOMPARE(f.date(7, u"date"_s), QDate(2024, 3, 31));
        r.fields = { u"31/03/2024"_s };
        QVERIFY(!f.date(7, u"date"_s).isValid());
        r.fields = { u"2024-02-30"_s };
        QVERIFY(!f.date(7, u"date"_s).isValid());
        const auto problems = f.takeProblems();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).reason.contains(u"YYYY-MM-DD"_s));
        QVERIFY(problems.at(1).reason.contains(u"not a day of the calendar"_s));
    }

    void moneyNumbersFlagsCodes()
    {
        ImportFields f(
            { { u"amount"_s, 0 }, { u"quantity"_s, 1 }, { u"auto_renew"_s, 2 }, { u"kind"_s, 3 } });
        f.setCurrency(u"EUR"_s);
        CsvRecord r = record({ u"15.25"_s, u"3"_s, u"yes"_s, u"client"_s });
        f.setRecord(&r);
        QCOMPARE(f.money(7, u"amount"_s), std::optional<qint64>(1525));
        QCOMPARE(f.number(7, u"quantity"_s, 1), std::optional<int>(3));
        QVERIFY(f.flag(7, u"auto_renew"_s));
        QCOMPARE(f.code<AccountKind>(7, u"kind"_s), std::optional(AccountKind::Client));
        QCOMPARE(f.problemCount(), 0);

        r.fields = { u"lots"_s, u"0"_s, u"perhaps"_s, u"partner"_s };
        QVERIFY(!f.money(7, u"amount"_s));
        QVERIFY(!f.number(7, u"quantity"_s, 1));
        QVERIFY(!f.flag(7, u"auto_renew"_s));
        QVERIFY(!f.code<AccountKind>(7, u"kind"_s));
        const auto problems = f.takeProblems();
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(1).toString(), u"7: quantity: 0 is less than 1"_s);
        QVERIFY(problems.at(2).reason.contains(u"is not yes or no"_s));
        QVERIFY(problems.at(3).reason.contains(u"is not one of"_s));
    }

    void controlCharacters()
    {
        ImportFields f({ { u"notes"_s, 1 }, { u"name"_s, 0 } });
        CsvRecord r = record({ u"Toko\x1b[2J"_s, u"line one\nline two\tend"_s });
        f.setRecord(&r);
        QVERIFY(!f.controlCharactersFree(7));
        const auto problems = f.takeProblems();
        QCOMPARE(problems.size(), 1); // tabs and line breaks are text in notes
        QCOMPARE(problems.first().column, u"name"_s);
        r.fields = { u"Toko"_s, u"line one\nline two"_s };
        QVERIFY(f.controlCharactersFree(7));
    }
};

QTEST_GUILESS_MAIN(tst_ImportFields)
#include "tst_importfields.moc"
