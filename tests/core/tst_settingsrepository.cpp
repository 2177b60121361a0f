#include "repositorytestsupport.h"

#include "storage/settingsrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::HealthWeights;
using cd::SettingsRepository;
using cd::Status;

class tst_SettingsRepository final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void setGetReplaceRemove()
    {
        SettingsRepository settings(m_t.db());
        QCOMPARE(*settings.value(u"firm"_s), std::nullopt);
        QCOMPARE(*settings.value(u"firm"_s, u"fallback"_s), u"fallback"_s);

        QVERIFY(settings.setValue(u"firm"_s, u"PT Konsultan; 'quoted'"_s).ok());
        QCOMPARE(settings.value(u"firm"_s)->value(), u"PT Konsultan; 'quoted'"_s);
        QVERIFY(settings.setValue(u"firm"_s, u"Other"_s).ok());
        QCOMPARE(*settings.value(u"firm"_s, u"fallback"_s), u"Other"_s);
        QCOMPARE(m_t.count(u"settings"_s), 1);

        QVERIFY(settings.setValue(u"empty"_s, QString()).ok());
        QCOMPARE(settings.value(u"empty"_s)->value(), QString());
        QVERIFY(settings.value(u"empty"_s)->has_value());

        const auto all = settings.all();
        QVERIFY(all.ok());
        QCOMPARE(all->keys(), (QStringList { u"empty"_s, u"firm"_s }));

        QVERIFY(settings.remove(u"firm"_s).ok());
        QVERIFY(settings.remove(u"never-set"_s).ok());
        QCOMPARE(*settings.value(u"firm"_s), std::nullopt);
        QCOMPARE(m_t.count(u"settings"_s), 1);
    }

    void emptyKeyIsRefused()
    {
        SettingsRepository settings(m_t.db());
        const auto st = settings.setValue(u"  "_s, u"x"_s);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(), u"A setting needs a key."_s);
        QVERIFY(!settings.value(QString()).ok());
        QCOMPARE(m_t.count(u"settings"_s), 0);
    }

    void typedValues()
    {
        SettingsRepository settings(m_t.db());
        QCOMPARE(*settings.intValue(u"days"_s, 90), 90);
        QVERIFY(settings.setIntValue(u"days"_s, -12).ok());
        QCOMPARE(*settings.intValue(u"days"_s, 90), -12);

        QCOMPARE(*settings.boolValue(u"flag"_s, true), true);
        QVERIFY(settings.setBoolValue(u"flag"_s, false).ok());
        QCOMPARE(settings.value(u"flag"_s)->value(), u"false"_s);
        QCOMPARE(*settings.boolValue(u"flag"_s, true), false);
        for (const QString &yes : { u"TRUE"_s, u" yes"_s, u"1"_s }) {
            QVERIFY(settings.setValue(u"flag"_s, yes).ok());
            QCOMPARE(*settings.boolValue(u"flag"_s, false), true);
        }

        QCOMPARE(*settings.dateValue(u"since"_s, QDate(2020, 1, 1)), QDate(2020, 1, 1));
        QVERIFY(settings.setDateValue(u"since"_s, QDate(2024, 2, 29)).ok());
        QCOMPARE(settings.value(u"since"_s)->value(), u"2024-02-29"_s);
        QCOMPARE(*settings.dateValue(u"since"_s, {}), QDate(2024, 2, 29));
        const auto invalidDate = settings.setDateValue(u"since"_s, QDate());
        QVERIFY(!invalidDate.ok());
        QCOMPARE(invalidDate.error(), u"The setting “since” needs a valid date."_s);
        QCOMPARE(settings.value(u"since"_s)->value(), u"2024-02-29"_s);
    }

    void malformedTypedValuesAreErrors()
    {
        SettingsRepository settings(m_t.db());
        QVERIFY(settings.setValue(u"days"_s, u"ninety"_s).ok());
        QVERIFY(settings.setValue(u"flag"_s, u"maybe"_s).ok());
        QVERIFY(settings.setValue(u"since"_s, u"2024-02-30"_s).ok());
        const auto days = settings.intValue(u"days"_s, 90);
        QVERIFY(!days.ok());
        QCOMPARE(days.error(),
                 u"The setting “days” holds “ninety”, which is not a whole number."_s);
        const auto flag = settings.boolValue(u"flag"_s, true);
        QVERIFY(!flag.ok());
        QCOMPARE(flag.error(),
                 u"The setting “flag” holds “maybe”, which is neither true nor false."_s);
        const auto since = settings.dateValue(u"since"_s, {});
        QVERIFY(!since.ok());
        QCOMPARE(since.error(),
                 u"The setting “since” holds “2024-02-30”, which is not a date (YYYY-MM-DD)."_s);
    }

    void healthWeightsRoundTripAndRefuseBadValues()
    {
        SettingsRepository settings(m_t.db());
        QCOMPARE(*settings.healthWeights(), HealthWeights());
        HealthWeights weights;
        weights.noContract = 0;
        weights.noticeSoon = 40;
        QVERIFY(settings.setHealthWeights(weights).ok());
        QCOMPARE(*settings.healthWeights(), weights);
        QCOMPARE(settings.value(u"health_notice_30"_s)->value(), u"40"_s);

        // Nothing is written when one value is bad.
        HealthWeights bad = weights;
        bad.noContactLong = 500;
        bad.requestLate = 1;
        QVERIFY(!settings.setHealthWeights(bad).ok());
        QCOMPARE(*settings.healthWeights(), weights);

        // A hand-edited value is named when read.
        QVERIFY(settings.setValue(u"health_request_late"_s, u"lots"_s).ok());
        const auto read = settings.healthWeights();
        QVERIFY(!read.ok());
        QVERIFY(read.error().contains(u"health_request_late"_s));
        QVERIFY(settings.setValue(u"health_request_late"_s, u"1000"_s).ok());
        QVERIFY(!settings.healthWeights().ok());
    }

    void firmCurrencyIsAnIsoCode()
    {
        SettingsRepository settings(m_t.db());
        QCOMPARE(settings.firmCurrency(), u"IDR"_s);
        QVERIFY(settings.setFirmCurrency(u" usd "_s).ok());
        QCOMPARE(settings.firmCurrency(), u"USD"_s);
        const Status bad = settings.setFirmCurrency(u"dollars"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(u"“dollars” is not a currency code"_s));
        QCOMPARE(settings.firmCurrency(), u"USD"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SettingsRepository)
#include "tst_settingsrepository.moc"
