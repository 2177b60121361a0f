#pragma once

#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// All SQL of billing (migration 11): invoices and credit notes with their lines and the
/// time behind them, the gapless numbers, payments and their allocations. InvoiceService
/// checks and opens the transactions; this class reads and writes rows in the caller's.
class InvoiceStore final
{
    Q_DECLARE_TR_FUNCTIONS(cd::InvoiceStore)

public:
    explicit InvoiceStore(Database &database) : m_db(database) { }

    /// An invoice with its lines and, per line, the time entries behind it.
    Result<Invoice> get(qint64 id) const;
    /// The id of the invoice or credit note with this number; empty when none has it.
    Result<std::optional<qint64>> idByNumber(const QString &number) const;

    /// What the list and `clientdesk invoices` show; fixed fragments, bound values.
    struct ListFilter
    {
        std::optional<InvoiceState> state;
        bool overdueOnly = false;
        QDate today; ///< for overdueOnly
        QDate from;
        QDate to;
        std::optional<qint64> accountId;
        std::optional<qint64> contractId;
        std::optional<qint64> managerId;
        std::optional<qint64> creditForId;
        bool openOnly = false; ///< issued or partly paid
        QString search;
    };
    struct ListRow
    {
        Invoice invoice; ///< without lines
        QString accountName;
        QString contractReference;
        qint64 creditedMinor = 0; ///< the totals of its credit notes that are not void, > 0
    };
    Result<QList<ListRow>> list(const ListFilter &filter) const;

    /// The account, its name and currency, and the contract's currency, account and payment
    /// terms: what withDefaults() and the checks need.
    struct Context
    {
        QString accountName;
        QString accountCurrency; ///< empty: the firm's
        std::optional<qint64> contractAccountId;
        QString contractReference;
        QString contractCurrency;
        std::optional<int> paymentTermsDays;
    };
    Result<Context> context(qint64 accountId, std::optional<qint64> contractId) const;

    /// Who holds what `invoice` would bill, other than `invoice` itself: one sentence per
    /// billing key or time entry already held (by a draft or an issued invoice); empty when
    /// nothing is.
    Result<QStringList> heldElsewhere(const Invoice &invoice) const;
    /// Time entries among `ids` that do not exist, belong to another account or are invoiced,
    /// one sentence each.
    Result<QStringList> timeProblems(const QList<qint64> &ids, qint64 accountId) const;
    /// Whether a draft invoice holds the time entry.
    Result<bool> timeHeldByDraft(qint64 timeEntryId) const;

    /// Inserts a draft and its lines (invoice.id ignored); returns the new id.
    Result<qint64> insertDraft(const Invoice &invoice);
    /// Replaces a draft's fields and lines; a conflict when its row version moved on.
    Status replaceDraft(const Invoice &invoice);
    Status deleteDraft(qint64 id);

    /// The next number of `series` in `year`: increments invoice_numbers in the caller's
    /// transaction (the row stays locked on a server until it ends).
    Result<qint64> nextNumber(InvoiceSeries series, int year);
    /// Numbers a draft and marks it `state` (issued, or paid for a credit note).
    Status markIssued(qint64 id, const QString &number, InvoiceState state);
    /// Sets what is paid and the state of an issued invoice.
    Status setPaid(qint64 id, qint64 paidMinor, InvoiceState state);
    Status markVoid(qint64 id, const QString &reason, const QDate &on);
    /// The totals of the invoice's credit notes that are not void, as a positive amount.
    Result<qint64> creditedMinor(qint64 invoiceId) const;
    /// The numbers of its credit notes that are not void.
    Result<QStringList> creditNotes(qint64 invoiceId) const;
    /// Voiding: the lines' billing keys set NULL and their time rows deleted; returns the
    /// time entries released.
    Result<QList<qint64>> releaseLines(qint64 invoiceId);

    /// Inserts a payment and its allocations; returns its id.
    Result<qint64> insertPayment(const Payment &payment);
    /// The payments allocated to an invoice, oldest first, with only that allocation.
    Result<QList<Payment>> paymentsOf(qint64 invoiceId) const;
    /// Every payment with all its allocations and the invoices' numbers, by date.
    struct PaymentRow
    {
        Payment payment;
        QString accountName;
        QStringList numbers; ///< in allocation order
    };
    Result<QList<PaymentRow>> allPayments(const QDate &from, const QDate &to) const;

private:
    Status insertLines(qint64 invoiceId, const QList<InvoiceLine> &lines);
    Result<QString> holderName(qint64 invoiceId) const;

    Database &m_db;
};

} // namespace cd
