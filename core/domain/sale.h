#pragma once

#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

/// One line of a sale: a catalogue product, how many, at what price, less a discount.
struct SaleLine
{
    qint64 productId = 0;
    int quantity = 1;
    Money unitPrice; ///< the list price unless the seller changed it
    qint64 discountMinor = 0; ///< off the line's total, in the price's currency
    QString promotion; ///< a promotion code, if the sale used one

    /// quantity × unit price − discount (nullopt when it does not fit in 64 bits).
    std::optional<qint64> totalMinor() const
    {
        qint64 gross = 0;
        if (__builtin_mul_overflow(unitPrice.minorUnits(), qint64(quantity), &gross))
            return std::nullopt;
        return gross - discountMinor;
    }
};

/// A sale to an account on a day (the quick-sale dialog).
struct Sale
{
    qint64 accountId = 0;
    QDate date;
    QList<SaleLine> lines;
};

} // namespace cd
