#include "storage/bulkwriter.h"

#include "storage/database.h"
#include "storage/pgarray.h"
#include "storage/revenuerollup.h"
#include "storage/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace cd::bulk {

namespace {

// Positional placeholders: the generator binds a million revenue rows, and binding by
// position spares a name lookup per value.
const QString kInsertUser
    = u"INSERT INTO users (name, email, role, active, created_at) VALUES (?, ?, ?, 1, ?)"_s;
const QString kInsertProduct = u"INSERT INTO products (name, category, list_price_minor, "
                               "currency, active) VALUES (?, ?, ?, ?, 1)"_s;
const QString kInsertAccount
    = u"INSERT INTO accounts (kind, status, name, legal_form, industry, city, region, country, "
      "channel, manager_id, referred_by_id, tax_id, email, phone, notes, converted_on, "
      "created_at, updated_at, currency) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertTag
    = u"INSERT INTO account_tags (account_id, tag, source) VALUES (?, ?, 'user')"_s;
const QString kInsertContact = u"INSERT INTO contacts (account_id, name, job_title, email, "
                               "phone, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s;
const QString kInsertContactRole = u"INSERT INTO contact_roles (contact_id, role) VALUES (?, ?)"_s;
const QString kInsertContract
    = u"INSERT INTO contracts (account_id, reference, title, scope, billing_model, fee_minor, "
      "currency, estimated_hours, start_date, end_date, auto_renew, renewal_months, notice_days, "
      "termination_clause, status, signed_on, terminated_on, termination_reason, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertServiceItem
    = u"INSERT INTO service_items (account_id, contract_id, title, customisation, frequency, "
      "response_hours, consultant, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertServiceRequest
    = u"INSERT INTO service_requests (account_id, service_item_id, type, title, priority, status, "
      "opened_at, due_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertOpportunity
    = u"INSERT INTO opportunities (account_id, title, deal_type, expected_value_minor, currency, "
      "probability, stage, first_contact, expected_close, closed_on, lost_reason, owner_id, "
      "next_step, contract_id, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertStage
    = u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) VALUES (?, ?, ?)"_s;
const QString kInsertInteraction
    = u"INSERT INTO interactions (account_id, contact_id, type, occurred_at, subject, "
      "follow_up_on, follow_up_done, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertRevenue
    = u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
      "account_kind, description, product_id, category, quantity, discount_minor, promotion, "
      "contract_id, converted_minor, created_at, invoice_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
// PostgreSQL, many revenue rows a statement (BulkWriter::setBatchedRevenue): the varying
// columns as one array each, unnested by the server into rows; the creation stamp (none:
// 09:00 on the entry's date) is bound once. A few long texts parse far faster
// than thousands of bound values or a statement a row.
const QString kInsertRevenueBatch
    = u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
      "account_kind, description, product_id, category, quantity, discount_minor, promotion, "
      "contract_id, converted_minor, created_at, invoice_id) SELECT u.a, u.d, u.m, u.cur, u.k, "
      "u.x, u.p, u.c, u.q, u.dm, u.pr, u.ct, u.cv, coalesce(CAST(? AS TEXT), u.d || "
      "'T09:00:00'), u.inv FROM "
      "unnest(CAST(? AS int8[]), CAST(? AS text[]), CAST(? AS int8[]), CAST(? AS text[]), "
      "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int8[]), CAST(? AS text[]), "
      "CAST(? AS int4[]), CAST(? AS int8[]), CAST(? AS text[]), CAST(? AS int8[]), "
      "CAST(? AS int8[]), CAST(? AS int8[])) AS u (a, d, m, cur, k, x, p, c, q, dm, pr, ct, cv, "
      "inv)"_s;
// Rows per batch statement: about a megabyte of text.
constexpr int kRevenueBatchRows = 10'000;

/// Appends an element to a PostgreSQL array literal: empty text is NULL, other text quoted.
void appendText(QString &array, const QString &text)
{
    if (text.isEmpty())
        array += u"NULL"_s;
    else
        pgarray::appendQuoted(array, text);
}

void appendId(QString &array, std::optional<qint64> id)
{
    if (id)
        array += QString::number(*id);
    else
        array += u"NULL"_s;
}

const QString kInsertSetting = u"INSERT INTO settings (key, value) VALUES (?, ?)"_s;

