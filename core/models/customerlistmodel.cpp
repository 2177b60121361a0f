#include "models/customerlistmodel.h"

#include "storage/customerlistquery.h"
#include "storage/revenuequeries.h"
#include "storage/settingsrepository.h"

#include <QLocale>
#include <QSet>

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
    : SortedRowsModel(parent), m_db(database)
{ }

CustomerListModel::~CustomerListModel() = default;

Status CustomerListModel::reload(const QDate &today)
{
    const QString currency = SettingsRepository(m_db).firmCurrency();
    const CustomerListQuery query(m_db);
    auto customers = query.customers();
    if (!customers)
        return Error { customers.error() };
    QHash<qint64, Row> rows;
    rows.reserve(customers->size());
    for (CustomerListQuery::Customer &c : customers.value()) {
        Row row;
        row.id = c.id;
        row.name = std::move(c.name);
        row.status = c.status;
        row.channel = c.channel;
        row.region = std::move(c.region);
        row.industry = std::move(c.industry);
        row.manager = std::move(c.manager);
        row.managerId = c.managerId;
        row.firstPurchase = c.firstPurchase;
        row.lastPurchase = c.lastPurchase;
        row.purchases = c.purchases;
        row.revenue = Money(c.revenueMinor, currency);
        row.revenue12Months = Money(c.revenue12MonthsMinor, currency);
        row.categories = std::move(c.categories);
        rows.emplace(c.id, std::move(row));
    }
    const auto unconverted = query.unconverted(today);
    if (!unconverted)
        return Error { unconverted.error() };
    auto firstRates = RevenueQueries(m_db).firstRates(tr("Reading the exchange rates failed"));
    if (!firstRates)
        return Error { firstRates.error() };
    for (auto it = unconverted->cbegin(); it != unconverted->cend(); ++it) {
        if (const auto row = rows.find(it.key()); row != rows.end())
            row->unconverted = it.value();
    }
    const auto tags = query.tags();
    if (!tags)
        return Error { tags.error() };
    for (const CustomerListQuery::Tag &tag : *tags) {
        const auto it = rows.find(tag.accountId);
        if (it == rows.end())
            continue;
        if (tag.behaviour)
            it->behaviour.append({ tag.tag, tag.reason });
        else
            it->userTags.append(tag.tag);
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
    m_firstRates = std::move(firstRates).value();
    endResetModel();
    return setFilter(m_filter);
}

Status CustomerListModel::setFilter(const CustomerFilter &filter)
{
    const auto ids = CustomerListQuery(m_db).matchingIds(filter);
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

QStringList CustomerListModel::conversionNotes(const QLocale &locale) const
{
    Unconverted all;
    for (const Row &row : m_rows)
        all.add(row.unconverted);
    return all.sentences(Unconverted::What::Entries, m_firstRates, locale);
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
        if ((index.column() == Revenue12Months || index.column() == AverageBasket)
            && !row.unconverted.isEmpty())
            return row.unconverted.sentences(Unconverted::What::Entries, m_firstRates).join(u'\n');
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
    sortKeepingSelection(m_shown, [&] {
        m_sortColumn = column;
        m_sortOrder = order;
        applySort();
    });
}

void CustomerListModel::applySort()
{
    sortRows(
        m_shown, m_sortOrder, [this](const Row &row) { return sortValue(row, m_sortColumn); },
        [](const Row &a, const Row &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
}

} // namespace cd
