#include "storage/contractlistquery.h"

#include "storage/database.h"
#include "storage/rowreader.h"

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The first day of the month a 'YYYY-MM' text names; null for anything else.
QDate monthOf(QByteArrayView text)
{
    if (text.size() < 7)
        return {};
    return QDate(QByteArrayView(text.first(4)).toInt(), QByteArrayView(text.sliced(5, 2)).toInt(),
                 1);
}

} // namespace

Result<QList<ContractListQuery::Row>> ContractListQuery::contracts() const
{
    // Thousands of rows of twenty values: RowReader, not QSqlQuery (see its comment).
    RowReader reader(m_db);
    if (Status ok = reader.exec(
            u"SELECT c.id, c.account_id, a.name, c.reference, c.title, c.billing_model, "
            "c.fee_minor, c.currency, c.estimated_hours, c.start_date, c.end_date, c.auto_renew, "
            "c.renewal_months, c.notice_days, c.status, c.signed_on, c.terminated_on, "
            "c.included_minutes, c.rollover, c.overage_rate_minor, c.budget_minutes, "
            "c.payment_terms_days, c.row_version, a.manager_id, u.name FROM contracts c "
            "JOIN accounts a ON a.id = c.account_id LEFT JOIN users u ON u.id = a.manager_id"_s,
            tr("Reading the contracts"));
        !ok)
        return Error { ok.error() };
    QList<Row> out;
    while (reader.next()) {
        Row row;
        Contract &c = row.contract;
        c.id = reader.integer(0);
        c.accountId = reader.integer(1);
        row.accountName = reader.text(2);
        c.reference = reader.text(3);
        c.title = reader.text(4);
        c.billingModel = fromCode<BillingModel>(reader.text(5)).value_or(BillingModel::Retainer);
        c.fee = Money(reader.integer(6), reader.text(7));
        c.estimatedHours = int(reader.integer(8));
        c.start = reader.date(9);
        c.end = reader.date(10);
        c.autoRenew = reader.integer(11) != 0;
        c.renewalMonths = int(reader.integer(12));
        c.noticeDays = int(reader.integer(13));
        c.status = fromCode<ContractStatus>(reader.text(14)).value_or(ContractStatus::Draft);
        c.signedOn = reader.date(15);
        c.terminatedOn = reader.date(16);
        c.includedMinutes = int(reader.integer(17));
        c.rollover = reader.integer(18) != 0;
        if (!reader.isNull(19))
            c.overageRateMinor = reader.integer(19);
        c.budgetMinutes = int(reader.integer(20));
        if (!reader.isNull(21))
            c.paymentTermsDays = int(reader.integer(21));
        c.rowVersion = int(reader.integer(22));
        if (!reader.isNull(23))
            row.managerId = reader.integer(23);
        row.manager = reader.text(24);
        out.append(std::move(row));
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QHash<qint64, ContractListQuery::Minutes>>
ContractListQuery::trackedMinutes(const QDate &month) const
{
    const QDate first(month.year(), month.month(), 1);
    RowReader reader(m_db);
    if (Status ok = reader.exec(u"SELECT e.contract_id, substr(e.entry_date, 1, 7), sum(e.minutes) "
                                "FROM time_entries e JOIN contracts c ON c.id = e.contract_id "
                                "WHERE c.status = 'active' AND e.entry_date < ? AND "
                                "((c.billing_model = 'retainer' AND c.included_minutes IS NOT NULL "
                                "AND (c.rollover = 1 OR e.entry_date >= ?)) "
                                "OR (c.billing_model = 'fixed' AND c.budget_minutes IS NOT NULL)) "
                                "GROUP BY e.contract_id, substr(e.entry_date, 1, 7)"_s,
                                tr("Reading the hours of the contracts"),
                                { iso(first.addMonths(1)), iso(first) });
        !ok)
        return Error { ok.error() };
    QHash<qint64, Minutes> out;
    while (reader.next()) {
        Minutes &m = out[reader.integer(0)];
        const qint64 minutes = reader.integer(2);
        m.perMonth.insert(monthOf(reader.bytes(1)), minutes);
        m.total += minutes;
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QHash<qint64, QHash<QString, ContractListQuery::Uninvoiced>>>
ContractListQuery::uninvoicedTime(const QDate &today) const
{
    // One pass over the table. Grouped by a plain e.contract_id, SQLite walks the contract
    // index instead and looks every row up on its own: ten times slower on the large sample.
    // The unary plus (the same value on both databases) keeps the index out.
    RowReader reader(m_db);
    if (Status ok
        = reader.exec(u"SELECT +e.contract_id, e.currency, sum(e.value_minor), count(*) "
                      "FROM time_entries e WHERE +e.contract_id IS NOT NULL AND e.billable = 1 "
                      "AND e.state = 'open' AND e.entry_date <= ? AND NOT EXISTS "
                      "(SELECT 1 FROM invoice_line_time t WHERE t.time_entry_id = e.id) "
                      "GROUP BY +e.contract_id, e.currency"_s,
                      tr("Reading the time not invoiced yet"), { iso(today) });
        !ok)
        return Error { ok.error() };
    QHash<qint64, QHash<QString, Uninvoiced>> out;
    while (reader.next())
        out[reader.integer(0)].insert(reader.text(1), { reader.integer(2), reader.integer(3) });
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

} // namespace cd
