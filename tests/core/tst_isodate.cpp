#include "domain/isodate.h"
#include "storage/sqlvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_IsoDate final : public QObject
{
    Q_OBJECT

private slots:
    // The columns' dates and timestamps read by hand come out as Qt reads them.
    void readsColumnsAsQtDoes()
    {
        for (const QString &text : { u"2026-03-31T23:59:07"_s, u"2024-02-29T00:00:00"_s,
                                     u"1900-01-01T12:30:45"_s }) {
            QCOMPARE(cd::sql::toDateTime(text), QDateTime::fromString(text, Qt::ISODate));
            QCOMPARE(cd::sql::toDateTime(text).timeSpec(), Qt::LocalTime);
        }
        // Not the stored shape: read the way Qt reads ISO text, or not at all.
        QCOMPARE(cd::sql::toDateTime(u"2026-03-31T23:59"_s),
                 QDateTime::fromString(u"2026-03-31T23:59"_s, Qt::ISODate));
        QVERIFY(!cd::sql::toDateTime(u"2026-02-30T10:00:00"_s).isValid());
        QVERIFY(!cd::sql::toDateTime(u"2026-03-31T24:61:00"_s).isValid());
        QVERIFY(!cd::sql::toDateTime(QVariant()).isValid());
        QCOMPARE(cd::sql::toDate(u"2026-03-31"_s), QDate(2026, 3, 31));
        QVERIFY(!cd::sql::toDate(u"2026-02-30"_s).isValid());
        QVERIFY(!cd::sql::toDate(QVariant()).isValid());
    }

    void readsDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("a day") << u"2024-03-31"_s << QDate(2024, 3, 31) << true;
        QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29) << true;
        QTest::newRow("no leap day") << u"2026-02-29"_s << QDate() << true;
        QTest::newRow("month 13") << u"2026-13-01"_s << QDate() << true;
        QTest::newRow("day 00") << u"2026-01-00"_s << QDate() << true;
        QTest::newRow("day first") << u"31-03-2024"_s << QDate() << false;
        QTest::newRow("slashes") << u"2024/03/31"_s << QDate() << false;
        QTest::newRow("no zero padding") << u"2024-3-31"_s << QDate() << false;
        QTest::newRow("timestamp") << u"2024-03-31T10:00"_s << QDate() << false;
        QTest::newRow("spaces") << u" 2024-03-31"_s << QDate() << false;
        QTest::newRow("other digits") << u"２０２４-０３-３１"_s << QDate() << false;
        QTest::newRow("empty") << QString() << QDate() << false;
    }
    void readsDays()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(bool, wellFormed);
        bool shaped = !wellFormed;
        QCOMPARE(cd::parseIsoDate(text, &shaped), date);
        QCOMPARE(shaped, wellFormed);
    }

    void readsTheDateAtTheStartOfBytes()
    {
        const QByteArray stamp = "2024-03-31T10:15:00";
        QCOMPARE(cd::parseIsoDatePrefix(stamp.constData(), stamp.size()), QDate(2024, 3, 31));
        QCOMPARE(cd::parseIsoDatePrefix(stamp.constData(), 9), QDate());
        QCOMPARE(cd::parseIsoDatePrefix("2024-02-30", 10), QDate());
        QCOMPARE(cd::parseIsoDatePrefix("2024-0x-30", 10), QDate());
        QCOMPARE(cd::parseIsoDatePrefix(nullptr, 10), QDate());
    }

    void datesAreWithinReason()
    {
        QCOMPARE(cd::earliestDate(), QDate(1900, 1, 1));
        QCOMPARE(cd::latestDate(), QDate(2199, 12, 31));
        QVERIFY(cd::isWithinDateRange(QDate(1900, 1, 1)));
        QVERIFY(cd::isWithinDateRange(QDate(2199, 12, 31)));
        QVERIFY(!cd::isWithinDateRange(QDate(1899, 12, 31)));
        QVERIFY(!cd::isWithinDateRange(QDate(2200, 1, 1)));
        QVERIFY(!cd::isWithinDateRange(QDate(1, 1, 1)));
        QVERIFY(!cd::isWithinDateRange(QDate(9999, 12, 31)));
        QVERIFY(!cd::isWithinDateRange(QDate()));
        const QString reason = cd::outOfDateRangeReason(QDate(9999, 12, 31));
        QVERIFY2(reason.contains(u"9999-12-31"_s) && reason.contains(u"1900-01-01"_s)
                     && reason.contains(u"2199-12-31"_s),
                 qPrintable(reason));
    }
};

QTEST_APPLESS_MAIN(tst_IsoDate)
#include "tst_isodate.moc"