QVariant timestampOrNull(const QDateTime &value)
{
    return value.isValid() ? QVariant(sql::timestamp(value)) : sql::nullString();
}

} // namespace

// Rows per batch statement of the other tables.
constexpr int kBatchRows = 5'000;

Status Statement::prepare(const QSqlDatabase &db, const QString &insert, bool batched)
{
    m_db = db;
    m_batched = false;
    m_query = QSqlQuery(db);
    if (!batched) {
        if (!m_query.prepare(insert))
            return Database::sqlError(BulkWriter::tr("Preparing to write"), m_query);
        return {};
    }
    // INSERT INTO table (columns) VALUES (values): each value a ? or a literal.
    static const QRegularExpression shape(
        u"^INSERT INTO (\\w+) \\(([^)]*)\\) VALUES \\((.*)\\)$"_s);
    const QRegularExpressionMatch match = shape.match(insert);
    Q_ASSERT(match.hasMatch());
    const QString table = match.captured(1);
    const QStringList columns = match.captured(2).split(u", "_s);
    const QStringList values = match.captured(3).split(u", "_s);
    Q_ASSERT(columns.size() == values.size());
    QHash<QString, QString> types; // column → element type of its array
    QSqlQuery q(db);
    q.prepare(u"SELECT column_name, udt_name, pg_get_serial_sequence(?, column_name) FROM "
              "information_schema.columns WHERE table_schema = current_schema() AND table_name "
              "= ?"_s);
    q.bindValue(0, table);
    q.bindValue(1, table);
    if (!q.exec())
        return Database::sqlError(BulkWriter::tr("Preparing to write"), q);
    m_sequence.clear();
    while (q.next()) {
        types.insert(q.value(0).toString(), q.value(1).toString());
        if (q.value(0).toString() == u"id"_s && !q.value(2).isNull())
            m_sequence = q.value(2).toString();
    }
    QStringList names, selected, arrays;
    m_types.clear();
    if (!m_sequence.isEmpty()) {
        names.append(u"id"_s);
        selected.append(u"u.c0"_s);
        arrays.append(u"CAST(? AS int8[])"_s);
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names.append(columns.at(i));
        if (values.at(i) != u"?"_s) {
            selected.append(values.at(i));
            continue;
        }
        const QString type = types.value(columns.at(i));
        if (type.isEmpty())
            return Error { BulkWriter::tr("Preparing to write") };
        selected.append(u"u.c%1"_s.arg(arrays.size()));
        arrays.append(u"CAST(? AS %1[])"_s.arg(type));
        m_types.append(type);
    }
    QStringList aliases;
    for (qsizetype i = 0; i < arrays.size(); ++i)
        aliases.append(u"c%1"_s.arg(i));
    if (!m_query.prepare(u"INSERT INTO %1 (%2) SELECT %3 FROM unnest(%4) AS u (%5)"_s.arg(
            table, names.join(u", "_s), selected.join(u", "_s), arrays.join(u", "_s),
            aliases.join(u", "_s))))
        return Database::sqlError(BulkWriter::tr("Preparing to write"), m_query);
    m_row = QVariantList(m_types.size());
    m_arrays = QStringList(arrays.size());
    m_rows = 0;
    m_ids.clear();
    m_nextId = 0;
    m_batched = true;
    return {};
}

void Statement::bindValue(int index, const QVariant &value)
{
    if (m_batched)
        m_row[index] = value;
    else
        m_query.bindValue(index, value);
}

namespace { } // namespace

Result<qint64> Statement::exec(const QString &what, bool wantId)
{
    if (!m_batched) {
        if (!m_query.exec())
            return Database::sqlError(what, m_query);
        return wantId ? m_query.lastInsertId().toLongLong() : 0;
    }
    qint64 id = 0;
    if (!m_sequence.isEmpty()) {
        if (m_nextId == m_ids.size()) {
            // A block of ids at a time, growing with the table: few round trips, few unused.
            QSqlQuery q(m_db);
            q.prepare(u"SELECT nextval(?) FROM generate_series(1, ?)"_s);
            q.bindValue(0, m_sequence);
            q.bindValue(1, int(std::clamp<qsizetype>(m_ids.size() * 2, 16, 4096)));
            if (!q.exec())
                return Database::sqlError(what, q);
            m_ids.clear();
            m_nextId = 0;
            while (q.next())
                m_ids.append(q.value(0).toLongLong());
            if (m_ids.isEmpty())
                return Error { what };
        }
        id = m_ids.at(m_nextId++);
    }
    if (m_rows == 0)
        m_what = what;
    int a = 0;
    if (!m_sequence.isEmpty()) {
        if (m_rows > 0)
            m_arrays[a] += u',';
        m_arrays[a++] += QString::number(id);
    }
    for (qsizetype i = 0; i < m_row.size(); ++i, ++a) {
        if (m_rows > 0)
            m_arrays[a] += u',';
        pgarray::appendValue(m_arrays[a], m_row.at(i), m_types.at(i) == u"bool"_s);
        m_row[i] = QVariant();
    }
    ++m_rows;
    return id;
}

