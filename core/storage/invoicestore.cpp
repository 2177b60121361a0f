#include "storage/invoicestore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kInvoiceColumns
    = u"i.id, i.number, i.series, i.account_id, i.contract_id, i.credit_for_id, i.invoice_date, "
      "i.due_date, i.period, i.currency, i.prices_include_tax, i.net_minor, i.tax_minor, "
      "i.total_minor, i.paid_minor, i.state, i.notes, i.void_reason, i.voided_on, i.issued_at, "
      "i.row_version"_s;
constexpr int kInvoiceColumnCount = 21;

Invoice readInvoice(const QSqlQuery &q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.series = q.value(2).toString() == u"credit_note"_s ? InvoiceSeries::CreditNote
                                                         : InvoiceSeries::Invoice;
    i.accountId = q.value(3).toLongLong();
    i.contractId = sql::toId(q.value(4));
    i.creditForId = sql::toId(q.value(5));
    i.date = sql::toDate(q.value(6));
    i.dueDate = sql::toDate(q.value(7));
    i.period = q.value(8).toString();
    i.currency = q.value(9).toString();
    i.pricesIncludeTax = q.value(10).toInt() != 0;
    i.netMinor = q.value(11).toLongLong();
    i.taxMinor = q.value(12).toLongLong();
    i.totalMinor = q.value(13).toLongLong();
    i.paidMinor = q.value(14).toLongLong();
    i.state = invoiceStateFromCode(q.value(15).toString()).value_or(InvoiceState::Draft);
    i.notes = q.value(16).toString();
    i.voidReason = q.value(17).toString();
    i.voidedOn = sql::toDate(q.value(18));
    i.issuedAt = sql::toDateTime(q.value(19));
    i.rowVersion = q.value(20).toInt();
    return i;
}

void bindInvoice(QSqlQuery &q, const Invoice &i)
{
    q.bindValue(u":series"_s, toCode(i.series));
    q.bindValue(u":account"_s, i.accountId);
    q.bindValue(u":contract"_s, sql::id(i.contractId));
    q.bindValue(u":credit_for"_s, sql::id(i.creditForId));
    q.bindValue(u":date"_s, sql::date(i.date));
    q.bindValue(u":due"_s, sql::date(i.dueDate));
    q.bindValue(u":period"_s, sql::text(i.period));
    q.bindValue(u":currency"_s, i.currency);
    q.bindValue(u":incl"_s, i.pricesIncludeTax ? 1 : 0);
    q.bindValue(u":net"_s, i.netMinor);
    q.bindValue(u":tax"_s, i.taxMinor);
    q.bindValue(u":total"_s, i.totalMinor);
    q.bindValue(u":notes"_s, sql::text(i.notes));
    q.bindValue(u":now"_s, sql::now());
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<Invoice> InvoiceStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kInvoiceColumns + u" FROM invoices i WHERE i.id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading invoice %1 failed").arg(id), q);
    if (!q.next())
        return Error { tr("There is no invoice with id %1.").arg(id) };
    Invoice invoice = readInvoice(q);
    q.prepare(u"SELECT id, source, description, quantity_milli, unit_price_minor, amount_minor, "
              "tax_rate_bp, net_minor, tax_minor, category, period, instalment_id, billing_key "
              "FROM invoice_lines WHERE invoice_id = :id ORDER BY position, id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the lines of invoice %1 failed").arg(id), q);
    QHash<qint64, qsizetype> lineIndex;
    while (q.next()) {
        InvoiceLine l;
        l.id = q.value(0).toLongLong();
        l.source = lineSourceFromCode(q.value(1).toString()).value_or(LineSource::Manual);
        l.description = q.value(2).toString();
        l.quantityMilli = q.value(3).toLongLong();
        l.unitPriceMinor = q.value(4).toLongLong();
        l.amountMinor = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            l.taxRateBp = q.value(6).toInt();
        l.netMinor = q.value(7).toLongLong();
        l.taxMinor = q.value(8).toLongLong();
        l.category = q.value(9).toString();
        l.period = q.value(10).toString();
        l.instalmentId = sql::toId(q.value(11));
        l.billingKey = q.value(12).toString();
        lineIndex.insert(l.id, invoice.lines.size());
        invoice.lines.append(l);
    }
    q.prepare(u"SELECT t.line_id, t.time_entry_id FROM invoice_line_time t JOIN invoice_lines l "
              "ON l.id = t.line_id WHERE l.invoice_id = :id ORDER BY t.time_entry_id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the time of invoice %1 failed").arg(id), q);
    while (q.next()) {
        const auto at = lineIndex.constFind(q.value(0).toLongLong());
        if (at != lineIndex.constEnd())
            invoice.lines[*at].timeEntryIds.append(q.value(1).toLongLong());
    }
    return invoice;
}

