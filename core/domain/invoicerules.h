#pragma once

#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cd {

/// How an invoice's amounts are worked out (docs/design.md, "Billing"). Every rounding is
/// half away from zero to the minor unit, per line; the invoice's totals are the sums of its
/// lines, so the printed lines always add up to the printed totals.
class InvoiceRules
{
    Q_DECLARE_TR_FUNCTIONS(cd::InvoiceRules)

public:
    /// quantity (thousandths) × unit price, rounded; empty when it overflows the bounds of
    /// Money.
    static std::optional<qint64> lineAmount(qint64 quantityMilli, qint64 unitPriceMinor);
    /// Sets the line's net and tax from its amount and tax rate. Prices without tax: net =
    /// amount, tax = amount × rate. Prices with tax: tax = amount × rate ÷ (1 + rate), net =
    /// amount − tax. No tax rate: net = amount, tax = 0.
    static void price(InvoiceLine &line, bool pricesIncludeTax);
    /// Prices every line and sets net, tax and total; refused (naming the line) when a sum
    /// leaves the bounds of Money.
    static Status total(Invoice &invoice);
    /// What stops `invoice` from being issued, one sentence; empty when it can be: no lines,
    /// a total of zero, a line without a description, an invoice's total below zero (a credit
    /// note's above zero), a due date before its date.
    static QString issueProblem(const Invoice &invoice);
    /// Issued or partly paid, and the due date is before `today`.
    static bool isOverdue(const Invoice &invoice, const QDate &today);
    /// Days past the due date on `today` (0 when not overdue).
    static int daysOverdue(const Invoice &invoice, const QDate &today);
    /// The state an issued invoice has when `paidMinor` of its total is paid: issued, partly
    /// paid or paid (a credit note, total below zero, is paid once issued).
    static InvoiceState stateWhenPaid(qint64 totalMinor, qint64 paidMinor);
};

} // namespace cd
