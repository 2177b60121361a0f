#pragma once

#include "domain/enums.h"
#include "domain/exchangerate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class Database;
class RevenueRollupBatch;

namespace bulk {

struct AccountRow
{
    AccountKind kind = AccountKind::Customer;
    AccountStatus status = AccountStatus::Active;
    QString name;
    LegalForm legalForm = LegalForm::Organisation;
    QString industry, city, region, country;
    Channel channel = Channel::Direct;
    std::optional<qint64> managerId;
    std::optional<qint64> referredById;
    QString taxId, email, phone, notes;
    QDate convertedOn;
    QDate createdOn;
    QString currency; ///< the account's own; empty: the firm's (NULL)
};

struct ContractRow
{
    qint64 accountId = 0;
    QString reference, title, scope, terminationClause, terminationReason;
    BillingModel billingModel = BillingModel::Retainer;
    qint64 feeMinor = 0;
    int estimatedHours = 0; ///< hourly contracts only
    QDate start, end, signedOn, terminatedOn;
    bool autoRenew = false;
    int renewalMonths = 0;
    int noticeDays = 0;
    ContractStatus status = ContractStatus::Draft;
    QString currency; ///< empty: the writer's
};

struct OpportunityRow
{
    qint64 accountId = 0;
    QString title, lostReason, nextStep;
    DealType dealType = DealType::Sale;
    qint64 valueMinor = 0;
    int probability = 0;
    QDate firstContact, expectedClose, closedOn;
    std::optional<qint64> ownerId;
    std::optional<qint64> contractId;
    QString currency; ///< empty: the writer's
    /// Every stage the opportunity went through, oldest first; the last one is its stage.
    QList<std::pair<OpportunityStage, QDate>> history;
};

struct RevenueRow
{
    qint64 accountId = 0;
    QDate date;
    qint64 amountMinor = 0;
    AccountKind kindAtBooking = AccountKind::Customer;
    QString description, category, promotion;
    std::optional<qint64> productId;
    std::optional<qint64> contractId;
    int quantity = 1;
    qint64 discountMinor = 0;
    QString currency; ///< empty: the writer's
    std::optional<qint64> invoiceId; ///< booked by issuing this invoice (issue 27)
};

/// One INSERT of BulkWriter: bound and executed a row at a time, or, when batched (on
/// PostgreSQL), its rows collected as one array literal per column and written many at a
/// time through unnest(), with ids taken ahead from the table's sequence.
class Statement final
{
public:
    Status prepare(const QSqlDatabase &db, const QString &insert, bool batched);
    void bindValue(int index, const QVariant &value);
    /// Runs the row bound (or adds it to the batch); its id when `wantId`.
    Result<qint64> exec(const QString &what, bool wantId);
    int pending() const { return m_rows; }
    bool batched() const { return m_batched; }
    Status flush();

private:
    QSqlQuery m_query;
    bool m_batched = false;
    QSqlDatabase m_db;
    QString m_sequence; ///< the id's sequence, when the table has an id column
    QStringList m_types; ///< per bound value: the column's array element type
    QVariantList m_row;
    QStringList m_arrays; ///< the id's first, when there is one
    int m_rows = 0;
    QString m_what; ///< what the first row of the batch was
    QList<qint64> m_ids; ///< taken from the sequence, not used yet
    qsizetype m_nextId = 0;
};

/// The prepared INSERT statements the sample generator and the importer write through: each
/// statement is prepared once and executed many times with bound values, in the caller's
/// transaction. Values are written as given: callers validate first.
class BulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BulkWriter)

