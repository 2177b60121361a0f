#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

/// Billing (migration 11, docs/design.md "Billing"): invoices and credit notes, their lines,
/// the instalments of a fixed fee, payments. Plain values; InvoiceRules works out a line's net
/// and tax and an invoice's totals, InvoiceService stores them.

/// The state of an invoice as stored. Overdue is not a state: an issued or partly paid
/// invoice whose due date has passed (InvoiceRules::isOverdue).
enum class InvoiceState { Draft, Issued, PartlyPaid, Paid, Void };
/// The numbering series: invoices and credit notes have their own gapless sequences.
enum class InvoiceSeries { Invoice, CreditNote };
/// What a line bills.
enum class LineSource { Retainer, Instalment, Hours, Overage, Manual, Credit };

/// "draft", "issued", "partly_paid", "paid", "void" (the command line's and the CSV's codes).
QString toCode(InvoiceState state);
std::optional<InvoiceState> invoiceStateFromCode(const QString &code);
/// "retainer", "instalment", "hours", "overage", "manual", "credit".
QString toCode(LineSource source);
std::optional<LineSource> lineSourceFromCode(const QString &code);
QString toCode(InvoiceSeries series); ///< "invoice", "credit_note"

struct InvoiceLine
{
    qint64 id = 0;
    LineSource source = LineSource::Manual;
    QString description;
    qint64 quantityMilli = 1000; ///< thousandths: 1.5 hours is 1500
    qint64 unitPriceMinor = 0; ///< in the invoice's currency
    /// The line's amount as priced (tax included when the invoice's prices include it):
    /// quantity × unit price rounded half away from zero, or the sum of its hours' values.
    qint64 amountMinor = 0;
    std::optional<int> taxRateBp; ///< hundredths of a percent (1100 = 11 %); empty: no tax
    qint64 netMinor = 0; ///< before tax (InvoiceRules)
    qint64 taxMinor = 0;
    QString category;
    QString period; ///< "YYYY-MM" for retainer and overage lines
    std::optional<qint64> instalmentId;
    /// What it bills, unique over every invoice that is not void: "retainer:<contract>:
    /// YYYY-MM", "overage:<contract>:YYYY-MM", "instalment:<id>"; empty for the others.
    QString billingKey;
    QList<qint64> timeEntryIds; ///< the entries behind an hours or overage line

    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

struct Invoice
{
    qint64 id = 0; ///< 0 for one not stored yet
    QString number; ///< empty while a draft
    InvoiceSeries series = InvoiceSeries::Invoice;
    qint64 accountId = 0;
    std::optional<qint64> contractId;
    std::optional<qint64> creditForId; ///< a credit note: the invoice it corrects
    QDate date;
    QDate dueDate;
    QString period; ///< "YYYY-MM" of a billing run; empty for one made by hand
    QString currency;
    bool pricesIncludeTax = false;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 paidMinor = 0;
    InvoiceState state = InvoiceState::Draft;
    QString notes;
    QString voidReason;
    QDate voidedOn;
    QDateTime issuedAt;
    QList<InvoiceLine> lines;
    int rowVersion = 0;

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

/// A fixed fee's instalment (due on a date) or milestone (billed once marked done).
struct Instalment
{
    qint64 id = 0;
    qint64 contractId = 0;
    bool milestone = false;
    QString description;
    QDate dueDate;
    qint64 amountMinor = 0; ///< in the contract's currency
    QDate doneOn; ///< milestones: the day it was done; null until then

    friend bool operator==(const Instalment &, const Instalment &) = default;
};

/// A payment from an account, allocated to one or more of its invoices.
struct Payment
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDate date;
    qint64 amountMinor = 0;
    QString currency;
    QString method; ///< "bank transfer", "cash", …, free text
    QString reference;
    struct Allocation
    {
        qint64 invoiceId = 0;
        qint64 amountMinor = 0;
        friend bool operator==(const Allocation &, const Allocation &) = default;
    };
    QList<Allocation> allocations;

    friend bool operator==(const Payment &, const Payment &) = default;
};

} // namespace cd
