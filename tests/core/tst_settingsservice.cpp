// SettingsService: what Edit > Settings stores for the database, checked first and written in
// one transaction.

#include "repositorytestsupport.h"

#include "services/settingsservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_SettingsService final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

    static SettingsService::FirmSettings changed()
    {
        SettingsService::FirmSettings s;
        s.currency = u" usd "_s;
        s.thresholds.newDays = 60;
        s.thresholds.returningPurchases = 3;
        s.weights.noContract = 40;
        s.backups = { false, 12 };
        return s;
    }

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void aNewDatabaseHasTheDefaults()
    {
        const SettingsService::Stored stored = SettingsService(m_t.db()).firmSettings();
        QVERIFY(stored.problems.isEmpty());
        QCOMPARE(stored.settings.currency, u"IDR"_s);
        QCOMPARE(stored.settings.thresholds, TagThresholds());
        QCOMPARE(stored.settings.weights, HealthWeights());
        QCOMPARE(stored.settings.backups.enabled, BackupPolicy().enabled);
        QCOMPARE(stored.settings.backups.keep, BackupPolicy().keep);
    }

    void savesEverythingTogether()
    {
        SettingsService service(m_t.db());
        const Status ok = service.saveFirmSettings(changed());
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        const SettingsService::Stored stored = service.firmSettings();
        QVERIFY(stored.problems.isEmpty());
        QCOMPARE(stored.settings.currency, u"USD"_s); // trimmed, in capitals
        QCOMPARE(service.firmCurrency(), u"USD"_s);
        QCOMPARE(stored.settings.thresholds, changed().thresholds);
        QCOMPARE(stored.settings.weights, changed().weights);
        QCOMPARE(stored.settings.backups.enabled, false);
        QCOMPARE(stored.settings.backups.keep, 12);
    }

    void problemsComeFirstAndInOrder()
    {
        SettingsService::FirmSettings s = changed();
        QVERIFY(SettingsService::problems(s).isEmpty());
        s.currency = u"rupiah"_s;
        s.thresholds.newDays = -1;
        s.weights.noContract = 1000;
        const QStringList problems = SettingsService::problems(s);
        const QStringList thresholds = s.thresholds.validate();
        const QStringList weights = s.weights.validate();
        QVERIFY(!thresholds.isEmpty() && !weights.isEmpty());
        QCOMPARE(problems,
                 QStringList { SettingsService::currencyProblem(u"rupiah"_s) } + thresholds
                     + weights);

        // Refused with those problems as one text; nothing is stored.
        const Status refused = SettingsService(m_t.db()).saveFirmSettings(s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), problems.join(u' '));
        QCOMPARE(m_t.count(u"settings"_s), 0);
    }

    void aFailureLeavesEveryValueAsItWas()
    {
        // The backup policy is written last and refuses keeping no backups: the currency,
        // thresholds and weights written before it are rolled back with it.
        SettingsService::FirmSettings s = changed();
        s.backups.keep = 0;
        SettingsService service(m_t.db());
        const Status refused = service.saveFirmSettings(s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), u"Keep from 1 to 100 backups, not 0."_s);
        const SettingsService::Stored stored = service.firmSettings();
        QCOMPARE(stored.settings.currency, u"IDR"_s);
        QCOMPARE(stored.settings.thresholds, TagThresholds());
        QCOMPARE(stored.settings.weights, HealthWeights());
    }

    void unusableStoredValuesAreNamed()
    {
        QVERIFY(SettingsService(m_t.db()).setValue(u"health_no_contract"_s, u"many"_s).ok());
        const SettingsService::Stored stored = SettingsService(m_t.db()).firmSettings();
        QCOMPARE(stored.problems.size(), 1);
        QCOMPARE(stored.settings.weights, HealthWeights()); // the defaults in its place
    }

    // Time (issue 26): a person's weekly capacity, 40 hours unless set, 1 to 10080 minutes.
    void theWeeklyCapacity()
    {
        SettingsService service(m_t.db());
        QCOMPARE(service.firmSettings().settings.capacityMinutes, 2400);
        SettingsService::FirmSettings s = service.firmSettings().settings;
        s.capacityMinutes = 2100;
        QVERIFY(service.saveFirmSettings(s).ok());
        QCOMPARE(service.firmSettings().settings.capacityMinutes, 2100);
        QCOMPARE(m_t.scalar(u"SELECT value FROM settings WHERE key = 'time.capacity_minutes'"_s)
                     .toString(),
                 u"2100"_s);
        s.capacityMinutes = 0;
        const QString refused
            = u"A person's weekly capacity is 0 minutes; it is 1 to 10080 minutes (168 hours)."_s;
        QCOMPARE(service.saveFirmSettings(s).error(), refused);
        QCOMPARE(service.setValue(u"time.capacity_minutes"_s, u"0"_s).error(), refused);
        QCOMPARE(service.setValue(u"time.capacity_minutes"_s, u"forty"_s).error(),
                 u"time.capacity_minutes takes a whole number of minutes, not “forty”."_s);
        QCOMPARE(service.firmSettings().settings.capacityMinutes, 2100);
        // A value stored behind the app's back is named, and the default used.
        QVERIFY(m_t.exec(u"UPDATE settings SET value = '20000' WHERE key = "
                         "'time.capacity_minutes'"_s));
        const SettingsService::Stored stored = service.firmSettings();
        QCOMPARE(stored.settings.capacityMinutes, 2400);
        QCOMPARE(stored.problems,
                 QStringList { u"A person's weekly capacity is 20000 minutes; it is 1 to 10080 "
                               "minutes (168 hours)."_s });
    }
};

QTEST_GUILESS_MAIN(tst_SettingsService)
#include "tst_settingsservice.moc"
