#pragma once

#include "result.h"
#include "sample/samplegenerator.h"
#include "sample/sampleplanner.h"
#include "sample/samplerandom.h"

#include <atomic>

namespace cd {

class Database;
struct Invoice;

namespace bulk {
class InvoiceWriter;
}

namespace sample {

/// The sample portfolio's invoices and payments (issue 27; docs/design.md, "Billing"),
/// written after the time: every month a contract billed, as a billing run would have
/// proposed it and InvoiceService issued it —
/// - a retainer's monthly fee (first and last months pro rata by days), and its overage:
///   minutes over the included (and carried) minutes at the overage rate;
/// - a fixed fee's instalments (their schedule written as contract_instalments), each
///   billed in the month it falls due;
/// - an hourly contract's billable hours of the month (one line; its entries linked and
///   marked invoiced) —
/// each dated the month's last day, due after the firm's payment terms, taxed at the firm's
/// rate ('billing.tax_rate', PPN 11 % by default, prices before tax), numbered gaplessly per
/// year in date order from 'billing.invoice_pattern'. Issuing books each line's net as
/// revenue on the invoice's date (the contracts' only revenue). Payments: most on time, some
/// late, a few partly paid, and a few of the last months' still owed past their due date.
/// Uses a random source of its own.
class InvoiceSampler final
{
public:
    InvoiceSampler(const SampleOptions &options, BulkWriter &writer, Database &database,
                   const Plan &plan, const std::atomic_bool *cancel)
        : m_options(options)
        , m_writer(writer)
        , m_db(database)
        , m_plan(plan)
        , m_cancel(cancel)
        , m_random(options.seed * 2246822519u + 27u)
    { }

    Status write();
    int invoices() const { return m_invoices; }
    int payments() const { return m_payments; }
    /// Revenue entries booked (one per invoice line).
    int revenueEntries() const { return m_revenueEntries; }

private:
    /// Writes `invoice` as issued on its date with the payments it gets and books its revenue.
    Status issue(bulk::InvoiceWriter &writer, const PlannedAccount &account, Invoice &invoice);
    /// When and how much the client paid: on time mostly, some late, a few in part, a few of
    /// the last months' not yet.
    QList<std::pair<QDate, qint64>> settle(const Invoice &invoice);

    const SampleOptions &m_options;
    BulkWriter &m_writer;
    Database &m_db;
    const Plan &m_plan;
    const std::atomic_bool *m_cancel;
    SampleRandom m_random;
    int m_invoices = 0;
    int m_payments = 0;
    int m_revenueEntries = 0;
};

} // namespace sample
} // namespace cd
