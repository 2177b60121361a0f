#include "storage/revenuerepository.h"

#include "domain/isodate.h"
#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"revenue_entry"_s;
const QString kSelect
    = u"SELECT id, account_id, entry_date, amount_minor, currency, account_kind, description, "
      "product_id, category, quantity, discount_minor, promotion, contract_id, created_at "
      "FROM revenue_entries "_s;

RevenueEntry readEntry(const QSqlQuery &q)
{
    RevenueEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.date = sql::toDate(q.value(2));
    e.amount = Money(q.value(3).toLongLong(), q.value(4).toString());
    e.kindAtBooking = fromCode<AccountKind>(q.value(5).toString()).value_or(AccountKind::Customer);
    e.description = q.value(6).toString();
    e.productId = sql::toId(q.value(7));
    e.category = q.value(8).toString();
    e.quantity = q.value(9).toInt();
    e.discountMinor = q.value(10).toLongLong();
    e.promotion = q.value(11).toString();
    e.contractId = sql::toId(q.value(12));
    e.createdAt = sql::toDateTime(q.value(13));
    return e;
}

/// Binds the entry's columns, its amount converted to the firm's currency by the rates stored.
Status bindEntry(Database &db, QSqlQuery &q, const RevenueEntry &e)
{
    const Result<std::optional<qint64>> converted
        = ExchangeRateStore(db).convert(e.amount.minorUnits(), e.amount.currency(), e.date);
    if (!converted)
        return Error { converted.error() };
    q.bindValue(u":converted"_s, sql::id(*converted));
    q.bindValue(u":date"_s, sql::date(e.date));
    q.bindValue(u":amount"_s, e.amount.minorUnits());
    q.bindValue(u":currency"_s, e.amount.currency());
    q.bindValue(u":description"_s, sql::text(e.description));
    q.bindValue(u":product_id"_s, sql::id(e.productId));
    q.bindValue(u":category"_s, sql::text(e.category));
    q.bindValue(u":quantity"_s, e.quantity);
    q.bindValue(u":discount"_s, e.discountMinor);
    q.bindValue(u":promotion"_s, sql::text(e.promotion));
    q.bindValue(u":contract_id"_s, sql::id(e.contractId));
    return {};
}

// The kind comes from the account inside the same statement, as it is at this moment;
// an entry dated before a client's conversion is customer revenue.
const QString kInsert
    = u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
      "account_kind, description, product_id, category, quantity, discount_minor, "
      "promotion, contract_id, converted_minor, created_at, invoice_id) SELECT :account_id, "
      ":date, :amount, :currency, CASE WHEN kind = 'client' AND converted_on IS NOT NULL AND "
      ":date2 < converted_on THEN 'customer' ELSE kind END, :description, :product_id, "
      ":category, :quantity, :discount, :promotion, :contract_id, :converted, :now, "
      ":invoice_id FROM accounts WHERE id = :account_id"_s;

} // namespace

RevenueRepository::RevenueRepository(Database &database) : m_db(database) { }

QStringList RevenueRepository::validate(const RevenueEntry &e)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The revenue entry's description"), e.description },
                                     { tr("The revenue entry's category"), e.category },
                                     { tr("The revenue entry's promotion"), e.promotion } });
    if (e.accountId <= 0)
        problems.append(tr("A revenue entry needs the account it was earned from."));
    if (!e.date.isValid())
        problems.append(tr("A revenue entry needs a valid date."));
    if (e.amount.minorUnits() == 0)
        problems.append(tr("A revenue entry needs an amount other than 0."));
    if (!Money::isValidCurrency(e.amount.currency()))
        problems.append(
            tr("“%1” is not a currency code such as IDR or EUR.").arg(e.amount.currency()));
    if (e.quantity <= 0)
        problems.append(tr("The quantity must be at least 1, not %1.").arg(e.quantity));
    if (e.discountMinor < 0)
        problems.append(tr("A discount cannot be negative."));
    if (e.date.isValid() && !isWithinDateRange(e.date))
        problems.append(tr("The date of a revenue entry: %1.").arg(outOfDateRangeReason(e.date)));
    if (!e.amount.isWithinBounds())
        problems.append(
            tr("The revenue entry of %1 is too large. %2")
                .arg(e.amount.toPlainString(), Money::boundsSentence(e.amount.currency())));
    if (!Money::isWithinBounds(e.discountMinor))
        problems.append(tr("The discount of %1 is too large. %2")
                            .arg(Money(e.discountMinor, e.amount.currency()).toPlainString(),
                                 Money::boundsSentence(e.amount.currency())));
    return problems;
}

