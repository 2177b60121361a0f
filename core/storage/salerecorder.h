#pragma once

#include "domain/sale.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// Records a sale: one revenue entry per line (product, category, quantity, discount,
/// promotion), all or nothing in one transaction. A prospect becomes active at its first
/// sale; the account's behaviour tags are current when record() returns.
class SaleRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(cd::SaleRecorder)

public:
    explicit SaleRecorder(Database &database);

    /// Every problem that can be seen without a database, each naming its line; empty when
    /// the sale can be recorded as far as its own values go.
    static QStringList validate(const Sale &sale);

    /// The ids of the revenue entries written.
    Result<QList<qint64>> record(const Sale &sale);

private:
    Database &m_db;
};

} // namespace cd
