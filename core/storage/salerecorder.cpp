#include "storage/salerecorder.h"

#include "domain/isodate.h"
#include "domain/revenueentry.h"
#include "domain/textrules.h"
#include "storage/accountrepository.h"
#include "storage/productrepository.h"
#include "storage/revenuerepository.h"
#include "storage/transactionguard.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {

SaleRecorder::SaleRecorder(Database &database) : m_db(database) { }

QStringList SaleRecorder::validate(const Sale &sale)
{
    QStringList problems;
    if (sale.accountId <= 0)
        problems.append(tr("A sale needs the customer who bought."));
    if (!sale.date.isValid())
        problems.append(tr("A sale needs the day it was made."));
    if (sale.date.isValid() && !isWithinDateRange(sale.date))
        problems.append(tr("The day of the sale: %1.").arg(outOfDateRangeReason(sale.date)));
    if (sale.lines.isEmpty())
        problems.append(tr("A sale needs at least one line: add a product."));
    const QLocale locale;
    for (qsizetype i = 0; i < sale.lines.size(); ++i) {
        const SaleLine &line = sale.lines.at(i);
        const QString n = locale.toString(i + 1);
        if (line.productId <= 0)
            problems.append(tr("Line %1 needs a product from the catalogue.").arg(n));
        if (auto problem
            = controlCharacterProblem(tr("The promotion of line %1").arg(n), line.promotion))
            problems.append(*problem);
        if (line.quantity <= 0)
            problems.append(tr("Line %1: the quantity must be at least 1, not %2.")
                                .arg(n, locale.toString(line.quantity)));
        if (line.unitPrice.minorUnits() < 0)
            problems.append(tr("Line %1: the price cannot be negative.").arg(n));
        if (!Money::isValidCurrency(line.unitPrice.currency()))
            problems.append(tr("Line %1 needs a price in a currency such as IDR.").arg(n));
        if (line.discountMinor < 0)
            problems.append(tr("Line %1: a discount cannot be negative.").arg(n));
        if (!line.unitPrice.isWithinBounds() || !Money::isWithinBounds(line.discountMinor)) {
            problems.append(tr("Line %1: the amount is too large. %2")
                                .arg(n, Money::boundsSentence(line.unitPrice.currency())));
            continue;
        }
        if (line.quantity <= 0 || line.unitPrice.minorUnits() < 0 || line.discountMinor < 0)
            continue;
        const std::optional<qint64> total = line.totalMinor();
        if (!total || !Money::isWithinBounds(*total))
            problems.append(tr("Line %1: the amount is too large.").arg(n));
        else if (*total < 0)
            problems.append(
                tr("Line %1: the discount of %2 is more than the price of %3.")
                    .arg(n, Money(line.discountMinor, line.unitPrice.currency()).format(locale),
                         Money(*total + line.discountMinor, line.unitPrice.currency())
                             .format(locale)));
        else if (*total == 0)
            problems.append(
                tr("Line %1 comes to nothing; leave it out or change the discount.").arg(n));
    }
    return problems;
}

Result<QList<qint64>> SaleRecorder::record(const Sale &sale)
{
    if (const QStringList problems = validate(sale); !problems.isEmpty())
        return Error { problems.join(u' ') };
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    const Result<Account> account = AccountRepository(m_db).get(sale.accountId);
    if (!account)
        return Error { tr("There is no account with id %1 to sell to.").arg(sale.accountId) };

    ProductRepository products(m_db);
    RevenueRepository revenue(m_db);
    QList<qint64> ids;
    const QLocale locale;
    for (qsizetype i = 0; i < sale.lines.size(); ++i) {
        const SaleLine &line = sale.lines.at(i);
        const Result<Product> product = products.get(line.productId);
        if (!product)
            return Error { tr("Line %1: product %2 is not in the catalogue.")
                               .arg(locale.toString(i + 1))
                               .arg(line.productId) };
        if (!product->active)
            return Error { tr("Line %1: “%2” is no longer sold (inactive in the catalogue).")
                               .arg(locale.toString(i + 1), product->name) };
        RevenueEntry entry;
        entry.accountId = sale.accountId;
        entry.date = sale.date;
        entry.amount = Money(*line.totalMinor(), line.unitPrice.currency());
        entry.description = product->name;
        entry.productId = product->id;
        entry.category = product->category;
        entry.quantity = line.quantity;
        entry.discountMinor = line.discountMinor;
        entry.promotion = line.promotion.trimmed();
        const Result<qint64> id = revenue.insert(entry);
        if (!id)
            return Error { tr("Line %1: %2").arg(locale.toString(i + 1), id.error()) };
        ids.append(*id);
    }
    if (const Result<bool> activated = AccountRepository(m_db).activateProspect(
            sale.accountId, tr("first sale on %1").arg(sale.date.toString(Qt::ISODate)));
        !activated)
        return Error { activated.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return ids;
}

} // namespace cd
