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
#include "io/csvreader.h"
#include "io/duplicates.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "models/clientlistmodel.h"
#include "models/customerlistmodel.h"
#include "models/pipelinemodel.h"
#include "models/prospectlist.h"
#include "reports/reportbatch.h"
#include "sample/samplegenerator.h"
#include "services/reportservice.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/salerecorder.h"
#include "views/analyticsview.h"
#include "views/clientpage.h"
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
                  u"open Analytics: the rollup read, six charts built and painted (real widget, "
                  "offscreen)"_s,
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
                      if (!view.waitForLoaded(60000) || view.byTypePanel()->isEmpty()) {
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
    return list;
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

} // namespace

int main(int argc, char *argv[])
{
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
        s.smoke ? u"smoke.sqlite"_s : u"large-%1-%2.sqlite"_s.arg(s.accounts).arg(s.revenue));
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
