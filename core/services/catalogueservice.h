#pragma once

#include "domain/product.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// The product catalogue (standard products and services, their categories and list prices)
/// as the app and the command line read and change it. Names are unique, case-insensitively;
/// a retired product keeps its sales but is no longer offered.
class CatalogueService final
{
public:
    explicit CatalogueService(Database &database) : m_db(database) { }

    /// Every problem that can be seen without a database; that the name is free is checked
    /// by insert() and update().
    static QStringList validate(const Product &product);

    Result<Product> get(qint64 id) const;
    /// All products (or only the active ones), by category, then name.
    Result<QList<Product>> list(bool activeOnly = false) const;
    /// The distinct categories, sorted.
    Result<QStringList> categories() const;
    Result<qint64> insert(const Product &product);
    /// Refused (Error::conflict) when someone else changed it since it was read.
    Status update(const Product &product);

private:
    Database &m_db;
};

} // namespace cd
