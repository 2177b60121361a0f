#include "models/clientlistmodel.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace { } // namespace

ClientListModel::ClientListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_db(database)
{ }

ClientListModel::~ClientListModel() = default;

Result<QHash<qint64, ClientListModel::Row>>
ClientListModel::computeFigures(Database &database, const QDate &today, std::optional<qint64> only)
{
    const QSqlDatabase db = database.connection();
    const QString currency = SettingsRepository(database).firmCurrency();
    const Result<HealthWeights> weights = SettingsRepository(database).healthWeights();
    if (!weights)
        return Error { weights.error() };
    const auto fail = [](const QString &what, const QSqlQuery &q) {
        return Database::sqlError(what, q);
    };
    // Every query below narrows to one client when `only` is given.
    const auto bindOnly = [&only](QSqlQuery &query) {
        query.bindValue(u":all"_s, only ? 0 : 1);
        query.bindValue(u":only"_s, only.value_or(0));
    };

    QHash<qint64, Row> figures;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, a.industry, a.region, a.status, u.name, a.manager_id "
              "FROM accounts a "
              "LEFT JOIN users u ON u.id = a.manager_id WHERE a.kind = 'client' "
              "AND (:all = 1 OR a.id = :only)"_s);
    bindOnly(q);
    if (!q.exec())
        return fail(tr("Reading the clients failed"), q);
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.industry = q.value(2).toString();
        row.region = q.value(3).toString();
        row.status = fromCode<AccountStatus>(q.value(4).toString()).value_or(AccountStatus::Active);
        row.manager = q.value(5).toString();
        row.managerId = sql::toId(q.value(6));
        row.monthlyRecurring = Money(0, currency);
        row.annualValue = Money(0, currency);
        figures.insert(row.id, row);
    }

    // Active contracts: recurring revenue and the next notice deadline, by core's rules.
    QHash<qint64, bool> renewalDecided;
    q.prepare(u"SELECT account_id, reference, billing_model, fee_minor, currency, "
              "estimated_hours, start_date, end_date, auto_renew, notice_days FROM contracts "
              "WHERE status = 'active' AND (:all = 1 OR account_id = :only)"_s);
    bindOnly(q);
    if (!q.exec())
        return fail(tr("Reading the active contracts failed"), q);
    while (q.next()) {
        const auto it = figures.find(q.value(0).toLongLong());
        if (it == figures.end())
            continue;
        Contract c;
        c.reference = q.value(1).toString();
        c.billingModel
            = fromCode<BillingModel>(q.value(2).toString()).value_or(BillingModel::Retainer);
        c.fee = Money(q.value(3).toLongLong(), q.value(4).toString());
        c.estimatedHours = q.value(5).toInt();
        c.start = sql::toDate(q.value(6));
        c.end = sql::toDate(q.value(7));
        c.autoRenew = q.value(8).toInt() != 0;
        c.noticeDays = q.value(9).toInt();
        ++it->activeContracts;
        // Amounts in another currency than the firm's are not added up here.
        if (c.fee.currency() == currency) {
            const Money monthly = ContractRules::monthlyRecurringRevenue(c);
            it->monthlyRecurring
                = Money(it->monthlyRecurring.minorUnits() + monthly.minorUnits(), currency);
            it->annualValue
                = Money(it->annualValue.minorUnits() + monthly.minorUnits() * 12, currency);
        }
        const QDate deadline = ContractRules::noticeDeadline(c);
        if (deadline.isValid() && deadline >= today
            && (!it->noticeDeadline.isValid() || deadline < it->noticeDeadline)) {
            it->noticeDeadline = deadline;
            renewalDecided[it->id] = c.autoRenew;
        }
    }

    const QString now = sql::timestamp(QDateTime(today, QTime(23, 59, 59)));
    QHash<qint64, int> lateRecently;
    q.prepare(u"SELECT account_id, COUNT(*), SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END) "
              "FROM service_requests WHERE status <> 'closed' AND (:all = 1 OR account_id = :only) "
              "GROUP BY account_id"_s);
    bindOnly(q);
    q.bindValue(u":now"_s, now);
    if (!q.exec())
        return fail(tr("Reading the open service requests failed"), q);
    while (q.next()) {
        if (const auto it = figures.find(q.value(0).toLongLong()); it != figures.end()) {
            it->openRequests = q.value(1).toInt();
            it->openRequestsPastDue = q.value(2).toInt();
        }
    }
    q.prepare(u"SELECT account_id, COUNT(*) FROM service_requests WHERE status = 'closed' "
              "AND closed_at > due_at AND closed_at >= :since AND (:all = 1 OR account_id = :only) "
              "GROUP BY account_id"_s);
    bindOnly(q);
    q.bindValue(u":since"_s, sql::timestamp(QDateTime(today.addDays(-90), QTime(0, 0))));
    if (!q.exec())
        return fail(tr("Reading the late service requests failed"), q);
    while (q.next())
        lateRecently.insert(q.value(0).toLongLong(), q.value(1).toInt());

    q.prepare(u"SELECT i.account_id, MAX(i.occurred_at) FROM interactions i JOIN accounts a "
              "ON a.id = i.account_id WHERE a.kind = 'client' AND i.occurred_at <= :now "
              "AND (:all = 1 OR a.id = :only) "
              "GROUP BY i.account_id"_s);
    q.bindValue(u":now"_s, now);
    bindOnly(q);
    if (!q.exec())
        return fail(tr("Reading the last contacts failed"), q);
    while (q.next()) {
        if (const auto it = figures.find(q.value(0).toLongLong()); it != figures.end())
            it->lastContact = sql::toDateTime(q.value(1)).date();
    }

    // Two years of revenue per client, through the (account, date) index.
    QHash<qint64, std::pair<qint64, qint64>> revenue;
    const QDate yearAgo = today.addYears(-1);
    q.prepare(u"SELECT a.id, SUM(CASE WHEN r.entry_date > :yearAgo THEN r.amount_minor ELSE 0 "
              "END), SUM(CASE WHEN r.entry_date <= :yearAgo THEN r.amount_minor ELSE 0 END) "
              "FROM accounts a JOIN revenue_entries r ON r.account_id = a.id "
              "AND r.entry_date > :twoYearsAgo AND r.entry_date <= :today "
              "WHERE a.kind = 'client' AND r.currency = :currency AND (:all = 1 OR a.id = :only) "
              "GROUP BY a.id"_s);
    bindOnly(q);
    q.bindValue(u":yearAgo"_s, yearAgo.toString(Qt::ISODate));
    q.bindValue(u":twoYearsAgo"_s, today.addYears(-2).toString(Qt::ISODate));
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    q.bindValue(u":currency"_s, currency);
    if (!q.exec())
        return fail(tr("Reading the revenue of the clients failed"), q);
    while (q.next())
        revenue.insert(q.value(0).toLongLong(),
                       { q.value(1).toLongLong(), q.value(2).toLongLong() });

    for (Row &row : figures) {
        ClientHealth::Signals s;
        s.hasActiveContract = row.activeContracts > 0;
        if (row.lastContact.isValid())
            s.daysSinceLastContact = row.lastContact.daysTo(today);
        s.openRequestsPastDue = row.openRequestsPastDue;
        s.requestsClosedLateLast90Days = lateRecently.value(row.id);
        if (row.noticeDeadline.isValid()) {
            s.noticeDeadline = row.noticeDeadline;
            s.daysUntilNoticeDeadline = today.daysTo(row.noticeDeadline);
            s.renewalDecided = renewalDecided.value(row.id);
        }
        const auto money = revenue.value(row.id);
        s.revenueLast12Months = money.first;
        s.revenuePrevious12Months = money.second;
        row.health = ClientHealth::assess(s, *weights);
    }

    return figures;
}

