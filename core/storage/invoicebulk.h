#pragma once

#include "domain/invoice.h"
#include "result.h"
#include "storage/bulkwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

namespace bulk {

/// Issued invoices, their lines, instalments, payments and numbering as the sample portfolio
/// writes them (issue 27): the rows InvoiceService would write when issuing and recording
/// payments, written many at a time in the caller's transaction (on PostgreSQL batched, ids
/// taken ahead). The caller prices the lines (InvoiceRules) and numbers the invoices.
///
/// An issued invoice's lines cannot be inserted (the lock triggers of migration 11): begin()
/// sets the line insert trigger aside for the duration, finish() puts it back as it was, both
/// in the caller's transaction, so a rollback leaves it in place.
class InvoiceWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BulkWriter)

public:
    explicit InvoiceWriter(Database &database);
    Q_DISABLE_COPY_MOVE(InvoiceWriter)

    /// The minutes and values of time logged per contract and month, billable and not
    /// (what the sample bills and counts against included hours).
    struct MonthTime
    {
        qint64 contractId = 0;
        QString month; ///< "YYYY-MM"
        bool billable = false;
        qint64 minutes = 0;
        qint64 valueMinor = 0; ///< in the entries' currency (the contract's)
    };
    Result<QList<MonthTime>> monthTime() const;

    /// Prepares the statements and sets the line trigger aside; `batched` on PostgreSQL.
    Status begin(bool batched);
    Result<qint64> instalment(const Instalment &instalment);
    /// An issued (or paid) invoice with number, state and paid amount as given; `created`
    /// is its creation and issuing stamp.
    Result<qint64> invoice(const Invoice &invoice, const QDateTime &created);
    /// Its line at `position` (1-based).
    Result<qint64> line(qint64 invoiceId, int position, const InvoiceLine &line);
    /// A payment with its allocations (the invoices' ids in it).
    Result<qint64> payment(const Payment &payment, const QDateTime &created);
    /// The last number given per year of the invoice series.
    Status numbering(const QHash<int, qint64> &lastPerYear);
    /// Writes what is collected, then links every hours line to the billable entries of its
    /// contract in its invoice's month (up to its date) and marks those entries invoiced by
    /// it; puts the line trigger back.
    Status finish();

private:
    Status flush();
    Result<qint64> exec(Statement &statement, const QString &what, bool wantId);

    Database &m_db;
    bool m_batched = false;
    QString m_triggerSql; ///< SQLite: the line insert trigger as created, to restore
    Statement m_instalment, m_invoice, m_line, m_payment, m_allocation, m_number;
};

} // namespace bulk
} // namespace cd