Status Statement::flush()
{
    if (m_rows == 0)
        return {};
    for (qsizetype a = 0; a < m_arrays.size(); ++a) {
        m_query.bindValue(int(a), u'{' + m_arrays.at(a) + u'}');
        m_arrays[a].resize(0);
    }
    m_rows = 0;
    if (!m_query.exec())
        return Database::sqlError(m_what, m_query);
    return {};
}

BulkWriter::BulkWriter(Database &database, QString currency)
    : m_db(database)
    , m_currency(std::move(currency))
    , m_clientValue(toCode(AccountKind::Client))
    , m_customerValue(toCode(AccountKind::Customer))
    , m_rates(m_currency)
{ }

const QByteArray &BulkWriter::currencyUtf8(const QString &currency)
{
    auto it = m_currenciesUtf8.find(currency);
    if (it == m_currenciesUtf8.end())
        it = m_currenciesUtf8.insert(currency, currency.toUtf8());
    return *it;
}

Status BulkWriter::prepare()
{
    const QSqlDatabase connection = m_db.connection();
    const std::pair<Statement *, const QString *> statements[] = {
        { &m_user, &kInsertUser },
        { &m_product, &kInsertProduct },
        { &m_account, &kInsertAccount },
        { &m_tag, &kInsertTag },
        { &m_contact, &kInsertContact },
        { &m_contactRole, &kInsertContactRole },
        { &m_contract, &kInsertContract },
        { &m_serviceItem, &kInsertServiceItem },
        { &m_serviceRequest, &kInsertServiceRequest },
        { &m_opportunity, &kInsertOpportunity },
        { &m_stage, &kInsertStage },
        { &m_interaction, &kInsertInteraction },
        { &m_revenue, &kInsertRevenue },
        { &m_setting, &kInsertSetting },
    };
    const bool server = m_db.dialect() == Dialect::PostgreSQL;
    for (const auto &[query, statement] : statements) {
        // Users, products and settings are few and written one by one; revenue has a batch of
        // its own (below).
        const bool batched = m_batched && server && query != &m_user && query != &m_product
            && query != &m_setting && query != &m_revenue;
        if (Status ok = query->prepare(connection, *statement, batched); !ok)
            return ok;
    }
    if (m_batched && server) {
        m_revenueBatch = QSqlQuery(connection);
        if (!m_revenueBatch.prepare(kInsertRevenueBatch))
            return Database::sqlError(tr("Preparing to write"), m_revenueBatch);
        m_canBatch = true;
    }
    const QVariant handle = connection.driver()->handle();
    if (m_db.dialect() == Dialect::SQLite && handle.isValid()
        && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray sql = kInsertRevenue.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_sqliteRevenue,
                               nullptr)
            != SQLITE_OK) {
            return Error {
                tr("Preparing to write failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)))
            };
        }
    }
    return {};
}

BulkWriter::~BulkWriter()
{
    sqlite3_finalize(m_sqliteRevenue);
}

const QByteArray &BulkWriter::isoDateUtf8(const QDate &date)
{
    auto it = m_isoDatesUtf8.find(date.toJulianDay());
    if (it == m_isoDatesUtf8.end())
        it = m_isoDatesUtf8.insert(date.toJulianDay(), date.toString(Qt::ISODate).toUtf8());
    return *it;
}

