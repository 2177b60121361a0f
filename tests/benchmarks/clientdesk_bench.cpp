// ClientDesk benchmarks: named scenarios on the large sample portfolio, reported as medians
// and as ratios against the sqlite3 shell doing the same work. Run through scripts/bench.
//
//   clientdesk_bench [--data DIR] [--runs N] [--smoke] [SCENARIO...]
//
// The large sample (10,000 accounts, 1,000,000 revenue entries, seed 1) is generated once
// into DIR/large.sqlite and reused by later runs. --smoke uses a small sample and one run,
// so CTest can check that every scenario still works.

#include "analytics/conversioncandidates.h"
#include "analytics/pipelineanalytics.h"
#include "charts/chartpanel.h"
#include "domain/invoicerules.h"
#include "io/csvreader.h"
#include "io/duplicates.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "localtimezone.h"
#include "models/agingmodel.h"
#include "models/clientagendamodel.h"
#include "models/clientlistmodel.h"
#include "models/customerlistmodel.h"
#include "models/pipelinemodel.h"
#include "models/prospectlist.h"
#include "models/worklistmodel.h"
#include "reports/invoicereport.h"
#include "reports/reportbatch.h"
#include "sample/samplegenerator.h"
#include "services/billingrunservice.h"
#include "services/currencyservice.h"
#include "services/invoiceservice.h"
#include "services/reportservice.h"
#include "services/timeservice.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/salerecorder.h"
#include "views/analyticsview.h"
#include "views/clientpage.h"
#include "views/contractsview.h"
#include "views/pipelineboard.h"
#include "views/pipelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Settings
{
    QString dataDir;
    int runs = 5;
    int accounts = 10'000;
    int revenue = 1'000'000;
    bool smoke = false;
};

struct Scenario
{
    QString name;
    QString description;
    double targetMs; ///< 0 when the issue names no target
    /// One timed run of ClientDesk; returns milliseconds, or nothing after printing an error.
    std::function<std::optional<double>(int run)> ours;
    /// The same work in the sqlite3 shell, or an empty function.
    std::function<std::optional<double>(int run)> shell;
};

void appendReportScenarios(QList<Scenario> &list, const Settings &s, const QString &large,
                           QTemporaryDir &scratch);
void appendTimeScenarios(QList<Scenario> &list, const QString &large);
void appendBillingScenarios(QList<Scenario> &list, const QString &large, QTemporaryDir &scratch);
void appendContractScenarios(QList<Scenario> &list, const QString &large);
void appendReceivablesScenarios(QList<Scenario> &list, const QString &large);
void appendCalendarScenarios(QList<Scenario> &list, const QString &large, QTemporaryDir &scratch);
void appendWorklistScenario(QList<Scenario> &list, const QString &large);

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void fail(const QString &message)
{
    QTextStream(stderr) << "clientdesk_bench: " << message << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<double> runShell(const QString &database, const QString &sql)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(u"sqlite3"_s, { u"-batch"_s, database });
    if (!shell.waitForStarted()) {
        fail(u"the sqlite3 shell is not installed (scripts/setup installs it)"_s);
        return std::nullopt;
    }
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (shell.exitCode() != 0) {
        fail(u"sqlite3: "_s + QString::fromUtf8(shell.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return ms;
}

bool generate(const QString &path, const Settings &settings, bool verbose);

/// The server benchmark (CLIENTDESK_BENCH_POSTGRES=URL): the scenarios that only read (views,
/// charts, reports) run on the file and on the server, which holds the same large sample.
const QStringList kServerScenarios {
    u"open-large"_s,        u"clients-list"_s,   u"clients-search"_s, u"client-page"_s,
    u"customers-list"_s,    u"customers-tabs"_s, u"analytics-open"_s, u"analytics-filter"_s,
    u"analytics-regroup"_s, u"revenue-cli"_s,    u"report-client"_s,  u"report-batch"_s,
    u"contracts-area"_s,    u"contracts-time"_s,
};

/// `url` with its database name replaced.
QString withDatabase(const QString &url, const QString &name)
{
    const qsizetype slash = url.indexOf(u'/', url.indexOf(u'@'));
    const qsizetype query = url.indexOf(u'?', slash);
    return url.left(slash + 1) + name + (query < 0 ? QString() : url.mid(query));
}

/// Runs one statement outside any transaction on `url` (CREATE/DROP DATABASE).
bool serverCommand(const QString &url, const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
    const QUrl u(url);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    bool ok = db.open();
    if (ok) {
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            fail(sql + u": "_s + q.lastError().text());
    } else {
        fail(url + u": "_s + db.lastError().text());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return ok;
}

/// Loading the large sample into a fresh database on the server: `clientdesk demo` and
/// `clientdesk copy` (from the large file), each in a database of its own, dropped after.
void appendServerLoadScenarios(QList<Scenario> &list, const Settings &s, const QString &url,
                               const QString &large)
{
    const auto fresh = [url](const QString &name) -> std::optional<QString> {
        serverCommand(url, u"DROP DATABASE IF EXISTS %1"_s.arg(name));
        if (!serverCommand(url, u"CREATE DATABASE %1"_s.arg(name)))
            return std::nullopt;
        return withDatabase(url, name);
    };
    list.append({ u"server-generate"_s,
                  u"generate the sample (%1 accounts, %2 revenue entries) into a fresh server "
                  "database"_s.arg(s.accounts)
                      .arg(s.revenue),
                  60'000,
                  [&s, fresh, url](int) -> std::optional<double> {
                      const auto target = fresh(u"clientdesk_bench_generate"_s);
                      if (!target)
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      if (!generate(*target, s, false))
                          return std::nullopt;
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      serverCommand(url, u"DROP DATABASE clientdesk_bench_generate"_s);
                      return ms;
                  },
                  {} });
    list.append({ u"server-copy"_s,
                  u"clientdesk copy of the large file to a fresh server database (process)"_s,
                  60'000,
                  [fresh, url, large](int) -> std::optional<double> {
                      const auto target = fresh(u"clientdesk_bench_copy"_s);
                      if (!target)
                          return std::nullopt;
                      QProcess process;
                      QElapsedTimer timer;
                      timer.start();
                      process.start(QStringLiteral(CLIENTDESK_BIN),
                                    { u"copy"_s, u"--database"_s, large, u"--to"_s, *target });
                      process.waitForFinished(-1);
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                          fail(u"server-copy: "_s
                               + QString::fromUtf8(process.readAllStandardError()));
                          return std::nullopt;
                      }
                      serverCommand(url, u"DROP DATABASE clientdesk_bench_copy"_s);
                      return ms;
                  },
                  {} });
}

bool generate(const QString &path, const Settings &settings, bool verbose)
{
    auto db = cd::Database::open(path);
    if (!db) {
        fail(db.error());
        return false;
    }
    cd::SampleOptions options;
    options.accounts = settings.accounts;
    options.revenueEntries = settings.revenue;
    options.seed = 1;
    int lastShown = -10;
    const auto progress = [&](int percent, const QString &) {
        if (verbose && percent >= lastShown + 10) {
            lastShown = percent;
            QTextStream(stderr) << "  generating the sample: " << percent << "%" << Qt::endl;
        }
    };
    const auto summary = cd::SampleGenerator(options).generate(**db, progress);
    if (!summary) {
        fail(summary.error());
        return false;
    }
    return true;
}

// The floor for writing the same volume: the sqlite3 shell inserting as many accounts and
// revenue rows from a recursive CTE into a fresh ClientDesk schema, with no logic at all.
QString shellGenerateSql(const Settings &s)
{
    return uR"(PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;
PRAGMA cache_size=-262144;
BEGIN IMMEDIATE;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
INSERT INTO accounts (kind, name, created_at, updated_at)
SELECT CASE WHEN i % 5 = 0 THEN 'client' ELSE 'customer' END, 'Account ' || i,
       '2024-01-01T09:00:00', '2024-01-01T09:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2)
INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, account_kind,
                             description, category, created_at)
SELECT 1 + (i % %1), date('2021-11-23', '+' || (i % 1826) || ' days'), 100000 + i, 'IDR',
       CASE WHEN i % 5 = 0 THEN 'client' ELSE 'customer' END, 'Entry ' || i, 'Training',
       '2024-01-01T09:00:00' FROM n;
COMMIT;
)"_s.arg(s.accounts)
        .arg(s.revenue);
}

// The queries the clients list runs on reload, as text for the shell.
QString clientsListSql()
{
    const QDate today = QDate::currentDate();
    return uR"(SELECT COUNT(*) FROM (SELECT a.id, a.name, u.name FROM accounts a LEFT JOIN users u
  ON u.id = a.manager_id WHERE a.kind = 'client');
SELECT COUNT(*) FROM contracts WHERE status = 'active';
SELECT COUNT(*) FROM (SELECT account_id, COUNT(*) FROM service_requests WHERE status <> 'closed'
  GROUP BY account_id);
SELECT COUNT(*) FROM (SELECT i.account_id, MAX(i.occurred_at) FROM interactions i JOIN accounts a
  ON a.id = i.account_id WHERE a.kind = 'client' GROUP BY i.account_id);
SELECT COUNT(*) FROM (SELECT a.id, SUM(CASE WHEN r.entry_date > '%1' THEN r.amount_minor END)
  FROM accounts a JOIN revenue_entries r ON r.account_id = a.id AND r.entry_date > '%2'
  WHERE a.kind = 'client' GROUP BY a.id);
)"_s.arg(today.addYears(-1).toString(Qt::ISODate), today.addYears(-2).toString(Qt::ISODate));
}

