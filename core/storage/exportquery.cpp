// The queries of an export: a count, the contacts' roles and the records in the columns
// the importer reads.
#include "storage/exportquery.h"

#include "storage/database.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString countSql(ExportQuery::Records records)
{
    switch (records) {
    case ExportQuery::Records::Accounts:
        return u"SELECT count(*) FROM accounts"_s;
    case ExportQuery::Records::Contacts:
        return u"SELECT count(*) FROM contacts"_s;
    case ExportQuery::Records::Contracts:
        return u"SELECT count(*) FROM contracts"_s;
    case ExportQuery::Records::Revenue:
        break;
    }
    return u"SELECT count(*) FROM revenue_entries"_s;
}

QString selectSql(ExportQuery::Records records)
{
    switch (records) {
    case ExportQuery::Records::Accounts:
        return u"SELECT a.name, a.kind, a.status, a.industry, a.city, a.region, a.country, "
               "a.channel, u.name, a.email, a.phone, a.tax_id, r.name, a.notes, a.converted_on, "
               "a.currency FROM accounts a LEFT JOIN users u ON u.id = a.manager_id "
               "LEFT JOIN accounts r ON r.id = a.referred_by_id ORDER BY a.id"_s;
    case ExportQuery::Records::Contacts:
        return u"SELECT a.name, c.name, c.job_title, c.email, c.phone, c.id "
               "FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.id"_s;
    case ExportQuery::Records::Contracts:
        return u"SELECT a.name, c.reference, c.billing_model, c.fee_minor, c.currency, "
               "c.start_date, c.end_date, c.auto_renew, c.renewal_months, c.notice_days, "
               "c.estimated_hours, c.status, c.signed_on, c.terminated_on, "
               "c.termination_reason, c.title, c.scope, c.termination_clause "
               "FROM contracts c JOIN accounts a ON a.id = c.account_id ORDER BY c.id"_s;
    case ExportQuery::Records::Revenue:
        break;
    }
    return u"SELECT r.entry_date, a.name, r.amount_minor, r.currency, r.description, "
           "p.name, r.category, r.quantity, r.discount_minor, r.promotion, k.reference "
           "FROM revenue_entries r JOIN accounts a ON a.id = r.account_id "
           "LEFT JOIN products p ON p.id = r.product_id "
           "LEFT JOIN contracts k ON k.id = r.contract_id ORDER BY r.id"_s;
}

} // namespace

ExportQuery::ExportQuery(Database &database, Records records)
    : m_records(records), m_query(database.connection())
{
    m_query.setForwardOnly(true);
}

Result<qint64> ExportQuery::count(const QString &what)
{
    if (!m_query.exec(countSql(m_records)) || !m_query.next())
        return Database::sqlError(what, m_query);
    return m_query.value(0).toLongLong();
}

Result<QHash<qint64, QList<ContactRole>>> ExportQuery::contactRoles(const QString &what)
{
    if (!m_query.exec(u"SELECT contact_id, role FROM contact_roles ORDER BY contact_id"_s))
        return Database::sqlError(what, m_query);
    QHash<qint64, QList<ContactRole>> byContact;
    while (m_query.next()) {
        if (const auto role = fromCode<ContactRole>(m_query.value(1).toString()))
            byContact[m_query.value(0).toLongLong()].append(*role);
    }
    for (auto it = byContact.begin(); it != byContact.end(); ++it)
        std::sort(it->begin(), it->end());
    return byContact;
}

Status ExportQuery::start(const QString &what)
{
    if (!m_query.exec(selectSql(m_records)))
        return Database::sqlError(what, m_query);
    return {};
}

Status ExportQuery::finish(const QString &what) const
{
    if (m_query.lastError().isValid())
        return Database::sqlError(what, m_query);
    return {};
}

} // namespace cd
