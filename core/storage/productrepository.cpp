#include "storage/productrepository.h"

#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kEntity = u"product"_s;

const QString kSelect = u"SELECT id, name, category, list_price_minor, currency, active, "
                        "row_version FROM products "_s;

Product readProduct(const QSqlQuery &query)
{
    Product p;
    p.id = query.value(0).toLongLong();
    p.name = query.value(1).toString();
    p.category = query.value(2).toString();
    p.listPrice = Money(query.value(3).toLongLong(), query.value(4).toString());
    p.active = query.value(5).toInt() != 0;
    p.rowVersion = query.value(6).toInt();
    return p;
}

void bindProduct(QSqlQuery &query, const Product &p)
{
    query.bindValue(u":name"_s, p.name.trimmed());
    query.bindValue(u":category"_s, p.category.trimmed());
    query.bindValue(u":price"_s, p.listPrice.minorUnits());
    query.bindValue(u":currency"_s, p.listPrice.currency());
    query.bindValue(u":active"_s, p.active ? 1 : 0);
}

} // namespace

ProductRepository::ProductRepository(Database &database) : m_db(database) { }

QStringList ProductRepository::validate(const Product &product)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The product's name"), product.name },
                                     { tr("The product's category"), product.category } });
    const QString name = product.name.trimmed();
    if (name.isEmpty())
        problems.append(tr("A product needs a name."));
    if (product.category.trimmed().isEmpty())
        problems.append(tr("The product “%1” needs a category.").arg(name));
    if (product.listPrice.minorUnits() < 0)
        problems.append(tr("The list price %1 of “%2” is negative.")
                            .arg(product.listPrice.toPlainString(), name));
    if (!Money::isValidCurrency(product.listPrice.currency()))
        problems.append(tr("“%1” is not a currency code; use three capital letters such as "
                           "EUR or IDR.")
                            .arg(product.listPrice.currency()));
    if (!product.listPrice.isWithinBounds())
        problems.append(tr("The list price of “%1” is too large. %2")
                            .arg(name, Money::boundsSentence(product.listPrice.currency())));
    return problems;
}

Status ProductRepository::checkNameFree(const Product &product) const
{
    const Result<std::optional<Product>> existing = findByName(product.name);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value() && (*existing)->id != product.id)
        return Error { tr("There is already a product named “%1”.").arg((*existing)->name) };
    return {};
}

Result<qint64> ProductRepository::insert(const Product &product)
{
    if (const QStringList problems = validate(product); !problems.isEmpty())
        return Error { problems.join(u' ') };
    Product stored = product;
    stored.id = 0;
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (const Status ok = checkNameFree(stored); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO products (name, category, list_price_minor, currency, active) "
                  "VALUES (:name, :category, :price, :currency, :active)"_s);
    bindProduct(query, product);
    if (const Status ok
        = sql::exec(query, tr("Saving the product “%1” failed").arg(product.name.trimmed()));
        !ok)
        return Error { ok.error() };
    const qint64 id = query.lastInsertId().toLongLong();
    if (const Status ok = AuditLog(m_db).append(kEntity, id, u"create"_s, product.name.trimmed());
        !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status ProductRepository::update(const Product &product)
{
    if (const QStringList problems = validate(product); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    if (const Status ok = checkNameFree(product); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE products SET name = :name, category = :category, "
                  "list_price_minor = :price, currency = :currency, active = :active, "
                  "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    bindProduct(query, product);
    query.bindValue(u":id"_s, product.id);
    query.bindValue(u":version"_s, product.rowVersion);
    if (const Status ok
        = sql::exec(query, tr("Saving the product “%1” failed").arg(product.name.trimmed()));
        !ok)
        return ok;
    if (query.numRowsAffected() != 1) {
        if (!get(product.id))
            return Error { tr("There is no product with id %1.").arg(product.id) };
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed the product “%1” since you opened it; reload it and try "
               "again.")
                .arg(product.name.trimmed()),
            kEntity, product.id);
    }
    if (const Status ok
        = AuditLog(m_db).append(kEntity, product.id, u"update"_s, product.name.trimmed());
        !ok)
        return ok;
    return guard.commit();
}

Status ProductRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<Product> product = get(id);
    if (!product)
        return Error { product.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM products WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(query, tr("Deleting the product failed")); !ok)
        return ok;
    if (const Status ok = AuditLog(m_db).append(kEntity, id, u"delete"_s, product->name); !ok)
        return ok;
    return guard.commit();
}

Result<Product> ProductRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelect + u"WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Database::sqlError(tr("Reading the product failed"), query);
    if (!query.next())
        return Error { tr("There is no product with id %1.").arg(id) };
    return readProduct(query);
}

Result<QList<Product>> ProductRepository::list(bool activeOnly) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(activeOnly
                      ? kSelect + u"WHERE active = 1 ORDER BY lower(category), lower(name), id"_s
                      : kSelect + u"ORDER BY lower(category), lower(name), id"_s);
    if (!query.exec())
        return Database::sqlError(tr("Reading the products failed"), query);
    QList<Product> products;
    while (query.next())
        products.append(readProduct(query));
    return products;
}

Result<std::optional<Product>> ProductRepository::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::optional<Product>();
    // A catalogue is small: compare in C++ for Unicode case folding, which SQLite lacks.
    const Result<QList<Product>> products = list();
    if (!products)
        return Error { products.error() };
    for (const Product &product : *products) {
        if (product.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<Product>(product);
    }
    return std::optional<Product>();
}

Result<QStringList> ProductRepository::categories() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT DISTINCT category FROM products ORDER BY category"_s);
    if (!query.exec())
        return Database::sqlError(tr("Reading the product categories failed"), query);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace cd