Result<std::optional<qint64>> InvoiceStore::idByNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM invoices WHERE number = :number"_s);
    q.bindValue(u":number"_s, number.trimmed());
    if (!q.exec())
        return Database::sqlError(tr("Looking up invoice %1 failed").arg(number), q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<InvoiceStore::ListRow>> InvoiceStore::list(const ListFilter &f) const
{
    // Fixed fragments, each with bound values only.
    QString where = u" WHERE 1 = 1"_s;
    if (f.state)
        where += u" AND i.state = :state"_s;
    if (f.openOnly)
        where += u" AND i.state IN ('issued', 'partly_paid')"_s;
    if (f.overdueOnly)
        where += u" AND i.state IN ('issued', 'partly_paid') AND i.due_date < :today"_s;
    if (f.from.isValid())
        where += u" AND i.invoice_date >= :from"_s;
    if (f.to.isValid())
        where += u" AND i.invoice_date <= :to"_s;
    if (f.accountId)
        where += u" AND i.account_id = :account"_s;
    if (f.contractId)
        where += u" AND i.contract_id = :contract"_s;
    if (f.managerId)
        where += u" AND a.manager_id = :manager"_s;
    if (f.creditForId)
        where += u" AND i.credit_for_id = :credit_for"_s;
    if (!f.search.trimmed().isEmpty())
        where += u" AND (lower(coalesce(i.number, '')) LIKE :search ESCAPE '\\' "
                 "OR lower(a.name) LIKE :search ESCAPE '\\' "
                 "OR lower(coalesce(c.reference, '')) LIKE :search ESCAPE '\\')"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kInvoiceColumns
              + u", a.name, c.reference, coalesce(cr.credited, 0) FROM invoices i "
                "JOIN accounts a ON a.id = i.account_id "
                "LEFT JOIN contracts c ON c.id = i.contract_id "
                "LEFT JOIN (SELECT credit_for_id, -sum(total_minor) AS credited FROM invoices "
                "WHERE credit_for_id IS NOT NULL AND state <> 'void' GROUP BY credit_for_id) cr "
                "ON cr.credit_for_id = i.id"_s
              + where
              + u" ORDER BY i.invoice_date, CASE WHEN i.number IS NULL THEN 1 ELSE 0 END, "
                "i.number, i.id"_s);
    if (f.state)
        q.bindValue(u":state"_s, toCode(*f.state));
    if (f.overdueOnly)
        q.bindValue(u":today"_s, iso(f.today));
    if (f.from.isValid())
        q.bindValue(u":from"_s, iso(f.from));
    if (f.to.isValid())
        q.bindValue(u":to"_s, iso(f.to));
    if (f.accountId)
        q.bindValue(u":account"_s, *f.accountId);
    if (f.contractId)
        q.bindValue(u":contract"_s, *f.contractId);
    if (f.managerId)
        q.bindValue(u":manager"_s, *f.managerId);
    if (f.creditForId)
        q.bindValue(u":credit_for"_s, *f.creditForId);
    if (!f.search.trimmed().isEmpty())
        q.bindValue(u":search"_s, sql::containsPattern(f.search));
    if (!q.exec())
        return Database::sqlError(tr("Reading the invoices failed"), q);
    QList<ListRow> rows;
    while (q.next()) {
        ListRow row;
        row.invoice = readInvoice(q);
        row.accountName = q.value(kInvoiceColumnCount).toString();
        row.contractReference = q.value(kInvoiceColumnCount + 1).toString();
        row.creditedMinor = sql::exactInteger(q.value(kInvoiceColumnCount + 2)).value_or(0);
        rows.append(std::move(row));
    }
    return rows;
}

