// TimeService (issue 26): defaults, validation with its sentences, values and conversion,
// locking once invoiced, overlaps, the timer, retainer hours and budgets, on an SQLite file
// and (tst_timeservice_postgresql) on a PostgreSQL server.

#include "repositorytestsupport.h"

#include "services/currencyservice.h"
#include "services/settingsservice.h"
#include "services/timeservice.h"
#include "storage/contractrepository.h"
#include "storage/integritycheck.h"
#include "storage/timestore.h"
#include "storage/userrepository.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_TimeService final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_ana = 0; // a consultant with a default rate of 500,000.00 IDR an hour
    qint64 m_budi = 0; // one without a rate
    qint64 m_acme = 0; // a client
    qint64 m_beta = 0; // another client
    qint64 m_hourly = 0; // Acme's hourly contract in USD, 150.00 an hour
    qint64 m_retainer = 0; // Acme's retainer: 10 h a month, roll-over, overage 200.00 USD
    qint64 m_plainRetainer = 0; // Acme's retainer without overage rate or roll-over
    qint64 m_fixed = 0; // Acme's fixed fee with a 1000-minute budget
    qint64 m_betas = 0; // Beta's hourly contract

    qint64 user(const QString &name, std::optional<qint64> rate)
    {
        User u;
        u.name = name;
        u.rateMinor = rate;
        const Result<qint64> id = UserRepository(m_t.db()).insert(u);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    qint64 contract(qint64 account, const QString &reference, BillingModel model, qint64 fee,
                    const QString &currency, const std::function<void(Contract &)> &more = {})
    {
        Contract c;
        c.accountId = account;
        c.reference = reference;
        c.billingModel = model;
        c.fee = Money(fee, currency);
        c.estimatedHours = model == BillingModel::Hourly ? 100 : 0;
        c.start = { 2026, 1, 1 };
        c.end = { 2026, 12, 31 };
        c.status = ContractStatus::Active;
        c.signedOn = { 2025, 12, 20 };
        if (more)
            more(c);
        const Result<qint64> id = ContractRepository(m_t.db()).insert(c);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    TimeEntry entry(qint64 userId, qint64 account, qint64 contractId, const QDate &date,
                    int minutes)
    {
        TimeEntry e;
        e.userId = userId;
        e.accountId = account;
        e.contractId = contractId;
        e.date = date;
        e.minutes = minutes;
        return e;
    }

    qint64 logged(const TimeEntry &e)
    {
        TimeService service(m_t.db());
        const Result<TimeEntry> defaulted = service.withDefaults(e);
        if (!defaulted) {
            qWarning("%s", qPrintable(defaulted.error()));
            return 0;
        }
        const Result<qint64> id = service.log(*defaulted);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    QString refusal(const TimeEntry &e)
    {
        TimeService service(m_t.db());
        const Result<QString> problem = service.problem(e);
        const Result<qint64> id = service.log(e);
        if (id.ok())
            return u"(stored)"_s;
        if (!problem.ok() || *problem != id.error())
            return u"problem() says “%1”, log() “%2”"_s.arg(
                problem.ok() ? *problem : problem.error(), id.error());
        return id.error();
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_ana = user(u"Ana Wijaya"_s, 50000000);
        m_budi = user(u"Budi Santoso"_s, std::nullopt);
        m_acme = m_t.rawAccount(u"Acme"_s, u"client"_s);
        m_beta = m_t.rawAccount(u"Beta"_s, u"client"_s);
        m_hourly = contract(m_acme, u"H-1"_s, BillingModel::Hourly, 15000, u"USD"_s);
        m_retainer
            = contract(m_acme, u"R-1"_s, BillingModel::Retainer, 500000, u"USD"_s, [](Contract &c) {
                  c.includedMinutes = 600;
                  c.rollover = true;
                  c.overageRateMinor = 20000;
              });
        m_plainRetainer = contract(m_acme, u"R-2"_s, BillingModel::Retainer, 100000000, u"IDR"_s,
                                   [](Contract &c) { c.includedMinutes = 600; });
        m_fixed = contract(m_acme, u"F-1"_s, BillingModel::Fixed, 900000000, u"IDR"_s,
                           [](Contract &c) { c.budgetMinutes = 1000; });
        m_betas = contract(m_beta, u"B-1"_s, BillingModel::Hourly, 10000, u"IDR"_s);
        QVERIFY(m_ana && m_budi && m_hourly && m_retainer && m_plainRetainer && m_fixed && m_betas);
    }
    void cleanup() { m_t.close(); }

    void contractsKeepTheirHours()
    {
        const Contract retainer = *ContractRepository(m_t.db()).get(m_retainer);
        QCOMPARE(retainer.includedMinutes, 600);
        QVERIFY(retainer.rollover);
        QCOMPARE(retainer.overageRateMinor, std::optional<qint64>(20000));
        QCOMPARE(retainer.budgetMinutes, 0);
        const Contract fixed = *ContractRepository(m_t.db()).get(m_fixed);
        QCOMPARE(fixed.budgetMinutes, 1000);
        QCOMPARE(fixed.includedMinutes, 0);
        QVERIFY(!fixed.overageRateMinor);

        // Each on its own model only.
        Contract wrong = *ContractRepository(m_t.db()).get(m_hourly);
        wrong.includedMinutes = 600;
        QCOMPARE(ContractRepository(m_t.db()).update(wrong).error(),
                 u"Contract H-1 is billed as hourly rate; included hours, roll-over and an "
                 "overage rate are for monthly retainers only."_s);
        wrong = *ContractRepository(m_t.db()).get(m_retainer);
        wrong.budgetMinutes = 600;
        QCOMPARE(ContractRepository(m_t.db()).update(wrong).error(),
                 u"Contract R-1 is billed as monthly retainer; an hour budget is for fixed-fee "
                 "contracts only."_s);
        wrong = *ContractRepository(m_t.db()).get(m_plainRetainer);
        wrong.rollover = true;
        wrong.includedMinutes = 0;
        QCOMPARE(ContractRepository(m_t.db()).update(wrong).error(),
                 u"Contract R-2 rolls unused hours over but includes none; give the hours it "
                 "includes each month."_s);
        wrong = *ContractRepository(m_t.db()).get(m_retainer);
        wrong.overageRateMinor = -1;
        QCOMPARE(ContractRepository(m_t.db()).update(wrong).error(),
                 u"Contract R-1 cannot have a negative overage rate."_s);
    }

    void usersKeepTheirRateAndCapacity()
    {
        User ana = *UserRepository(m_t.db()).get(m_ana);
        QCOMPARE(ana.rateMinor, std::optional<qint64>(50000000));
        QCOMPARE(ana.capacityMinutes, 0);
        ana.capacityMinutes = 1800;
        ana.rateMinor.reset();
        QVERIFY(UserRepository(m_t.db()).update(ana).ok());
        ana = *UserRepository(m_t.db()).get(m_ana);
        QVERIFY(!ana.rateMinor);
        QCOMPARE(ana.capacityMinutes, 1800);
        ana.capacityMinutes = 10081;
        QCOMPARE(UserRepository(m_t.db()).update(ana).error(),
                 u"Ana Wijaya works 10081 minutes a week by their capacity; a week has at most "
                 "10080 minutes (168 hours)."_s);
        ana.capacityMinutes = 0;
        ana.rateMinor = -1;
        QCOMPARE(UserRepository(m_t.db()).update(ana).error(),
                 u"Ana Wijaya cannot have a negative hourly rate."_s);
    }

    void defaultsFollowTheContract()
    {
        TimeService service(m_t.db());
        // Hourly: billable, at the contract's fee in its currency.
        TimeEntry e = *service.withDefaults(entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 90));
        QVERIFY(e.billable);
        QCOMPARE(e.rate, Money(15000, u"USD"_s));
        // Retainer: not billable, at its overage rate in its currency.
        e = *service.withDefaults(entry(m_ana, m_acme, m_retainer, { 2026, 3, 2 }, 90));
        QVERIFY(!e.billable);
        QCOMPARE(e.rate, Money(20000, u"USD"_s));
        // A retainer without overage rate, a fixed fee, no contract: the person's rate in the
        // firm's currency; none at all for a person without a rate.
        e = *service.withDefaults(entry(m_ana, m_acme, m_plainRetainer, { 2026, 3, 2 }, 90));
        QVERIFY(!e.billable);
        QCOMPARE(e.rate, Money(50000000, u"IDR"_s));
        e = *service.withDefaults(entry(m_ana, m_acme, m_fixed, { 2026, 3, 2 }, 90));
        QVERIFY(!e.billable);
        QCOMPARE(e.rate, Money(50000000, u"IDR"_s));
        e = *service.withDefaults(entry(m_ana, m_acme, 0, { 2026, 3, 2 }, 90));
        QVERIFY(!e.billable);
        QCOMPARE(e.rate, Money(50000000, u"IDR"_s));
        e = *service.withDefaults(entry(m_budi, m_acme, 0, { 2026, 3, 2 }, 90));
        QCOMPARE(e.rate, Money(0, u"IDR"_s));
        // A rate given stays; minutes come from start and end.
        TimeEntry given = entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 0);
        given.rate = Money(12000, u"USD"_s);
        given.start = QTime(9, 15);
        given.end = QTime(10, 40);
        e = *service.withDefaults(given);
        QCOMPARE(e.rate, Money(12000, u"USD"_s));
        QCOMPARE(e.minutes, 85);
        QCOMPARE(*service.rateCurrency(entry(m_ana, m_acme, m_hourly, {}, 0)), u"USD"_s);
        QCOMPARE(*service.rateCurrency(entry(m_ana, m_acme, 0, {}, 0)), u"IDR"_s);
    }

    void logStoresTheValueAndItsConversion()
    {
        RateEntry usd { { 2026, 2, 1 }, u"USD"_s, *ExchangeRate::parse(u"16000.5555"_s) };
        QVERIFY(CurrencyService(m_t.db()).setRate(usd).ok());
        TimeService service(m_t.db());
        // 90 minutes at 150.00 USD: 225.00 USD; at 16,000.5555 IDR per USD 3,600,124.99 IDR
        // (22500 × 16000.5555 = 360,012,498.75 minor units, rounded half away from zero).
        const qint64 id = logged(entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 90));
        QVERIFY(id > 0);
        TimeEntry e = *service.get(id);
        QCOMPARE(e.valueMinor, 22500);
        QCOMPARE(e.convertedMinor, std::optional<qint64>(360012499));
        QCOMPARE(e.state, TimeState::Open);
        QCOMPARE(e.rowVersion, 1);
        // 7 minutes at 123.45 USD: 8,641.5 / 60 = 14.4025 USD → 14.40.
        TimeEntry odd = entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 7);
        odd.rate = Money(12345, u"USD"_s);
        odd.billable = true;
        e = *service.get(service.log(odd).value());
        QCOMPARE(e.valueMinor, 1440);
        // Before the first USD rate: no converted value.
        e = *service.get(logged(entry(m_ana, m_acme, m_hourly, { 2026, 1, 15 }, 60)));
        QCOMPARE(e.valueMinor, 15000);
        QVERIFY(!e.convertedMinor);
        // In the firm's currency: itself.
        e = *service.get(logged(entry(m_ana, m_beta, m_betas, { 2026, 1, 15 }, 45)));
        QCOMPARE(e.valueMinor, 7500);
        QCOMPARE(e.convertedMinor, std::optional<qint64>(7500));

        // An edit works the value out again and counts the version up.
        e.minutes = 30;
        QVERIFY(service.update(e).ok());
        e = *service.get(e.id);
        QCOMPARE(e.valueMinor, 5000);
        QCOMPARE(e.rowVersion, 2);
        // An edit over someone else's is refused as a conflict.
        e.rowVersion = 1;
        const Status stale = service.update(e);
        QVERIFY(stale.conflict());
        QCOMPARE(stale.error(),
                 u"Someone else changed the time entry of 2026-01-15 since you "
                 "opened it; reload it and try again."_s);
    }

    void badInputIsRefusedWithASentence()
    {
        const QDate day(2026, 3, 2);
        TimeEntry e = entry(m_ana, m_acme, m_hourly, day, 0);
        QCOMPARE(refusal(e), u"A time entry needs more than zero minutes."_s);
        e.minutes = -30;
        QCOMPARE(refusal(e), u"A time entry cannot have negative minutes (-30)."_s);
        e.minutes = 1441;
        QCOMPARE(refusal(e),
                 u"A time entry covers at most 24 hours (1440 minutes), not 1441 minutes."_s);
        e.minutes = 60;
        e.start = QTime(10, 0);
        e.end = QTime(9, 30);
        QCOMPARE(refusal(e), u"The time entry ends at 09:30, before its start at 10:00."_s);
        e.end = QTime(10, 0);
        QCOMPARE(refusal(e),
                 u"The time entry ends at 10:00, the minute it starts; it needs at "
                 "least one minute."_s);
        e.start = QTime(23, 30);
        e.end = QTime();
        QCOMPARE(refusal(e),
                 u"The time entry starting at 23:30 lasts 1:00 and would run past "
                 "midnight; log the time after midnight on the next day."_s);
        e = entry(m_ana, m_acme, m_hourly, {}, 60);
        QCOMPARE(refusal(e), u"A time entry needs the date the work was done."_s);
        e = entry(0, m_acme, m_hourly, day, 60);
        QCOMPARE(refusal(e), u"A time entry needs the person whose time it is."_s);
        e = entry(m_ana, 0, 0, day, 60);
        QCOMPARE(refusal(e), u"A time entry needs the account the time was spent on."_s);
        e = entry(9999, m_acme, m_hourly, day, 60);
        QCOMPARE(refusal(e), u"There is no person with id 9999."_s);
        e = entry(m_ana, 9999, 0, day, 60);
        QCOMPARE(refusal(e), u"There is no account with id 9999."_s);
        e = entry(m_ana, m_acme, 9999, day, 60);
        QCOMPARE(refusal(e), u"There is no contract with id 9999."_s);
        e = entry(m_ana, m_acme, m_betas, day, 60);
        QCOMPARE(refusal(e), u"Contract B-1 belongs to Beta, not to Acme."_s);
        e = entry(m_ana, m_acme, 0, day, 60);
        e.serviceRequestId = 9999;
        QCOMPARE(refusal(e), u"There is no service request with id 9999."_s);
        QVERIFY(m_t.exec(u"INSERT INTO service_requests (account_id, title, opened_at, due_at) "
                         "VALUES (:account, 'Printer down', '2026-03-01T09:00:00', "
                         "'2026-03-02T09:00:00')"_s,
                         { { u"account"_s, m_beta } }));
        e.serviceRequestId = m_t.scalar(u"SELECT max(id) FROM service_requests"_s).toLongLong();
        QCOMPARE(refusal(e), u"Service request “Printer down” belongs to Beta, not to Acme."_s);
        e = entry(m_ana, m_acme, m_hourly, day, 60);
        e.rate = Money(-100, u"USD"_s);
        QCOMPARE(refusal(e), u"The hourly rate of a time entry cannot be negative."_s);
        e.rate = Money(100, u"usd"_s);
        QCOMPARE(refusal(e),
                 u"The rate of the time entry needs a currency code such as IDR, not “usd”."_s);

        // More than 24 hours on one day for one person; another person's day is their own.
        QVERIFY(logged(entry(m_ana, m_acme, m_hourly, day, 1200)) > 0);
        e = entry(m_ana, m_beta, m_betas, day, 241);
        QCOMPARE(refusal(e),
                 u"Ana Wijaya has 20:00 logged on 2026-03-02 already; another 4:01 "
                 "would make more than the 24 hours of a day."_s);
        e.minutes = 240;
        QVERIFY(logged(e) > 0);
        QVERIFY(logged(entry(m_budi, m_beta, m_betas, day, 600)) > 0);
        QCOMPARE(m_t.count(u"time_entries"_s), 3);
    }

    void anInvoicedEntryIsLocked()
    {
        TimeService service(m_t.db());
        const qint64 id = logged(entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 90));
        QVERIFY(m_t.exec(u"UPDATE time_entries SET state = 'invoiced', invoice_id = 7 WHERE id = "
                         ":id"_s,
                         { { u"id"_s, id } }));
        TimeEntry e = *service.get(id);
        QCOMPARE(e.state, TimeState::Invoiced);
        QCOMPARE(e.invoiceId, 7);
        const QString locked
            = u"The time entry of 2026-03-02 is invoiced and cannot be changed or deleted."_s;
        e.minutes = 60;
        QCOMPARE(service.update(e).error(), locked);
        QCOMPARE(service.remove(id).error(), locked);
        QCOMPARE(service.setDayMinutes(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 30).error(),
                 u"The time of 2026-03-02 on this row is invoiced and cannot be changed."_s);
        // The database refuses it too, whoever writes.
        const Status behind = TimeStore(m_t.db()).update(e);
        QCOMPARE(behind.error(), locked);
        QCOMPARE(TimeStore(m_t.db()).remove(id, e.date).error(), locked);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"ClientDesk: invoiced time entry"_s));
        QVERIFY(!m_t.exec(u"DELETE FROM time_entries WHERE id = :id"_s, { { u"id"_s, id } }));
        QCOMPARE(service.get(id)->minutes, 90);
        // Its converted value still follows the rates: a new rate converts it again.
        RateEntry usd { { 2026, 1, 1 }, u"USD"_s, *ExchangeRate::parse(u"16000"_s) };
        QVERIFY(CurrencyService(m_t.db()).setRate(usd).ok());
        QCOMPARE(service.get(id)->convertedMinor, std::optional<qint64>(22500 * 16000));
        const Result<RateTable> rates = CurrencyService(m_t.db()).rateTable();
        QCOMPARE(*TimeStore(m_t.db()).reconvert(u"USD"_s, {}, {}, *rates), 0); // nothing left
    }

    void overlapsAreFlagged()
    {
        TimeService service(m_t.db());
        const QDate day(2026, 3, 3);
        TimeEntry a = entry(m_ana, m_acme, m_hourly, day, 0);
        a.start = QTime(9, 0);
        a.end = QTime(10, 30);
        TimeEntry b = entry(m_ana, m_beta, m_betas, day, 60); // 10:00 + 60 minutes
        b.start = QTime(10, 0);
        TimeEntry c = entry(m_ana, m_acme, m_hourly, day, 0); // touches b's end only
        c.start = QTime(11, 0);
        c.end = QTime(12, 0);
        TimeEntry budis = entry(m_budi, m_acme, m_hourly, day, 0); // someone else at 9:00
        budis.start = QTime(9, 0);
        budis.end = QTime(10, 0);
        const qint64 idA = logged(a);
        QCOMPARE(*service.overlapping(b), QList<qint64> { idA });
        const qint64 idB = logged(b); // flagged, not refused
        const qint64 idC = logged(c);
        QVERIFY(idA && idB && idC && logged(budis));
        c.id = idC; // itself does not count
        QCOMPARE(*service.overlapping(c), QList<qint64>());
        TimeEntry d = entry(m_ana, m_acme, 0, day, 240); // 08:00 to 12:00 covers all three
        d.start = QTime(8, 0);
        QCOMPARE(*service.overlapping(d), (QList<qint64> { idA, idB, idC }));

        TimeFilter filter;
        filter.from = day;
        filter.to = day;
        filter.accountId = m_acme; // b is on Beta, yet a overlaps it
        const Result<QList<TimeEntryRow>> rows = service.list(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QHash<qint64, bool> flags;
        for (const TimeEntryRow &row : *rows)
            flags.insert(row.entry.id, row.overlaps);
        QCOMPARE(flags.value(idA), true);
        QCOMPARE(flags.value(idC), false);
        QCOMPARE(flags.size(), 3);
    }

    void listFiltersAndNames()
    {
        TimeService service(m_t.db());
        logged(entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 60));
        logged(entry(m_ana, m_acme, m_retainer, { 2026, 3, 3 }, 30));
        logged(entry(m_budi, m_beta, m_betas, { 2026, 3, 4 }, 45));
        logged(entry(m_budi, m_beta, 0, { 2026, 4, 1 }, 15));
        TimeFilter f;
        QCOMPARE(service.list(f)->size(), 4);
        f.userId = m_budi;
        QCOMPARE(service.list(f)->size(), 2);
        f = {};
        f.billable = true;
        QCOMPARE(service.list(f)->size(), 2);
        f = {};
        f.from = { 2026, 3, 3 };
        f.to = { 2026, 3, 31 };
        const QList<TimeEntryRow> rows = *service.list(f);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).userName, u"Ana Wijaya"_s);
        QCOMPARE(rows.at(0).accountName, u"Acme"_s);
        QCOMPARE(rows.at(0).contractReference, u"R-1"_s);
        QCOMPARE(rows.at(1).accountName, u"Beta"_s);
        f = {};
        f.contractId = m_betas;
        QCOMPARE(service.list(f)->size(), 1);
        f = {};
        f.state = TimeState::Invoiced;
        QCOMPARE(service.list(f)->size(), 0);
    }

    void theWeekGrid()
    {
        TimeService service(m_t.db());
        const QDate monday(2026, 3, 2);
        QVERIFY(service.setDayMinutes(m_ana, m_acme, m_hourly, monday, 90).ok());
        QVERIFY(service.setDayMinutes(m_ana, m_acme, m_hourly, monday.addDays(2), 30).ok());
        QVERIFY(service.setDayMinutes(m_ana, m_beta, 0, monday.addDays(6), 480).ok());
        logged(entry(m_ana, m_acme, m_hourly, monday, 15)); // a second entry in a cell
        logged(entry(m_budi, m_acme, m_hourly, monday, 600)); // someone else's
        QList<TimeWeekRow> week = *service.week(m_ana, monday);
        QCOMPARE(week.size(), 2);
        QCOMPARE(week.at(0).accountName, u"Acme"_s);
        QCOMPARE(week.at(0).contractReference, u"H-1"_s);
        QCOMPARE(week.at(0).minutes, (std::array<int, 7> { 105, 0, 30, 0, 0, 0, 0 }));
        QCOMPARE(week.at(1).accountName, u"Beta"_s);
        QCOMPARE(week.at(1).contractId, 0);
        QCOMPARE(week.at(1).minutes, (std::array<int, 7> { 0, 0, 0, 0, 0, 0, 480 }));

        // Typing in a cell makes its entries one; 0 empties it.
        QVERIFY(service.setDayMinutes(m_ana, m_acme, m_hourly, monday, 120).ok());
        QVERIFY(service.setDayMinutes(m_ana, m_acme, m_hourly, monday.addDays(2), 0).ok());
        week = *service.week(m_ana, monday);
        QCOMPARE(week.at(0).minutes, (std::array<int, 7> { 120, 0, 0, 0, 0, 0, 0 }));
        TimeFilter f;
        f.userId = m_ana;
        QCOMPARE(service.list(f)->size(), 2);
        QCOMPARE(service.setDayMinutes(m_ana, m_beta, 0, monday, 1441).error(),
                 u"A time entry covers at most 24 hours (1440 minutes), not 1441 minutes."_s);

        // Next week starts with these rows, without minutes.
        const QList<TimeWeekRow> next = *service.rowsOfPreviousWeek(m_ana, monday.addDays(7));
        QCOMPARE(next.size(), 2);
        QCOMPARE(next.at(0).contractId, m_hourly);
        QCOMPARE(next.at(0).minutes, (std::array<int, 7> {}));
        QVERIFY(service.week(m_ana, monday.addDays(7))->isEmpty());
    }

    void theTimerSurvivesReopeningAndSplitsAtMidnight()
    {
        RunningTimer t;
        t.userId = m_ana;
        t.startedAt = QDateTime({ 2026, 3, 2 }, { 22, 30, 10 });
        {
            TimeService service(m_t.db());
            QVERIFY(service.startTimer(t).ok());
            QCOMPARE(service.startTimer(t).error(),
                     u"A timer is running for Ana Wijaya since 2026-03-02 22:30; stop it before "
                     "starting another."_s);
        }
        // Another connection, as after closing the app or a crash.
        auto reopened = m_t.db().reopen();
        QVERIFY(reopened.ok());
        TimeService service(**reopened);
        const std::optional<RunningTimer> running = *service.timer(m_ana);
        QVERIFY(running);
        QCOMPARE(running->startedAt, t.startedAt);
        QCOMPARE(running->accountId, 0);
        const QDateTime now({ 2026, 3, 3 }, { 1, 15, 40 });
        QCOMPARE(service.stopTimer(m_ana, now).error(),
                 u"Choose the account the timer's time was spent on before stopping it."_s);
        RunningTimer chosen = *running;
        chosen.accountId = m_acme;
        chosen.contractId = m_betas;
        QCOMPARE(service.updateTimer(chosen).error(),
                 u"Contract B-1 belongs to Beta, not to Acme."_s);
        chosen.contractId = m_hourly;
        QVERIFY(service.updateTimer(chosen).ok());
        // 2 h 45 min 30 s: 166 minutes (rounded), 90 before midnight and 76 after.
        const Result<QList<qint64>> ids = service.stopTimer(m_ana, now, u"Night release"_s);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 2);
        const TimeEntry first = *service.get(ids->at(0));
        QCOMPARE(first.date, QDate(2026, 3, 2));
        QCOMPARE(first.start, QTime(22, 30));
        QVERIFY(!first.end.isValid());
        QCOMPARE(first.minutes, 90);
        QCOMPARE(first.description, u"Night release"_s);
        QVERIFY(first.billable);
        QCOMPARE(first.rate, Money(15000, u"USD"_s));
        QCOMPARE(first.valueMinor, 22500);
        const TimeEntry second = *service.get(ids->at(1));
        QCOMPARE(second.date, QDate(2026, 3, 3));
        QCOMPARE(second.start, QTime(0, 0));
        QCOMPARE(second.end, QTime(1, 16));
        QCOMPARE(second.minutes, 76);
        QVERIFY(!service.timer(m_ana)->has_value());
        QCOMPARE(service.stopTimer(m_ana, now).error(), u"No timer is running for Ana Wijaya."_s);

        // A timer discarded writes nothing.
        t.startedAt = {};
        QVERIFY(service.startTimer(t).ok());
        QVERIFY(service.timer(m_ana)->has_value());
        QVERIFY(service.discardTimer(m_ana).ok());
        QCOMPARE(m_t.count(u"time_entries"_s), 2);
        QCOMPARE(m_t.count(u"running_timers"_s), 0);
    }

    void timerPartsAreWholeMinutes()
    {
        RunningTimer t;
        t.startedAt = QDateTime({ 2026, 3, 2 }, { 9, 0, 50 });
        QList<TimeEntry> parts
            = TimeService::timerEntries(t, QDateTime({ 2026, 3, 2 }, { 9, 1, 0 }));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.at(0).minutes, 1); // ten seconds: at least a minute
        QCOMPARE(parts.at(0).end, QTime(9, 1));
        parts = TimeService::timerEntries(t, QDateTime({ 2026, 3, 4 }, { 0, 30, 50 }));
        QCOMPARE(parts.size(), 3); // two days and half an hour: three days
        QCOMPARE(parts.at(0).minutes, 900); // from 09:00, the start's minute
        QCOMPARE(parts.at(1).minutes, 1440);
        QVERIFY(!parts.at(1).end.isValid());
        QCOMPARE(parts.at(2).minutes, 30);
    }

    void capacityIsThePersonsOrTheFirms()
    {
        TimeService service(m_t.db());
        QCOMPARE(*service.capacityMinutes(m_ana), 2400);
        User ana = *UserRepository(m_t.db()).get(m_ana);
        ana.capacityMinutes = 1200;
        QVERIFY(UserRepository(m_t.db()).update(ana).ok());
        QCOMPARE(*service.capacityMinutes(m_ana), 1200);
        QVERIFY(SettingsService(m_t.db()).setValue(u"time.capacity_minutes"_s, u"2100"_s).ok());
        QCOMPARE(*service.capacityMinutes(m_budi), 2100);
    }

    void thisIsMeOnAFile()
    {
        TimeService service(m_t.db());
        if (m_t.db().sql().isServer()) {
            QCOMPARE(*service.currentUser(), m_t.db().session().userId);
            QCOMPARE(service.setCurrentUser(m_ana).error(),
                     u"On a server, time is logged in the name of the person signed in; there "
                     "is no one else to choose."_s);
            return;
        }
        QVERIFY(!service.currentUser()->has_value());
        QCOMPARE(service.setCurrentUser(4242).error(),
                 u"There is no person with id 4242 to log time as."_s);
        QVERIFY(service.setCurrentUser(m_budi).ok());
        auto reopened = m_t.db().reopen();
        QCOMPARE(*TimeService(**reopened).currentUser(), std::optional<qint64>(m_budi));
    }

    void retainerUsageRollsOverOneMonth()
    {
        // 10 h included, roll-over: January 5 h, February 15 h, March 20 h.
        const auto logMinutes = [this](const QDate &day, int minutes) {
            while (minutes > 0) {
                const int part = std::min(minutes, 480);
                QVERIFY(logged(entry(m_ana, m_acme, m_retainer, day, part)) > 0);
                minutes -= part;
            }
        };
        logMinutes({ 2026, 1, 12 }, 300);
        logMinutes({ 2026, 2, 10 }, 480);
        logMinutes({ 2026, 2, 11 }, 420);
        logMinutes({ 2026, 3, 2 }, 480);
        logMinutes({ 2026, 3, 3 }, 480);
        logMinutes({ 2026, 3, 4 }, 240);
        const QList<ContractUsage> usage
            = *TimeService(m_t.db()).usage(m_retainer, { 2026, 3, 20 }, 4);
        QCOMPARE(usage.size(), 4);
        QCOMPARE(usage.at(0).month, QDate(2025, 12, 1)); // before the contract: nothing
        QCOMPARE(usage.at(0).allowedMinutes, 0);
        QCOMPARE(usage.at(1).month, QDate(2026, 1, 1));
        QCOMPARE(usage.at(1).usedMinutes, 300);
        QCOMPARE(usage.at(1).allowedMinutes, 600);
        QCOMPARE(usage.at(1).overageMinutes, 0);
        QCOMPARE(usage.at(2).usedMinutes, 900);
        QCOMPARE(usage.at(2).carriedMinutes, 300);
        QCOMPARE(usage.at(2).allowedMinutes, 900);
        QCOMPARE(usage.at(2).overageMinutes, 0);
        QCOMPARE(usage.at(3).usedMinutes, 1200);
        QCOMPARE(usage.at(3).carriedMinutes, 0);
        QCOMPARE(usage.at(3).allowedMinutes, 600);
        QCOMPARE(usage.at(3).overageMinutes, 600);
        QCOMPARE(usage.at(3).percent(), 200);
        // One month asked: the carried minutes still count every month before it.
        const QList<ContractUsage> february
            = *TimeService(m_t.db()).usage(m_retainer, { 2026, 2, 1 }, 1);
        QCOMPARE(february.size(), 1);
        QCOMPARE(february.at(0).carriedMinutes, 300);

        // The fixed fee: 450 of 1000 budgeted minutes, counted from the start.
        logged(entry(m_ana, m_acme, m_fixed, { 2026, 1, 21 }, 450));
        TimeService service(m_t.db());
        const QList<ContractUsage> budget = *service.usage(m_fixed, { 2026, 3, 1 }, 2);
        QCOMPARE(budget.at(0).month, QDate(2026, 2, 1));
        QVERIFY(budget.at(0).budget);
        QCOMPARE(budget.at(0).usedMinutes, 450);
        QCOMPARE(budget.at(1).usedMinutes, 450);
        QCOMPARE(budget.at(1).allowedMinutes, 1000);
        QCOMPARE(budget.at(1).overageMinutes, 0);

        // The attention list: at 80 % the budget (45 %: not yet) and the retainer (200 %).
        logged(entry(m_ana, m_acme, m_fixed, { 2026, 3, 5 }, 400));
        QList<ContractUsage> over = *service.contractsOver(80, { 2026, 3, 20 });
        QCOMPARE(over.size(), 2);
        QCOMPARE(over.at(0).contractId, m_retainer);
        QCOMPARE(over.at(0).contractReference, u"R-1"_s);
        QCOMPARE(over.at(0).accountName, u"Acme"_s);
        QCOMPARE(over.at(0).percent(), 200);
        QCOMPARE(over.at(1).contractId, m_fixed);
        QCOMPARE(over.at(1).usedMinutes, 850);
        QCOMPARE(over.at(1).percent(), 85);
        over = *service.contractsOver(100, { 2026, 3, 20 });
        QCOMPARE(over.size(), 1);
        // In April the retainer starts afresh (March left nothing to carry).
        QCOMPARE(service.contractsOver(80, { 2026, 4, 1 })->size(), 1);
    }

    void whatCurrencyServiceAsks()
    {
        TimeStore store(m_t.db());
        QVERIFY(!*store.isUsed(u"USD"_s));
        QVERIFY(store.firstEntryDate(u"USD"_s)->isNull());
        logged(entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 60));
        const qint64 id = logged(entry(m_ana, m_acme, m_hourly, { 2026, 2, 27 }, 30));
        QVERIFY(*store.isUsed(u"USD"_s));
        QCOMPARE(*store.firstEntryDate(u"USD"_s), QDate(2026, 2, 27));
        QVERIFY(m_t.exec(u"UPDATE time_entries SET state = 'invoiced' WHERE id = :id"_s,
                         { { u"id"_s, id } }));
        QCOMPARE(store.relabel(u"USD"_s, u"SGD"_s).error(),
                 u"1 invoiced time entries are in USD; invoiced entries are locked, so USD cannot "
                 "be relabelled."_s);
        QVERIFY(m_t.exec(u"UPDATE time_entries SET state = 'open'"_s));
        QCOMPARE(*store.relabel(u"USD"_s, u"SGD"_s), 2);
        QVERIFY(!*store.isUsed(u"USD"_s));
        QCOMPARE(TimeService(m_t.db()).get(id)->rate, Money(15000, u"SGD"_s));
    }

    void convertedValuesFollowTheRates()
    {
        RateEntry usd { { 2026, 1, 1 }, u"USD"_s, *ExchangeRate::parse(u"16000"_s) };
        QVERIFY(CurrencyService(m_t.db()).setRate(usd).ok());
        const qint64 id = logged(entry(m_ana, m_acme, m_hourly, { 2026, 3, 2 }, 60));
        QCOMPARE(TimeService(m_t.db()).get(id)->convertedMinor,
                 std::optional<qint64>(15000 * 16000));
        QVERIFY(IntegrityCheck(m_t.db()).run()->isEmpty());
        // A rate written behind the time entries' back leaves them behind: the check names it.
        QVERIFY(m_t.exec(u"UPDATE exchange_rates SET rate_e10 = 160100000000000"_s));
        const QStringList findings = *IntegrityCheck(m_t.db()).run();
        QVERIFY2(findings.contains(u"Time entry %1 of Acme (150.00 USD on 2026-03-02) is stored "
                                   "as 2400000.00 IDR in the firm's currency, but the exchange "
                                   "rates give 2401500.00 IDR."_s.arg(id)),
                 qPrintable(findings.join(u'\n')));
        const Result<RateTable> rates = CurrencyService(m_t.db()).rateTable();
        QCOMPARE(*TimeStore(m_t.db()).reconvert(u"USD"_s, { 2026, 3, 3 }, {}, *rates), 0);
        QCOMPARE(*TimeStore(m_t.db()).reconvert(u"USD"_s, { 2026, 1, 1 }, { 2026, 3, 2 }, *rates),
                 0);
        QCOMPARE(*TimeStore(m_t.db()).reconvert(u"IDR"_s, {}, {}, *rates), 0);
        QCOMPARE(*TimeStore(m_t.db()).reconvertAll(*rates), 1);
        QCOMPARE(*TimeStore(m_t.db()).reconvert({}, {}, {}, *rates), 0);
        QCOMPARE(TimeService(m_t.db()).get(id)->convertedMinor, std::optional<qint64>(240150000));
    }
};

QTEST_GUILESS_MAIN(tst_TimeService)
#include "tst_timeservice.moc"
