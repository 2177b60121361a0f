#include "models/portfoliosummary.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::Money;
using cd::PortfolioSummary;
using Figure = cd::PortfolioSummary::Figure;

namespace {

const QDateTime kNow(QDate(2024, 6, 15), QTime(12, 0, 0));

bool exec(Database &db, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(u':' + it.key(), it.value());
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 addAccount(Database &db, const QString &kind, const QString &status)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO accounts (kind, status, name, created_at, updated_at) "
              "VALUES (:kind, :status, :name, '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
    q.bindValue(u":kind"_s, kind);
    q.bindValue(u":status"_s, status);
    q.bindValue(u":name"_s, u"%1 %2"_s.arg(kind, status));
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

bool addContract(Database &db, qint64 account, const QString &reference, const QString &status)
{
    return exec(
        db,
        u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
        "start_date, status, terminated_on, created_at, updated_at) VALUES (:a, :r, "
        "'retainer', 100000, 'USD', '2024-01-01', :s, :t, '2024-01-01T00:00:00', "
        "'2024-01-01T00:00:00')"_s,
        { { u"a"_s, account },
          { u"r"_s, reference },
          { u"s"_s, status },
          { u"t"_s, status == u"terminated"_s ? QVariant(u"2024-03-01"_s) : QVariant() } });
}

bool addRequest(Database &db, qint64 account, const QString &status, const QString &dueAt)
{
    const bool closed = status == u"closed"_s;
    return exec(db,
                u"INSERT INTO service_requests (account_id, title, status, opened_at, due_at, "
                "closed_at) VALUES (:a, 'Request', :s, '2024-01-01T00:00:00', :due, :closed)"_s,
                { { u"a"_s, account },
                  { u"s"_s, status },
                  { u"due"_s, dueAt },
                  { u"closed"_s, closed ? QVariant(u"2024-01-02T00:00:00"_s) : QVariant() } });
}

bool addInteraction(Database &db, qint64 account, const QVariant &followUpOn, bool done)
{
    return exec(db,
                u"INSERT INTO interactions (account_id, type, occurred_at, subject, follow_up_on, "
                "follow_up_done) VALUES (:a, 'call', '2024-01-01T10:00:00', 'Call', :f, :d)"_s,
                { { u"a"_s, account }, { u"f"_s, followUpOn }, { u"d"_s, done ? 1 : 0 } });
}

bool addRevenue(Database &db, qint64 account, const QString &date, qint64 amount,
                const QString &kind, const QString &currency = u"USD"_s)
{
    // The firm's currency converts to itself; another has no rate in these tests.
    return exec(db,
                u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
                "account_kind, converted_minor, created_at) VALUES (:a, :d, :m, :c, :k, "
                "CASE WHEN :c2 = coalesce((SELECT upper(trim(value)) FROM settings WHERE key = "
                "'currency'), 'IDR') THEN :m2 END, '2024-01-01T00:00:00')"_s,
                { { u"a"_s, account },
                  { u"d"_s, date },
                  { u"m"_s, amount },
                  { u"c"_s, currency },
                  { u"c2"_s, currency },
                  { u"m2"_s, amount },
                  { u"k"_s, kind } });
}

} // namespace

class tst_PortfolioSummary final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> openFresh()
    {
        auto db = Database::open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_count)));
        if (!db.ok()) {
            qWarning() << db.error();
            return {};
        }
        return std::move(db).value();
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private slots:
    void emptyDatabaseIsAllZero()
    {
        auto db = openFresh();
        QVERIFY(db);
        const auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->accounts(), 0);
        for (Figure f : PortfolioSummary::allFigures()) {
            QCOMPARE(summary->count(f), 0);
            QVERIFY(summary->money(f).isZero());
            QVERIFY(!PortfolioSummary::label(f).isEmpty());
        }
        QCOMPARE(summary->revenueFrom(), QDate(2023, 6, 16));
        QCOMPARE(summary->revenueTo(), QDate(2024, 6, 15));
    }

    void countsAccountsByKindAndStatus()
    {
        auto db = openFresh();
        QVERIFY(db);
        const QList<std::pair<QString, QString>> rows = {
            { u"client"_s, u"active"_s },     { u"client"_s, u"active"_s },
            { u"client"_s, u"dormant"_s },    { u"client"_s, u"former"_s },
            { u"client"_s, u"prospect"_s },   { u"customer"_s, u"active"_s },
            { u"customer"_s, u"prospect"_s }, { u"customer"_s, u"prospect"_s },
            { u"customer"_s, u"former"_s },
        };
        for (const auto &[kind, status] : rows)
            QVERIFY(addAccount(*db, kind, status) > 0);
        const auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->accounts(), 9);
        QCOMPARE(summary->count(Figure::Clients), 3); // active + dormant, not former
        QCOMPARE(summary->count(Figure::Customers), 1);
        QCOMPARE(summary->count(Figure::Prospects), 3); // either kind
    }

    void countsOpenWork()
    {
        auto db = openFresh();
        QVERIFY(db);
        const qint64 a = addAccount(*db, u"client"_s, u"active"_s);
        QVERIFY(a > 0);
        QVERIFY(addContract(*db, a, u"C-1"_s, u"active"_s));
        QVERIFY(addContract(*db, a, u"C-2"_s, u"active"_s));
        QVERIFY(addContract(*db, a, u"C-3"_s, u"draft"_s));
        QVERIFY(addContract(*db, a, u"C-4"_s, u"expired"_s));
        QVERIFY(addContract(*db, a, u"C-5"_s, u"terminated"_s));

        QVERIFY(addRequest(*db, a, u"open"_s, u"2024-06-15T11:59:59"_s)); // past due
        QVERIFY(addRequest(*db, a, u"in_progress"_s, u"2024-06-01T09:00:00"_s)); // past due
        QVERIFY(addRequest(*db, a, u"open"_s, u"2024-06-15T12:00:00"_s)); // due now: not yet
        QVERIFY(addRequest(*db, a, u"open"_s, u"2024-07-01T09:00:00"_s));
        QVERIFY(addRequest(*db, a, u"closed"_s, u"2024-01-01T09:00:00"_s)); // closed: never

        QVERIFY(addInteraction(*db, a, u"2024-06-14"_s, false)); // due
        QVERIFY(addInteraction(*db, a, u"2024-06-15"_s, false)); // due today
        QVERIFY(addInteraction(*db, a, u"2024-06-16"_s, false)); // tomorrow
        QVERIFY(addInteraction(*db, a, u"2024-06-01"_s, true)); // done
        QVERIFY(addInteraction(*db, a, QVariant(), false)); // no follow-up

        const auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->count(Figure::ActiveContracts), 2);
        QCOMPARE(summary->count(Figure::OpenRequests), 4);
        QCOMPARE(summary->count(Figure::OverdueRequests), 2);
        QCOMPARE(summary->count(Figure::FollowUpsDue), 2);

        // A day later everything open is past due except the July request.
        const auto later = PortfolioSummary::load(*db, QDateTime(QDate(2024, 6, 16), QTime(8, 0)));
        QVERIFY2(later.ok(), qPrintable(later.error()));
        QCOMPARE(later->count(Figure::OverdueRequests), 3);
        QCOMPARE(later->count(Figure::FollowUpsDue), 3);
    }

    void sumsRevenueOfTheLastTwelveMonthsByBookedKind()
    {
        auto db = openFresh();
        QVERIFY(db);
        QVERIFY(exec(*db, u"INSERT INTO settings (key, value) VALUES ('currency', 'USD')"_s));
        // Converted from customer: its old revenue stays customer revenue.
        const qint64 a = addAccount(*db, u"client"_s, u"active"_s);
        QVERIFY(a > 0);
        QVERIFY(addRevenue(*db, a, u"2023-06-15"_s, 1'000'000, u"client"_s)); // a day too early
        QVERIFY(addRevenue(*db, a, u"2023-06-16"_s, 10'000, u"client"_s)); // first day
        QVERIFY(addRevenue(*db, a, u"2024-06-15"_s, 2'050, u"client"_s)); // today
        QVERIFY(addRevenue(*db, a, u"2024-06-16"_s, 500'000, u"client"_s)); // future
        QVERIFY(addRevenue(*db, a, u"2024-01-10"_s, 7'500, u"customer"_s));
        QVERIFY(addRevenue(*db, a, u"2024-02-10"_s, -1'500, u"customer"_s)); // refund

        const auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->currency(), u"USD"_s);
        QCOMPARE(summary->money(Figure::ClientRevenue), Money(12'050, u"USD"_s));
        QCOMPARE(summary->money(Figure::CustomerRevenue), Money(6'000, u"USD"_s));
        QCOMPARE(summary->money(Figure::TotalRevenue), Money(18'050, u"USD"_s));
        QCOMPARE(summary->count(Figure::TotalRevenue), 0);
        QVERIFY(summary->unconverted().isEmpty());
        QCOMPARE(summary->revenueNote(), QString());

        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(summary->formattedValue(Figure::ClientRevenue, us), u"$120.50"_s);
        QCOMPARE(summary->formattedValue(Figure::TotalRevenue, us), u"$180.50"_s);
    }

    void currencyIsTheFirmsAndOthersAreNamed()
    {
        auto db = openFresh();
        QVERIFY(db);
        const qint64 a = addAccount(*db, u"customer"_s, u"active"_s);
        QVERIFY(addRevenue(*db, a, u"2024-05-01"_s, 100, u"customer"_s, u"EUR"_s));
        QVERIFY(addRevenue(*db, a, u"2024-05-02"_s, 250, u"customer"_s, u"EUR"_s));
        QVERIFY(addRevenue(*db, a, u"2024-05-03"_s, 40000, u"customer"_s, u"IDR"_s));
        auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        // No setting: the firm's currency is IDR; the euros have no rate and are not added
        // in as if they were rupiah.
        QCOMPARE(summary->currency(), u"IDR"_s);
        QCOMPARE(summary->money(Figure::CustomerRevenue), Money(40000, u"IDR"_s));
        QCOMPARE(summary->money(Figure::TotalRevenue), Money(40000, u"IDR"_s));
        QCOMPARE(summary->unconverted().amounts(),
                 (QList<cd::UnconvertedAmount> { { u"EUR"_s, 2, 350 } }));
        QCOMPARE(summary->revenueNote(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"2 EUR entries, 3.50 EUR, have no EUR rate and are not in these figures — add "
                 "rates in Settings."_s);

        // With a EUR rate stored, the note says the entries come from before it.
        QVERIFY(exec(*db,
                     u"INSERT INTO exchange_rates (currency, rate_date, rate_e10) VALUES "
                     "('EUR', '2024-06-01', 170000000000000)"_s));
        summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->revenueNote(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"2 EUR entries from before the first EUR rate, 3.50 EUR, are not in these "
                 "figures — add rates in Settings."_s);

        // A setting that is not a currency code is ignored: IDR.
        QVERIFY(exec(*db, u"INSERT INTO settings (key, value) VALUES ('currency', 'rupiah')"_s));
        summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->currency(), u"IDR"_s);
    }

    void formatsCountsThroughTheLocale()
    {
        auto db = openFresh();
        QVERIFY(db);
        QVERIFY(
            exec(*db,
                 u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234) "
                 "INSERT INTO accounts (kind, status, name, created_at, updated_at) SELECT "
                 "'customer', 'active', 'Customer ' || i, '2024-01-01T00:00:00', "
                 "'2024-01-01T00:00:00' FROM n"_s));
        const auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->formattedValue(Figure::Customers, QLocale(QLocale::English)), u"1,234"_s);
        QCOMPARE(summary->formattedValue(Figure::Customers, QLocale(QLocale::German)), u"1.234"_s);
    }

    void overflowingRevenueIsAnError()
    {
        auto db = openFresh();
        QVERIFY(db);
        // Amounts this large are refused since schema version 6; a file written before may
        // still hold them, and its guards are not there.
        {
            QSqlQuery q(db->connection());
            const QStringList guards = [&] {
                QStringList names;
                q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                       "'bounds_%'"_s);
                while (q.next())
                    names.append(q.value(0).toString());
                return names;
            }();
            QVERIFY(!guards.isEmpty());
            for (const QString &name : guards)
                QVERIFY(q.exec(u"DROP TRIGGER "_s + name)); // names from sqlite_master
        }
        QVERIFY(exec(*db, u"INSERT INTO settings (key, value) VALUES ('currency', 'USD')"_s));
        const qint64 a = addAccount(*db, u"client"_s, u"active"_s);
        const qint64 big = std::numeric_limits<qint64>::max() / 2 + 1;
        QVERIFY(addRevenue(*db, a, u"2024-05-01"_s, big, u"client"_s));
        QVERIFY(addRevenue(*db, a, u"2024-05-02"_s, big, u"customer"_s));
        auto summary = PortfolioSummary::load(*db, kNow);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"more than ClientDesk can count exactly"_s),
                 qPrintable(summary.error()));

        // Within one kind SQLite's own SUM overflows; that too comes back as a sentence.
        QVERIFY(addRevenue(*db, a, u"2024-05-03"_s, big, u"client"_s));
        summary = PortfolioSummary::load(*db, kNow);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().startsWith(u"Reading the revenue"_s), qPrintable(summary.error()));
    }

    void invalidDateIsAnError()
    {
        auto db = openFresh();
        QVERIFY(db);
        const auto summary = PortfolioSummary::load(*db, QDateTime());
        QVERIFY(!summary.ok());
        QVERIFY(!summary.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PortfolioSummary)
#include "tst_portfoliosummary.moc"