Status BulkWriter::fastRevenue(const RevenueRow &row, const QString &currency,
                               std::optional<qint64> converted)
{
    static const QByteArray client = toCode(AccountKind::Client).toUtf8();
    static const QByteArray customer = toCode(AccountKind::Customer).toUtf8();
    sqlite3_stmt *const s = m_sqliteRevenue;
    const QByteArray &date = isoDateUtf8(row.date);
    const QByteArray created = m_createdAt.isEmpty() ? date + "T09:00:00" : m_createdAt.toUtf8();
    const QByteArray description = row.description.toUtf8();
    const QByteArray category = row.category.toUtf8();
    const QByteArray promotion = row.promotion.toUtf8();
    const auto text = [s](int index, const QByteArray &value) {
        if (value.isEmpty())
            sqlite3_bind_null(s, index);
        else
            sqlite3_bind_text(s, index, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    const auto id = [s](int index, std::optional<qint64> value) {
        if (value)
            sqlite3_bind_int64(s, index, *value);
        else
            sqlite3_bind_null(s, index);
    };
    sqlite3_bind_int64(s, 1, row.accountId);
    text(2, date);
    sqlite3_bind_int64(s, 3, row.amountMinor);
    text(4, currencyUtf8(currency));
    text(5, row.kindAtBooking == AccountKind::Client ? client : customer);
    text(6, description);
    id(7, row.productId);
    text(8, category);
    sqlite3_bind_int64(s, 9, row.quantity);
    sqlite3_bind_int64(s, 10, row.discountMinor);
    text(11, promotion);
    id(12, row.contractId);
    id(13, converted);
    text(14, created);
    id(15, row.invoiceId);
    const int result = sqlite3_step(s);
    sqlite3_reset(s);
    if (result != SQLITE_DONE) {
        return Error { tr("Writing a revenue entry of account %1 failed: %2")
                           .arg(row.accountId)
                           .arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite))) };
    }
    return {};
}

void BulkWriter::setCreatedAt(const QDateTime &at)
{
    m_createdAt = at.isValid() ? sql::timestamp(at) : QString();
}

QString BulkWriter::stamp(const QDate &date) const
{
    return m_createdAt.isEmpty() ? date.toString(Qt::ISODate) + u"T09:00:00"_s : m_createdAt;
}

Status BulkWriter::run(Statement &statement, const QString &what)
{
    const auto done = write(statement, what, false);
    return done ? Status() : Status(Error { done.error() });
}

Result<qint64> BulkWriter::runInsert(Statement &statement, const QString &what)
{
    return write(statement, what, true);
}

Result<qint64> BulkWriter::write(Statement &statement, const QString &what, bool wantId)
{
    // A row written at once may refer to rows still collected: those go first.
    if (m_batched && !statement.batched()) {
        if (Status ok = flush(); !ok)
            return Error { ok.error() };
    }
    const auto id = statement.exec(what, wantId);
    if (!id)
        return id;
    if (statement.pending() >= kBatchRows) {
        if (Status ok = flush(); !ok)
            return Error { ok.error() };
    }
    return id;
}

Result<qint64> BulkWriter::user(const QString &name, const QString &email, UserRole role,
                                const QDate &createdOn)
{
    m_user.bindValue(0, name);
    m_user.bindValue(1, email);
    m_user.bindValue(2, toCode(role));
    m_user.bindValue(3, stamp(createdOn));
    return runInsert(m_user, tr("Writing the user %1").arg(name));
}

Result<qint64> BulkWriter::product(const QString &name, const QString &category,
                                   qint64 listPriceMinor, const QString &currency)
{
    m_product.bindValue(0, name);
    m_product.bindValue(1, category);
    m_product.bindValue(2, listPriceMinor);
    m_product.bindValue(3, currency.isEmpty() ? m_currency : currency);
    return runInsert(m_product, tr("Writing the product %1").arg(name));
}

Result<qint64> BulkWriter::account(const AccountRow &row)
{
    const QString created = stamp(row.createdOn);
    m_account.bindValue(0, toCode(row.kind));
    m_account.bindValue(1, toCode(row.status));
    m_account.bindValue(2, row.name);
    m_account.bindValue(3, toCode(row.legalForm));
    m_account.bindValue(4, sql::text(row.industry));
    m_account.bindValue(5, sql::text(row.city));
    m_account.bindValue(6, sql::text(row.region));
    m_account.bindValue(7, sql::text(row.country));
    m_account.bindValue(8, toCode(row.channel));
    m_account.bindValue(9, sql::id(row.managerId));
    m_account.bindValue(10, sql::id(row.referredById));
    m_account.bindValue(11, sql::text(row.taxId));
    m_account.bindValue(12, sql::text(row.email));
    m_account.bindValue(13, sql::text(row.phone));
    m_account.bindValue(14, sql::text(row.notes));
    m_account.bindValue(15, sql::date(row.convertedOn));
    m_account.bindValue(16, created);
    m_account.bindValue(17, created);
    m_account.bindValue(18, sql::text(row.currency));
    return runInsert(m_account, tr("Writing the account %1").arg(row.name));
}

