#pragma once

#include "io/csvreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cd {

class Database;

/// What a CSV file holds (docs/design.md, "CSV formats").
enum class ImportKind { Accounts, Contacts, Contracts, Revenue, Rates, Time };

/// What to do with a row that looks like an account already there.
enum class DuplicatePolicy {
    Fail, ///< import nothing and list the pairs (the default)
    Skip, ///< leave the row out
    Merge, ///< fill the existing account's empty fields from the row
    Create, ///< import it as a new account anyway
};

QString toCode(ImportKind kind);
std::optional<ImportKind> importKindFromCode(const QString &code);
QString toCode(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code);

/// One column a kind of file can have.
struct ImportField
{
    QString name;
    bool required = false;
};

/// One bad value: printed as `LINE: column: reason`.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;

    QString toString() const;
};

/// A row that looks like an account already in the database or earlier in the file.
struct LikelyDuplicate
{
    int line = 0;
    QString name;
    qint64 existingId = 0; ///< the account in the database; 0 when it is a row of the file
    int existingLine = 0; ///< the earlier row of the file; 0 when it is in the database
    QString existingName;
    QString reasons; ///< "same name, same tax id"
    DuplicatePolicy decision = DuplicatePolicy::Fail;

    QString toString() const;
};

struct ImportOptions
{
    DuplicatePolicy onDuplicate = DuplicatePolicy::Fail;
    /// The wizard's answer per line, overriding onDuplicate for that row.
    QHash<int, DuplicatePolicy> duplicateDecisions;
    bool skipInvalid = false;
    bool dryRun = false;
    /// Field name → column of the file. Empty: by header name, where an unknown column is an
    /// error. Given (by the wizard): columns not in it are ignored.
    QHash<QString, int> mapping;
    /// With skipInvalid: where the rows left out are written (see Importer::writeRejected()).
    /// The file is written before the import commits, so a file that cannot be written
    /// imports nothing; it is put in place right after.
    QString rejectedPath;
};

/// What an import did, or on a dry run or a refusal what it would have done.
struct ImportReport
{
    ImportKind kind = ImportKind::Accounts;
    int rows = 0; ///< data rows in the file
    int imported = 0; ///< rows written as new records (or that would be)
    int merged = 0; ///< rows merged into an existing account
    int skipped = 0; ///< likely duplicates left out
    bool written = false;
    QList<ImportProblem> problems;
    QList<LikelyDuplicate> duplicates;
    /// Records created on the way, for the summary: "New account managers: Ana, Budi".
    QStringList created;
    QStringList notices;
    /// The rows left out for being invalid (with --skip-invalid), with their problems.
    QList<CsvRecord> rejected;
    /// Where the rejected rows were written (options.rejectedPath), when they were.
    QString rejectedFile;
    /// Set in the unlikely case that the rows were imported but the rejected file, already
    /// written, could not be put in place at the end: what went wrong, as a sentence.
    QString rejectedError;

    /// Whether anything blocks writing: invalid rows without skipInvalid, or likely
    /// duplicates whose decision is Fail.
    bool blocked(const ImportOptions &options) const;
    int rejectedRows() const { return int(rejected.size()); }
};

/// Imports accounts, contacts, contracts, revenue, exchange rates and time from CSV files.
///
/// Every row is checked before anything is written, and every problem is reported, not just
/// the first. Then, unless it is a dry run or something blocks it, all rows are written in
/// one transaction: a failure or Cancel leaves the database exactly as it was. Accounts
/// are matched by name (trimmed, case-insensitive); account managers and products that do
/// not exist yet are created, and the report says so.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    /// Called as work proceeds with the rows done and the total (validation and writing
    /// each count once); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Importer(Database &database);

    static QList<ImportField> fields(ImportKind kind);
    /// A header name as a field name: trimmed, lower case, spaces and hyphens as '_'.
    static QString normalisedHeader(const QString &header);
    /// The automatic mapping of a header, or an error naming every unknown, repeated and
    /// missing required column.
    static Result<QHash<QString, int>> mapColumns(ImportKind kind, const CsvDocument &document);
    /// Checks a mapping the user chose: each required field mapped, no column used twice.
    static Status checkMapping(ImportKind kind, const CsvDocument &document,
                               const QHash<QString, int> &mapping);

    /// Validates the document and, unless options.dryRun or the report is blocked, writes it.
    /// An Error means nothing was written: a bad mapping, a database failure or Cancel.
    Result<ImportReport> run(ImportKind kind, const CsvDocument &document,
                             const ImportOptions &options, const Progress &progress = {});

    /// Writes the rows a report rejected to a CSV file: the file's own columns, then `line`
    /// and `problems`, so they can be fixed and imported again.
    static Status writeRejected(const QString &path, const CsvDocument &document,
                                const ImportReport &report);

private:
    Database &m_db;
};

} // namespace cd
