// Issued invoices, payments and what hangs off them, many at a time (the sample portfolio;
// see invoicebulk.h).
#include "storage/invoicebulk.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd::bulk {

namespace {

const QString kInsertInstalment
    = u"INSERT INTO contract_instalments (contract_id, kind, description, due_date, "
      "amount_minor, done_on) VALUES (?, ?, ?, ?, ?, ?)"_s;
const QString kInsertInvoice
    = u"INSERT INTO invoices (number, series, account_id, contract_id, invoice_date, due_date, "
      "period, currency, prices_include_tax, net_minor, tax_minor, total_minor, paid_minor, "
      "state, issued_at, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertLine
    = u"INSERT INTO invoice_lines (invoice_id, position, source, description, quantity_milli, "
      "unit_price_minor, amount_minor, tax_rate_bp, net_minor, tax_minor, category, period, "
      "instalment_id, billing_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertPayment
    = u"INSERT INTO payments (account_id, payment_date, amount_minor, currency, method, "
      "reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertAllocation = u"INSERT INTO payment_allocations (payment_id, invoice_id, "
                                  "amount_minor) VALUES (?, ?, ?)"_s;
const QString kInsertNumber
    = u"INSERT INTO invoice_numbers (series, year, last_number) VALUES (?, ?, ?)"_s;

// The billable entries of an hours line: its contract's, in its invoice's month up to the
// invoice's date.
const QString kLinkHours
    = u"INSERT INTO invoice_line_time (line_id, time_entry_id) SELECT l.id, e.id FROM "
      "invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN time_entries e ON "
      "e.contract_id = i.contract_id AND e.billable = 1 AND e.entry_date >= i.period || '-01' "
      "AND e.entry_date <= i.invoice_date WHERE l.source = 'hours' AND i.period IS NOT NULL "
      "AND i.state <> 'void'"_s;
const QString kMarkInvoiced
    = u"UPDATE time_entries SET state = 'invoiced', invoice_id = (SELECT l.invoice_id FROM "
      "invoice_line_time t JOIN invoice_lines l ON l.id = t.line_id WHERE t.time_entry_id = "
      "time_entries.id) WHERE id IN (SELECT time_entry_id FROM invoice_line_time)"_s;

constexpr int kBatchRows = 5'000;

} // namespace

InvoiceWriter::InvoiceWriter(Database &database) : m_db(database) { }

Result<QList<InvoiceWriter::MonthTime>> InvoiceWriter::monthTime() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT contract_id, substr(entry_date, 1, 7), billable, SUM(minutes), "
                "SUM(value_minor) FROM time_entries WHERE contract_id IS NOT NULL GROUP BY "
                "contract_id, substr(entry_date, 1, 7), billable ORDER BY 1, 2"_s))
        return Database::sqlError(tr("Reading the hours to bill"), q);
    QList<MonthTime> months;
    while (q.next()) {
        months.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0,
                        q.value(3).toLongLong(), q.value(4).toLongLong() });
    }
    return months;
}

Status InvoiceWriter::begin(bool batched)
{
    m_batched = batched && m_db.dialect() == Dialect::PostgreSQL;
    const QSqlDatabase connection = m_db.connection();
    for (const auto &[statement, sql] :
         { std::pair { &m_instalment, &kInsertInstalment },
           std::pair { &m_invoice, &kInsertInvoice }, std::pair { &m_line, &kInsertLine },
           std::pair { &m_payment, &kInsertPayment },
           std::pair { &m_allocation, &kInsertAllocation },
           std::pair { &m_number, &kInsertNumber } }) {
        if (Status ok = statement->prepare(connection, *sql, m_batched); !ok)
            return ok;
    }
    QSqlQuery q(connection);
    const QString failed = tr("Preparing to write the invoices");
    if (m_db.dialect() == Dialect::PostgreSQL) {
        // Transactional: a rollback enables it again.
        if (!q.exec(u"ALTER TABLE invoice_lines DISABLE TRIGGER invoice_lines_locked"_s))
            return Database::sqlError(failed, q);
        return {};
    }
    if (!q.exec(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                "'invoice_lines_locked_insert'"_s))
        return Database::sqlError(failed, q);
    m_triggerSql = q.next() ? q.value(0).toString() : QString();
    if (!m_triggerSql.isEmpty() && !q.exec(u"DROP TRIGGER invoice_lines_locked_insert"_s))
        return Database::sqlError(failed, q);
    return {};
}

Result<qint64> InvoiceWriter::exec(Statement &statement, const QString &what, bool wantId)
{
    const auto id = statement.exec(what, wantId);
    if (!id)
        return id;
    if (statement.pending() >= kBatchRows) {
        if (Status ok = flush(); !ok)
            return Error { ok.error() };
    }
    return id;
}

Status InvoiceWriter::flush()
{
    for (Statement *statement :
         { &m_instalment, &m_invoice, &m_line, &m_payment, &m_allocation, &m_number }) {
        if (Status ok = statement->flush(); !ok)
            return ok;
    }
    return {};
}

