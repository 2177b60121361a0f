// The reads of the billing run: set reads through RowReader, one each per run.
#include "storage/billingqueries.h"

#include "storage/database.h"
#include "storage/rowreader.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// " AND <column> = ?" with its value when the run is limited to one contract.
QString oneContract(const QString &column, std::optional<qint64> contractId, QVariantList &values)
{
    if (!contractId)
        return {};
    values.append(*contractId);
    return u" AND "_s + column + u" = ?"_s;
}

/// A line of an invoice that is not void holds it.
const QString kHeldLine = u"JOIN invoices hi ON hi.id = hl.invoice_id AND hi.state <> 'void'"_s;

} // namespace

Result<QList<BillingQueries::ContractRow>>
BillingQueries::contracts(const QDate &monthEnd, std::optional<qint64> contractId) const
{
    QVariantList values { monthEnd.toString(Qt::ISODate) };
    const QString sql
        = u"SELECT c.id, c.account_id, a.name, c.reference, c.billing_model, c.fee_minor, "
          "c.currency, c.start_date, c.end_date, c.auto_renew, c.status, c.terminated_on, "
          "c.included_minutes, c.rollover, c.overage_rate_minor FROM contracts c "
          "JOIN accounts a ON a.id = c.account_id "
          "WHERE c.status IN ('active', 'expired', 'terminated') AND c.start_date <= ?"_s
        + oneContract(u"c.id"_s, contractId, values) + u" ORDER BY a.name, c.reference, c.id"_s;
    RowReader reader(m_db);
    if (Status ok = reader.exec(sql, tr("Reading the contracts to bill"), values); !ok)
        return Error { ok.error() };
    QList<ContractRow> out;
    while (reader.next()) {
        ContractRow c;
        c.id = reader.integer(0);
        c.accountId = reader.integer(1);
        c.accountName = reader.text(2);
        c.reference = reader.text(3);
        c.billingModel = fromCode<BillingModel>(reader.text(4)).value_or(BillingModel::Retainer);
        c.feeMinor = reader.integer(5);
        c.currency = reader.text(6);
        c.start = reader.date(7);
        c.end = reader.date(8);
        c.autoRenew = reader.integer(9) != 0;
        c.status = fromCode<ContractStatus>(reader.text(10)).value_or(ContractStatus::Active);
        c.terminatedOn = reader.date(11);
        c.includedMinutes = reader.isNull(12) ? 0 : int(reader.integer(12));
        c.rollover = reader.integer(13) != 0;
        if (!reader.isNull(14))
            c.overageRateMinor = reader.integer(14);
        out.append(c);
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<Instalment>> BillingQueries::dueInstalments(const QDate &monthEnd,
                                                         std::optional<qint64> contractId) const
{
    const QString end = monthEnd.toString(Qt::ISODate);
    QVariantList values { end, end };
    const QString sql
        = u"SELECT s.id, s.contract_id, s.kind, s.description, s.due_date, s.amount_minor, "
          "s.done_on FROM contract_instalments s WHERE ((s.kind = 'instalment' AND "
          "s.due_date <= ?) OR (s.kind = 'milestone' AND s.done_on IS NOT NULL AND "
          "s.done_on <= ?))"_s
        + oneContract(u"s.contract_id"_s, contractId, values)
        + u" AND NOT EXISTS (SELECT 1 FROM invoice_lines hl %1 WHERE hl.billing_key = "
          "'instalment:' || CAST(s.id AS TEXT)) ORDER BY s.contract_id, s.due_date, s.id"_s.arg(
              kHeldLine);
    RowReader reader(m_db);
    if (Status ok = reader.exec(sql, tr("Reading the instalments to bill"), values); !ok)
        return Error { ok.error() };
    QList<Instalment> out;
    while (reader.next()) {
        Instalment s;
        s.id = reader.integer(0);
        s.contractId = reader.integer(1);
        s.milestone = reader.text(2) == u"milestone"_s;
        s.description = reader.text(3);
        s.dueDate = reader.date(4);
        s.amountMinor = reader.integer(5);
        s.doneOn = reader.date(6);
        out.append(s);
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<BillingQueries::OpenEntry>>
BillingQueries::openBillableEntries(const QDate &cutOff, std::optional<qint64> contractId) const
{
    QVariantList values { cutOff.toString(Qt::ISODate) };
    const QString sql
        = u"SELECT e.id, e.contract_id, e.user_id, u.name, e.entry_date, e.minutes, "
          "e.rate_minor, e.currency, e.value_minor FROM time_entries e "
          "JOIN users u ON u.id = e.user_id WHERE e.billable = 1 AND e.state = 'open' AND "
          "e.contract_id IS NOT NULL AND e.entry_date <= ?"_s
        + oneContract(u"e.contract_id"_s, contractId, values)
        + u" AND NOT EXISTS (SELECT 1 FROM invoice_line_time ht JOIN invoice_lines hl ON "
          "hl.id = ht.line_id %1 WHERE ht.time_entry_id = e.id) ORDER BY e.contract_id, u.name, "
          "e.user_id, e.currency, e.rate_minor, e.entry_date, e.id"_s.arg(kHeldLine);
    RowReader reader(m_db);
    if (Status ok = reader.exec(sql, tr("Reading the hours to bill"), values); !ok)
        return Error { ok.error() };
    QList<OpenEntry> out;
    while (reader.next()) {
        out.append({ reader.integer(0), reader.integer(1), reader.integer(2), reader.text(3),
                     reader.date(4), int(reader.integer(5)), reader.integer(6), reader.text(7),
                     reader.integer(8) });
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QSet<QString>> BillingQueries::heldPeriodKeys(const QString &period) const
{
    RowReader reader(m_db);
    if (Status ok = reader.exec(
            u"SELECT hl.billing_key FROM invoice_lines hl %1 WHERE (hl.billing_key LIKE "
            "'retainer:%' OR hl.billing_key LIKE 'overage:%') AND hl.billing_key LIKE ?"_s.arg(
                kHeldLine),
            tr("Reading what is billed already"), { u"%:"_s + period });
        !ok)
        return Error { ok.error() };
    QSet<QString> out;
    while (reader.next())
        out.insert(reader.text(0));
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<BillingQueries::MonthUse>>
BillingQueries::retainerUse(const QDate &from, const QDate &until, std::optional<qint64> contractId,
                            const std::optional<QList<qint64>> &contractIds) const
{
    QList<MonthUse> out;
    QVariantList values { until.toString(Qt::ISODate) };
    QString sql = u"SELECT e.contract_id, substr(e.entry_date, 1, 7), sum(e.minutes) FROM "
                  "time_entries e JOIN contracts c ON c.id = e.contract_id WHERE e.billable = 0 "
                  "AND c.included_minutes IS NOT NULL AND c.status IN ('active', 'expired', "
                  "'terminated') AND e.entry_date <= ?"_s;
    if (from.isValid()) {
        sql += u" AND e.entry_date >= ?"_s;
        values.append(from.toString(Qt::ISODate));
    }
    if (contractIds) {
        if (contractIds->isEmpty())
            return out;
        // Ids are numbers: written into the statement, one scan of the contracts' index.
        QStringList ids;
        for (qint64 id : *contractIds)
            ids.append(QString::number(id));
        sql += u" AND e.contract_id IN (%1)"_s.arg(ids.join(u", "_s));
    } else {
        sql += oneContract(u"e.contract_id"_s, contractId, values);
    }
    sql += u" GROUP BY e.contract_id, substr(e.entry_date, 1, 7)"_s;
    RowReader reader(m_db);
    if (Status ok = reader.exec(sql, tr("Reading the retainers' hours"), values); !ok)
        return Error { ok.error() };
    while (reader.next()) {
        const QByteArrayView month = reader.bytes(1);
        if (month.size() < 7)
            continue;
        const int index = QByteArrayView(month.first(4)).toInt() * 12
            + QByteArrayView(month.sliced(5, 2)).toInt() - 1;
        out.append({ reader.integer(0), index, reader.integer(2) });
    }
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

Result<QList<BillingQueries::RetainerEntry>>
BillingQueries::retainerEntries(const QList<qint64> &contractIds, const QDate &first,
                                const QDate &last) const
{
    QList<RetainerEntry> out;
    if (contractIds.isEmpty())
        return out;
    // Ids are numbers: written into the statement, one scan of the contracts' index.
    QStringList ids;
    for (qint64 id : contractIds)
        ids.append(QString::number(id));
    RowReader reader(m_db);
    if (Status ok = reader.exec(
            u"SELECT e.id, e.contract_id, e.minutes, CASE WHEN EXISTS (SELECT 1 FROM "
            "invoice_line_time ht JOIN invoice_lines hl ON hl.id = ht.line_id %1 WHERE "
            "ht.time_entry_id = e.id) THEN 1 ELSE 0 END FROM time_entries e WHERE e.billable = 0 "
            "AND e.contract_id IN (%2) AND e.entry_date >= ? AND e.entry_date <= ? ORDER BY "
            "e.contract_id, e.entry_date DESC, coalesce(e.start_time, '') DESC, e.id DESC"_s.arg(
                kHeldLine, ids.join(u", "_s)),
            tr("Reading the retainers' hours"),
            { first.toString(Qt::ISODate), last.toString(Qt::ISODate) });
        !ok)
        return Error { ok.error() };
    while (reader.next())
        out.append({ reader.integer(0), reader.integer(1), int(reader.integer(2)),
                     reader.integer(3) != 0 });
    if (Status ok = reader.status(); !ok)
        return Error { ok.error() };
    return out;
}

} // namespace cd
