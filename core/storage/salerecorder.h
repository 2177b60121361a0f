#pragma once

#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// One line of a sale: a catalogue product, how many, at what price, less a discount.
struct SaleLine
{
    qint64 productId = 0;
    int quantity = 1;
    Money unitPrice; ///< the list price unless the seller changed it
    qint64 discountMinor = 0; ///< off the line's total, in the price's currency
    QString promotion; ///< a promotion code, if the sale used one

    /// quantity × unit price − discount (nullopt when it does not fit in 64 bits).
    std::optional<qint64> totalMinor() const;
};

/// A sale to an account on a day (the quick-sale dialog).
struct Sale
{
    qint64 accountId = 0;
    QDate date;
    QList<SaleLine> lines;
};

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