Status BulkWriter::tag(qint64 accountId, const QString &tag)
{
    m_tag.bindValue(0, accountId);
    m_tag.bindValue(1, tag);
    return run(m_tag, tr("Writing a tag of account %1").arg(accountId));
}

Result<qint64> BulkWriter::contact(qint64 accountId, const QString &name, const QString &jobTitle,
                                   const QString &email, const QString &phone,
                                   const QDate &createdOn, const QList<ContactRole> &roles)
{
    m_contact.bindValue(0, accountId);
    m_contact.bindValue(1, name);
    m_contact.bindValue(2, sql::text(jobTitle));
    m_contact.bindValue(3, sql::text(email));
    m_contact.bindValue(4, sql::text(phone));
    m_contact.bindValue(5, stamp(createdOn));
    const auto id = runInsert(m_contact, tr("Writing the contact %1").arg(name));
    if (!id)
        return id;
    for (ContactRole role : roles) {
        m_contactRole.bindValue(0, *id);
        m_contactRole.bindValue(1, toCode(role));
        if (const Status ok = run(m_contactRole, tr("Writing the roles of %1").arg(name)); !ok)
            return Error { ok.error() };
    }
    return id;
}

Result<qint64> BulkWriter::contract(const ContractRow &row)
{
    m_contract.bindValue(0, row.accountId);
    m_contract.bindValue(1, row.reference);
    m_contract.bindValue(2, sql::text(row.title));
    m_contract.bindValue(3, sql::text(row.scope));
    m_contract.bindValue(4, toCode(row.billingModel));
    m_contract.bindValue(5, row.feeMinor);
    m_contract.bindValue(6, row.currency.isEmpty() ? m_currency : row.currency);
    m_contract.bindValue(7,
                         row.billingModel == BillingModel::Hourly
                             ? QVariant(row.estimatedHours)
                             : QVariant(QMetaType::fromType<int>()));
    m_contract.bindValue(8, sql::date(row.start));
    m_contract.bindValue(9, sql::date(row.end));
    m_contract.bindValue(10, row.autoRenew ? 1 : 0);
    m_contract.bindValue(
        11, row.autoRenew ? QVariant(row.renewalMonths) : QVariant(QMetaType::fromType<int>()));
    m_contract.bindValue(12, row.noticeDays);
    m_contract.bindValue(13, sql::text(row.terminationClause));
    m_contract.bindValue(14, toCode(row.status));
    m_contract.bindValue(15, sql::date(row.signedOn));
    m_contract.bindValue(16, sql::date(row.terminatedOn));
    m_contract.bindValue(17, sql::text(row.terminationReason));
    const QString created = stamp(row.signedOn.isValid() ? row.signedOn : row.start);
    m_contract.bindValue(18, created);
    m_contract.bindValue(19, created);
    return runInsert(m_contract, tr("Writing the contract %1").arg(row.reference));
}

Result<qint64> BulkWriter::serviceItem(qint64 accountId, std::optional<qint64> contractId,
                                       const QString &title, const QString &customisation,
                                       Frequency frequency, int responseHours,
                                       const QString &consultant, const QDate &createdOn)
{
    m_serviceItem.bindValue(0, accountId);
    m_serviceItem.bindValue(1, sql::id(contractId));
    m_serviceItem.bindValue(2, title);
    m_serviceItem.bindValue(3, sql::text(customisation));
    m_serviceItem.bindValue(4, toCode(frequency));
    m_serviceItem.bindValue(5, responseHours);
    m_serviceItem.bindValue(6, sql::text(consultant));
    m_serviceItem.bindValue(7, stamp(createdOn));
    return runInsert(m_serviceItem, tr("Writing the service item %1").arg(title));
}

