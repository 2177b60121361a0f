#pragma once

// What every kind of import (accounts, contacts, contracts, revenue, rates) is checked with
// and written through: ImportContext (the row reader, the database's accounts, today, progress
// and Cancel) and ImportRows, the interface each kind implements in its own file
// (importaccounts.cpp, importcontacts.cpp, importcontracts.cpp, importrevenue.cpp,
// importrates.cpp).
// ImportRun (importrun.cpp) drives them. Internal to core/io/import.

#include "domain/enums.h"
#include "io/import/importfields.h"
#include "io/importer.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <utility>

namespace cd {

class Database;
class ImportLookups;
class ImportWriter;

namespace importing {

/// An account rows may name.
struct AccountRef
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer;
    QDate convertedOn; ///< a client that was a customer before this day

    /// The kind revenue of this day is booked under: a converted client's earlier revenue
    /// stays customer revenue.
    AccountKind kindOn(const QDate &day) const
    {
        if (kind == AccountKind::Client && convertedOn.isValid() && day < convertedOn)
            return AccountKind::Customer;
        return kind;
    }
};

/// The state one import shares between its kinds of rows.
class ImportContext : public ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    ImportContext(const CsvDocument &document, const ImportOptions &options,
                  const Importer::Progress &progress, const QHash<QString, int> &mapping,
                  ImportReport &report);

    const CsvDocument &document;
    const ImportOptions &options;
    ImportReport &report;
    QDate today;
    /// Accounts whose purchases, status or referrals the import changed.
    QSet<qint64> touched;

    /// Reads every account of the database, and today and the firm's currency.
    Status load(const ImportLookups &lookups);
    /// The accounts of the database by folded name.
    const QHash<QString, QList<AccountRef>> &accounts() const { return m_accounts; }
    /// The account a row names in `field`, or nullptr with a problem.
    const AccountRef *account(int line, const QString &field);

    /// Counts one row done (checked or written) and reports progress now and then; false
    /// when the user cancelled.
    bool tick();
    Error cancelled() const;
    void setTotal(qint64 total) { m_total = total; }

    /// Writes each row with `write`, a failure named by its line.
    template<typename Row, typename Write> Status writeRows(const QList<Row> &rows, Write write)
    {
        for (const Row &row : rows) {
            if (!tick())
                return cancelled();
            if (const Status ok = write(row); !ok)
                return lineError(row.line, ok.error());
        }
        return {};
    }
    Error lineError(int line, const QString &error) const;

private:
    const Importer::Progress &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QHash<QString, QList<AccountRef>> m_accounts; // folded name → accounts
    // A name as written → its entry in m_accounts (not changed after load(), so the
    // pointers stay valid).
    QHash<QString, const QList<AccountRef> *> m_accountsBySpelling;
};

/// One kind of row: how it is checked and written.
class ImportRows
{
public:
    explicit ImportRows(ImportContext &context) : m_ctx(context) { }
    virtual ~ImportRows() = default;
    Q_DISABLE_COPY_MOVE(ImportRows)

    /// Reads what the rows are checked against besides the accounts.
    virtual Status load(const ImportLookups &) { return {}; }
    /// Checks the current row (ImportContext::setRecord()), keeping it if it is valid.
    virtual void check(int line) = 0;
    /// The rows that become new records.
    virtual int newRecords() const = 0;
    /// The audit log's name for the records.
    virtual QString entity() const = 0;
    /// Writes the records the rows refer to that are new (account managers, products) and
    /// says so in `created`.
    virtual Status prepare(ImportWriter &, QStringList *) { return {}; }
    virtual Status write(ImportWriter &writer) = 0;

protected:
    ImportContext &m_ctx;
};

std::unique_ptr<ImportRows> accountRows(ImportContext &context);
std::unique_ptr<ImportRows> contactRows(ImportContext &context);
std::unique_ptr<ImportRows> contractRows(ImportContext &context);
std::unique_ptr<ImportRows> revenueRows(ImportContext &context);
/// Exchange rates, written through CurrencyService on `database`.
std::unique_ptr<ImportRows> rateRows(ImportContext &context, Database &database);
/// Time entries (importtime.cpp), written through bulk::TimeWriter on `database`.
std::unique_ptr<ImportRows> timeRows(ImportContext &context, Database &database);

/// Checks every row of `document` and, unless options.dryRun or the report is blocked,
/// writes them in one transaction (Importer::run() after the mapping is settled).
Result<ImportReport> runImport(Database &database, ImportKind kind, const CsvDocument &document,
                               const ImportOptions &options, const Importer::Progress &progress,
                               const QHash<QString, int> &mapping);

/// The rows a report rejected: the file's own columns, then `line` and `problems`.
std::pair<QStringList, QList<QStringList>> rejectedTable(const CsvDocument &document,
                                                         const ImportReport &report);

} // namespace importing
} // namespace cd
