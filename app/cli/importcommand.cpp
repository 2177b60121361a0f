#include "cli/importcommand.h"

#include "cli/cli.h"
#include "cli/invoicecommand.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

const QString kKinds = u"accounts|contacts|contracts|revenue|rates|time"_s;

std::optional<ImportKind> kindArgument(const QString &value, const QString &command,
                                       Console &console)
{
    const auto kind = importKindFromCode(value);
    if (!kind)
        console.error(tr("'%1' imports and exports %2, not '%3'.").arg(command, kKinds, value));
    return kind;
}

// "accounts.csv" → "accounts.rejected.csv" beside it.
QString defaultRejectedPath(const QString &input)
{
    const QFileInfo info(input);
    return info.dir().filePath(info.completeBaseName() + u".rejected.csv"_s);
}

QString noun(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return tr("new accounts");
    case ImportKind::Contacts:
        return tr("new contacts");
    case ImportKind::Contracts:
        return tr("new contracts");
    case ImportKind::Revenue:
        return tr("new revenue entries");
    case ImportKind::Rates:
        return tr("new exchange rates");
    case ImportKind::Time:
        return tr("new time entries");
    }
    return {};
}

// The figures of an import as "label  number" lines, which read right for any count.
void printFigures(QTextStream &out, const ImportReport &report)
{
    const QLocale locale;
    QList<std::pair<QString, int>> lines { { noun(report.kind), report.imported } };
    if (report.kind == ImportKind::Accounts) {
        lines.append({ tr("merged into existing accounts"), report.merged });
        lines.append({ tr("skipped as likely duplicates"), report.skipped });
    }
    lines.append({ tr("invalid rows left out"), report.rejectedRows() });
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    for (const auto &[label, number] : lines)
        out << "  " << label.leftJustified(width + 2) << locale.toString(number) << Qt::endl;
}

/// A database file that does not exist yet, built in a private folder beside its place and
/// moved there only when the import succeeds: a failed import leaves no file behind (nor its
/// -wal and -shm, nor the folders made for it).
class NewDatabaseFile final
{
public:
    explicit NewDatabaseFile(const QString &target) : m_location(target), m_target(target) { }
    ~NewDatabaseFile()
    {
        m_work.reset(); // removes the folder and whatever is left in it
        if (m_installed)
            return;
        for (const QString &folder : std::as_const(m_madeFolders))
            QDir().rmdir(folder); // only when empty
    }
    Q_DISABLE_COPY_MOVE(NewDatabaseFile)

    /// The location of a database the command may create: a file that does not exist yet.
    /// The location the database will have, as given.
    const QString &location() const { return m_location; }

    static bool isNew(const QString &location)
    {
        if (location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
            || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive))
            return false;
        const QFileInfo info(location);
        return !info.exists() && !info.isSymLink();
    }

    /// Where to open the database while the import runs; empty after saying why not.
    QString prepare(Console &console)
    {
        QDir folder = m_target.absoluteDir();
        for (QDir up = folder; !up.exists(); up.setPath(QFileInfo(up.absolutePath()).path()))
            m_madeFolders.append(up.absolutePath()); // the deepest first
        if (!QDir().mkpath(folder.absolutePath())) {
            console.error(tr("The folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(folder.absolutePath())));
            return {};
        }
        m_work.emplace(folder.filePath(u".clientdesk-import-XXXXXX"_s));
        if (!m_work->isValid()) {
            console.error(
                tr("%1 cannot be created: %2.")
                    .arg(QDir::toNativeSeparators(m_target.filePath()), m_work->errorString()));
            return {};
        }
        m_working = m_work->filePath(m_target.fileName());
        return m_working;
    }

    /// Moves the finished database into place, once its connection is closed; false after
    /// saying why (the database then goes, nothing is imported).
    bool install(Console &console)
    {
        const QString target = QDir::toNativeSeparators(m_target.filePath());
        // Closing the last connection moves the WAL into the file and removes it; a WAL
        // still holding pages would be left behind.
        if (QFileInfo(m_working + u"-wal"_s).size() > 0) {
            console.error(tr("%1 cannot be completed: its changes could not be written into "
                             "the file. Nothing was imported.")
                              .arg(target));
            return false;
        }
        // QFile::rename never replaces a file: one another program made meanwhile stays.
        QFile working(m_working);
        if (!working.rename(m_target.absoluteFilePath())) {
            console.error(tr("%1 cannot be created: %2. Nothing was imported.")
                              .arg(target, working.errorString()));
            return false;
        }
        m_installed = true;
        return true;
    }

private:
    static QString tr(const char *text) { return QCoreApplication::translate("cd::cli", text); }

    QString m_location;
    QFileInfo m_target;
    std::optional<QTemporaryDir> m_work;
    QString m_working;
    QStringList m_madeFolders;
    bool m_installed = false;
};

/// What `clientdesk import` is asked to do.
struct ImportRequest
{
    ImportKind kind = ImportKind::Accounts;
    QString path;
    ImportOptions options;
};

void addImportOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"dry-run"_s,
                       tr("Check the file and report what would be imported; "
                          "write nothing.") });
    parser.addOption({ u"skip-invalid"_s,
                       tr("Import the valid rows and write the others, with their problems, to "
                          "the --rejected file.") });
    parser.addOption({ u"rejected"_s,
                       tr("Where --skip-invalid writes the rows it leaves out (default: "
                          "FILE.rejected.csv beside FILE)."),
                       u"PATH"_s });
    parser.addOption({ u"on-duplicate"_s,
                       tr("What to do with a row that looks like an account already there: "
                          "fail (default: import nothing and list the pairs), skip, merge "
                          "(fill in the existing account) or create."),
                       u"fail|skip|merge|create"_s });
}