Status BulkWriter::serviceRequest(qint64 accountId, qint64 serviceItemId, RequestType type,
                                  const QString &title, RequestPriority priority,
                                  RequestStatus status, const QDateTime &openedAt,
                                  const QDateTime &dueAt, const QDateTime &closedAt)
{
    m_serviceRequest.bindValue(0, accountId);
    m_serviceRequest.bindValue(1, serviceItemId);
    m_serviceRequest.bindValue(2, toCode(type));
    m_serviceRequest.bindValue(3, title);
    m_serviceRequest.bindValue(4, toCode(priority));
    m_serviceRequest.bindValue(5, toCode(status));
    m_serviceRequest.bindValue(6, sql::timestamp(openedAt));
    m_serviceRequest.bindValue(7, sql::timestamp(dueAt));
    m_serviceRequest.bindValue(8, timestampOrNull(closedAt));
    return run(m_serviceRequest, tr("Writing the service request %1").arg(title));
}

Result<qint64> BulkWriter::opportunity(const OpportunityRow &row)
{
    Q_ASSERT(!row.history.isEmpty());
    const OpportunityStage stage = row.history.constLast().first;
    const QString created = stamp(row.firstContact);
    m_opportunity.bindValue(0, row.accountId);
    m_opportunity.bindValue(1, row.title);
    m_opportunity.bindValue(2, toCode(row.dealType));
    m_opportunity.bindValue(3, row.valueMinor);
    m_opportunity.bindValue(4, row.currency.isEmpty() ? m_currency : row.currency);
    m_opportunity.bindValue(5, row.probability);
    m_opportunity.bindValue(6, toCode(stage));
    m_opportunity.bindValue(7, sql::date(row.firstContact));
    m_opportunity.bindValue(8, sql::date(row.expectedClose));
    m_opportunity.bindValue(9, sql::date(row.closedOn));
    m_opportunity.bindValue(10, sql::text(row.lostReason));
    m_opportunity.bindValue(11, sql::id(row.ownerId));
    m_opportunity.bindValue(12, sql::text(row.nextStep));
    m_opportunity.bindValue(13, sql::id(row.contractId));
    m_opportunity.bindValue(14, created);
    m_opportunity.bindValue(15, stamp(row.history.constLast().second));
    const auto id = runInsert(m_opportunity, tr("Writing the opportunity %1").arg(row.title));
    if (!id)
        return id;
    for (const auto &[historyStage, changedOn] : row.history) {
        m_stage.bindValue(0, *id);
        m_stage.bindValue(1, toCode(historyStage));
        m_stage.bindValue(2, sql::date(changedOn));
        if (const Status ok = run(m_stage, tr("Writing the stages of %1").arg(row.title)); !ok)
            return Error { ok.error() };
    }
    return id;
}

Status BulkWriter::interaction(qint64 accountId, std::optional<qint64> contactId,
                               InteractionType type, const QDateTime &occurredAt,
                               const QString &subject, const QDate &followUpOn, bool followUpDone,
                               std::optional<qint64> userId)
{
    m_interaction.bindValue(0, accountId);
    m_interaction.bindValue(1, sql::id(contactId));
    m_interaction.bindValue(2, toCode(type));
    m_interaction.bindValue(3, sql::timestamp(occurredAt));
    m_interaction.bindValue(4, subject);
    m_interaction.bindValue(5, sql::date(followUpOn));
    m_interaction.bindValue(6, followUpDone ? 1 : 0);
    m_interaction.bindValue(7, sql::id(userId));
    return run(m_interaction, tr("Writing a interaction of account %1").arg(accountId));
}

