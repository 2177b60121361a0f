#include "storage/addresspassword.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

// A password in a postgresql:// address, in either place libpq reads it, is found and is
// never part of the address as shown.
class tst_AddressPassword final : public QObject
{
    Q_OBJECT

private slots:
    void passwordIsFoundAndRemoved_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("shown");

        QTest::newRow("none") << u"postgresql://ann@db/firm"_s << QString()
                              << u"postgresql://ann@db/firm"_s;
        QTest::newRow("user info") << u"postgresql://ann:s3cret@db:5433/firm"_s << u"s3cret"_s
                                   << u"postgresql://ann@db:5433/firm"_s;
        QTest::newRow("parameter") << u"postgresql://ann@db/firm?password=s3cret"_s << u"s3cret"_s
                                   << u"postgresql://ann@db/firm"_s;
        QTest::newRow("parameter among others")
            << u"postgresql://ann@db/firm?sslmode=require&password=a%26b%3Dc&application_name=x"_s
            << u"a&b=c"_s << u"postgresql://ann@db/firm?sslmode=require&application_name=x"_s;
        QTest::newRow("twice and in user info")
            << u"postgres://ann:first@db/firm?password=second&password=third"_s << u"first"_s
            << u"postgres://ann@db/firm"_s;
    }
    void passwordIsFoundAndRemoved()
    {
        QFETCH(QString, address);
        QFETCH(QString, password);
        QFETCH(QString, shown);
        const QUrl url(address, QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(addressPassword(url), password);
        QCOMPARE(addressWithoutPassword(url), shown);
        QCOMPARE(addressGivesPassword(address), !password.isEmpty());
    }

    void onlyServerAddressesGivePasswords()
    {
        QVERIFY(!addressGivesPassword(u"/home/sari/password=x.sqlite"_s));
        QVERIFY(!addressGivesPassword(u"file://ann:pw@host/x.sqlite"_s));
        QVERIFY(addressGivesPassword(u"POSTGRESQL://ann:pw@host/x"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AddressPassword)
#include "tst_addresspassword.moc"