Status RevenueRepository::checkReferences(const RevenueEntry &e, QString *accountName) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, e.accountId);
    if (!q.exec())
        return Database::sqlError(tr("Checking the account failed"), q);
    if (!q.next())
        return Error {
            tr("There is no account with id %1 for this revenue entry.").arg(e.accountId)
        };
    *accountName = q.value(0).toString();
    if (e.contractId) {
        q.prepare(u"SELECT c.reference, c.account_id, a.name FROM contracts c JOIN accounts a "
                  "ON a.id = c.account_id WHERE c.id = :id"_s);
        q.bindValue(u":id"_s, *e.contractId);
        if (!q.exec())
            return Database::sqlError(tr("Checking the contract failed"), q);
        if (!q.next())
            return Error { tr("There is no contract with id %1.").arg(*e.contractId) };
        if (q.value(1).toLongLong() != e.accountId)
            return Error { tr("Contract %1 belongs to %2, not to %3.")
                               .arg(q.value(0).toString(), q.value(2).toString(), *accountName) };
    }
    if (e.productId) {
        q.prepare(u"SELECT count(*) FROM products WHERE id = :id"_s);
        q.bindValue(u":id"_s, *e.productId);
        const Result<qint64> found = sql::count(q, tr("Checking the product failed"));
        if (!found)
            return Error { found.error() };
        if (*found == 0)
            return Error { tr("There is no product with id %1.").arg(*e.productId) };
    }
    return {};
}

