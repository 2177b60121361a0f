#pragma once

#include "domain/account.h"
#include "domain/product.h"
#include "domain/sale.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// Recording a sale (SaleRecorder: one revenue entry per line, all or nothing, a prospect
/// made active, the customer's tags current) and what the sale form offers.
class SaleService final
{
public:
    explicit SaleService(Database &database) : m_db(database) { }

    /// Every problem that can be seen without a database, each naming its line.
    static QStringList validate(const Sale &sale);
    /// Records the sale; the ids of the revenue entries written.
    Result<QList<qint64>> record(const Sale &sale);

    /// What the sale form offers to choose from.
    struct Choices
    {
        QString firmCurrency;
        QList<Product> products; ///< the active catalogue, by category, then name
        /// The customers by name (case-insensitively), and `accountId` whatever its kind.
        QList<Account> customers;
    };
    /// What the form offers for a sale to `accountId` (0 for none yet); lists that cannot be
    /// read are empty.
    Choices choices(qint64 accountId) const;

private:
    Database &m_db;
};

} // namespace cd
