#include "storage/analyticsqueries.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// `CASE column WHEN 'lead' THEN 0 … END`: the stage as its enum value, so that tens of
/// thousands of rows are read as integers rather than as text to convert and parse.
QString stageNumber(const QString &column)
{
    QString sql = u"CASE "_s + column;
    const QStringList codes = allCodes<OpportunityStage>();
    for (qsizetype i = 0; i < codes.size(); ++i)
        sql += u" WHEN '%1' THEN %2"_s.arg(codes.at(i)).arg(i);
    return sql + u" END"_s;
}

OpportunityStage toStage(qint64 stage)
{
    return stage >= 0 && stage <= int(OpportunityStage::Lost) ? OpportunityStage(stage)
                                                              : OpportunityStage::Lead;
}

} // namespace

PipelineRows::PipelineRows(Database &database, RowReader::Path path)
    : m_db(database), m_deals(database, path), m_stages(database, path)
{ }

Status PipelineRows::open(const QString &deals, const QString &history)
{
    // The last interaction of the account, for open deals only (SqlDialect::perAccount: one
    // seek each in the (account_id, occurred_at) index in a file, grouped once on a server).
    const SqlDialect::PerAccount last = m_db.sql().perAccount(
        u"max(x.occurred_at)"_s, u"interactions"_s, QString(), u"o.account_id"_s, u"i"_s);
    if (Status ok = m_deals.exec(
            u"SELECT o.id, CASE o.deal_type WHEN 'sale' THEN 1 ELSE 0 END, "_s
                + stageNumber(u"o.stage"_s)
                + u", o.first_contact, o.closed_on, o.expected_close, o.expected_value_minor, "
                  "o.currency, o.probability, CASE WHEN o.stage IN ('won', 'lost') THEN NULL "
                  "ELSE "_s
                + last.value + u" END FROM opportunities o"_s + last.join + u" ORDER BY o.id"_s,
            deals);
        !ok) {
        return ok;
    }
    if (Status ok = m_stages.exec(u"SELECT opportunity_id, "_s + stageNumber(u"stage"_s)
                                      + u", changed_on FROM opportunity_stages "
                                        "ORDER BY opportunity_id, changed_on, id"_s,
                                  history);
        !ok) {
        return ok;
    }
    m_haveStage = m_stages.next();
    return {};
}

bool PipelineRows::next(Opportunity &deal, QDate &lastInteraction)
{
    if (!m_deals.next())
        return false;
    deal.id = m_deals.integer(0);
    deal.dealType = m_deals.integer(1) == 1 ? DealType::Sale : DealType::Engagement;
    deal.stage = toStage(m_deals.integer(2));
    deal.firstContact = m_deals.date(3);
    deal.closedOn = m_deals.date(4);
    deal.expectedClose = m_deals.date(5);
    deal.expectedValue = Money(m_deals.integer(6), m_deals.text(7));
    deal.probability = int(m_deals.integer(8));
    lastInteraction = m_deals.date(9);
    deal.history.clear();
    while (m_haveStage && m_stages.integer(0) < deal.id)
        m_haveStage = m_stages.next();
    while (m_haveStage && m_stages.integer(0) == deal.id) {
        deal.history.append({ toStage(m_stages.integer(1)), m_stages.date(2) });
        m_haveStage = m_stages.next();
    }
    return true;
}

Status PipelineRows::status() const
{
    for (const RowReader *reader : { &m_deals, &m_stages }) {
        if (Status ok = reader->status(); !ok)
            return ok;
    }
    return {};
}

Result<qint64> PipelineRows::staleCount(Database &database, const QDate &cutoff,
                                        const QString &what)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT count(*) FROM opportunities o WHERE o.stage NOT IN ('won', 'lost') "
              "AND coalesce((SELECT max(s.changed_on) FROM opportunity_stages s "
              "WHERE s.opportunity_id = o.id), o.first_contact) < :cutoff "
              "AND coalesce((SELECT substr(max(i.occurred_at), 1, 10) FROM interactions i "
              "WHERE i.account_id = o.account_id), '') < :cutoff"_s);
    q.bindValue(u":cutoff"_s, sql::date(cutoff));
    return sql::count(q, what);
}

Result<QList<ConversionQueries::Customer>>
ConversionQueries::activeCustomers(const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, s.purchases, s.revenue_12m_minor, s.first_purchase, "
              "s.last_purchase FROM accounts a JOIN customer_stats s ON s.account_id = a.id "
              "WHERE a.kind = 'customer' AND a.status = 'active'"_s);
    if (!q.exec())
        return Database::sqlError(what, q);
    QList<Customer> out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                     q.value(3).toLongLong(), sql::toDate(q.value(4)), sql::toDate(q.value(5)) });
    }
    return out;
}

Result<QHash<qint64, int>> ConversionQueries::interactionsSince(const QDate &since,
                                                                const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT account_id, COUNT(*) FROM interactions WHERE occurred_at >= :since "
              "GROUP BY account_id"_s);
    q.bindValue(u":since"_s, since.toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(what, q);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<QHash<qint64, int>> ConversionQueries::referrals(const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // On a server counted over every account (SqlDialect::referralCounts).
    q.prepare(m_db.sql().referralCounts());
    if (!q.exec())
        return Database::sqlError(what, q);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<QList<ActiveContractRow>>
activeContractRows(Database &database, std::optional<qint64> managerId, const QString &what)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.billing_model, c.fee_minor, c.currency, c.estimated_hours, "
              "c.start_date, c.end_date, c.auto_renew, c.renewal_months FROM contracts c "
              "JOIN accounts a ON a.id = c.account_id WHERE c.status = 'active'"_s
              + (managerId ? u" AND a.manager_id = :manager"_s : QString()));
    if (managerId)
        q.bindValue(u":manager"_s, *managerId);
    if (Status ok = sql::exec(q, what); !ok)
        return Error { ok.error() };
    QList<ActiveContractRow> out;
    while (q.next()) {
        ActiveContractRow row;
        row.billingModel
            = fromCode<BillingModel>(q.value(0).toString()).value_or(BillingModel::Retainer);
        row.feeMinor = q.value(1).toLongLong();
        row.currency = q.value(2).toString();
        row.estimatedHours = q.value(3).toInt();
        row.start = sql::toDate(q.value(4));
        row.end = sql::toDate(q.value(5));
        row.autoRenew = q.value(6).toBool();
        row.renewalMonths = q.value(7).toInt();
        out.append(row);
    }
    return out;
}

} // namespace cd
