#include "models/customerlistmodel.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QStringList sortedDistinct(QSet<QString> values)
{
    values.remove(QString());
    QStringList list(values.cbegin(), values.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

std::optional<Money> CustomerListModel::Row::averageBasket() const
{
    if (purchases <= 0)
        return std::nullopt;
    return Money(revenue.minorUnits() / purchases, revenue.currency());
}

CustomerListModel::CustomerListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_db(database)
{ }

CustomerListModel::~CustomerListModel() = default;

Status CustomerListModel::reload()
{
    const QSqlDatabase db = m_db.connection();
    const QString currency = SettingsRepository(m_db).firmCurrency();
    QHash<qint64, Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.name, a.status, a.channel, a.region, a.industry, u.name, "
              "a.manager_id, s.first_purchase, s.last_purchase, s.purchases, s.revenue_minor, "
              "s.revenue_12m_minor, s.categories FROM accounts a "
              "LEFT JOIN customer_stats s ON s.account_id = a.id "
              "LEFT JOIN users u ON u.id = a.manager_id WHERE a.kind = 'customer'"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the customers failed"), q);
    rows.reserve(8192);
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.status = fromCode<AccountStatus>(q.value(2).toString()).value_or(AccountStatus::Active);
        row.channel = fromCode<cd::Channel>(q.value(3).toString()).value_or(cd::Channel::Direct);
        row.region = q.value(4).toString();
        row.industry = q.value(5).toString();
        row.manager = q.value(6).toString();
        row.managerId = sql::toId(q.value(7));
        row.firstPurchase = sql::toDate(q.value(8));
        row.lastPurchase = sql::toDate(q.value(9));
        row.purchases = q.value(10).toInt();
        row.revenue = Money(q.value(11).toLongLong(), currency);
        row.revenue12Months = Money(q.value(12).toLongLong(), currency);
        row.categories = q.value(13).toString().split(u'|', Qt::SkipEmptyParts);
        rows.insert(row.id, row);
    }
    q.prepare(u"SELECT t.account_id, t.tag, t.source, t.reason FROM account_tags t "
              "JOIN accounts a ON a.id = t.account_id WHERE a.kind = 'customer'"_s);
    if (!q.exec())
        return Database::sqlError(tr("Reading the tags failed"), q);
    while (q.next()) {
        const auto it = rows.find(q.value(0).toLongLong());
        if (it == rows.end())
            continue;
        if (q.value(2).toString() == u"behaviour")
            it->behaviour.append({ q.value(1).toString(), q.value(3).toString() });
        else
            it->userTags.append(q.value(1).toString());
    }
    const QStringList order = BehaviourRules::codes();
    for (Row &row : rows) {
        std::sort(row.behaviour.begin(), row.behaviour.end(),
                  [&order](const BehaviourTag &a, const BehaviourTag &b) {
                      return order.indexOf(a.code) < order.indexOf(b.code);
                  });
        row.userTags.sort(Qt::CaseInsensitive);
    }
    beginResetModel();
    m_shown.clear();
    m_rows = std::move(rows);
    endResetModel();
    return setFilter(m_filter);
}

Result<QList<qint64>> CustomerListModel::matchingIds(const CustomerFilter &f) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id FROM accounts a LEFT JOIN customer_stats s ON s.account_id = a.id "
              "WHERE a.kind = 'customer' "
              "AND (:noSearch = 1 OR lower(a.name) LIKE :pattern ESCAPE '\\') "
              "AND (:noManager = 1 OR a.manager_id = :manager) "
              "AND (:noStatus = 1 OR a.status = :status) "
              "AND (:noChannel = 1 OR a.channel = :channel) "
              "AND (:noIndustry = 1 OR a.industry = :industry) "
              "AND (:noRegion = 1 OR a.region = :region) "
              "AND (:noCategory = 1 OR s.categories LIKE :category ESCAPE '\\') "
              "AND (:noTag = 1 OR EXISTS (SELECT 1 FROM account_tags t "
              "WHERE t.account_id = a.id AND lower(t.tag) = lower(:tag)))"_s);
    const QString search = f.search.trimmed();
    q.bindValue(u":noSearch"_s, search.isEmpty() ? 1 : 0);
    q.bindValue(u":pattern"_s, sql::containsPattern(search));
    q.bindValue(u":noManager"_s, f.managerId ? 0 : 1);
    q.bindValue(u":manager"_s, f.managerId.value_or(0));
    q.bindValue(u":noStatus"_s, f.status ? 0 : 1);
    q.bindValue(u":status"_s, f.status ? toCode(*f.status) : QString());
    q.bindValue(u":noChannel"_s, f.channel ? 0 : 1);
    q.bindValue(u":channel"_s, f.channel ? toCode(*f.channel) : QString());
    q.bindValue(u":noIndustry"_s, f.industry.isEmpty() ? 1 : 0);
    q.bindValue(u":industry"_s, f.industry);
    q.bindValue(u":noRegion"_s, f.region.isEmpty() ? 1 : 0);
    q.bindValue(u":region"_s, f.region);
    q.bindValue(u":noCategory"_s, f.category.isEmpty() ? 1 : 0);
    // Categories are stored between bars; LIKE is case-insensitive for ASCII on SQLite only,
    // so the stored case is matched as it is.
    QString category = f.category;
    category.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    q.bindValue(u":category"_s, u"%|"_s + category + u"|%"_s);
    q.bindValue(u":noTag"_s, f.tag.trimmed().isEmpty() ? 1 : 0);
    q.bindValue(u":tag"_s, f.tag.trimmed());
    if (!q.exec())
        return Database::sqlError(tr("Searching the customers failed"), q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status CustomerListModel::setFilter(const CustomerFilter &filter)
{
    const auto ids = matchingIds(filter);
    if (!ids)
        return Error { ids.error() };
    beginResetModel();
    m_filter = filter;
    m_shown.clear();
    m_shown.reserve(ids->size());
    for (qint64 id : *ids) {
        const auto it = m_rows.constFind(id);
        if (it != m_rows.constEnd()) // not added since the last reload
            m_shown.append(&*it);
    }
    applySort();
    endResetModel();
    return {};
}

const CustomerListModel::Row *CustomerListModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row) : nullptr;
}

int CustomerListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i)->id == id)
            return i;
    }
    return -1;
}

QStringList CustomerListModel::regions() const
{
    QSet<QString> values;
    for (const Row &row : m_rows)
        values.insert(row.region);
    return sortedDistinct(values);
}

QStringList CustomerListModel::industries() const
{
    QSet<QString> values;
    for (const Row &row : m_rows)
        values.insert(row.industry);
    return sortedDistinct(values);
}

QStringList CustomerListModel::categories() const
{
    QSet<QString> values;
    for (const Row &row : m_rows) {
        for (const QString &category : row.categories)
            values.insert(category);
    }
    return sortedDistinct(values);
}

QStringList CustomerListModel::userTags() const
{
    QSet<QString> values;
    for (const Row &row : m_rows) {
        for (const QString &tag : row.userTags)
            values.insert(tag);
    }
    return sortedDistinct(values);
}

QList<std::pair<qint64, QString>> CustomerListModel::managers() const
{
    QHash<qint64, QString> byId;
    for (const Row &row : m_rows) {
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

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::tagsText(const Row &row) const
{
    QStringList labels;
    for (const BehaviourTag &tag : row.behaviour)
        labels.append(BehaviourRules::label(tag.code));
    labels.append(row.userTags);
    return labels.join(u", "_s);
}

QVariant CustomerListModel::sortValue(const Row &row, int column) const
{
    const auto day = [](const QDate &d) {
        return d.isValid() ? d.toJulianDay() : qint64(0);
    };
    switch (column) {
    case Name:
        return row.name.toLower();
    case CustomerStatus:
        return int(row.status);
    case SalesChannel:
        return int(row.channel);
    case Region:
        return row.region.toLower();
    case Industry:
        return row.industry.toLower();
    case Manager:
        return row.manager.toLower();
    case FirstPurchase:
        return day(row.firstPurchase);
    case LastPurchase:
        return day(row.lastPurchase);
    case Purchases:
        return row.purchases;
    case Revenue12Months:
        return row.revenue12Months.minorUnits();
    case AverageBasket:
        return row.averageBasket() ? row.averageBasket()->minorUnits()
                                   : std::numeric_limits<qint64>::min();
    case Tags:
        return tagsText(row).toLower();
    }
    return {};
}

QVariant CustomerListModel::display(const Row &row, int column) const
{
    const QLocale locale;
    const auto day = [&locale](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    switch (column) {
    case Name:
        return row.name;
    case CustomerStatus:
        return toLabel(row.status);
    case SalesChannel:
        return toLabel(row.channel);
    case Region:
        return row.region;
    case Industry:
        return row.industry;
    case Manager:
        return row.manager;
    case FirstPurchase:
        return row.purchases > 0 ? day(row.firstPurchase) : tr("none yet");
    case LastPurchase:
        return day(row.lastPurchase);
    case Purchases:
        return locale.toString(row.purchases);
    case Revenue12Months:
        return row.revenue12Months.format(locale);
    case AverageBasket:
        return row.averageBasket() ? row.averageBasket()->format(locale) : QString();
    case Tags:
        return tagsText(row);
    }
    return {};
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    case TagCodesRole: {
        QStringList codes;
        for (const BehaviourTag &tag : row.behaviour)
            codes.append(tag.code);
        return codes + row.userTags;
    }
    case Qt::ToolTipRole:
        if (index.column() == Tags && !row.behaviour.isEmpty()) {
            QStringList lines;
            for (const BehaviourTag &tag : row.behaviour)
                lines.append(tr("%1: %2").arg(BehaviourRules::label(tag.code), tag.reason));
            return lines.join(u'\n');
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Purchases:
        case Revenue12Months:
        case AverageBasket:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Customer");
    case CustomerStatus:
        return tr("Status");
    case SalesChannel:
        return tr("Channel");
    case Region:
        return tr("Region");
    case Industry:
        return tr("Industry");
    case Manager:
        return tr("Account manager");
    case FirstPurchase:
        return tr("First purchase");
    case LastPurchase:
        return tr("Last purchase");
    case Purchases:
        return tr("Purchases");
    case Revenue12Months:
        return tr("Revenue, 12 months");
    case AverageBasket:
        return tr("Average basket");
    case Tags:
        return tr("Tags");
    }
    return {};
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_shown.at(index.row())->id);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerListModel::applySort()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Sort keys once, not per comparison (8,000 rows, a QVariant each).
    QHash<const Row *, QVariant> keys;
    keys.reserve(m_shown.size());
    for (const Row *row : std::as_const(m_shown))
        keys.insert(row, sortValue(*row, column));
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](const Row *a, const Row *b) {
        const auto order = QVariant::compare(keys.value(a), keys.value(b));
        if (order == QPartialOrdering::Equivalent)
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        return ascending ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

} // namespace cd
