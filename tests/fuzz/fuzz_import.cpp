// Fuzzes the import pipeline end to end on a real SQLite file: the first byte picks the kind
// of file and the options (dry run, skip invalid, what to do with duplicates), the rest is the
// CSV. Whatever the file, the import either writes everything it reports or nothing at all,
// and the database keeps every rule `clientdesk check` verifies.

#include "domain/account.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/integritycheck.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTemporaryDir *directory = nullptr;
std::unique_ptr<cd::Database> database;
int runs = 0;

void fail(const QString &what)
{
    std::fprintf(stderr, "fuzz_import: %s\n", qPrintable(what));
    std::abort();
}

/// A fresh database with a few accounts for files to refer to and to collide with.
void resetDatabase()
{
    database.reset();
    const QString path = directory->filePath(u"fuzz.sqlite"_s);
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    auto opened = cd::Database::open(path);
    if (!opened)
        fail(opened.error());
    database = std::move(opened).value();
    cd::AccountRepository accounts(*database);
    for (const auto &[name, kind] : { std::pair { u"PT Maju Jaya"_s, cd::AccountKind::Client },
                                      std::pair { u"Toko Sinar"_s, cd::AccountKind::Customer } }) {
        cd::Account a;
        a.name = name;
        a.kind = kind;
        a.status = cd::AccountStatus::Active;
        a.email = u"info@example.com"_s;
        if (const auto id = accounts.insert(a); !id)
            fail(id.error());
    }
}

/// Rows in the tables an import writes, as one fingerprint.
QString fingerprint()
{
    QSqlQuery q(database->connection());
    q.exec(u"SELECT (SELECT count(*) FROM accounts) || '/' || (SELECT count(*) FROM contacts) "
           "|| '/' || (SELECT count(*) FROM contracts) || '/' || (SELECT count(*) FROM "
           "revenue_entries) || '/' || (SELECT count(*) FROM users) || '/' || (SELECT "
           "count(*) FROM products) || '/' || (SELECT coalesce(sum(row_version), 0) FROM "
           "accounts)"_s);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    static QTemporaryDir folder;
    directory = &folder;
    resetDatabase();
    // Closed before Qt SQL's own statics go at exit (handlers run in reverse order).
    std::atexit([] { database.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto kind = cd::ImportKind(data[0] % 4);
    const int flags = data[0] >> 2;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto document = cd::CsvReader::parse(bytes, u"fuzz.csv"_s);
    if (!document)
        return 0;
    cd::ImportOptions options;
    options.dryRun = flags & 1;
    options.skipInvalid = flags & 2;
    options.onDuplicate = cd::DuplicatePolicy((flags >> 2) % 4);

    const QString before = fingerprint();
    const auto report = cd::Importer(*database).run(kind, *document, options);
    const QString after = fingerprint();
    const bool wrote = report && report->written;
    if (!wrote && after != before)
        fail(u"nothing was to be written, yet %1 became %2"_s.arg(before, after));
    if (wrote && options.dryRun)
        fail(u"a dry run wrote"_s);
    if (wrote || ++runs % 50 == 0) {
        const auto findings = cd::IntegrityCheck(*database).run();
        if (!findings)
            fail(findings.error());
        if (!findings->isEmpty())
            fail(u"after an import: "_s + findings->join(u"; "_s));
    }
    if (runs % 500 == 0) // keep the database small and the runs fast
        resetDatabase();
    return 0;
}