Result<qint64> InvoiceWriter::instalment(const Instalment &instalment)
{
    Statement &s = m_instalment;
    s.bindValue(0, instalment.contractId);
    s.bindValue(1, instalment.milestone ? u"milestone"_s : u"instalment"_s);
    s.bindValue(2, instalment.description);
    s.bindValue(3, sql::date(instalment.dueDate));
    s.bindValue(4, instalment.amountMinor);
    s.bindValue(5, sql::date(instalment.doneOn));
    return exec(s, tr("Writing an instalment of contract %1").arg(instalment.contractId), true);
}

Result<qint64> InvoiceWriter::invoice(const Invoice &invoice, const QDateTime &created)
{
    Statement &s = m_invoice;
    const QString stamp = sql::timestamp(created);
    s.bindValue(0, invoice.number.isEmpty() ? sql::nullString() : QVariant(invoice.number));
    s.bindValue(1, toCode(invoice.series));
    s.bindValue(2, invoice.accountId);
    s.bindValue(3, sql::id(invoice.contractId));
    s.bindValue(4, sql::date(invoice.date));
    s.bindValue(5, sql::date(invoice.dueDate));
    s.bindValue(6, invoice.period.isEmpty() ? sql::nullString() : QVariant(invoice.period));
    s.bindValue(7, invoice.currency);
    s.bindValue(8, invoice.pricesIncludeTax ? 1 : 0);
    s.bindValue(9, invoice.netMinor);
    s.bindValue(10, invoice.taxMinor);
    s.bindValue(11, invoice.totalMinor);
    s.bindValue(12, invoice.paidMinor);
    s.bindValue(13, toCode(invoice.state));
    s.bindValue(14, invoice.state == InvoiceState::Draft ? sql::nullString() : QVariant(stamp));
    s.bindValue(15, stamp);
    s.bindValue(16, stamp);
    return exec(s, tr("Writing the invoice %1").arg(invoice.number), true);
}

Result<qint64> InvoiceWriter::line(qint64 invoiceId, int position, const InvoiceLine &line)
{
    Statement &s = m_line;
    s.bindValue(0, invoiceId);
    s.bindValue(1, position);
    s.bindValue(2, toCode(line.source));
    s.bindValue(3, line.description);
    s.bindValue(4, line.quantityMilli);
    s.bindValue(5, line.unitPriceMinor);
    s.bindValue(6, line.amountMinor);
    s.bindValue(7,
                line.taxRateBp ? QVariant(*line.taxRateBp) : QVariant(QMetaType::fromType<int>()));
    s.bindValue(8, line.netMinor);
    s.bindValue(9, line.taxMinor);
    s.bindValue(10, line.category.isEmpty() ? sql::nullString() : QVariant(line.category));
    s.bindValue(11, line.period.isEmpty() ? sql::nullString() : QVariant(line.period));
    s.bindValue(12, sql::id(line.instalmentId));
    s.bindValue(13, line.billingKey.isEmpty() ? sql::nullString() : QVariant(line.billingKey));
    return exec(s, tr("Writing a line of invoice %1").arg(invoiceId), true);
}

Result<qint64> InvoiceWriter::payment(const Payment &payment, const QDateTime &created)
{
    Statement &s = m_payment;
    s.bindValue(0, payment.accountId);
    s.bindValue(1, sql::date(payment.date));
    s.bindValue(2, payment.amountMinor);
    s.bindValue(3, payment.currency);
    s.bindValue(4, payment.method.isEmpty() ? sql::nullString() : QVariant(payment.method));
    s.bindValue(5, payment.reference.isEmpty() ? sql::nullString() : QVariant(payment.reference));
    s.bindValue(6, sql::timestamp(created));
    const QString what = tr("Writing a payment of account %1").arg(payment.accountId);
    const auto id = exec(s, what, true);
    if (!id)
        return id;
    for (const Payment::Allocation &allocation : payment.allocations) {
        m_allocation.bindValue(0, *id);
        m_allocation.bindValue(1, allocation.invoiceId);
        m_allocation.bindValue(2, allocation.amountMinor);
        if (const auto done = exec(m_allocation, what, false); !done)
            return done;
    }
    return id;
}

Status InvoiceWriter::numbering(const QHash<int, qint64> &lastPerYear)
{
    for (auto it = lastPerYear.cbegin(); it != lastPerYear.cend(); ++it) {
        m_number.bindValue(0, toCode(InvoiceSeries::Invoice));
        m_number.bindValue(1, it.key());
        m_number.bindValue(2, it.value());
        if (const auto done = exec(m_number, tr("Writing the invoice numbering"), false); !done)
            return Error { done.error() };
    }
    return {};
}

Status InvoiceWriter::finish()
{
    if (Status ok = flush(); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    const QString linking = tr("Marking the invoiced hours");
    if (!q.exec(kLinkHours) || !q.exec(kMarkInvoiced))
        return Database::sqlError(linking, q);
    const QString failed = tr("Restoring the invoice line checks");
    if (m_db.dialect() == Dialect::PostgreSQL) {
        if (!q.exec(u"ALTER TABLE invoice_lines ENABLE TRIGGER invoice_lines_locked"_s))
            return Database::sqlError(failed, q);
    } else if (!m_triggerSql.isEmpty() && !q.exec(m_triggerSql)) {
        return Database::sqlError(failed, q);
    }
    m_triggerSql.clear();
    return {};
}

} // namespace cd::bulk
