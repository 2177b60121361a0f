#pragma once

#include "domain/enums.h"
#include "result.h"
#include "storage/bulkwriter.h"
#include "storage/revenuerollup.h"
#include "storage/transactionguard.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace cd {

class Database;
struct Account;

/// What the importer (core/io/importer.h) reads before it checks a row: the accounts rows
/// may name, the account managers, the contracts and the products. Each list is read in one
/// forward-only scan; errors name what was being read, in the importer's words.
class ImportLookups final
{
public:
    struct AccountName
    {
        qint64 id = 0;
        QString name;
        AccountKind kind = AccountKind::Customer;
        QDate convertedOn; ///< invalid when it never was converted
    };
    struct UserName
    {
        qint64 id = 0;
        QString name;
    };
    struct ContractKey
    {
        qint64 id = 0;
        QString reference;
        qint64 accountId = 0;
    };
    struct Product
    {
        qint64 id = 0;
        QString name;
        QString category;
        qint64 listPriceMinor = 0;
    };

    explicit ImportLookups(Database &database);

    /// Every account, by id.
    Result<QList<AccountName>> accounts() const;
    Result<QList<UserName>> users() const;
    /// Every account with everything the duplicate check compares.
    Result<QList<Account>> fullAccounts() const;
    Result<QList<ContractKey>> contracts() const;
    Result<QList<Product>> products() const;
    /// The firm's currency, which amounts in a file are read in.
    QString firmCurrency() const;

private:
    Database &m_db;
};

/// Writes an import in one transaction (begin() … commit()): new records through the
/// BulkWriter's prepared statements (the SQLite C API for revenue), revenue rollups added up
/// in one pass at the end instead of a trigger per row, merges into existing accounts, the
/// purchase figures of the accounts touched and the audit entry. Destroyed before commit()
/// it rolls everything back: a failed or cancelled import writes nothing.
class ImportWriter final
{
public:
    ImportWriter(Database &database, QString currency);
    ~ImportWriter();
    Q_DISABLE_COPY_MOVE(ImportWriter)

    /// Starts the transaction and prepares the statements; rows are stamped as created now.
    Status begin();

    Result<qint64> accountManager(const QString &name, const QDate &since);
    /// A product priced in `currency` (empty: the import's currency).
    Result<qint64> product(const QString &name, const QString &category, qint64 listPriceMinor,
                           const QString &currency = {});
    Result<qint64> account(const bulk::AccountRow &row);
    Result<qint64> contact(qint64 accountId, const QString &name, const QString &jobTitle,
                           const QString &email, const QString &phone,
                           const QList<ContactRole> &roles);
    Result<qint64> contract(const bulk::ContractRow &row);

    /// An account already in the database, to merge a row into, and its update.
    Result<Account> storedAccount(qint64 id);
    Status updateAccount(const Account &account);
    Status audit(const QString &entity, std::optional<qint64> id, const QString &action,
                 const QString &details);

    /// Revenue rows go between beginRevenue() and finishRevenue(), which adds them to the
    /// rollups; after a failed revenue() the import ends without finishRevenue().
    Status beginRevenue();
    Status revenue(const bulk::RevenueRow &row) { return m_writer->revenue(row); }
    Status finishRevenue();

    /// The behaviour tags and purchase figures of the accounts the import touched; over
    /// CustomerStats::kIncrementalLimit they are marked stale, for one pass later.
    Status refreshCustomerStats(const QSet<qint64> &touched);
    Status commit();

private:
    Database &m_db;
    QString m_currency;
    // Destroyed in reverse: the rollups and the statements before the transaction ends.
    TransactionGuard m_guard;
    std::optional<bulk::BulkWriter> m_writer;
    std::optional<RevenueRollupBatch> m_rollups;
};

} // namespace cd
