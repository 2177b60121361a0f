// Importing revenue: each row a dated, non-zero amount of an account, optionally of a product
// (created, with the row's unit price, when the catalogue does not have it) and of one of
// the account's contracts. The hot path of large imports: rows go to the BulkWriter's
// SQLite C API statement and the rollups are added up once at the end (ImportWriter).
#include "domain/money.h"
#include "domain/revenueentry.h"
#include "io/import/importrows.h"
#include "storage/importstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

struct ContractRef
{
    qint64 id = 0;
    qint64 accountId = 0;
};

struct ProductRef
{
    qint64 id = 0; ///< 0: created by this import
    QString name;
    QString category;
    qint64 listPriceMinor = 0;
    QString currency; ///< of a product created by this import: the first row's
};

struct PendingRevenue
{
    int line = 0;
    bulk::RevenueRow row;
    QString productName; ///< folded; set when the product is created by this import
};

class RevenueRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    using ImportRows::ImportRows;

    Status load(const ImportLookups &lookups) override
    {
        const auto contracts = lookups.contracts();
        if (!contracts)
            return Error { contracts.error() };
        for (const ImportLookups::ContractKey &contract : *contracts)
            m_contracts.insert(contract.reference, { contract.id, contract.accountId });
        const auto products = lookups.products();
        if (!products)
            return Error { products.error() };
        for (const ImportLookups::Product &p : *products)
            m_products.insert(folded(p.name), { p.id, p.name, p.category, p.listPriceMinor, {} });
        return {};
    }

    void check(int line) override
    {
        const qsizetype before = m_ctx.problemCount();
        RevenueEntry e;
        const AccountRef *owner = readEntry(line, &e);
        PendingRevenue pending;
        pending.line = line;
        readContract(line, owner, &e);
        if (m_ctx.problemCount() != before || !owner)
            return;
        e.accountId = owner->id;
        if (!readProduct(line, &e, &pending))
            return;
        pending.row.accountId = e.accountId;
        pending.row.date = e.date;
        pending.row.amountMinor = e.amount.minorUnits();
        pending.row.kindAtBooking = owner->kindOn(e.date);
        pending.row.description = e.description;
        pending.row.category = e.category;
        pending.row.promotion = e.promotion;
        pending.row.productId = e.productId;
        pending.row.contractId = e.contractId;
        pending.row.quantity = e.quantity;
        pending.row.discountMinor = e.discountMinor;
        pending.row.currency = e.amount.currency();
        m_pending.append(pending);
    }

    int newRecords() const override { return int(m_pending.size()); }

    QString entity() const override { return u"revenue_entry"_s; }

    Status prepare(ImportWriter &writer, QStringList *created) override
    {
        QStringList newProducts;
        for (auto it = m_products.begin(); it != m_products.end(); ++it) {
            if (it->id > 0)
                continue;
            const auto id
                = writer.product(it->name, it->category, it->listPriceMinor, it->currency);
            if (!id)
                return Error { id.error() };
            it->id = *id;
            newProducts.append(it->name);
        }
        if (!newProducts.isEmpty()) {
            newProducts.sort(Qt::CaseInsensitive);
            created->append(tr("New products: %1").arg(newProducts.join(u", "_s)));
        }
        return {};
    }

    Status write(ImportWriter &writer) override
    {
        // The rollups take the new rows in one pass at the end, not a trigger per row.
        if (const Status ok = writer.beginRevenue(); !ok)
            return ok;
        const Status ok = m_ctx.writeRows(m_pending, [&writer, this](PendingRevenue r) -> Status {
            if (!r.productName.isEmpty())
                r.row.productId = m_products.value(r.productName).id;
            m_ctx.touched.insert(r.row.accountId);
            return writer.revenue(r.row);
        });
        if (!ok)
            return ok;
        return writer.finishRevenue();
    }

private:
    // The date, account, amount and the plain fields; the account, or nullptr.
    const AccountRef *readEntry(int line, RevenueEntry *e)
    {
        QString text;
        if (m_ctx.required(line, u"date"_s, &text))
            e->date = m_ctx.date(line, u"date"_s);
        const AccountRef *owner = m_ctx.account(line, u"account"_s);
        // The amount and the discount are in the row's currency (the firm's when not given).
        QString currency = m_ctx.currencyCode(line, u"currency"_s);
        if (currency.isEmpty())
            currency = m_ctx.currency(); // refused already; the amount is still checked
        e->amount = Money(0, currency);
        if (m_ctx.required(line, u"amount"_s, &text)) {
            if (const auto amount = m_ctx.money(line, u"amount"_s, currency)) {
                if (*amount == 0)
                    m_ctx.problem(line, u"amount"_s, tr("is 0; a revenue entry needs an amount"));
                e->amount = Money(*amount, currency);
            }
        }
        e->description = m_ctx.value(u"description"_s);
        e->category = m_ctx.value(u"category"_s);
        e->promotion = m_ctx.value(u"promotion"_s);
        e->quantity = m_ctx.number(line, u"quantity"_s, 1).value_or(1);
        if (const auto discount = m_ctx.money(line, u"discount"_s, currency)) {
            if (*discount < 0)
                m_ctx.problem(line, u"discount"_s, tr("a discount cannot be negative"));
            e->discountMinor = *discount;
        }
        return owner;
    }

    // The contract, which must be the account's.
    void readContract(int line, const AccountRef *owner, RevenueEntry *e)
    {
        const QString reference = m_ctx.value(u"contract"_s);
        if (reference.isEmpty())
            return;
        const auto it = m_contracts.constFind(reference);
        if (it == m_contracts.cend())
            m_ctx.problem(line, u"contract"_s,
                          tr("there is no contract %1").arg(quoted(reference)));
        else if (owner && it->accountId != owner->id)
            m_ctx.problem(line, u"contract"_s,
                          tr("the contract %1 belongs to another account").arg(quoted(reference)));
        else
            e->contractId = it->id;
    }

    // The product: one of the catalogue, or a new one at this row's unit price. False with
    // a problem when that price is out of bounds.
    bool readProduct(int line, RevenueEntry *e, PendingRevenue *pending)
    {
        const QString product = m_ctx.value(u"product"_s);
        if (product.isEmpty())
            return true;
        const QString key = folded(product);
        auto it = m_products.find(key);
        if (it == m_products.end()) {
            const qint64 unitPrice = (e->amount.minorUnits() + e->discountMinor) / e->quantity;
            if (!Money::isWithinBounds(unitPrice)) {
                m_ctx.problem(line, u"product"_s,
                              tr("the new product's price, amount plus discount, is too large. %1")
                                  .arg(Money::boundsSentence(e->amount.currency())));
                return false;
            }
            it = m_products.insert(key,
                                   { 0, product,
                                     e->category.isEmpty() ? tr("Uncategorised") : e->category,
                                     std::max<qint64>(unitPrice, 0), e->amount.currency() });
        }
        if (it->id > 0)
            e->productId = it->id;
        else
            pending->productName = key;
        return true;
    }

    QHash<QString, ContractRef> m_contracts; // reference → contract
    QHash<QString, ProductRef> m_products; // folded name → product
    QList<PendingRevenue> m_pending;
};

} // namespace

std::unique_ptr<ImportRows> revenueRows(ImportContext &context)
{
    return std::make_unique<RevenueRows>(context);
}

} // namespace cd::importing