Result<InvoiceStore::Context> InvoiceStore::context(qint64 accountId,
                                                    std::optional<qint64> contractId) const
{
    Context c;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, currency FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, accountId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the invoice's account failed"), q);
    if (!q.next())
        return Error { tr("There is no account with id %1 to invoice.").arg(accountId) };
    c.accountName = q.value(0).toString();
    c.accountCurrency = q.value(1).toString();
    if (!contractId)
        return c;
    q.prepare(u"SELECT account_id, reference, currency, payment_terms_days FROM contracts "
              "WHERE id = :id"_s);
    q.bindValue(u":id"_s, *contractId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the invoice's contract failed"), q);
    if (!q.next())
        return Error { tr("There is no contract with id %1 to invoice.").arg(*contractId) };
    c.contractAccountId = q.value(0).toLongLong();
    c.contractReference = q.value(1).toString();
    c.contractCurrency = q.value(2).toString();
    if (!q.value(3).isNull())
        c.paymentTermsDays = q.value(3).toInt();
    return c;
}

Result<QString> InvoiceStore::holderName(qint64 invoiceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT i.number, i.invoice_date, a.name FROM invoices i JOIN accounts a "
              "ON a.id = i.account_id WHERE i.id = :id"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (!q.exec())
        return Database::sqlError(tr("Reading invoice %1 failed").arg(invoiceId), q);
    if (!q.next())
        return tr("another invoice");
    if (!q.value(0).isNull())
        return tr("invoice %1").arg(q.value(0).toString());
    return tr("the draft of %1 for %2").arg(q.value(1).toString(), q.value(2).toString());
}

Result<QStringList> InvoiceStore::heldElsewhere(const Invoice &invoice) const
{
    QStringList problems;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT invoice_id FROM invoice_lines WHERE billing_key = :key "
              "AND invoice_id <> :id"_s);
    QSqlQuery t(m_db.connection());
    t.prepare(u"SELECT l.invoice_id, e.entry_date FROM invoice_line_time t "
              "JOIN invoice_lines l ON l.id = t.line_id "
              "JOIN time_entries e ON e.id = t.time_entry_id "
              "WHERE t.time_entry_id = :entry AND l.invoice_id <> :id"_s);
    for (const InvoiceLine &line : invoice.lines) {
        if (!line.billingKey.isEmpty()) {
            q.bindValue(u":key"_s, line.billingKey);
            q.bindValue(u":id"_s, invoice.id);
            if (!q.exec())
                return Database::sqlError(tr("Checking what the invoice bills failed"), q);
            if (q.next()) {
                const Result<QString> holder = holderName(q.value(0).toLongLong());
                if (!holder)
                    return Error { holder.error() };
                problems.append(tr("“%1” (%2) is already billed by %3.")
                                    .arg(line.description, line.billingKey, *holder));
            }
        }
        for (const qint64 entry : line.timeEntryIds) {
            t.bindValue(u":entry"_s, entry);
            t.bindValue(u":id"_s, invoice.id);
            if (!t.exec())
                return Database::sqlError(tr("Checking the time the invoice bills failed"), t);
            if (t.next()) {
                const Result<QString> holder = holderName(t.value(0).toLongLong());
                if (!holder)
                    return Error { holder.error() };
                problems.append(tr("The time entry of %1 (id %2) is already held by %3.")
                                    .arg(t.value(1).toString())
                                    .arg(entry)
                                    .arg(*holder));
            }
        }
    }
    return problems;
}

Result<QStringList> InvoiceStore::timeProblems(const QList<qint64> &ids, qint64 accountId) const
{
    QStringList problems;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT entry_date, account_id, state FROM time_entries WHERE id = :id"_s);
    for (const qint64 id : ids) {
        q.bindValue(u":id"_s, id);
        if (!q.exec())
            return Database::sqlError(tr("Reading time entry %1 failed").arg(id), q);
        if (!q.next())
            problems.append(tr("There is no time entry with id %1.").arg(id));
        else if (q.value(1).toLongLong() != accountId)
            problems.append(tr("The time entry of %1 (id %2) is another account's.")
                                .arg(q.value(0).toString())
                                .arg(id));
        else if (q.value(2).toString() != u"open"_s)
            problems.append(tr("The time entry of %1 (id %2) is invoiced already.")
                                .arg(q.value(0).toString())
                                .arg(id));
    }
    return problems;
}

Result<bool> InvoiceStore::timeHeldByDraft(qint64 timeEntryId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM invoice_line_time t JOIN invoice_lines l ON l.id = t.line_id "
              "JOIN invoices i ON i.id = l.invoice_id WHERE t.time_entry_id = :id "
              "AND i.state = 'draft'"_s);
    q.bindValue(u":id"_s, timeEntryId);
    const Result<qint64> n = sql::count(q, tr("Checking the drafts failed"));
    if (!n)
        return Error { n.error() };
    return *n > 0;
}

