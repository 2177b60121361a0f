#pragma once

#include "domain/revenueentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// Stores revenue entries.
///
/// insert() takes the kind at booking from the account's kind at that moment, never from
/// the caller, so revenue keeps the kind it was earned under; an entry dated before a
/// client's conversion is booked as customer revenue. Revenue entries carry no row
/// version: an update is last writer wins (entries are booked, rarely edited).
class RevenueRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueRepository)

public:
    explicit RevenueRepository(Database &database);

    static QStringList validate(const RevenueEntry &entry);

    Result<qint64> insert(const RevenueEntry &entry);
    /// Changes date, amount, description, product, category, quantity, discount, promotion
    /// and contract; the account and the kind at booking stay.
    Status update(const RevenueEntry &entry);
    Status remove(qint64 id);

    /// Books an issued invoice's (or credit note's) lines as revenue (InvoiceService, in its
    /// transaction): insert()'s statement with invoice_id set, each entry checked as insert()
    /// checks it, one audit row for them all. The caller refreshes the account's customer
    /// figures (CustomerStats), once for a run of invoices.
    Status insertForInvoice(qint64 invoiceId, const QString &number,
                            const QList<RevenueEntry> &entries);
    /// Deletes the entries an invoice booked (voiding it); returns how many.
    Result<int> removeForInvoice(qint64 invoiceId, qint64 accountId, const QString &number);

    Result<RevenueEntry> get(qint64 id) const;
    /// The entries of an account from `from` to `to` (both included; null for open), by date.
    Result<QList<RevenueEntry>> listForAccount(qint64 accountId, const QDate &from = {},
                                               const QDate &to = {}) const;

    /// The sum of an account's entries in `currency` from `from` to `to` (both included).
    Result<Money> total(qint64 accountId, const QDate &from, const QDate &to,
                        const QString &currency) const;

private:
    Status checkReferences(const RevenueEntry &entry, QString *accountName) const;

    Database &m_db;
};

} // namespace cd
