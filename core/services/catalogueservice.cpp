#include "catalogueservice.h"

#include "storage/productrepository.h"

namespace cd {

QStringList CatalogueService::validate(const Product &product)
{
    return ProductRepository::validate(product);
}

Result<Product> CatalogueService::get(qint64 id) const
{
    return ProductRepository(m_db).get(id);
}

Result<QList<Product>> CatalogueService::list(bool activeOnly) const
{
    return ProductRepository(m_db).list(activeOnly);
}

Result<QStringList> CatalogueService::categories() const
{
    return ProductRepository(m_db).categories();
}

Result<qint64> CatalogueService::insert(const Product &product)
{
    return ProductRepository(m_db).insert(product);
}

Status CatalogueService::update(const Product &product)
{
    return ProductRepository(m_db).update(product);
}

} // namespace cd