Status InvoiceStore::insertLines(qint64 invoiceId, const QList<InvoiceLine> &lines)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO invoice_lines (invoice_id, position, source, description, "
              "quantity_milli, unit_price_minor, amount_minor, tax_rate_bp, net_minor, tax_minor, "
              "category, period, instalment_id, billing_key) VALUES (:invoice, :position, "
              ":source, :description, :quantity, :price, :amount, :rate, :net, :tax, :category, "
              ":period, :instalment, :key)"_s);
    QSqlQuery time(m_db.connection());
    time.prepare(u"INSERT INTO invoice_line_time (line_id, time_entry_id) VALUES (:line, "
                 ":entry)"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine &l = lines.at(i);
        q.bindValue(u":invoice"_s, invoiceId);
        q.bindValue(u":position"_s, int(i + 1));
        q.bindValue(u":source"_s, toCode(l.source));
        q.bindValue(u":description"_s, l.description.trimmed());
        q.bindValue(u":quantity"_s, l.quantityMilli);
        q.bindValue(u":price"_s, l.unitPriceMinor);
        q.bindValue(u":amount"_s, l.amountMinor);
        q.bindValue(u":rate"_s,
                    l.taxRateBp ? QVariant(*l.taxRateBp) : QVariant(QMetaType::fromType<int>()));
        q.bindValue(u":net"_s, l.netMinor);
        q.bindValue(u":tax"_s, l.taxMinor);
        q.bindValue(u":category"_s, sql::text(l.category));
        q.bindValue(u":period"_s, sql::text(l.period));
        q.bindValue(u":instalment"_s, sql::id(l.instalmentId));
        q.bindValue(u":key"_s, sql::text(l.billingKey));
        if (Status ok = sql::exec(q, tr("Saving line %1 of the invoice failed").arg(i + 1)); !ok)
            return ok;
        const qint64 lineId = q.lastInsertId().toLongLong();
        for (const qint64 entry : l.timeEntryIds) {
            time.bindValue(u":line"_s, lineId);
            time.bindValue(u":entry"_s, entry);
            if (Status ok = sql::exec(time, tr("Holding time entry %1 failed").arg(entry)); !ok)
                return ok;
        }
    }
    return {};
}

Result<qint64> InvoiceStore::insertDraft(const Invoice &invoice)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO invoices (series, account_id, contract_id, credit_for_id, "
              "invoice_date, due_date, period, currency, prices_include_tax, net_minor, "
              "tax_minor, total_minor, paid_minor, state, notes, created_at, updated_at, "
              "row_version) VALUES (:series, :account, :contract, :credit_for, :date, :due, "
              ":period, :currency, :incl, :net, :tax, :total, 0, 'draft', :notes, :now, :now, "
              "1)"_s);
    bindInvoice(q, invoice);
    if (Status ok = sql::exec(q, tr("Saving the draft invoice failed")); !ok)
        return Error { ok.error() };
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status ok = insertLines(id, invoice.lines); !ok)
        return Error { ok.error() };
    return id;
}

Status InvoiceStore::replaceDraft(const Invoice &invoice)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE invoices SET series = :series, account_id = :account, "
              "contract_id = :contract, credit_for_id = :credit_for, invoice_date = :date, "
              "due_date = :due, period = :period, currency = :currency, "
              "prices_include_tax = :incl, net_minor = :net, tax_minor = :tax, "
              "total_minor = :total, notes = :notes, updated_at = :now, "
              "row_version = row_version + 1 WHERE id = :id AND row_version = :version "
              "AND state = 'draft'"_s);
    bindInvoice(q, invoice);
    q.bindValue(u":id"_s, invoice.id);
    q.bindValue(u":version"_s, invoice.rowVersion);
    if (Status ok = sql::exec(q, tr("Saving the draft invoice failed")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error { tr("Someone else changed the draft invoice since you opened it; reload it "
                          "and try again."),
                       true };
    q.prepare(u"DELETE FROM invoice_lines WHERE invoice_id = :id"_s);
    q.bindValue(u":id"_s, invoice.id);
    if (Status ok = sql::exec(q, tr("Replacing the lines of the draft failed")); !ok)
        return ok;
    return insertLines(invoice.id, invoice.lines);
}

Status InvoiceStore::deleteDraft(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM invoices WHERE id = :id AND state = 'draft'"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Deleting the draft invoice failed")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error { tr("There is no draft invoice with id %1.").arg(id) };
    return {};
}