Status BulkWriter::revenue(const RevenueRow &row)
{
    // The hot path of a large sample (a million rows) and of revenue imports. Values are
    // clean already (no trimming), and the few distinct dates and codes are converted once.
    const QString &currency = row.currency.isEmpty() ? m_currency : row.currency;
    const std::optional<qint64> converted = m_rates.convert(row.amountMinor, currency, row.date);
    if (m_rollups)
        m_rollups->add(row.date, row.accountId, row.kindAtBooking, currency, row.category,
                       row.promotion, row.amountMinor, converted);
    if (m_sqliteRevenue)
        return fastRevenue(row, currency, converted);
    if (m_canBatch) {
        collectRevenue(row, currency, converted);
        return m_pendingRevenue >= kRevenueBatchRows ? flush() : Status();
    }
    const QString &date = isoDate(row.date);
    static const QVariant nullId(QMetaType::fromType<qint64>());
    m_revenue.bindValue(0, row.accountId);
    m_revenue.bindValue(1, date);
    m_revenue.bindValue(2, row.amountMinor);
    m_revenue.bindValue(3, currency);
    m_revenue.bindValue(4,
                        row.kindAtBooking == AccountKind::Client ? m_clientValue : m_customerValue);
    m_revenue.bindValue(5, row.description.isEmpty() ? sql::nullString() : row.description);
    m_revenue.bindValue(6, row.productId ? QVariant(*row.productId) : nullId);
    m_revenue.bindValue(7, row.category.isEmpty() ? sql::nullString() : row.category);
    m_revenue.bindValue(8, row.quantity);
    m_revenue.bindValue(9, row.discountMinor);
    m_revenue.bindValue(10, row.promotion.isEmpty() ? sql::nullString() : row.promotion);
    m_revenue.bindValue(11, row.contractId ? QVariant(*row.contractId) : nullId);
    m_revenue.bindValue(12, converted ? QVariant(*converted) : nullId);
    m_revenue.bindValue(13, m_createdAt.isEmpty() ? date + u"T09:00:00"_s : m_createdAt);
    m_revenue.bindValue(14, row.invoiceId ? QVariant(*row.invoiceId) : nullId);
    return run(m_revenue, tr("Writing a revenue entry of account %1").arg(row.accountId));
}

void BulkWriter::collectRevenue(const RevenueRow &row, const QString &currency,
                                std::optional<qint64> converted)
{
    static const QString client = toCode(AccountKind::Client);
    static const QString customer = toCode(AccountKind::Customer);
    if (m_pendingRevenue > 0) {
        for (QString &array : m_revenueArrays)
            array += u',';
    }
    auto &a = m_revenueArrays;
    a[0] += QString::number(row.accountId);
    a[1] += isoDate(row.date); // digits and dashes: no quotes needed
    a[2] += QString::number(row.amountMinor);
    a[3] += currency; // three capitals: no quotes needed
    a[4] += row.kindAtBooking == AccountKind::Client ? client : customer;
    appendText(a[5], row.description);
    appendId(a[6], row.productId);
    appendText(a[7], row.category);
    a[8] += QString::number(row.quantity);
    a[9] += QString::number(row.discountMinor);
    appendText(a[10], row.promotion);
    appendId(a[11], row.contractId);
    appendId(a[12], converted);
    appendId(a[13], row.invoiceId);
    ++m_pendingRevenue;
}

Status BulkWriter::flush()
{
    // In the order the tables refer to each other; revenue last.
    for (Statement *statement :
         { &m_account, &m_tag, &m_contact, &m_contactRole, &m_contract, &m_serviceItem,
           &m_serviceRequest, &m_opportunity, &m_stage, &m_interaction }) {
        if (Status ok = statement->flush(); !ok)
            return ok;
    }
    if (m_pendingRevenue == 0)
        return {};
    m_revenueBatch.bindValue(0, m_createdAt.isEmpty() ? sql::nullString() : QVariant(m_createdAt));
    for (int c = 0; c < int(m_revenueArrays.size()); ++c)
        m_revenueBatch.bindValue(1 + c, u'{' + m_revenueArrays[size_t(c)] + u'}');
    const int rows = m_pendingRevenue;
    m_pendingRevenue = 0;
    for (QString &array : m_revenueArrays)
        array.resize(0); // keeps its capacity for the next batch
    if (!m_revenueBatch.exec()) {
        return Database::sqlError(tr("Writing %n revenue entries", nullptr, rows), m_revenueBatch);
    }
    return {};
}

const QString &BulkWriter::isoDate(const QDate &date)
{
    auto it = m_isoDates.find(date.toJulianDay());
    if (it == m_isoDates.end())
        it = m_isoDates.insert(date.toJulianDay(), date.toString(Qt::ISODate));
    return *it;
}

Status BulkWriter::setting(const QString &key, const QString &value)
{
    m_setting.bindValue(0, key);
    m_setting.bindValue(1, value);
    return run(m_setting, tr("Writing the setting %1").arg(key));
}

} // namespace cd::bulk
