#pragma once

#include "domain/billingsettings.h"
#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// Invoices, credit notes and payments (issue 27; docs/design.md, "Billing"). Every write
/// checks first and runs in one transaction:
/// - a draft is created, edited and deleted freely; what it bills (its lines' billing keys,
///   the time entries behind its hours) is held by it, so nothing is billed twice;
/// - issuing numbers it from the gapless sequence of its series and the year of its date
///   (invoice_numbers; never skipped, never given twice, also on a server under concurrent
///   issuing), books each line as a revenue entry (net, on the invoice's date, the account's
///   kind, the line's category, the contract) and marks its time entries invoiced;
/// - voiding (not a paid or partly paid invoice) keeps the number, deletes its revenue
///   entries and releases what it billed to be billed again;
/// - a credit note has its own number, negative lines, and reduces what its invoice owes;
/// - a payment is allocated to invoices of its account in their currency and never exceeds
///   what they owe (an overpayment is refused: record the payment that matches, docs);
///   an invoice is paid when its payments (and credit notes) cover it.
/// Team mode: the server's policies let an account manager do this for their accounts only.
class InvoiceService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::InvoiceService)

public:
    explicit InvoiceService(Database &database) : m_db(database) { }

    /// What the Contracts area's invoice list and `clientdesk invoices` show.
    struct Filter
    {
        std::optional<InvoiceState> state;
        bool overdueOnly = false; ///< `--status overdue`: issued or partly paid, past due
        QDate from; ///< invoice date, inclusive; null: open
        QDate to;
        std::optional<qint64> accountId;
        std::optional<qint64> contractId;
        std::optional<qint64> managerId;
        QString search; ///< number, account name or contract reference, case ignored
    };
    struct Row
    {
        qint64 id = 0;
        QString number; ///< empty for a draft
        bool creditNote = false;
        qint64 accountId = 0;
        QString accountName;
        std::optional<qint64> contractId;
        QString contractReference;
        QDate date;
        QDate dueDate;
        QString currency;
        qint64 netMinor = 0;
        qint64 taxMinor = 0;
        qint64 totalMinor = 0;
        qint64 paidMinor = 0;
        qint64 owedMinor = 0; ///< total − paid − credited, 0 for drafts and void ones
        InvoiceState state = InvoiceState::Draft;
        int daysOverdue = 0; ///< on `today`; 0 when not overdue
    };
    /// Sorted by date, then number (drafts last within a day).
    Result<QList<Row>> list(const Filter &filter, const QDate &today) const;
    Result<Invoice> get(qint64 id) const;
    /// The invoice or credit note with this number; an error naming it when there is none.
    Result<Invoice> byNumber(const QString &number) const;

    /// Fills in what the user did not: the currency (the contract's, else the account's, else
    /// the firm's), the due date (date + the contract's payment terms, else the setting),
    /// the tax rate of lines without one ('billing.tax_rate', unless marked no tax by the
    /// caller afterwards) and prices_include_tax from the settings; then the totals.
    Result<Invoice> withDefaults(Invoice invoice) const;
    /// Why `invoice` cannot be stored as a draft, one sentence; empty when it can.
    Result<QString> draftProblem(const Invoice &invoice) const;
    /// Stores a new draft with its lines (totals worked out); refused when it names a billing
    /// key or a time entry another invoice holds.
    Result<qint64> createDraft(const Invoice &invoice);
    /// Replaces a draft's fields and lines (refused once issued: "void it or issue a credit
    /// note").
    Status updateDraft(const Invoice &invoice);
    /// Deletes a draft and releases what it held (refused once issued).
    Status deleteDraft(qint64 id);

    /// Issues drafts in one transaction (all or none), in the order given; returns their
    /// numbers. Refused with InvoiceRules::issueProblem naming the invoice.
    Result<QStringList> issue(const QList<qint64> &ids);
    /// Voids an issued invoice (not one with payments) with a reason, on `on`.
    Status voidInvoice(qint64 id, const QString &reason, const QDate &on);
    /// Issues a credit note for `invoiceId` dated `date` with `lines` (amounts positive as
    /// the user types them; stored negative), reason in its notes; returns its number.
    Result<QString> creditNote(qint64 invoiceId, const QList<InvoiceLine> &lines, const QDate &date,
                               const QString &reason);

    /// Records a payment and its allocations; one allocation to `invoiceId` of the whole
    /// amount when the payment names none. Refused when it exceeds what is owed, is dated
    /// before an invoice it pays, pays a draft or void invoice, or mixes currencies.
    Result<qint64> recordPayment(const Payment &payment);
    /// The payments allocated to an invoice, oldest first.
    Result<QList<Payment>> payments(qint64 invoiceId) const;

    /// Every payment with its allocations, the invoices' numbers and the account's name, by
    /// date (`clientdesk export payments`); from/to null: open.
    struct PaymentRow
    {
        Payment payment;
        QString accountName;
        QStringList numbers;
    };
    Result<QList<PaymentRow>> paymentList(const QDate &from = {}, const QDate &to = {}) const;

    /// What is owed by account and currency on `asOf`, by days past due.
    struct AgingRow
    {
        qint64 accountId = 0;
        QString accountName;
        QString currency;
        qint64 currentMinor = 0; ///< not due yet
        qint64 days1to30Minor = 0;
        qint64 days31to60Minor = 0;
        qint64 days61to90Minor = 0;
        qint64 over90Minor = 0;
        qint64 totalMinor = 0;
    };
    Result<QList<AgingRow>> aging(const QDate &asOf, std::optional<qint64> managerId = {}) const;

private:
    Result<QString> labelOf(const Invoice &invoice) const;
    /// The number patterns of the settings, read once for a run of invoices.
    struct Numbering
    {
        NumberPattern invoices;
        NumberPattern creditNotes;
    };
    Result<Numbering> numbering() const;
    /// Books the revenue, marks the time; the number taken from the series (issue and
    /// credit notes). The account's customer figures are left to the caller
    /// (CustomerStats::refreshAccounts once for a run).
    Result<QString> numberAndBook(Invoice &invoice, InvoiceState state, const Numbering &numbering);
    /// Sets the state of an issued invoice from its payments and credit notes.
    Status refreshState(qint64 invoiceId);
    Status allocate(Payment &payment);

    Database &m_db;
};

} // namespace cd