// Import (issue 3): 100,000 revenue rows of the large sample, exported to CSV, imported into
// a database holding the large sample's accounts and contracts; the sqlite3 shell's .import
// of the same file is the floor. Then the duplicate scan over every account.
struct ImportFixture
{
    QString csv; ///< the revenue rows to import
    QString accounts; ///< a database with the accounts and contracts, copied for every run
};

std::optional<ImportFixture> prepareImport(const Settings &s, const QString &large,
                                           QTemporaryDir &scratch)
{
    static std::optional<ImportFixture> fixture;
    if (fixture)
        return fixture;
    const int rows = s.smoke ? 2'000 : 100'000;
    auto source = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
    if (!source) {
        fail(source.error());
        return std::nullopt;
    }
    const QString all = scratch.filePath(u"revenue-all.csv"_s);
    const QString accounts = scratch.filePath(u"accounts.csv"_s);
    const QString contracts = scratch.filePath(u"contracts.csv"_s);
    cd::Exporter exporter(**source);
    for (const auto &[kind, path] : { std::pair { cd::ImportKind::Revenue, all },
                                      std::pair { cd::ImportKind::Accounts, accounts },
                                      std::pair { cd::ImportKind::Contracts, contracts } }) {
        if (const auto ok = exporter.exportKind(kind, path, cd::ExportFormat::Csv); !ok) {
            fail(ok.error());
            return std::nullopt;
        }
    }
    // The first rows of the revenue file.
    QFile in(all);
    QFile out(scratch.filePath(u"revenue.csv"_s));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        fail(u"cannot write the import fixture"_s);
        return std::nullopt;
    }
    for (int line = 0; line <= rows && !in.atEnd(); ++line)
        out.write(in.readLine());
    out.close();
    QFile::remove(all);

    const QString base = scratch.filePath(u"import-base.sqlite"_s);
    {
        auto db = cd::Database::open(base);
        if (!db) {
            fail(db.error());
            return std::nullopt;
        }
        cd::ImportOptions options;
        options.onDuplicate = cd::DuplicatePolicy::Create;
        for (const auto &[kind, path] : { std::pair { cd::ImportKind::Accounts, accounts },
                                          std::pair { cd::ImportKind::Contracts, contracts } }) {
            const auto doc = cd::CsvReader::readFile(path);
            const auto report = doc ? cd::Importer(**db).run(kind, *doc, options)
                                    : cd::Result<cd::ImportReport>(cd::Error { doc.error() });
            if (!report || !report->written) {
                fail(u"preparing the import benchmark: "_s
                     + (report ? report->problems.value(0).toString() : report.error()));
                return std::nullopt;
            }
        }
    }
    fixture = ImportFixture { out.fileName(), base };
    return fixture;
}

