// The database side of an import: the lists the importer checks rows against, and the
// transaction its rows are written in (core/io/importer.cpp decides what to write).
#include "storage/importstore.h"

#include "domain/account.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// The importer's words: these failures reach the user as the import's own.
QString importerText(const char *text)
{
    return QCoreApplication::translate("cd::Importer", text);
}

} // namespace

ImportLookups::ImportLookups(Database &database) : m_db(database) { }

QString ImportLookups::firmCurrency() const
{
    return SettingsRepository(m_db).firmCurrency();
}

Result<QList<ImportLookups::AccountName>> ImportLookups::accounts() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, kind, converted_on FROM accounts ORDER BY id"_s))
        return Database::sqlError(importerText("Reading the accounts"), query);
    QList<AccountName> accounts;
    while (query.next()) {
        accounts.append(
            { query.value(0).toLongLong(), query.value(1).toString(),
              fromCode<AccountKind>(query.value(2).toString()).value_or(AccountKind::Customer),
              QDate::fromString(query.value(3).toString(), Qt::ISODate) });
    }
    return accounts;
}

Result<QList<ImportLookups::UserName>> ImportLookups::users() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name FROM users"_s))
        return Database::sqlError(importerText("Reading the account managers"), query);
    QList<UserName> users;
    while (query.next())
        users.append({ query.value(0).toLongLong(), query.value(1).toString() });
    return users;
}

Result<QList<Account>> ImportLookups::fullAccounts() const
{
    return AccountRepository(m_db).list();
}

Result<QList<ImportLookups::ContractKey>> ImportLookups::contracts() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, reference, account_id FROM contracts"_s))
        return Database::sqlError(importerText("Reading the contracts"), query);
    QList<ContractKey> contracts;
    while (query.next()) {
        contracts.append({ query.value(0).toLongLong(), query.value(1).toString(),
                           query.value(2).toLongLong() });
    }
    return contracts;
}

Result<QList<ImportLookups::Product>> ImportLookups::products() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, category, list_price_minor FROM products"_s))
        return Database::sqlError(importerText("Reading the products"), query);
    QList<Product> products;
    while (query.next()) {
        products.append({ query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong() });
    }
    return products;
}

ImportWriter::ImportWriter(Database &database, QString currency)
    : m_db(database), m_currency(std::move(currency)), m_guard(database)
{ }

ImportWriter::~ImportWriter() = default;

Status ImportWriter::begin()
{
    if (const Status ok = m_guard.begin(); !ok)
        return ok;
    m_writer.emplace(m_db, m_currency);
    if (const Status ok = m_writer->prepare(); !ok)
        return ok;
    const Result<RateTable> rates = ExchangeRateStore(m_db).load();
    if (!rates)
        return Error { rates.error() };
    m_writer->setRates(*rates);
    m_writer->setCreatedAt(QDateTime::currentDateTime());
    return {};
}

Result<qint64> ImportWriter::accountManager(const QString &name, const QDate &since)
{
    return m_writer->user(name, {}, UserRole::AccountManager, since);
}

Result<qint64> ImportWriter::product(const QString &name, const QString &category,
                                     qint64 listPriceMinor)
{
    return m_writer->product(name, category, listPriceMinor);
}

Result<qint64> ImportWriter::account(const bulk::AccountRow &row)
{
    return m_writer->account(row);
}

Result<qint64> ImportWriter::contact(qint64 accountId, const QString &name, const QString &jobTitle,
                                     const QString &email, const QString &phone,
                                     const QList<ContactRole> &roles)
{
    return m_writer->contact(accountId, name, jobTitle, email, phone, {}, roles);
}

Result<qint64> ImportWriter::contract(const bulk::ContractRow &row)
{
    return m_writer->contract(row);
}

Result<Account> ImportWriter::storedAccount(qint64 id)
{
    return AccountRepository(m_db).get(id);
}

Status ImportWriter::updateAccount(const Account &account)
{
    return AccountRepository(m_db).update(account);
}

Status ImportWriter::audit(const QString &entity, std::optional<qint64> id, const QString &action,
                           const QString &details)
{
    return AuditLog(m_db).append(entity, id, action, details);
}

Status ImportWriter::beginRevenue()
{
    m_rollups.emplace(m_db);
    const Status ok = m_rollups->begin();
    if (ok)
        m_writer->setRollups(&*m_rollups);
    return ok;
}

Status ImportWriter::finishRevenue()
{
    m_writer->setRollups(nullptr);
    return m_rollups->finish();
}

Status ImportWriter::refreshCustomerStats(const QSet<qint64> &touched)
{
    if (touched.isEmpty())
        return {};
    CustomerStats stats(m_db);
    if (touched.size() > CustomerStats::kIncrementalLimit)
        return stats.markStale();
    return stats.refresh(touched.values(), QDate::currentDate());
}

Status ImportWriter::commit()
{
    return m_guard.commit();
}

} // namespace cd
