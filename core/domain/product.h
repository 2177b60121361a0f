#pragma once

#include "domain/money.h"

#include <QMetaType>
#include <QString>

namespace cd {

/// A standard product or service of the catalogue sold to transactional customers.
struct Product
{
    qint64 id = 0; ///< 0 for a product not stored yet
    QString name; ///< unique, case-insensitively
    QString category;
    Money listPrice;
    bool active = true;
    int rowVersion = 0; ///< the version read; update() refuses a stale one

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Product)