/// The kind, the file and the options of the command line; empty after saying what is wrong.
std::optional<ImportRequest> readRequest(const QCommandLineParser &parser, Console &console)
{
    const QStringList positional = parser.positionalArguments();
    const auto kind = kindArgument(positional.at(0), u"import"_s, console);
    if (!kind)
        return std::nullopt;
    ImportRequest request;
    request.kind = *kind;
    request.options.dryRun = parser.isSet(u"dry-run"_s);
    request.options.skipInvalid = parser.isSet(u"skip-invalid"_s);
    if (parser.isSet(u"on-duplicate"_s)) {
        const auto policy = duplicatePolicyFromCode(parser.value(u"on-duplicate"_s));
        if (!policy) {
            console.error(tr("--on-duplicate is fail, skip, merge or create, not '%1'.")
                              .arg(parser.value(u"on-duplicate"_s)));
            return std::nullopt;
        }
        request.options.onDuplicate = *policy;
    }
    request.path = positional.at(1);
    const QString rejectedPath = parser.isSet(u"rejected"_s) ? parser.value(u"rejected"_s)
                                                             : defaultRejectedPath(request.path);
    request.options.rejectedPath
        = request.options.skipInvalid && !request.options.dryRun ? rejectedPath : QString();
    return request;
}

/// The database to import into: a new file is built in a private folder (`newFile`) and
/// moved into place when the import succeeds. Null after saying why not.
std::unique_ptr<Database> openTarget(const QCommandLineParser &parser, Console &console,
                                     std::optional<NewDatabaseFile> &newFile)
{
    const QString location = Database::resolveLocation(parser.value(u"database"_s));
    if (!NewDatabaseFile::isNew(location))
        return openDatabase(parser, false, console);
    newFile.emplace(location);
    const QString working = newFile->prepare(console);
    if (working.isEmpty())
        return nullptr;
    auto opened = Database::open(working);
    if (!opened) {
        console.error(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

/// The invalid rows and the likely duplicates that need a decision, on stderr.
void printBlockers(Console &console, const QString &file, const ImportReport &report)
{
    const QLocale locale;
    if (!report.problems.isEmpty()) {
        console.error(tr("%1: rows that cannot be imported (%2):")
                          .arg(file, locale.toString(report.rejectedRows())));
        for (const ImportProblem &problem : report.problems)
            console.errorLine(u"  "_s + problem.toString());
    }
    const bool duplicatesBlock
        = std::any_of(report.duplicates.cbegin(), report.duplicates.cend(),
                      [](const LikelyDuplicate &d) { return d.decision == DuplicatePolicy::Fail; });
    if (duplicatesBlock) {
        console.error(tr("%1: rows that look like accounts already there (%2). Choose with "
                         "--on-duplicate skip, merge or create:")
                          .arg(file, locale.toString(report.duplicates.size())));
        for (const LikelyDuplicate &pair : report.duplicates)
            console.errorLine(u"  "_s + pair.toString());
    }
}

/// What a written import did: its figures, the records it created, the rejected file.
int printImported(Console &console, const QString &file, const QString &into,
                  const ImportReport &report)
{
    console.out() << tr("Imported %1 into %2:").arg(file, QDir::toNativeSeparators(into))
                  << Qt::endl;
    printFigures(console.out(), report);
    for (const QString &created : report.created)
        console.line(created);
    if (!report.rejectedError.isEmpty()) {
        console.error(tr("The valid rows were imported, but the invalid rows were not saved: %1")
                          .arg(report.rejectedError));
        return Failure;
    }
    if (!report.rejectedFile.isEmpty()) {
        console.out() << tr("The invalid rows are in %1 with their problems.")
                             .arg(QDir::toNativeSeparators(report.rejectedFile))
                      << Qt::endl;
    }
    return Success;
}

} // namespace

int runImport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    addImportOptions(parser);
    if (auto exit = parseCommand(parser, arguments, u"import"_s,
                                 tr("Imports accounts, contacts, contracts, revenue, exchange "
                                    "rates (columns date,currency,rate: units of the firm's "
                                    "currency per unit of the currency) or time (columns "
                                    "date,person,account,minutes; contract, service_request, "
                                    "description, billable, rate optional) from a CSV file "
                                    "(comma or semicolon, UTF-8 or Windows-1252). Every row is "
                                    "checked first; a file with an invalid row imports nothing "
                                    "unless --skip-invalid is given."),
                                 kKinds + u" FILE.csv"_s, 2, console)) {
        return *exit;
    }
    const std::optional<ImportRequest> request = readRequest(parser, console);
    if (!request)
        return Usage;
    const ImportOptions &options = request->options;
    const auto document = CsvReader::readFile(request->path);
    if (!document) {
        console.error(document.error());
        return Failure;
    }
    std::optional<NewDatabaseFile> newFile;
    std::unique_ptr<Database> db = openTarget(parser, console, newFile);
    if (!db)
        return Failure;
    for (const QString &notice : document->notices)
        console.line(notice);

    const auto report = Importer(*db).run(
        request->kind, *document, options, [&console](qint64 done, qint64 total) {
            console.progress(int(done * 100 / std::max<qint64>(total, 1)),
                             QCoreApplication::translate("cd::cli", "Importing"));
            return true;
        });
    console.endProgress();
    if (!report) {
        console.error(report.error());
        return Failure;
    }
    const QString file = QFileInfo(request->path).fileName();
    const bool blocked = report->blocked(options);
    printBlockers(console, file, *report);
    if (blocked && !options.dryRun) {
        console.error(tr("Nothing was imported."));
        return Failure;
    }
    if (options.dryRun) {
        console.out() << tr("Dry run of %1 (nothing was written); it would import:").arg(file)
                      << Qt::endl;
        printFigures(console.out(), *report);
        return blocked ? Failure : Success;
    }
    const QString into = newFile ? newFile->location() : db->location();
    if (newFile) {
        db.reset(); // closed before it moves
        if (!newFile->install(console))
            return Failure;
    }
    return printImported(console, file, into, *report);
}

int runExport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ { u"o"_s, u"output"_s }, tr("The file to write."), u"FILE"_s });
    parser.addOption({ u"format"_s,
                       tr("csv or xlsx (default: from the file name's extension, else csv)."),
                       u"FORMAT"_s });
    if (auto exit
        = parseCommand(parser, arguments, u"export"_s,
                       tr("Exports accounts, contacts, contracts, revenue, exchange "
                          "rates or time with the columns 'import' reads, so a CSV export "
                          "imports back unchanged; and invoices or payments, which are "
                          "exported only (without -o: CSV on stdout)."),
                       kKinds + u"|invoices|payments"_s, 1, console)) {
        return *exit;
    }
    // Invoices and payments are exported only (never imported): their own columns.
    if (isBillingExport(parser.positionalArguments().at(0)))
        return runExportBilling(parser.positionalArguments().at(0), parser, console);
    const auto kind = kindArgument(parser.positionalArguments().at(0), u"export"_s, console);
    if (!kind)
        return Usage;
    if (!parser.isSet(u"output"_s)) {
        console.error(tr("'export' needs -o FILE. Run 'clientdesk export --help' for its "
                         "options."));
        return Usage;
    }
    const QString path = parser.value(u"output"_s);
    ExportFormat format
        = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
    if (parser.isSet(u"format"_s)) {
        const auto chosen = exportFormatFromCode(parser.value(u"format"_s));
        if (!chosen) {
            console.error(tr("--format is csv or xlsx, not '%1'.").arg(parser.value(u"format"_s)));
            return Usage;
        }
        format = *chosen;
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    const auto rows
        = Exporter(*db).exportKind(*kind, path, format, [&console](qint64 done, qint64 total) {
              console.progress(int(done * 100 / std::max<qint64>(total, 1)),
                               QCoreApplication::translate("cd::cli", "Exporting"));
              return true;
          });
    console.endProgress();
    if (!rows) {
        console.error(rows.error());
        return Failure;
    }
    console.out() << tr("Exported %1 to %2 (rows: %3).")
                         .arg(toCode(*kind), QDir::toNativeSeparators(path),
                              QLocale().toString(*rows))
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
