#pragma once

#include "domain/product.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// Stores the product catalogue. Names are unique, case-insensitively, and stored trimmed,
/// as are categories. Deleting a product keeps its revenue entries (without the product).
class ProductRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProductRepository)

public:
    explicit ProductRepository(Database &database);

    /// Every problem that can be seen without a database; empty when valid. That the name
    /// is not taken is checked by insert() and update().
    static QStringList validate(const Product &product);

    Result<qint64> insert(const Product &product);
    Status update(const Product &product);
    Status remove(qint64 id);

    Result<Product> get(qint64 id) const;
    /// All products (or only the active ones), sorted by category, then name.
    Result<QList<Product>> list(bool activeOnly = false) const;
    /// The product with this name (trimmed, case-insensitive), or nullopt.
    Result<std::optional<Product>> findByName(const QString &name) const;
    /// The distinct categories, sorted.
    Result<QStringList> categories() const;

private:
    Status checkNameFree(const Product &product) const;

    Database &m_db;
};

} // namespace cd
