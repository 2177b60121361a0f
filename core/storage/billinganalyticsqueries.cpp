#include "storage/billinganalyticsqueries.h"

#include "storage/rowreader.h"

using namespace Qt::StringLiterals;

namespace cd {

namespace {

std::optional<qint64> optionalId(const RowReader &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.integer(column));
}

} // namespace

Result<QList<BillingAnalyticsQueries::ContractRow>>
BillingAnalyticsQueries::contracts(Database &database, const QString &firmCurrency,
                                   const QString &what)
{
    RowReader row(database);
    if (Status ok = row.exec(u"SELECT c.id, c.account_id, a.manager_id, c.billing_model, "
                             "c.fee_minor, coalesce(c.currency, a.currency, ?), "
                             "c.estimated_hours, c.start_date, c.end_date, c.terminated_on, "
                             "c.status FROM contracts c JOIN accounts a ON a.id = c.account_id "
                             "WHERE c.status <> 'draft' AND c.start_date IS NOT NULL "
                             "ORDER BY c.id"_s,
                             what, { firmCurrency });
        !ok)
        return Error { ok.error() };
    QList<ContractRow> out;
    while (row.next()) {
        ContractRow c;
        c.id = row.integer(0);
        c.accountId = row.integer(1);
        c.managerId = optionalId(row, 2);
        c.billingModel = fromCode<BillingModel>(row.text(3)).value_or(BillingModel::Retainer);
        c.feeMinor = row.integer(4);
        c.currency = row.text(5);
        c.estimatedHours = int(row.integer(6));
        c.start = row.date(7);
        c.end = row.date(8);
        c.terminatedOn = row.date(9);
        c.status = fromCode<ContractStatus>(row.text(10)).value_or(ContractStatus::Active);
        out.append(std::move(c));
    }
    if (Status ok = row.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<BillingAnalyticsQueries::InvoiceRow>>
BillingAnalyticsQueries::invoices(Database &database, const QString &what)
{
    RowReader row(database);
    if (Status ok = row.exec(u"SELECT i.account_id, a.manager_id, i.invoice_date, i.currency, "
                             "i.total_minor FROM invoices i JOIN accounts a ON a.id = "
                             "i.account_id WHERE i.state IN ('issued', 'partly_paid', 'paid') "
                             "ORDER BY i.invoice_date"_s,
                             what);
        !ok)
        return Error { ok.error() };
    QList<InvoiceRow> out;
    while (row.next())
        out.append(
            { row.integer(0), optionalId(row, 1), row.date(2), row.text(3), row.integer(4) });
    if (Status ok = row.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<BillingAnalyticsQueries::PaymentRow>>
BillingAnalyticsQueries::payments(Database &database, const QString &what)
{
    RowReader row(database);
    if (Status ok = row.exec(u"SELECT p.account_id, a.manager_id, p.payment_date, i.currency, "
                             "x.amount_minor FROM payment_allocations x JOIN payments p ON "
                             "p.id = x.payment_id JOIN invoices i ON i.id = x.invoice_id JOIN "
                             "accounts a ON a.id = p.account_id WHERE i.state IN ('issued', "
                             "'partly_paid', 'paid') ORDER BY p.payment_date"_s,
                             what);
        !ok)
        return Error { ok.error() };
    QList<PaymentRow> out;
    while (row.next())
        out.append(
            { row.integer(0), optionalId(row, 1), row.date(2), row.text(3), row.integer(4) });
    if (Status ok = row.status(); !ok)
        return Error { ok.error() };
    return out;
}

} // namespace cd