Result<qint64> InvoiceStore::nextNumber(InvoiceSeries series, int year)
{
    QSqlQuery q(m_db.connection());
    // The row first (nothing when it is there), then the increment: on a server the UPDATE
    // locks the row, so a second issuer waits for the first to commit and reads its number.
    q.prepare(u"INSERT INTO invoice_numbers (series, year, last_number) VALUES (:series, :year, "
              "0) ON CONFLICT DO NOTHING"_s);
    q.bindValue(u":series"_s, toCode(series));
    q.bindValue(u":year"_s, year);
    if (Status ok = sql::exec(q, tr("Numbering the invoice failed")); !ok)
        return Error { ok.error() };
    q.prepare(u"UPDATE invoice_numbers SET last_number = last_number + 1 WHERE series = :series "
              "AND year = :year RETURNING last_number"_s);
    q.bindValue(u":series"_s, toCode(series));
    q.bindValue(u":year"_s, year);
    if (!q.exec() || !q.next())
        return Database::sqlError(tr("Numbering the invoice failed"), q);
    const qint64 number = q.value(0).toLongLong();
    q.finish();
    return number;
}

Status InvoiceStore::markIssued(qint64 id, const QString &number, InvoiceState state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE invoices SET number = :number, state = :state, issued_at = :now, "
              "updated_at = :now, row_version = row_version + 1 WHERE id = :id AND "
              "state = 'draft'"_s);
    q.bindValue(u":number"_s, number);
    q.bindValue(u":state"_s, toCode(state));
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Issuing invoice %1 failed").arg(number)); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error { tr("The draft to number %1 was issued or deleted by someone else; reload "
                          "and try again.")
                           .arg(number),
                       true };
    return {};
}

Status InvoiceStore::setPaid(qint64 id, qint64 paidMinor, InvoiceState state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE invoices SET paid_minor = :paid, state = :state, updated_at = :now, "
              "row_version = row_version + 1 WHERE id = :id"_s);
    q.bindValue(u":paid"_s, paidMinor);
    q.bindValue(u":state"_s, toCode(state));
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, id);
    return sql::exec(q, tr("Saving what invoice %1 has been paid failed").arg(id));
}

Status InvoiceStore::markVoid(qint64 id, const QString &reason, const QDate &on)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE invoices SET state = 'void', void_reason = :reason, voided_on = :on, "
              "updated_at = :now, row_version = row_version + 1 WHERE id = :id"_s);
    q.bindValue(u":reason"_s, reason.trimmed());
    q.bindValue(u":on"_s, iso(on));
    q.bindValue(u":now"_s, sql::now());
    q.bindValue(u":id"_s, id);
    return sql::exec(q, tr("Voiding invoice %1 failed").arg(id));
}

Result<qint64> InvoiceStore::creditedMinor(qint64 invoiceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT coalesce(-sum(total_minor), 0) FROM invoices WHERE credit_for_id = :id "
              "AND state <> 'void'"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (!q.exec() || !q.next())
        return Database::sqlError(tr("Reading the credit notes failed"), q);
    return sql::exactInteger(q.value(0)).value_or(0);
}

Result<QStringList> InvoiceStore::creditNotes(qint64 invoiceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT number FROM invoices WHERE credit_for_id = :id AND state <> 'void' "
              "AND number IS NOT NULL ORDER BY number"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the credit notes failed"), q);
    QStringList numbers;
    while (q.next())
        numbers.append(q.value(0).toString());
    return numbers;
}