public:
    /// Amounts are in `currency` (the firm's) unless a row names its own.
    BulkWriter(Database &database, QString currency);
    ~BulkWriter();
    Q_DISABLE_COPY_MOVE(BulkWriter)

    Status prepare();
    /// Stamps every row written from now on as created at `at` instead of at 09:00 on the
    /// row's own date (the sample portfolio back-dates its rows; an import happens now).
    void setCreatedAt(const QDateTime &at);

    Result<qint64> user(const QString &name, const QString &email, UserRole role,
                        const QDate &createdOn);
    /// A product priced in `currency` (empty: the writer's).
    Result<qint64> product(const QString &name, const QString &category, qint64 listPriceMinor,
                           const QString &currency = {});
    Result<qint64> account(const AccountRow &row);
    Status tag(qint64 accountId, const QString &tag);
    Result<qint64> contact(qint64 accountId, const QString &name, const QString &jobTitle,
                           const QString &email, const QString &phone, const QDate &createdOn,
                           const QList<ContactRole> &roles);
    Result<qint64> contract(const ContractRow &row);
    Result<qint64> serviceItem(qint64 accountId, std::optional<qint64> contractId,
                               const QString &title, const QString &customisation,
                               Frequency frequency, int responseHours, const QString &consultant,
                               const QDate &createdOn);
    Status serviceRequest(qint64 accountId, qint64 serviceItemId, RequestType type,
                          const QString &title, RequestPriority priority, RequestStatus status,
                          const QDateTime &openedAt, const QDateTime &dueAt,
                          const QDateTime &closedAt);
    Result<qint64> opportunity(const OpportunityRow &row);
    Status interaction(qint64 accountId, std::optional<qint64> contactId, InteractionType type,
                       const QDateTime &occurredAt, const QString &subject, const QDate &followUpOn,
                       bool followUpDone, std::optional<qint64> userId);
    /// Writes the entry with its amount converted by the rates set (setRates).
    Status revenue(const RevenueRow &row);
    /// The rates revenue rows are converted by; until set, only amounts in the writer's
    /// currency convert (to themselves).
    void setRates(RateTable rates) { m_rates = std::move(rates); }
    /// On PostgreSQL, rows from now on (all but users, products and settings) are collected
    /// and written many at a time (one array per column, unnested by the server) instead of
    /// one statement each, ids taken ahead from the tables' sequences; flush() writes what is
    /// collected, in the order the tables reference each other, and must be called before
    /// anything else reads or writes them. A failure then names no single row. Call before
    /// prepare(). Nothing changes on SQLite, whose rows are cheap one by one.
    void setBatched(bool batched) { m_batched = batched; }
    Status flush();
    /// Revenue rows written from now on are also added to `batch` (begun by the caller).
    void setRollups(RevenueRollupBatch *batch) { m_rollups = batch; }
    Status setting(const QString &key, const QString &value);

private:
    Status run(Statement &statement, const QString &what);
    Result<qint64> runInsert(Statement &statement, const QString &what);
    Result<qint64> write(Statement &statement, const QString &what, bool wantId);
    const QString &isoDate(const QDate &date);
    QString stamp(const QDate &date) const;
    const QByteArray &isoDateUtf8(const QDate &date);
    Status fastRevenue(const RevenueRow &row, const QString &currency,
                       std::optional<qint64> converted);
    void collectRevenue(const RevenueRow &row, const QString &currency,
                        std::optional<qint64> converted);
    const QByteArray &currencyUtf8(const QString &currency);

    Database &m_db;
    QString m_currency;
    QVariant m_clientValue, m_customerValue;
    QHash<qint64, QString> m_isoDates;
    QString m_createdAt; ///< empty: 09:00 on each row's date
    QHash<qint64, QByteArray> m_isoDatesUtf8;
    QHash<QString, QByteArray> m_currenciesUtf8;
    RateTable m_rates;
    // On SQLite, revenue rows go through the C API on Qt's own connection: QSqlQuery's
    // positional bindValue() formats and hashes a name per value, which doubled the cost of
    // the million rows of the large sample and of revenue imports.
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_sqliteRevenue = nullptr;
    RevenueRollupBatch *m_rollups = nullptr;
    // PostgreSQL batches (setBatched): revenue has its own, one array literal per varying
    // column.
    bool m_batched = false;
    bool m_canBatch = false; ///< on PostgreSQL, m_revenueBatch is prepared
    int m_pendingRevenue = 0;
    std::array<QString, 14> m_revenueArrays;
    QSqlQuery m_revenueBatch;
    Statement m_user, m_product, m_account, m_tag, m_contact, m_contactRole, m_contract,
        m_serviceItem, m_serviceRequest, m_opportunity, m_stage, m_interaction, m_revenue,
        m_setting;
};

} // namespace bulk
} // namespace cd