Result<ClientListModel::Row> ClientListModel::figuresFor(Database &database, qint64 accountId,
                                                         const QDate &today)
{
    auto figures = computeFigures(database, today, accountId);
    if (!figures)
        return Error { figures.error() };
    if (!figures->contains(accountId))
        return Error { tr("There is no client with id %1.").arg(accountId) };
    return figures->value(accountId);
}

Status ClientListModel::reload(const QDate &today)
{
    auto figures = computeFigures(m_db, today, std::nullopt);
    if (!figures)
        return Error { figures.error() };
    m_today = today;
    beginResetModel();
    m_rows.clear();
    m_figures = std::move(figures).value();
    endResetModel();
    return setFilter(m_filter);
}

Result<QList<qint64>> ClientListModel::matchingIds(const ClientFilter &f) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM accounts WHERE kind = 'client' "
              "AND (:noSearch = 1 OR lower(name) LIKE :pattern ESCAPE '\\') "
              "AND (:noManager = 1 OR manager_id = :manager) "
              "AND (:noStatus = 1 OR status = :status) "
              "AND (:noIndustry = 1 OR industry = :industry) "
              "AND (:noRegion = 1 OR region = :region)"_s);
    const QString search = f.search.trimmed();
    q.bindValue(u":noSearch"_s, search.isEmpty() ? 1 : 0);
    q.bindValue(u":pattern"_s, sql::containsPattern(search));
    q.bindValue(u":noManager"_s, f.managerId ? 0 : 1);
    q.bindValue(u":manager"_s, f.managerId.value_or(0));
    q.bindValue(u":noStatus"_s, f.status ? 0 : 1);
    q.bindValue(u":status"_s, f.status ? toCode(*f.status) : QString());
    q.bindValue(u":noIndustry"_s, f.industry.isEmpty() ? 1 : 0);
    q.bindValue(u":industry"_s, f.industry);
    q.bindValue(u":noRegion"_s, f.region.isEmpty() ? 1 : 0);
    q.bindValue(u":region"_s, f.region);
    if (!q.exec())
        return Database::sqlError(tr("Searching the clients failed"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status ClientListModel::setFilter(const ClientFilter &filter)
{
    const auto ids = matchingIds(filter);
    if (!ids)
        return Error { ids.error() };
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    for (qint64 id : *ids) {
        const auto it = m_figures.constFind(id);
        if (it == m_figures.constEnd())
            continue; // added since the last reload
        if (filter.health && it->health.level() != *filter.health)
            continue;
        m_rows.append(&*it);
    }
    applySort();
    endResetModel();
    return {};
}

const ClientListModel::Row *ClientListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

QStringList ClientListModel::industries() const
{
    QStringList values;
    for (const Row &row : m_figures) {
        if (!row.industry.isEmpty() && !values.contains(row.industry))
            values.append(row.industry);
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

QStringList ClientListModel::regions() const
{
    QStringList values;
    for (const Row &row : m_figures) {
        if (!row.region.isEmpty() && !values.contains(row.region))
            values.append(row.region);
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

QList<std::pair<qint64, QString>> ClientListModel::managers() const
{
    QHash<qint64, QString> byId;
    for (const Row &row : m_figures) {
        if (row.managerId)
            byId.insert(*row.managerId, row.manager);
    }
    QList<std::pair<qint64, QString>> values;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        values.append({ it.key(), it.value() });
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        return a.second.compare(b.second, Qt::CaseInsensitive) < 0;
    });
    return values;
}

int ClientListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->id == id)
            return i;
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.toLower();
    case Industry:
        return row.industry.toLower();
    case Manager:
        return row.manager.toLower();
    case ActiveContracts:
        return row.activeContracts;
    case MonthlyRecurring:
        return row.monthlyRecurring.minorUnits();
    case AnnualValue:
        return row.annualValue.minorUnits();
    case NoticeDeadline:
        return row.noticeDeadline.isValid() ? row.noticeDeadline.toJulianDay()
                                            : std::numeric_limits<qint64>::max();
    case OpenRequests:
        return row.openRequests;
    case Health:
        return row.health.score();
    case LastContact:
        return row.lastContact.isValid() ? row.lastContact.toJulianDay() : 0;
    }
    return {};
}

QVariant ClientListModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Industry:
        return row.industry;
    case Manager:
        return row.manager;
    case ActiveContracts:
        return locale.toString(row.activeContracts);
    // Without an active contract there is nothing recurring: an empty cell, not "0.00".
    case MonthlyRecurring:
        return row.activeContracts > 0 ? row.monthlyRecurring.format(locale) : QString();
    case AnnualValue:
        return row.activeContracts > 0 ? row.annualValue.format(locale) : QString();
    case NoticeDeadline:
        if (!row.noticeDeadline.isValid())
            return QString();
        return tr("%1 (%2)").arg(locale.toString(row.noticeDeadline, QLocale::ShortFormat),
                                 ContractRules::whenText(m_today.daysTo(row.noticeDeadline)));
    case OpenRequests:
        if (row.openRequestsPastDue > 0)
            return tr("%1 (%2 late)")
                .arg(locale.toString(row.openRequests), locale.toString(row.openRequestsPastDue));
        return locale.toString(row.openRequests);
    case Health:
        return ClientHealth::label(row.health.level());
    case LastContact:
        return row.lastContact.isValid() ? locale.toString(row.lastContact, QLocale::ShortFormat)
                                         : tr("never");
    }
    return {};
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    case HealthLevelRole:
        return int(row.health.level());
    case Qt::ToolTipRole:
        if (index.column() == Health) {
            return row.health.reasons().isEmpty()
                ? tr("Score %1 of 100: nothing needs attention.").arg(row.health.score())
                : tr("Score %1 of 100:").arg(row.health.score()) + u"\n• "_s
                    + row.health.reasons().join(u"\n• "_s);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ActiveContracts:
        case MonthlyRecurring:
        case AnnualValue:
        case OpenRequests:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Client");
    case Industry:
        return tr("Industry");
    case Manager:
        return tr("Account manager");
    case ActiveContracts:
        return tr("Active contracts");
    case MonthlyRecurring:
        return tr("Monthly recurring");
    case AnnualValue:
        return tr("Annual value");
    case NoticeDeadline:
        return tr("Next notice deadline");
    case OpenRequests:
        return tr("Open requests");
    case Health:
        return tr("Health");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row())->id);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientListModel::applySort()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row *a, const Row *b) {
        const QVariant va = sortValue(*a, column);
        const QVariant vb = sortValue(*b, column);
        const auto order = QVariant::compare(va, vb);
        if (order == QPartialOrdering::Equivalent)
            return a->name.toLower() < b->name.toLower();
        return ascending ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

} // namespace cd