Result<QList<qint64>> InvoiceStore::releaseLines(qint64 invoiceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT t.time_entry_id FROM invoice_line_time t JOIN invoice_lines l "
              "ON l.id = t.line_id WHERE l.invoice_id = :id ORDER BY t.time_entry_id"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the time of invoice %1 failed").arg(invoiceId), q);
    QList<qint64> entries;
    while (q.next())
        entries.append(q.value(0).toLongLong());
    q.prepare(u"DELETE FROM invoice_line_time WHERE line_id IN (SELECT id FROM invoice_lines "
              "WHERE invoice_id = :id)"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (Status ok = sql::exec(q, tr("Releasing the time of the invoice failed")); !ok)
        return Error { ok.error() };
    q.prepare(u"UPDATE invoice_lines SET billing_key = NULL WHERE invoice_id = :id "
              "AND billing_key IS NOT NULL"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (Status ok = sql::exec(q, tr("Releasing what the invoice billed failed")); !ok)
        return Error { ok.error() };
    return entries;
}

Result<qint64> InvoiceStore::insertPayment(const Payment &p)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO payments (account_id, payment_date, amount_minor, currency, method, "
              "reference, created_at) VALUES (:account, :date, :amount, :currency, :method, "
              ":reference, :now)"_s);
    q.bindValue(u":account"_s, p.accountId);
    q.bindValue(u":date"_s, sql::date(p.date));
    q.bindValue(u":amount"_s, p.amountMinor);
    q.bindValue(u":currency"_s, p.currency);
    q.bindValue(u":method"_s, sql::text(p.method));
    q.bindValue(u":reference"_s, sql::text(p.reference));
    q.bindValue(u":now"_s, sql::now());
    if (Status ok = sql::exec(q, tr("Saving the payment failed")); !ok)
        return Error { ok.error() };
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO payment_allocations (payment_id, invoice_id, amount_minor) VALUES "
              "(:payment, :invoice, :amount)"_s);
    for (const Payment::Allocation &a : p.allocations) {
        q.bindValue(u":payment"_s, id);
        q.bindValue(u":invoice"_s, a.invoiceId);
        q.bindValue(u":amount"_s, a.amountMinor);
        if (Status ok = sql::exec(q, tr("Saving the payment's allocation failed")); !ok)
            return Error { ok.error() };
    }
    return id;
}

Result<QList<Payment>> InvoiceStore::paymentsOf(qint64 invoiceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT p.id, p.account_id, p.payment_date, p.amount_minor, p.currency, p.method, "
              "p.reference, pa.amount_minor FROM payment_allocations pa JOIN payments p "
              "ON p.id = pa.payment_id WHERE pa.invoice_id = :id ORDER BY p.payment_date, p.id"_s);
    q.bindValue(u":id"_s, invoiceId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the payments failed"), q);
    QList<Payment> payments;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.accountId = q.value(1).toLongLong();
        p.date = sql::toDate(q.value(2));
        p.amountMinor = q.value(3).toLongLong();
        p.currency = q.value(4).toString();
        p.method = q.value(5).toString();
        p.reference = q.value(6).toString();
        p.allocations.append({ invoiceId, q.value(7).toLongLong() });
        payments.append(p);
    }
    return payments;
}

Result<QList<InvoiceStore::PaymentRow>> InvoiceStore::allPayments(const QDate &from,
                                                                  const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.account_id, a.name, p.payment_date, p.amount_minor, p.currency, "
              "p.method, p.reference, pa.invoice_id, pa.amount_minor, i.number "
              "FROM payments p JOIN accounts a ON a.id = p.account_id "
              "LEFT JOIN payment_allocations pa ON pa.payment_id = p.id "
              "LEFT JOIN invoices i ON i.id = pa.invoice_id "
              "WHERE p.payment_date >= :from AND p.payment_date <= :to "
              "ORDER BY p.payment_date, p.id, i.number"_s);
    q.bindValue(u":from"_s, from.isValid() ? iso(from) : u"0000-01-01"_s);
    q.bindValue(u":to"_s, to.isValid() ? iso(to) : u"9999-12-31"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the payments failed"), q);
    QList<PaymentRow> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rows.isEmpty() || rows.constLast().payment.id != id) {
            PaymentRow row;
            row.payment.id = id;
            row.payment.accountId = q.value(1).toLongLong();
            row.accountName = q.value(2).toString();
            row.payment.date = sql::toDate(q.value(3));
            row.payment.amountMinor = q.value(4).toLongLong();
            row.payment.currency = q.value(5).toString();
            row.payment.method = q.value(6).toString();
            row.payment.reference = q.value(7).toString();
            rows.append(std::move(row));
        }
        if (!q.value(8).isNull()) {
            rows.last().payment.allocations.append(
                { q.value(8).toLongLong(), q.value(9).toLongLong() });
            rows.last().numbers.append(q.value(10).toString());
        }
    }
    return rows;
}

} // namespace cd
