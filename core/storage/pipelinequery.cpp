#include "storage/pipelinequery.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

PipelineQuery::PipelineQuery(Database &database) : m_db(database) { }

Result<QList<PipelineDeal>> PipelineQuery::deals(const QDate &closedSince,
                                                 std::optional<qint64> id) const
{
    QSqlQuery q(m_db.connection());
    // Row by row only where the dialect allows: QPSQL loses such a result when another
    // statement runs.
    q.setForwardOnly(m_db.sql().forwardOnlyReads());
    q.prepare(u"SELECT o.id, o.title, o.account_id, a.name, a.kind, o.deal_type, o.stage, "
              "o.expected_value_minor, o.currency, o.probability, o.expected_close, o.closed_on, "
              "o.owner_id, u.name, o.next_step, o.row_version, "
              "(SELECT max(s.changed_on) FROM opportunity_stages s "
              "WHERE s.opportunity_id = o.id), "
              "CASE WHEN o.stage IN ('won', 'lost') THEN NULL ELSE (SELECT max(i.occurred_at) "
              "FROM interactions i WHERE i.account_id = o.account_id) END "
              "FROM opportunities o JOIN accounts a ON a.id = o.account_id "
              "LEFT JOIN users u ON u.id = o.owner_id "
              "WHERE (o.stage NOT IN ('won', 'lost') OR o.closed_on >= :closed_since) "
              "AND (:all = 1 OR o.id = :id) ORDER BY o.id"_s);
    q.bindValue(u":closed_since"_s, sql::date(closedSince));
    q.bindValue(u":all"_s, id ? 0 : 1);
    q.bindValue(u":id"_s, id.value_or(0));
    if (!q.exec())
        return Database::sqlError(tr("Reading the pipeline failed"), q);
    QList<PipelineDeal> deals;
    while (q.next()) {
        PipelineDeal d;
        d.id = q.value(0).toLongLong();
        d.title = q.value(1).toString();
        d.accountId = q.value(2).toLongLong();
        d.accountName = q.value(3).toString();
        d.accountKind
            = fromCode<AccountKind>(q.value(4).toString()).value_or(AccountKind::Customer);
        d.dealType = fromCode<DealType>(q.value(5).toString()).value_or(DealType::Engagement);
        d.stage
            = fromCode<OpportunityStage>(q.value(6).toString()).value_or(OpportunityStage::Lead);
        d.value = Money(q.value(7).toLongLong(), q.value(8).toString());
        d.probability = q.value(9).toInt();
        d.expectedClose = sql::toDate(q.value(10));
        d.closedOn = sql::toDate(q.value(11));
        d.ownerId = sql::toId(q.value(12));
        d.ownerName = q.value(13).toString();
        d.nextStep = q.value(14).toString();
        d.rowVersion = q.value(15).toInt();
        d.stageSince = sql::toDate(q.value(16));
        if (!q.value(17).isNull())
            d.lastInteraction = QDate::fromString(q.value(17).toString().left(10), Qt::ISODate);
        deals.append(std::move(d));
    }
    if (q.lastError().isValid())
        return Database::sqlError(tr("Reading the pipeline failed"), q);
    return deals;
}

} // namespace cd
