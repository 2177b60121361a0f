#include "models/revenueentrylistmodel.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The WHERE clause of a filter; its values are bound by bind().
QString conditions(const RevenueEntryFilter &f)
{
    QString sql = u" WHERE e.entry_date BETWEEN :from AND :to AND e.currency = :currency"_s;
    if (f.kind)
        sql += u" AND e.account_kind = :kind"_s;
    if (f.managerId)
        sql += u" AND a.manager_id = :manager"_s;
    for (int i = 0; i < f.segments.size(); ++i) {
        const QString value = u":value%1"_s.arg(i);
        switch (f.segments.at(i).first) {
        case Dimension::Industry:
            sql += u" AND coalesce(trim(a.industry), '') = "_s + value;
            break;
        case Dimension::Region:
            sql += u" AND coalesce(trim(a.region), '') = "_s + value;
            break;
        case Dimension::Category:
            sql += u" AND coalesce(e.category, '') = "_s + value;
            break;
        case Dimension::Channel:
            sql += u" AND a.channel = "_s + value;
            break;
        }
    }
    if (f.behaviour) {
        // As the analytics count them: customers only, by the first tag of loyal, returning,
        // new; "" for none of the three.
        const auto has = [](const char *tag) {
            return u"EXISTS (SELECT 1 FROM account_tags t WHERE t.account_id = e.account_id "
                   "AND t.source = 'behaviour' AND t.tag = '%1')"_s.arg(QLatin1StringView(tag));
        };
        sql += u" AND e.account_kind = 'customer'"_s;
        const QString &b = *f.behaviour;
        const bool loyal = b == u"loyal"_s;
        const bool returning = b == u"returning"_s;
        const bool fresh = b == u"new"_s;
        sql += loyal ? u" AND "_s + has("loyal") : u" AND NOT "_s + has("loyal");
        if (!loyal)
            sql += returning ? u" AND "_s + has("returning") : u" AND NOT "_s + has("returning");
        if (!loyal && !returning)
            sql += fresh ? u" AND "_s + has("new") : u" AND NOT "_s + has("new");
    }
    if (f.accountId)
        sql += u" AND e.account_id = :account"_s;
    return sql;
}

void bind(QSqlQuery &q, const RevenueEntryFilter &f, const QString &currency)
{
    q.bindValue(u":from"_s, sql::date(f.from.isValid() ? f.from : QDate(1, 1, 1)));
    q.bindValue(u":to"_s, sql::date(f.to.isValid() ? f.to : QDate(9999, 12, 31)));
    q.bindValue(u":currency"_s, currency);
    if (f.kind)
        q.bindValue(u":kind"_s, toCode(*f.kind));
    if (f.managerId)
        q.bindValue(u":manager"_s, *f.managerId);
    for (int i = 0; i < f.segments.size(); ++i)
        q.bindValue(u":value%1"_s.arg(i), f.segments.at(i).second);
    if (f.accountId)
        q.bindValue(u":account"_s, *f.accountId);
}

QString fromClause(const RevenueEntryFilter &f)
{
    return u" FROM revenue_entries e JOIN accounts a ON a.id = e.account_id"_s + conditions(f);
}

} // namespace

RevenueEntryListModel::RevenueEntryListModel(Database &database, QObject *parent)
    : QSqlQueryModel(parent), m_db(database)
{ }

Status RevenueEntryListModel::setFilter(const RevenueEntryFilter &filter)
{
    m_currency = SettingsRepository(m_db).firmCurrency();
    const QString from = fromClause(filter);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT e.entry_date, a.name, e.account_kind, e.amount_minor, e.category, "
              "e.promotion, e.description"_s
              + from + u" ORDER BY e.entry_date DESC, e.id DESC"_s);
    bind(q, filter, m_currency);
    if (Status ok = sql::exec(q, tr("Listing the revenue entries failed")); !ok)
        return ok;
    setQuery(std::move(q));
    if (lastError().isValid())
        return Database::sqlError(tr("Listing the revenue entries failed"), query());
    return {};
}

Result<RevenueEntryTotals> RevenueEntryListModel::totals(Database &database,
                                                         const RevenueEntryFilter &filter)
{
    RevenueEntryTotals out;
    out.currency = SettingsRepository(database).firmCurrency();
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT count(*), coalesce(sum(e.amount_minor), 0)"_s + fromClause(filter));
    bind(q, filter, out.currency);
    if (Status ok = sql::exec(q, tr("Counting the revenue entries failed")); !ok)
        return Error { ok.error() };
    if (q.next()) {
        out.count = q.value(0).toLongLong();
        out.totalMinor = q.value(1).toLongLong();
    }
    return out;
}

QVariant RevenueEntryListModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QSqlQueryModel::data(index, role);
    const QVariant value = QSqlQueryModel::data(index, role);
    switch (index.column()) {
    case Date:
        return QLocale().toString(sql::toDate(value), QLocale::ShortFormat);
    case Type:
        if (const auto kind = fromCode<AccountKind>(value.toString()))
            return toLabel(*kind);
        return value;
    case Amount:
        return Money(value.toLongLong(), m_currency).format(QLocale());
    default:
        return value;
    }
}

QVariant RevenueEntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Account:
        return tr("Account");
    case Type:
        return tr("Type");
    case Amount:
        return tr("Amount");
    case Category:
        return tr("Category");
    case Promotion:
        return tr("Promotion");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace cd