void appendImportScenarios(QList<Scenario> &list, const Settings &s, const QString &large,
                           QTemporaryDir &scratch)
{
    list.append({ u"import-revenue"_s, u"import 100,000 revenue rows with full validation"_s, 1000,
                  [&s, large, &scratch](int run) -> std::optional<double> {
                      const auto fixture = prepareImport(s, large, scratch);
                      if (!fixture)
                          return std::nullopt;
                      const QString path = scratch.filePath(u"import-%1.sqlite"_s.arg(run));
                      QFile::copy(fixture->accounts, path);
                      auto db = cd::Database::open(path, { cd::Database::Mode::MustExist, 5000 });
                      if (!db) {
                          fail(db.error());
                          return std::nullopt;
                      }
                      QElapsedTimer timer;
                      timer.start();
                      const auto doc = cd::CsvReader::readFile(fixture->csv);
                      if (!doc) {
                          fail(doc.error());
                          return std::nullopt;
                      }
                      const auto report = cd::Importer(**db).run(cd::ImportKind::Revenue, *doc,
                                                                 cd::ImportOptions {});
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (!report || !report->written) {
                          fail(u"import-revenue: "_s
                               + (report ? report->problems.value(0).toString() : report.error()));
                          return std::nullopt;
                      }
                      db->reset();
                      QFile::remove(path);
                      return ms;
                  },
                  [&s, large, &scratch](int run) -> std::optional<double> {
                      const auto fixture = prepareImport(s, large, scratch);
                      if (!fixture)
                          return std::nullopt;
                      const QString path = scratch.filePath(u"shell-import-%1.sqlite"_s.arg(run));
                      const auto ms
                          = runShell(path, u".import --csv %1 staging\n"_s.arg(fixture->csv));
                      QFile::remove(path);
                      return ms;
                  } });
    list.append({ u"duplicate-scan"_s, u"likely duplicate pairs across every account"_s, 2000,
                  [large](int) -> std::optional<double> {
                      auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
                      if (!db) {
                          fail(db.error());
                          return std::nullopt;
                      }
                      QElapsedTimer timer;
                      timer.start();
                      const auto pairs = cd::findDuplicateAccounts(**db);
                      if (!pairs) {
                          fail(pairs.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [large](int) -> std::optional<double> {
                      return runShell(large,
                                      u"SELECT COUNT(*) FROM (SELECT lower(name) FROM "
                                      "accounts GROUP BY lower(name) HAVING COUNT(*) > 1);"_s);
                  } });
}

/// Opens `copy`, copying the large sample there first if it is not there yet.
bool isServer(const QString &location)
{
    return location.startsWith(u"postgresql://"_s);
}

cd::Result<std::unique_ptr<cd::Database>> openCopy(const QString &large, const QString &copy)
{
    if (isServer(large)) { // the benchmark's own throwaway server: used as it is
        auto opened = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
        if (!opened)
            fail(opened.error());
        return opened;
    }
    if (!QFile::exists(copy) && !QFile::copy(large, copy)) {
        fail(u"cannot copy the large sample to "_s + copy);
        return cd::Error { copy };
    }
    auto opened = cd::Database::open(copy, { cd::Database::Mode::MustExist, 5000 });
    if (!opened)
        fail(opened.error());
    return opened;
}

// The customers (issue 5): the list, a sale's tags, a full recomputation. They work on a
// copy of the large sample, as sales write to it.
void appendCustomerScenarios(QList<Scenario> &list, const QString &large, QTemporaryDir &scratch)
{
    const QString copy = scratch.filePath(u"customers.sqlite"_s);
    const auto db = std::make_shared<std::unique_ptr<cd::Database>>();
    const auto open = [large, copy, db]() -> cd::Database * {
        if (*db)
            return db->get();
        auto opened = openCopy(large, copy);
        if (!opened)
            return nullptr;
        // Not timed: figures as of today (a sample made on another day, or before schema 2).
        if (const auto ok = cd::CustomerStats(**opened).refreshIfStale(QDate::currentDate()); !ok) {
            fail(ok.error());
            return nullptr;
        }
        *db = std::move(opened).value();
        return db->get();
    };
    list.append({ u"customers-list"_s, u"the customers list: every customer's figures and tags"_s,
                  200,
                  [open](int) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      cd::CustomerListModel model(*database);
                      QElapsedTimer timer;
                      timer.start();
                      if (const auto ok = model.reload(); !ok) {
                          fail(ok.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [copy](int) -> std::optional<double> {
                      return runShell(copy,
                                      u"SELECT COUNT(*), SUM(length(a.name)), SUM(s.purchases) "
                                      "FROM accounts a LEFT JOIN customer_stats s ON "
                                      "s.account_id = a.id LEFT JOIN users u ON u.id = "
                                      "a.manager_id WHERE a.kind = 'customer'; SELECT COUNT(*) "
                                      "FROM account_tags t JOIN accounts a ON a.id = "
                                      "t.account_id WHERE a.kind = 'customer';"_s);
                  } });
    // What the rest of the Customers area adds when it opens.
    list.append({ u"customers-tabs"_s,
                  u"the conversion candidates and the prospects (the area's other tabs)"_s,
                  0,
                  [open](int) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      const auto ranked
                          = cd::ConversionCandidates::rank(*database, QDate::currentDate());
                      const auto prospects = cd::ProspectList::load(*database);
                      if (!ranked || !prospects) {
                          fail(ranked ? prospects.error() : ranked.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  {} });
    // A sale to the customer with the longest history: written, figures and tags current.
    const auto busiest = std::make_shared<qint64>(0);
    list.append({ u"sale-tags"_s, u"record a sale and bring that customer's tags up to date"_s, 20,
                  [open, busiest](int) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      if (*busiest == 0) {
                          QSqlQuery q(database->connection());
                          q.exec(u"SELECT account_id FROM customer_stats ORDER BY purchases DESC "
                                 "LIMIT 1"_s);
                          *busiest = q.next() ? q.value(0).toLongLong() : 0;
                      }
                      const auto products = cd::ProductRepository(*database).list(true);
                      if (!products || products->isEmpty()) {
                          fail(u"sale-tags: the sample has no products"_s);
                          return std::nullopt;
                      }
                      cd::Sale sale;
                      sale.accountId = *busiest;
                      sale.date = QDate::currentDate();
                      sale.lines.append({ products->constFirst().id, 2,
                                          products->constFirst().listPrice, 0, u"BENCH"_s });
                      QElapsedTimer timer;
                      timer.start();
                      if (const auto ok = cd::SaleRecorder(*database).record(sale); !ok) {
                          fail(ok.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [copy, busiest](int) -> std::optional<double> {
                      return runShell(
                          copy,
                          u"BEGIN IMMEDIATE; INSERT INTO revenue_entries (account_id, "
                          "entry_date, amount_minor, currency, account_kind, created_at) "
                          "VALUES (%1, date('now'), 100, 'IDR', 'customer', "
                          "datetime('now')); SELECT entry_date, SUM(amount_minor), "
                          "MAX(discount_minor) FROM revenue_entries WHERE account_id = %1 "
                          "GROUP BY entry_date; ROLLBACK;"_s.arg(*busiest));
                  } });
    list.append({ u"tags-recompute"_s, u"recompute every customer's figures and tags"_s, 3000,
                  [open](int) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      if (const auto ok
                          = cd::CustomerStats(*database).refreshAll(QDate::currentDate());
                          !ok) {
                          fail(ok.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [copy](int) -> std::optional<double> {
                      // The same pass in SQL alone: each customer's purchase days.
                      return runShell(copy,
                                      u"SELECT COUNT(*) FROM (SELECT r.account_id, r.entry_date, "
                                      "SUM(r.amount_minor), MAX(r.discount_minor > 0 OR "
                                      "r.promotion IS NOT NULL) FROM revenue_entries r JOIN "
                                      "accounts a ON a.id = r.account_id WHERE a.kind = "
                                      "'customer' GROUP BY r.account_id, r.entry_date);"_s);
                  } });
}

// The pipeline (issue 6): a board of 5,000 open opportunities, a drag to another stage and
// the sales-cycle analytics. They work on a copy of the large sample whose open deals are
// topped up to 5,000 (not timed), spread over the open stages, owners and accounts.
void appendPipelineScenarios(QList<Scenario> &list, const Settings &s, const QString &large,
                             QTemporaryDir &scratch)
{
    const QString copy = scratch.filePath(u"pipeline.sqlite"_s);
    const int wanted = s.smoke ? 300 : 5'000;
    const auto db = std::make_shared<std::unique_ptr<cd::Database>>();
    const auto open = [large, copy, db, wanted]() -> cd::Database * {
        if (*db)
            return db->get();
        auto opened = openCopy(large, copy);
        if (!opened)
            return nullptr;
        QSqlQuery q((*opened)->connection());
        q.exec(u"SELECT count(*) FROM opportunities WHERE stage NOT IN ('won', 'lost')"_s);
        const qint64 missing = wanted - (q.next() ? q.value(0).toLongLong() : 0);
        if (missing > 0) {
            // Accounts and owners picked by id through their indexes (ids are dense in the
            // sample); stages, values, dates and probabilities spread by the row number.
            const bool ok = q.exec(u"BEGIN IMMEDIATE"_s)
                && q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                          "WHERE i < %1) INSERT INTO opportunities (account_id, title, deal_type, "
                          "expected_value_minor, currency, probability, stage, first_contact, "
                          "expected_close, owner_id, next_step, created_at, updated_at, "
                          "row_version) SELECT (SELECT id FROM accounts WHERE id >= (SELECT "
                          "min(id) FROM accounts) + (i * 7919) % (SELECT count(*) FROM accounts) "
                          "ORDER BY id LIMIT 1), 'Benchmark deal ' || i, CASE WHEN i % 3 = 0 "
                          "THEN 'engagement' ELSE 'sale' END, (i % 500 + 1) * 10000000, 'IDR', "
                          "CASE i % 4 WHEN 0 THEN 10 WHEN 1 THEN 25 WHEN 2 THEN 50 ELSE 75 END, "
                          "CASE i % 4 WHEN 0 THEN 'lead' WHEN 1 THEN 'qualified' WHEN 2 THEN "
                          "'proposal' ELSE 'negotiation' END, date('now', '-' || (i % 200) || "
                          "' days'), date('now', '+' || (i % 180 + 1) || ' days'), (SELECT id "
                          "FROM users WHERE id >= (SELECT min(id) FROM users) + i % (SELECT "
                          "count(*) FROM users) ORDER BY id LIMIT 1), 'Call back', "
                          "datetime('now'), datetime('now'), 1 FROM n"_s.arg(missing))
                && q.exec(u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) "
                          "SELECT id, stage, first_contact FROM opportunities WHERE title LIKE "
                          "'Benchmark deal %'"_s)
                && q.exec(u"COMMIT"_s);
            if (!ok) {
                fail(u"topping up the pipeline: "_s + q.lastError().text());
                return nullptr;
            }
        }
        *db = std::move(opened).value();
        return db->get();
    };
    const auto openBoard = [open](cd::PipelineView &view) {
        cd::Database *database = open();
        if (!database)
            return false;
        view.resize(1400, 860);
        view.setDatabase(database);
        view.show();
        view.reload();
        QCoreApplication::processEvents(); // laid out and painted
        return true;
    };
    list.append(
        { u"pipeline-board"_s,
          u"open the board of %1 open opportunities (model, columns, first paint)"_s.arg(wanted),
          300,
          [open, openBoard](int) -> std::optional<double> {
              if (!open()) // the top-up is not timed
                  return std::nullopt;
              cd::PipelineView view;
              QElapsedTimer timer;
              timer.start();
              if (!openBoard(view))
                  return std::nullopt;
              if (view.model()->rowCount() < 300) {
                  fail(u"pipeline-board: the board is nearly empty"_s);
                  return std::nullopt;
              }
              return double(timer.nsecsElapsed()) / 1e6;
          },
          [copy](int) -> std::optional<double> {
              return runShell(
                  copy,
                  u"SELECT count(*), sum(length(t.title)) FROM (SELECT o.title, "
                  "a.name, u.name, (SELECT max(s.changed_on) FROM opportunity_stages s "
                  "WHERE s.opportunity_id = o.id), CASE WHEN o.stage IN ('won', 'lost') "
                  "THEN NULL ELSE (SELECT max(i.occurred_at) FROM interactions i WHERE "
                  "i.account_id = o.account_id) END FROM opportunities o JOIN accounts a "
                  "ON a.id = o.account_id LEFT JOIN users u ON u.id = o.owner_id WHERE "
                  "o.stage NOT IN ('won', 'lost') OR o.closed_on >= date('now', "
                  "'-30 days')) t;"_s);
          } });
    // One card dragged back and forth between Qualified and Proposal on an open board.
    const auto board = std::make_shared<std::unique_ptr<cd::PipelineView>>();
    const auto dragged = std::make_shared<qint64>(0);
    list.append({ u"pipeline-drag"_s, u"drag a card to another stage: saved and shown"_s, 30,
                  [openBoard, board, dragged](int run) -> std::optional<double> {
                      if (!*board) {
                          *board = std::make_unique<cd::PipelineView>();
                          if (!openBoard(**board))
                              return std::nullopt;
                          cd::PipelineModel *model = (*board)->model();
                          for (int row = 0; row < model->rowCount() && *dragged == 0; ++row) {
                              if (model->cardAt(row)->stage == cd::OpportunityStage::Qualified)
                                  *dragged = model->cardAt(row)->id;
                          }
                      }
                      const auto to = run % 2 == 0 ? cd::OpportunityStage::Proposal
                                                   : cd::OpportunityStage::Qualified;
                      QElapsedTimer timer;
                      timer.start();
                      (*board)->board()->drop({ *dragged }, to);
                      QCoreApplication::processEvents();
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if ((*board)->model()->card(*dragged)->stage != to) {
                          fail(u"pipeline-drag: the card did not move"_s);
                          return std::nullopt;
                      }
                      return ms;
                  },
                  [copy](int run) -> std::optional<double> {
                      // Another deal than the one on the board, so the board's copy stays
                      // current: the stage change, its history row and the audit row.
                      return runShell(
                          copy,
                          u"BEGIN IMMEDIATE; CREATE TEMP TABLE d AS SELECT max(id) AS id FROM "
                          "opportunities WHERE title LIKE 'Benchmark deal %'; UPDATE "
                          "opportunities SET stage = '%1', row_version = row_version + 1 WHERE "
                          "id = (SELECT id FROM d); INSERT INTO opportunity_stages "
                          "(opportunity_id, stage, changed_on) SELECT id, '%1', date('now') FROM "
                          "d; INSERT INTO audit_log (at, user_name, entity, entity_id, action, "
                          "details) SELECT datetime('now'), 'bench', 'opportunity', id, "
                          "'update', 'moved' FROM d; COMMIT;"_s.arg(run % 2 == 0 ? u"qualified"_s
                                                                                 : u"proposal"_s));
                  } });
    list.append({ u"pipeline-analytics"_s,
                  u"sales-cycle analytics, stale deals and the weighted forecast"_s, 100,
                  [open](int) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      const auto figures
                          = cd::PipelineAnalytics::compute(*database, QDate::currentDate());
                      if (!figures) {
                          fail(figures.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [copy](int) -> std::optional<double> {
                      return runShell(copy,
                                      u"SELECT count(*), sum(o.expected_value_minor), sum((SELECT "
                                      "max(i.occurred_at) FROM interactions i WHERE i.account_id "
                                      "= o.account_id) IS NULL) FROM opportunities o; SELECT "
                                      "opportunity_id, count(*), min(changed_on), "
                                      "max(changed_on) FROM opportunity_stages GROUP BY "
                                      "opportunity_id ORDER BY opportunity_id LIMIT 1 OFFSET "
                                      "1000000;"_s);
                  } });
}

// The revenue analytics (issue 7), each against the sqlite3 shell's full scan of the revenue
// table, the work a report without the rollups would do.
QString revenueScanSql()
{
    return u"SELECT substr(entry_date, 1, 7), account_kind, sum(amount_minor) FROM "
           "revenue_entries GROUP BY 1, 2;"_s;
}

// Exchange rates (issue 25): a rate changed, removed or imported converts the entries it
// affects again, and a new firm's currency converts every entry. On copies of the large
// sample (its USD and SGD entries and a weekday rate history).
void appendRateScenarios(QList<Scenario> &list, QTemporaryDir &scratch, const QString &large)
{
    const QString copy = scratch.filePath(u"rates.sqlite"_s);
    const auto db = std::make_shared<std::unique_ptr<cd::Database>>();
    const auto rates = std::make_shared<QList<cd::RateEntry>>();
    const auto open = [large, copy, db, rates]() -> cd::Database * {
        if (*db)
            return db->get();
        auto opened = openCopy(large, copy);
        if (!opened)
            return nullptr;
        auto stored = cd::CurrencyService(**opened).rates(u"USD"_s);
        if (!stored || stored->size() < 100) {
            fail(u"the sample holds no USD rate history"_s);
            return nullptr;
        }
        *rates = *stored;
        *db = std::move(opened).value();
        return db->get();
    };
    // A rate in the middle of the history: only the entries up to the next rate change.
    list.append({ u"rate-edit"_s,
                  u"change one USD rate: its day's entries convert again"_s,
                  250,
                  [open, db, rates](int run) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      cd::RateEntry rate = rates->at(rates->size() / 2 + run);
                      rate.rate
                          = cd::ExchangeRate::fromScaled(rate.rate.scaled() / 100 * (101 + run));
                      QElapsedTimer timer;
                      timer.start();
                      if (const auto ok = cd::CurrencyService(*database).setRate(rate); !ok) {
                          fail(ok.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  {} });
    list.append({ u"rate-remove"_s,
                  u"remove one USD rate: its days convert at the one before"_s,
                  250,
                  [open, db, rates](int run) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      const cd::RateEntry &rate = rates->at(rates->size() / 2 + 20 + 2 * run);
                      QElapsedTimer timer;
                      timer.start();
                      if (const auto ok
                          = cd::CurrencyService(*database).removeRate(rate.currency, rate.date);
                          !ok) {
                          fail(ok.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  {} });
    // The whole history imported into a copy without rates: every USD and SGD entry (a
    // tenth) converts.
    const QString bare = scratch.filePath(u"rates-bare.sqlite"_s);
    const auto all = std::make_shared<QList<cd::RateEntry>>();
    const auto prepareBare = [large, bare, all]() -> bool {
        if (QFile::exists(bare))
            return true;
        auto opened = openCopy(large, bare);
        if (!opened)
            return false;
        const cd::CurrencyService service(**opened);
        const auto stored = service.rates();
        const auto table = service.rateTable();
        if (!stored || !table) {
            fail(!stored ? stored.error() : table.error());
            return false;
        }
        *all = *stored;
        QSqlQuery q((*opened)->connection());
        QSqlQuery unconvert((*opened)->connection());
        // Not timed: the rates go and the entries wait for them (the triggers keep the
        // rollups).
        unconvert.prepare(u"UPDATE revenue_entries SET converted_minor = NULL "
                          "WHERE currency <> ?"_s);
        unconvert.addBindValue(table->firmCurrency());
        if (!q.exec(u"BEGIN"_s) || !unconvert.exec() || !q.exec(u"DELETE FROM exchange_rates"_s)
            || !q.exec(u"COMMIT"_s)) {
            fail(q.lastError().text());
            return false;
        }
        return true;
    };
    list.append(
        { u"rate-import"_s,
          u"import the USD and SGD rate history: a tenth converts"_s,
          2000,
          [&scratch, bare, all, prepareBare](int run) -> std::optional<double> {
              if (!prepareBare())
                  return std::nullopt;
              const QString path = scratch.filePath(u"rates-import-%1.sqlite"_s.arg(run));
              QFile::copy(bare, path);
              auto opened = cd::Database::open(path, { cd::Database::Mode::MustExist, 5000 });
              if (!opened) {
                  fail(opened.error());
                  return std::nullopt;
              }
              QElapsedTimer timer;
              timer.start();
              if (const auto ok = cd::CurrencyService(**opened).addRates(*all); !ok) {
                  fail(ok.error());
                  return std::nullopt;
              }
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              opened->reset();
              QFile::remove(path);
              return ms;
          },
          {} });
    list.append(
        { u"firm-currency"_s,
          u"make USD the firm's currency: every entry converts"_s,
          10'000,
          [&scratch, large](int run) -> std::optional<double> {
              const QString path = scratch.filePath(u"rates-firm-%1.sqlite"_s.arg(run));
              auto opened = openCopy(large, path);
              if (!opened)
                  return std::nullopt;
              QElapsedTimer timer;
              timer.start();
              if (const auto ok = cd::CurrencyService(**opened).changeFirmCurrency(u"USD"_s); !ok) {
                  fail(ok.error());
                  return std::nullopt;
              }
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              opened->reset();
              QFile::remove(path);
              return ms;
          },
          {} });
}

void appendAnalyticsScenarios(QList<Scenario> &list, const QString &large)
{
    const auto db = std::make_shared<std::unique_ptr<cd::Database>>();
    const auto open = [large, db]() -> cd::Database * {
        if (!*db) {
            auto opened = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
            if (!opened) {
                fail(opened.error());
                return nullptr;
            }
            *db = std::move(opened).value();
        }
        return db->get();
    };
    const auto scan = [large](int) {
        return runShell(large, revenueScanSql());
    };
    list.append({ u"analytics-open"_s,
                  u"open Analytics: the rollup read, the revenue, pipeline and outlook charts "
                  "built and painted (real widget, offscreen; the time and billing charts "
                  "follow on their own read)"_s,
                  300,
                  [open](int) -> std::optional<double> {
                      cd::Database *database = open();
                      if (!database)
                          return std::nullopt;
                      cd::AnalyticsView view;
                      view.resize(1400, 1800);
                      view.setDatabase(database);
                      view.show();
                      QCoreApplication::processEvents();
                      QElapsedTimer timer;
                      timer.start();
                      view.reload();
                      if (!view.waitForRevenue(60000) || view.byTypePanel()->isEmpty()) {
                          fail(u"analytics-open: "_s + view.statusText());
                          return std::nullopt;
                      }
                      QCoreApplication::processEvents(); // painted
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  scan });
    // One view for both filter scenarios: opened on the first run of either.
    const auto view = std::make_shared<std::unique_ptr<cd::AnalyticsView>>();
    const auto openView = [open, view]() -> cd::AnalyticsView * {
        if (!*view) {
            cd::Database *database = open();
            if (!database)
                return nullptr;
            *view = std::make_unique<cd::AnalyticsView>();
            (*view)->resize(1400, 1800);
            (*view)->setDatabase(database);
            (*view)->show();
            (*view)->reload();
            if (!(*view)->waitForLoaded(60000))
                return nullptr;
        }
        return view->get();
    };
    list.append(
        { u"analytics-filter"_s,
          u"change the period or the manager: all six revenue charts recomputed, rebuilt and "
          "painted"_s,
          50,
          [openView](int run) -> std::optional<double> {
              cd::AnalyticsView *v = openView();
              if (!v)
                  return std::nullopt;
              QElapsedTimer timer;
              timer.start();
              if (run % 2 == 0) {
                  v->managerBox()->setCurrentIndex((v->managerBox()->currentIndex() + 1)
                                                   % v->managerBox()->count());
              } else {
                  v->presetBox()->setCurrentIndex(
                      v->presetBox()->currentIndex() == 0
                          ? v->presetBox()->findData(int(cd::AnalyticsView::Preset::AllTime))
                          : 0);
              }
              QCoreApplication::processEvents(); // painted
              return double(timer.nsecsElapsed()) / 1e6;
          },
          scan });
    list.append(
        { u"analytics-regroup"_s,
          u"change the grouping or the segment chart's dimension: the charts it changes "
          "rebuilt and painted"_s,
          50,
          [openView](int run) -> std::optional<double> {
              cd::AnalyticsView *v = openView();
              if (!v)
                  return std::nullopt;
              QElapsedTimer timer;
              timer.start();
              if (run % 2 == 0) {
                  v->groupingBox()->setCurrentIndex((v->groupingBox()->currentIndex() + 1) % 3);
              } else {
                  v->breakdownBox()->setCurrentIndex((v->breakdownBox()->currentIndex() + 1) % 4);
              }
              QCoreApplication::processEvents(); // painted
              return double(timer.nsecsElapsed()) / 1e6;
          },
          scan });
    list.append(
        { u"revenue-cli"_s,
          u"clientdesk revenue --by month: process start to the last line (wall time)"_s, 150,
          [large](int) -> std::optional<double> {
              QProcess process;
              QElapsedTimer timer;
              timer.start();
              process.start(QStringLiteral(CLIENTDESK_BIN),
                            { u"revenue"_s, u"--by"_s, u"month"_s, u"--format"_s, u"csv"_s,
                              u"--database"_s, large });
              process.waitForFinished(-1);
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              if (process.exitCode() != 0
                  || !process.readAllStandardOutput().startsWith("period,client")) {
                  fail(u"revenue-cli: "_s + QString::fromUtf8(process.readAllStandardError()));
                  return std::nullopt;
              }
              return ms;
          },
          scan });
}

QList<Scenario> scenarios(const Settings &s, const QString &large, QTemporaryDir &scratch)
{
    QList<Scenario> list;
    list.append(
        { u"generate-large"_s,
          u"generate the sample (%1 accounts, %2 revenue entries)"_s.arg(s.accounts).arg(s.revenue),
          20'000,
          [&s, &scratch](int run) -> std::optional<double> {
              const QString path = scratch.filePath(u"generate-%1.sqlite"_s.arg(run));
              QElapsedTimer timer;
              timer.start();
              if (!generate(path, s, false))
                  return std::nullopt;
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              QFile::remove(path);
              return ms;
          },
          [&s, &scratch](int run) -> std::optional<double> {
              const QString path = scratch.filePath(u"shell-%1.sqlite"_s.arg(run));
              { // a fresh, migrated ClientDesk schema, not timed
                  auto db = cd::Database::open(path);
                  if (!db) {
                      fail(db.error());
                      return std::nullopt;
                  }
              }
              const auto ms = runShell(path, shellGenerateSql(s));
              QFile::remove(path);
              return ms;
          } });
    list.append({ u"open-large"_s, u"open the large database (checks, pragmas, schema version)"_s,
                  0,
                  [large](int) -> std::optional<double> {
                      QElapsedTimer timer;
                      timer.start();
                      auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
                      if (!db) {
                          fail(db.error());
                          return std::nullopt;
                      }
                      QSqlQuery q((*db)->connection());
                      q.exec(u"SELECT COUNT(*) FROM accounts"_s);
                      q.next();
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [large](int) -> std::optional<double> {
                      return runShell(large,
                                      u"PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                                      "SELECT value FROM cd_meta WHERE key = "
                                      "'schema_version'; SELECT COUNT(*) FROM accounts;"_s);
                  } });
    // The clients list (issue 4): computing every client's figures, then one search keystroke.
    const auto clientsDb = std::make_shared<std::unique_ptr<cd::Database>>();
    const auto clientsModel = std::make_shared<std::unique_ptr<cd::ClientListModel>>();
    const auto openClients = [large, clientsDb, clientsModel]() -> bool {
        if (*clientsModel)
            return true;
        auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
        if (!db) {
            fail(db.error());
            return false;
        }
        *clientsDb = std::move(db).value();
        *clientsModel = std::make_unique<cd::ClientListModel>(**clientsDb);
        return true;
    };
    list.append({ u"clients-list"_s, u"the clients list: every client's figures and health"_s, 150,
                  [openClients, clientsModel](int) -> std::optional<double> {
                      if (!openClients())
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      if (const auto ok = (*clientsModel)->reload(); !ok) {
                          fail(ok.error());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  [large](int) -> std::optional<double> {
                      return runShell(large, clientsListSql());
                  } });
    list.append(
        { u"clients-search"_s, u"one search keystroke in the clients list"_s, 50,
          [openClients, clientsModel](int run) -> std::optional<double> {
              if (!openClients())
                  return std::nullopt;
              static const QStringList typed { u"m"_s, u"ma"_s, u"maj"_s, u"maju"_s, u"s"_s };
              cd::ClientFilter filter;
              filter.search = typed.at(run % typed.size());
              QElapsedTimer timer;
              timer.start();
              if (const auto ok = (*clientsModel)->setFilter(filter); !ok) {
                  fail(ok.error());
                  return std::nullopt;
              }
              return double(timer.nsecsElapsed()) / 1e6;
          },
          [large](int) -> std::optional<double> {
              return runShell(large,
                              u"SELECT COUNT(*) FROM (SELECT id FROM accounts WHERE "
                              "kind = 'client' AND lower(name) LIKE '%maj%');"_s);
          } });
    list.append({ u"client-page"_s,
                  u"open the page of the client with the longest history"_s,
                  100,
                  [openClients, clientsDb](int) -> std::optional<double> {
                      if (!openClients())
                          return std::nullopt;
                      QSqlQuery q((**clientsDb).connection());
                      q.exec(u"SELECT r.account_id FROM revenue_entries r JOIN accounts a ON a.id "
                             "= r.account_id WHERE a.kind = 'client' GROUP BY r.account_id "
                             "ORDER BY COUNT(*) DESC LIMIT 1"_s);
                      const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
                      cd::ClientPage page;
                      page.setDatabase(clientsDb->get());
                      QElapsedTimer timer;
                      timer.start();
                      if (!page.showClient(id)) {
                          fail(page.message());
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  {} });
    appendImportScenarios(list, s, large, scratch);
    appendCustomerScenarios(list, large, scratch);
    appendPipelineScenarios(list, s, large, scratch);
    appendAnalyticsScenarios(list, large);
    appendReportScenarios(list, s, large, scratch);
    appendRateScenarios(list, scratch, large);
    appendTimeScenarios(list, large);
    appendBillingScenarios(list, large, scratch);
    appendContractScenarios(list, large);
    appendReceivablesScenarios(list, large);
    appendCalendarScenarios(list, large, scratch);
    appendWorklistScenario(list, large);
    return list;
}

/// A hand-made invoice of 20 lines, for a sample without invoices.
cd::InvoiceReportData handMadeInvoice()
{
    cd::InvoiceReportData d;
    d.firm.name = u"Sinar Advisory"_s;
    d.firm.address = u"Jl. Asia Afrika 8\nBandung"_s;
    d.firm.taxId = u"01.234.567.8-901.000"_s;
    d.firm.bankName = u"Bank Central Asia"_s;
    d.firm.bankAccountNumber = u"123-456-7890"_s;
    d.account.name = u"PT Maju Bersama"_s;
    d.account.city = u"Jakarta"_s;
    d.printedOn = QDate::currentDate();
    cd::Invoice &inv = d.invoice;
    inv.number = u"INV/2026/00001"_s;
    inv.date = QDate(2026, 11, 30);
    inv.dueDate = QDate(2026, 12, 30);
    inv.currency = u"IDR"_s;
    inv.state = cd::InvoiceState::Issued;
    for (int i = 1; i <= 20; ++i) {
        cd::InvoiceLine line;
        line.description = u"Consulting, week %1"_s.arg(i);
        line.quantityMilli = 7500;
        line.unitPriceMinor = 150'000'000;
        line.amountMinor = *cd::InvoiceRules::lineAmount(line.quantityMilli, line.unitPriceMinor);
        line.taxRateBp = 1100;
        inv.lines.append(line);
    }
    (void)cd::InvoiceRules::total(inv);
    return d;
}

/// invoice-pdf: the issued invoice with the most lines as PDF, in-process (its data read
/// through InvoiceService, laid out, written); a hand-made one of 20 lines when the sample
/// has no invoices.
void appendInvoiceScenario(QList<Scenario> &list, const QString &large, QTemporaryDir &scratch)
{
    const auto longest = std::make_shared<std::optional<qint64>>();
    list.append(
        { u"invoice-pdf"_s,
          u"one invoice as PDF, in-process: data read, laid out, written"_s,
          100,
          [large, &scratch, longest](int run) -> std::optional<double> {
              auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
              if (!db) {
                  fail(db.error());
                  return std::nullopt;
              }
              if (!longest->has_value()) {
                  QSqlQuery q((**db).connection());
                  q.exec(u"SELECT l.invoice_id FROM invoice_lines l JOIN invoices i ON i.id = "
                         "l.invoice_id WHERE i.number IS NOT NULL GROUP BY l.invoice_id ORDER BY "
                         "COUNT(*) DESC LIMIT 1"_s);
                  *longest = q.next() ? q.value(0).toLongLong() : 0;
                  if (**longest == 0)
                      std::fprintf(stderr,
                                   "invoice-pdf: the sample has no invoices; timing a "
                                   "hand-made one of 20 lines\n");
              }
              const QString path = scratch.filePath(u"invoice-%1.pdf"_s.arg(run));
              const cd::ReportService reports(**db);
              const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
              QElapsedTimer timer;
              timer.start();
              const auto pages = **longest != 0
                  ? cd::ReportBatch::writeInvoice(reports, **longest, QDate::currentDate(), path,
                                                  locale)
                  : cd::InvoiceReport::writePdf(handMadeInvoice(), path, locale);
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              if (!pages) {
                  fail(u"invoice-pdf: "_s + pages.error());
                  return std::nullopt;
              }
              QFile::remove(path);
              return ms;
          },
          {} });
}

void appendReportScenarios(QList<Scenario> &list, const Settings &s, const QString &large,
                           QTemporaryDir &scratch)
{
    // The client with the most revenue entries: the longest report of the sample.
    const auto busiest = [large]() -> qint64 {
        auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
        if (!db)
            return 0;
        QSqlQuery q((**db).connection());
        q.exec(u"SELECT r.account_id FROM revenue_entries r JOIN accounts a ON a.id = "
               "r.account_id WHERE a.kind = 'client' GROUP BY r.account_id ORDER BY COUNT(*) "
               "DESC LIMIT 1"_s);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const auto client = std::make_shared<qint64>(0);
    list.append(
        { u"report-client"_s,
          u"one client report as PDF, in-process: data read, laid out, written"_s, 200,
          [large, &scratch, busiest, client](int run) -> std::optional<double> {
              if (*client == 0)
                  *client = busiest();
              auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
              if (!db) {
                  fail(db.error());
                  return std::nullopt;
              }
              const QString path = scratch.filePath(u"client-%1.pdf"_s.arg(run));
              const cd::ReportService reports(**db);
              QElapsedTimer timer;
              timer.start();
              const QDate today = QDate::currentDate();
              const auto pages = cd::ReportBatch::writeOne(
                  reports, *client, cd::ReportPeriod::lastTwelveMonths(today), today, path,
                  QLocale(QLocale::English, QLocale::UnitedKingdom));
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              if (!pages) {
                  fail(u"report-client: "_s + pages.error());
                  return std::nullopt;
              }
              QFile::remove(path);
              return ms;
          },
          [large, busiest, client](int) -> std::optional<double> {
              if (*client == 0)
                  *client = busiest();
              // The report's reads: the account, its contacts, contracts, plan, requests,
              // two years of revenue by category, deals and interactions.
              return runShell(
                  large,
                  u"SELECT * FROM accounts WHERE id = %1; SELECT * FROM contacts WHERE "
                  "account_id = %1; SELECT * FROM contracts WHERE account_id = %1; SELECT "
                  "* FROM service_items WHERE account_id = %1; SELECT * FROM "
                  "service_requests WHERE account_id = %1; SELECT coalesce(category, ''), "
                  "entry_date >= date('now', '-1 year'), sum(amount_minor) FROM "
                  "revenue_entries WHERE account_id = %1 AND entry_date >= date('now', "
                  "'-2 years') GROUP BY 1, 2; SELECT * FROM opportunities WHERE "
                  "account_id = %1; SELECT * FROM interactions WHERE account_id = %1;"_s.arg(
                      *client));
          } });
    appendInvoiceScenario(list, large, scratch);
    const int batchSize = s.smoke ? 20 : 1000;
    list.append(
        { u"report-batch"_s,
          u"%1 client reports into a folder, on every core"_s.arg(batchSize),
          180'000,
          [large, &scratch, batchSize](int run) -> std::optional<double> {
              QList<cd::ReportBatch::Client> clients;
              {
                  auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
                  if (!db) {
                      fail(db.error());
                      return std::nullopt;
                  }
                  const auto all = cd::ReportData::clientsOf(**db, std::nullopt);
                  if (!all) {
                      fail(all.error());
                      return std::nullopt;
                  }
                  for (qsizetype i = 0; i < all->size() && i < batchSize; ++i)
                      clients.append({ all->at(i).first, all->at(i).second });
              }
              const QString folder = scratch.filePath(u"batch-%1"_s.arg(run));
              const auto opened
                  = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
              if (!opened) {
                  fail(u"report-batch: "_s + opened.error());
                  return std::nullopt;
              }
              const cd::ReportService reports(**opened);
              QElapsedTimer timer;
              timer.start();
              const QDate today = QDate::currentDate();
              cd::ReportBatch batch;
              batch.start(reports,
                          { clients, cd::ReportPeriod::lastTwelveMonths(today), today, folder,
                            QLocale(QLocale::English, QLocale::UnitedKingdom) });
              batch.waitForDone(std::numeric_limits<int>::max());
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              const cd::Result<int> &written = batch.result();
              if (!written || *written != clients.size()) {
                  fail(u"report-batch: "_s + (written ? u"too few reports"_s : written.error()));
                  return std::nullopt;
              }
              QDir(folder).removeRecursively();
              return ms;
          },
          {} });
}

/// CLIENTDESK_BENCH_POSTGRES=URL: loading the sample into the server, then every scenario
/// that only reads run on the server and on the file, the server's against twice the file's
/// target. An empty server database gets the large sample first (generated, not timed).
int runOnServer(const Settings &s, const QString &url, const QString &large,
                const QStringList &wanted, QTemporaryDir &scratch)
{
    {
        auto db = cd::Database::open(url);
        if (!db) {
            fail(db.error());
            return 1;
        }
        QSqlQuery q((*db)->connection());
        if (!q.exec(u"SELECT count(*) FROM revenue_entries"_s) || !q.next()) {
            fail(q.lastError().text());
            return 1;
        }
        if (q.value(0).toLongLong() == 0) {
            QTextStream(stderr) << "Loading the large sample into " << url << " once" << Qt::endl;
            db->reset();
            if (!generate(url, s, !s.smoke))
                return 1;
        }
    }
    const auto want = [&wanted](const QString &name) {
        return wanted.isEmpty() || wanted.contains(name);
    };
    out() << u"%1 %2 %3 %4 %5  %6"_s.arg(u"scenario"_s, -18)
                 .arg(u"server ms"_s, 10)
                 .arg(u"file ms"_s, 10)
                 .arg(u"ratio"_s, 6)
                 .arg(u"target"_s, 8)
                 .arg(u"what"_s)
          << Qt::endl;
    bool allOk = true;
    const auto report
        = [&](const QString &name, const QList<double> &onServer, const QList<double> &onFile,
              double targetMs, const QString &description) {
              const double m = median(onServer);
              const double fm = onFile.isEmpty() ? 0 : median(onFile);
              const bool met = targetMs <= 0 || m <= targetMs;
              allOk = allOk && met;
              out() << u"%1 %2 %3 %4 %5  %6"_s.arg(name, -18)
                           .arg(m, 10, 'f', 1)
                           .arg(onFile.isEmpty() ? u"-"_s : QString::number(fm, 'f', 1), 10)
                           .arg(onFile.isEmpty() ? u"-"_s : QString::number(m / fm, 'f', 2), 6)
                           .arg(targetMs > 0 ? QString::number(targetMs, 'f', 0) : u"-"_s, 8)
                           .arg(description + (met ? QString() : u"  (TARGET MISSED)"_s))
                    << Qt::endl;
          };
    QList<Scenario> load;
    appendServerLoadScenarios(load, s, url, large);
    for (const Scenario &scenario : std::as_const(load)) {
        if (!want(scenario.name))
            continue;
        QList<double> ours;
        for (int run = 0; run < std::min(s.runs, 3); ++run) {
            const auto ms = scenario.ours(run);
            if (!ms)
                return 1;
            ours.append(*ms);
        }
        report(scenario.name, ours, {}, scenario.targetMs, scenario.description);
    }
    const QList<Scenario> onFile = scenarios(s, large, scratch);
    const QList<Scenario> onServer = scenarios(s, url, scratch);
    for (qsizetype i = 0; i < onServer.size(); ++i) {
        const Scenario &scenario = onServer.at(i);
        if (!kServerScenarios.contains(scenario.name) || !want(scenario.name))
            continue;
        QList<double> server, file;
        for (int run = 0; run < s.runs; ++run) {
            const auto ms = scenario.ours(run);
            const auto fileMs = onFile.at(i).ours(run);
            if (!ms || !fileMs)
                return 1;
            server.append(*ms);
            file.append(*fileMs);
        }
        report(scenario.name, server, file, 2 * scenario.targetMs, scenario.description);
    }
    return s.smoke || allOk ? 0 : 1;
}

/// Time (issue 26) on the large sample's 300,000 entries: `clientdesk time --by contract` as a
/// process, the Time area's week grid of the busiest person in their last full week, and the
/// list of the last full month for everyone (TimeService, as the Time area calls it).
void appendTimeScenarios(QList<Scenario> &list, const QString &large)
{
    list.append({ u"time-cli"_s,
                  u"clientdesk time --by contract: process start to the last line (wall time)"_s,
                  200,
                  [large](int) -> std::optional<double> {
                      QProcess process;
                      QElapsedTimer timer;
                      timer.start();
                      process.start(QStringLiteral(CLIENTDESK_BIN),
                                    { u"time"_s, u"--by"_s, u"contract"_s, u"--format"_s, u"csv"_s,
                                      u"--database"_s, large });
                      process.waitForFinished(-1);
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      const QByteArray output = process.readAllStandardOutput();
                      if (process.exitCode() != 0 || !output.startsWith("contract,minutes")
                          || output.count('\n') < 2) {
                          fail(u"time-cli: "_s + QString::fromUtf8(process.readAllStandardError()));
                          return std::nullopt;
                      }
                      return ms;
                  },
                  {} });
    // The busiest person, their last full week, the last full month: found once, not timed.
    struct TimeFixture
    {
        std::unique_ptr<cd::Database> db;
        qint64 userId = 0;
        QDate monday, month;
    };
    const auto fixture = std::make_shared<TimeFixture>();
    const auto open = [large, fixture]() -> bool {
        if (fixture->db)
            return true;
        auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
        if (!db) {
            fail(db.error());
            return false;
        }
        QSqlQuery q((*db)->connection());
        if (!q.exec(u"SELECT user_id, max(entry_date) FROM time_entries GROUP BY user_id "
                    "ORDER BY count(*) DESC LIMIT 1"_s)
            || !q.next()) {
            fail(u"the large sample holds no time entries; delete it to make it again"_s);
            return false;
        }
        fixture->userId = q.value(0).toLongLong();
        const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        fixture->monday = last.addDays(1 - last.dayOfWeek() - 7);
        fixture->month = QDate(last.year(), last.month(), 1).addMonths(-1);
        fixture->db = std::move(db).value();
        return true;
    };
    list.append({ u"time-week"_s,
                  u"the week grid of one person (TimeService::week)"_s,
                  50,
                  [open, fixture](int) -> std::optional<double> {
                      if (!open())
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      const auto rows
                          = cd::TimeService(*fixture->db).week(fixture->userId, fixture->monday);
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (!rows || rows->isEmpty()) {
                          fail(u"time-week: "_s + (rows ? u"no rows"_s : rows.error()));
                          return std::nullopt;
                      }
                      return ms;
                  },
                  {} });
    list.append({ u"time-month"_s,
                  u"the list of one month for everyone (TimeService::list)"_s,
                  150,
                  [open, fixture](int) -> std::optional<double> {
                      if (!open())
                          return std::nullopt;
                      cd::TimeFilter filter;
                      filter.from = fixture->month;
                      filter.to = fixture->month.addMonths(1).addDays(-1);
                      QElapsedTimer timer;
                      timer.start();
                      const auto rows = cd::TimeService(*fixture->db).list(filter);
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (!rows || rows->isEmpty()) {
                          fail(u"time-month: "_s + (rows ? u"no rows"_s : rows.error()));
                          return std::nullopt;
                      }
                      return ms;
                  },
                  {} });
}

// The billing run (issue 27) on a copy of the large sample, for the month of its last time
// entry as if that month had ended (the sample bills only the months that have), its days
// after that entry given the hours of a month earlier: every contract of that month
// proposed, with its hours and its retainers' overage; then created and issued on a fresh
// copy of that copy each run (the copy and the proposal not timed).
void appendBillingScenarios(QList<Scenario> &list, const QString &large, QTemporaryDir &scratch)
{
    struct BillFixture
    {
        QString base;
        std::unique_ptr<cd::Database> db;
        QString period;
        QDate today;
    };
    const auto fixture = std::make_shared<BillFixture>();
    fixture->base = scratch.filePath(u"bill-base.sqlite"_s);
    const auto open = [large, fixture]() -> bool {
        if (fixture->db)
            return true;
        if (!fixture->period.isEmpty()) { // prepared already, closed by bill-issue
            auto db = cd::Database::open(fixture->base, { cd::Database::Mode::MustExist, 5000 });
            if (!db)
                fail(db.error());
            else
                fixture->db = std::move(db).value();
            return bool(fixture->db);
        }
        if (!QFile::copy(large, fixture->base)) {
            fail(u"cannot copy the large sample to "_s + fixture->base);
            return false;
        }
        auto db = cd::Database::open(fixture->base, { cd::Database::Mode::MustExist, 5000 });
        if (!db) {
            fail(db.error());
            return false;
        }
        QSqlQuery q((*db)->connection());
        QDate last = QDate::currentDate();
        if (q.exec(u"SELECT max(entry_date) FROM time_entries"_s) && q.next()
            && !q.value(0).isNull())
            last = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate month = QDate(last.year(), last.month(), 1);
        fixture->period = month.toString(u"yyyy-MM"_s);
        fixture->today = month.addMonths(1);
        // The rest of the month gets the hours of the same days a month earlier, so that the
        // run bills a full month of hours (on contracts still running then).
        q.prepare(u"INSERT INTO time_entries (entry_date, user_id, account_id, contract_id, "
                  "service_request_id, start_time, end_time, minutes, description, billable, "
                  "rate_minor, currency, value_minor, converted_minor, state, created_at, "
                  "updated_at) SELECT date(e.entry_date, '+1 month'), e.user_id, e.account_id, "
                  "e.contract_id, NULL, e.start_time, e.end_time, e.minutes, e.description, "
                  "e.billable, e.rate_minor, e.currency, e.value_minor, e.converted_minor, 'open', "
                  "e.created_at, e.updated_at FROM time_entries e "
                  "LEFT JOIN contracts c ON c.id = e.contract_id "
                  "WHERE e.entry_date > date(?, '-1 month') AND e.entry_date < ? "
                  "AND (c.end_date IS NULL OR c.end_date >= date(e.entry_date, '+1 month'))"_s);
        q.addBindValue(last.toString(Qt::ISODate));
        q.addBindValue(month.toString(Qt::ISODate));
        if (!q.exec()) {
            fail(u"bill: "_s + q.lastError().text());
            return false;
        }
        fixture->db = std::move(db).value();
        return true;
    };
    list.append({ u"bill-propose"_s,
                  u"the billing run of one month: a draft for every contract with something to "
                  "bill, its hours and overage (BillingRunService::propose)"_s,
                  2000,
                  [open, fixture](int) -> std::optional<double> {
                      if (!open())
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      const auto run = cd::BillingRunService(*fixture->db)
                                           .propose(fixture->period, std::nullopt, fixture->today);
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (!run) {
                          fail(u"bill-propose: "_s + run.error());
                          return std::nullopt;
                      }
                      if (run->proposals.isEmpty()) {
                          fail(u"bill-propose: nothing to bill in "_s + fixture->period);
                          return std::nullopt;
                      }
                      return ms;
                  },
                  {} });
    list.append({ u"bill-issue"_s,
                  u"that run's drafts created and issued in one transaction (createAndIssue), on a "
                  "fresh copy"_s,
                  2000,
                  [open, fixture, &scratch](int run) -> std::optional<double> {
                      if (!open())
                          return std::nullopt;
                      fixture->db.reset(); // closed: its changes in the file, copied whole
                      const QString copy = scratch.filePath(u"bill-%1.sqlite"_s.arg(run));
                      QFile::remove(copy);
                      auto db = openCopy(fixture->base, copy);
                      if (!db)
                          return std::nullopt;
                      cd::BillingRunService service(**db);
                      const auto proposed
                          = service.propose(fixture->period, std::nullopt, fixture->today);
                      if (!proposed) {
                          fail(u"bill-issue: "_s + proposed.error());
                          return std::nullopt;
                      }
                      QElapsedTimer timer;
                      timer.start();
                      const auto numbers = service.createAndIssue(proposed->proposals);
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (!numbers || numbers->size() != proposed->proposals.size()) {
                          fail(u"bill-issue: "_s
                               + (numbers ? u"not every draft issued"_s : numbers.error()));
                          return std::nullopt;
                      }
                      db->reset();
                      QFile::remove(copy);
                      return ms;
                  },
                  {} });
}

/// The Contracts area (issue 27) with every contract of the large sample: the contracts, the
/// hours of this month and the time not invoiced read, worked out and shown (the list's
/// reload, as showing the area does), on the UI thread.
void appendContractScenarios(QList<Scenario> &list, const QString &large)
{
    struct Fixture
    {
        std::unique_ptr<cd::Database> db;
        std::unique_ptr<cd::ContractsView> view;
    };
    const auto fixture = std::make_shared<Fixture>();
    const auto open = [large, fixture]() -> bool {
        if (fixture->view)
            return true;
        auto db = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
        if (!db) {
            fail(db.error());
            return false;
        }
        fixture->db = std::move(db).value();
        fixture->view = std::make_unique<cd::ContractsView>();
        fixture->view->resize(1280, 800);
        fixture->view->setDatabase(fixture->db.get());
        return true;
    };
    list.append({ u"contracts-area"_s,
                  u"the Contracts area: every contract read and shown (the UI thread's part)"_s,
                  150,
                  [open, fixture](int) -> std::optional<double> {
                      if (!open() || !fixture->view->waitForTime(60000))
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      fixture->view->reload();
                      const double ms = double(timer.nsecsElapsed()) / 1e6;
                      if (fixture->view->model()->rowCount() == 0) {
                          fail(u"contracts-area: no contracts shown: "_s
                               + fixture->view->emptyText());
                          return std::nullopt;
                      }
                      return ms;
                  },
                  {} });
    list.append({ u"contracts-time"_s,
                  u"the Contracts area until its hours and time not invoiced are filled in"_s,
                  0,
                  [open, fixture](int) -> std::optional<double> {
                      if (!open() || !fixture->view->waitForTime(60000))
                          return std::nullopt;
                      QElapsedTimer timer;
                      timer.start();
                      fixture->view->reload();
                      if (!fixture->view->waitForTime(60000)) {
                          fail(u"contracts-time: the read did not end"_s);
                          return std::nullopt;
                      }
                      return double(timer.nsecsElapsed()) / 1e6;
                  },
                  {} });
}

/// The receivables of the Contracts area (issue 27) on the large sample's invoices: what
/// every client owes by days past due (InvoiceService::aging) shown in its model, as the
/// Receivables tab reads it.
void appendReceivablesScenarios(QList<Scenario> &list, const QString &large)
{
    const auto db = std::make_shared<std::unique_ptr<cd::Database>>();
    list.append(
        { u"aging"_s,
          u"the receivables: every client's aging by currency, in its model"_s,
          100,
          [large, db](int) -> std::optional<double> {
              if (!*db) {
                  auto opened = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
                  if (!opened) {
                      fail(opened.error());
                      return std::nullopt;
                  }
                  *db = std::move(opened).value();
              }
              QElapsedTimer timer;
              timer.start();
              const auto rows = cd::InvoiceService(**db).aging(QDate::currentDate());
              cd::AgingModel model;
              if (rows)
                  model.setRows(*rows);
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              if (!rows || rows->isEmpty()) {
                  fail(u"aging: "_s
                       + (rows ? u"nothing owed; delete the large sample to make it "
                                 "again with its invoices"_s
                               : rows.error()));
                  return std::nullopt;
              }
              return ms;
          },
          {} });
}

/// The worklist (issue 29): the dashboard's agenda read with every kind of item (notices,
/// renewals, follow-ups, requests past due, clients at risk, hours, overdue invoices) and put in
/// the worklist's order, as the dashboard's refresh does.
void appendWorklistScenario(QList<Scenario> &list, const QString &large)
{
    const auto db = std::make_shared<std::unique_ptr<cd::Database>>();
    list.append(
        { u"worklist"_s,
          u"the worklist: the agenda of every kind read and ordered"_s,
          100,
          [large, db](int) -> std::optional<double> {
              if (!*db) {
                  auto opened = cd::Database::open(large, { cd::Database::Mode::MustExist, 5000 });
                  if (!opened) {
                      fail(opened.error());
                      return std::nullopt;
                  }
                  *db = std::move(opened).value();
              }
              QElapsedTimer timer;
              timer.start();
              cd::ClientAgendaModel agenda(**db);
              const cd::Status ok
                  = agenda.reload(QDate::currentDate(), QDateTime::currentDateTime());
              cd::WorklistModel worklist;
              worklist.setItems(agenda.items(), QDate::currentDate());
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              if (!ok || worklist.rowCount() == 0) {
                  fail(u"worklist: "_s + (ok ? u"nothing listed"_s : ok.error()));
                  return std::nullopt;
              }
              return ms;
          },
          {} });
}

/// The calendar file (issue 29): `clientdesk calendar` for everyone, 180 days ahead and the
/// missed items of the last 30, as a process; the sqlite3 shell reads the same rows (the
/// contracts ending in the window, the open follow-ups and requests due in it) to a file.
void appendCalendarScenarios(QList<Scenario> &list, const QString &large, QTemporaryDir &scratch)
{
    const QString ics = scratch.filePath(u"deadlines.ics"_s);
    const QString rows = scratch.filePath(u"deadlines.txt"_s);
    const QDate today = QDate::currentDate();
    const QString from = today.addDays(-30).toString(Qt::ISODate);
    const QString to = today.addDays(180).toString(Qt::ISODate);
    list.append(
        { u"calendar-cli"_s,
          u"clientdesk calendar for everyone, 180 days: process start to the file written"_s, 300,
          [large, ics](int) -> std::optional<double> {
              QProcess process;
              QElapsedTimer timer;
              timer.start();
              process.start(QStringLiteral(CLIENTDESK_BIN),
                            { u"calendar"_s, u"-o"_s, ics, u"--database"_s, large });
              process.waitForFinished(-1);
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              QFile file(ics);
              if (process.exitCode() != 0 || !file.open(QIODevice::ReadOnly)
                  || file.readAll().count("BEGIN:VEVENT") < 10) {
                  fail(u"calendar-cli: "_s + QString::fromUtf8(process.readAllStandardError()));
                  return std::nullopt;
              }
              return ms;
          },
          [large, rows, from, to](int) {
              return runShell(
                  large,
                  u".output %1\n"
                  "SELECT c.id, a.name, c.reference, c.end_date, c.notice_days, c.auto_renew "
                  "FROM contracts c JOIN accounts a ON a.id = c.account_id WHERE c.status = "
                  "'active' AND c.end_date IS NOT NULL AND c.end_date >= '%2';\n"
                  "SELECT i.id, a.name, i.subject, i.follow_up_on FROM interactions i JOIN "
                  "accounts a ON a.id = i.account_id WHERE i.follow_up_done = 0 AND "
                  "i.follow_up_on >= '%2' AND i.follow_up_on <= '%3';\n"
                  "SELECT r.id, a.name, r.title, r.due_at FROM service_requests r JOIN accounts "
                  "a ON a.id = r.account_id WHERE r.status <> 'closed' AND r.due_at >= '%2' AND "
                  "r.due_at < '%3T99';\n"_s.arg(rows, from, to));
          } });
}

} // namespace

int main(int argc, char *argv[])
{
    cd::cacheLocalTimeZone(); // as the app does
    // The client page scenario builds the real widget: offscreen, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ClientDesk benchmarks on the large sample portfolio."_s);
    parser.addHelpOption();
    const QCommandLineOption dataOption(u"data"_s, u"Folder for the large sample."_s, u"DIR"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per scenario."_s, u"N"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A small sample and one run (for CTest)."_s);
    parser.addOptions({ dataOption, runsOption, smokeOption });
    parser.addPositionalArgument(u"scenario"_s, u"Scenarios to run (default: all)."_s);
    parser.process(app);

    Settings s;
    s.smoke = parser.isSet(smokeOption);
    if (s.smoke) {
        s.accounts = 200;
        s.revenue = 5'000;
        s.runs = 1;
    }
    if (parser.isSet(runsOption))
        s.runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir scratch;
    s.dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : scratch.path();
    if (!QDir().mkpath(s.dataDir)) {
        fail(u"cannot create the folder %1"_s.arg(s.dataDir));
        return 1;
    }
    const QString large = QDir(s.dataDir).filePath(
        s.smoke
            ? u"smoke.sqlite"_s
            : u"large-%1-%2-time.sqlite"_s.arg(s.accounts).arg(s.revenue)); // with time (issue 26)
    if (!QFile::exists(large)) {
        QTextStream(stderr) << "Creating the large sample once: " << large << Qt::endl;
        if (!generate(large, s, !s.smoke))
            return 1;
    }

    const QStringList wanted = parser.positionalArguments();
    const QString server = qEnvironmentVariable("CLIENTDESK_BENCH_POSTGRES");
    if (!server.isEmpty())
        return runOnServer(s, server, large, wanted, scratch);
    out() << u"%1 %2 %3 %4 %5  %6"_s.arg(u"scenario"_s, -16)
                 .arg(u"median ms"_s, 10)
                 .arg(u"sqlite3 ms"_s, 10)
                 .arg(u"ratio"_s, 6)
                 .arg(u"target"_s, 8)
                 .arg(u"what"_s)
          << Qt::endl;
    bool allOk = true;
    for (const Scenario &scenario : scenarios(s, large, scratch)) {
        if (!wanted.isEmpty() && !wanted.contains(scenario.name))
            continue;
        QList<double> ours, shell;
        for (int run = 0; run < s.runs; ++run) {
            const auto ms = scenario.ours(run);
            if (!ms)
                return 1;
            ours.append(*ms);
            if (scenario.shell) {
                const auto shellMs = scenario.shell(run);
                if (!shellMs)
                    return 1;
                shell.append(*shellMs);
            }
        }
        const double m = median(ours);
        const double sm = shell.isEmpty() ? 0 : median(shell);
        const bool met = scenario.targetMs <= 0 || m <= scenario.targetMs;
        allOk = allOk && met;
        out() << u"%1 %2 %3 %4 %5  %6"_s.arg(scenario.name, -16)
                     .arg(m, 10, 'f', 1)
                     .arg(shell.isEmpty() ? u"-"_s : QString::number(sm, 'f', 1), 10)
                     .arg(shell.isEmpty() ? u"-"_s : QString::number(m / sm, 'f', 2), 6)
                     .arg(scenario.targetMs > 0 ? QString::number(scenario.targetMs, 'f', 0)
                                                : u"-"_s,
                          8)
                     .arg(scenario.description + (met ? QString() : u"  (TARGET MISSED)"_s))
              << Qt::endl;
    }
    // Smoke runs only prove the scenarios work; timings on a test machine mean nothing.
    return s.smoke || allOk ? 0 : 1;
}