Result<qint64> RevenueRepository::insert(const RevenueEntry &e)
{
    if (const QStringList problems = validate(e); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QString accountName;
    if (Status ok = checkReferences(e, &accountName); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(kInsert);
    if (Status ok = bindEntry(m_db, q, e); !ok)
        return Error { ok.error() };
    q.bindValue(u":account_id"_s, e.accountId);
    q.bindValue(u":date2"_s, sql::date(e.date));
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":invoice_id"_s, sql::id(std::nullopt));
    if (Status ok = sql::exec(q, tr("Saving the revenue entry of %1 failed").arg(accountName)); !ok)
        return Error { ok.error() };
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status ok = AuditLog(m_db).append(
            kEntity, id, u"create"_s,
            tr("%1 on %2 from %3")
                .arg(e.amount.toPlainString(), e.date.toString(Qt::ISODate), accountName));
        !ok)
        return Error { ok.error() };
    if (Status ok = CustomerStats(m_db).refresh({ e.accountId }); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status RevenueRepository::update(const RevenueEntry &input)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<RevenueEntry> before = get(input.id);
    if (!before)
        return Error { before.error() };
    RevenueEntry e = input;
    e.accountId = before->accountId;
    if (const QStringList problems = validate(e); !problems.isEmpty())
        return Error { problems.join(u' ') };
    QString accountName;
    if (Status ok = checkReferences(e, &accountName); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE revenue_entries SET entry_date = :date, amount_minor = :amount, "
              "currency = :currency, description = :description, product_id = :product_id, "
              "category = :category, quantity = :quantity, discount_minor = :discount, "
              "promotion = :promotion, contract_id = :contract_id, converted_minor = :converted "
              "WHERE id = :id"_s);
    if (Status ok = bindEntry(m_db, q, e); !ok)
        return ok;
    q.bindValue(u":id"_s, e.id);
    if (Status ok = sql::exec(q, tr("Saving the revenue entry of %1 failed").arg(accountName)); !ok)
        return ok;
    if (Status ok = AuditLog(m_db).append(
            kEntity, e.id, u"update"_s,
            tr("%1 on %2 from %3")
                .arg(e.amount.toPlainString(), e.date.toString(Qt::ISODate), accountName));
        !ok)
        return ok;
    if (Status ok = CustomerStats(m_db).refresh({ e.accountId }); !ok)
        return ok;
    return guard.commit();
}

Status RevenueRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<RevenueEntry> e = get(id);
    if (!e)
        return Error { e.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM revenue_entries WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Deleting the revenue entry failed")); !ok)
        return ok;
    if (Status ok = AuditLog(m_db).append(
            kEntity, id, u"delete"_s,
            tr("%1 on %2").arg(e->amount.toPlainString(), e->date.toString(Qt::ISODate)));
        !ok)
        return ok;
    if (Status ok = CustomerStats(m_db).refresh({ e->accountId }); !ok)
        return ok;
    return guard.commit();
}

Status RevenueRepository::insertForInvoice(qint64 invoiceId, const QString &number,
                                           const QList<RevenueEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    QString accountName;
    // An invoice's lines share its account and contract: checked once.
    if (Status ok = checkReferences(entries.constFirst(), &accountName); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(kInsert);
    for (const RevenueEntry &e : entries) {
        if (const QStringList problems = validate(e); !problems.isEmpty())
            return Error { problems.join(u' ') };
        if (Status ok = bindEntry(m_db, q, e); !ok)
            return ok;
        q.bindValue(u":account_id"_s, e.accountId);
        q.bindValue(u":date2"_s, sql::date(e.date));
        q.bindValue(u":now"_s, sql::now());
        q.bindValue(u":invoice_id"_s, invoiceId);
        if (Status ok = sql::exec(q, tr("Saving the revenue entry of %1 failed").arg(accountName));
            !ok)
            return ok;
    }
    if (Status ok = AuditLog(m_db).append(
            kEntity, std::nullopt, u"create"_s,
            tr("%n entries of %1 from %2", nullptr, int(entries.size())).arg(number, accountName));
        !ok)
        return ok;
    return guard.commit();
}

Result<int> RevenueRepository::removeForInvoice(qint64 invoiceId, qint64 accountId,
                                                const QString &number)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM revenue_entries WHERE invoice_id = :id"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (Status ok = sql::exec(q, tr("Deleting the revenue of %1 failed").arg(number)); !ok)
        return Error { ok.error() };
    const int removed = q.numRowsAffected();
    if (removed > 0) {
        if (Status ok = AuditLog(m_db).append(kEntity, std::nullopt, u"delete"_s,
                                              tr("%n entries of %1", nullptr, removed).arg(number));
            !ok)
            return Error { ok.error() };
        if (Status ok = CustomerStats(m_db).refresh({ accountId }); !ok)
            return Error { ok.error() };
    }
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return removed;
}

Result<RevenueEntry> RevenueRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the revenue entry failed"), q);
    if (!q.next())
        return Error { tr("There is no revenue entry with id %1.").arg(id) };
    return readEntry(q);
}

Result<QList<RevenueEntry>> RevenueRepository::listForAccount(qint64 accountId, const QDate &from,
                                                              const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect
              + u"WHERE account_id = :id AND entry_date >= :from AND entry_date <= :to "
                "ORDER BY entry_date, id"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":from"_s, from.isValid() ? from.toString(Qt::ISODate) : u"0000-01-01"_s);
    q.bindValue(u":to"_s, to.isValid() ? to.toString(Qt::ISODate) : u"9999-12-31"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the revenue failed"), q);
    QList<RevenueEntry> list;
    while (q.next())
        list.append(readEntry(q));
    return list;
}

Result<Money> RevenueRepository::total(qint64 accountId, const QDate &from, const QDate &to,
                                       const QString &currency) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COALESCE(SUM(amount_minor), 0) FROM revenue_entries WHERE account_id = :id "
              "AND entry_date >= :from AND entry_date <= :to AND currency = :currency"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":from"_s, from.toString(Qt::ISODate));
    q.bindValue(u":to"_s, to.toString(Qt::ISODate));
    q.bindValue(u":currency"_s, currency);
    if (!q.exec() || !q.next())
        return Database::sqlError(tr("Adding up the revenue failed"), q);
    return Money(q.value(0).toLongLong(), currency);
}

} // namespace cd
