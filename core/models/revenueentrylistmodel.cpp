#include "models/revenueentrylistmodel.h"

#include "domain/money.h"
#include "storage/revenuequeries.h"
#include "storage/settingsrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Rows read at a time as the view scrolls (what Qt's query model reads).
constexpr int kPage = 255;

/// The analytics' pick in storage's terms.
RevenueEntrySelection selectionOf(const RevenueEntryFilter &f)
{
    RevenueEntrySelection s;
    s.from = f.from;
    s.to = f.to;
    s.kind = f.kind;
    s.managerId = f.managerId;
    for (const auto &[dimension, value] : f.segments) {
        using Field = RevenueEntrySelection::Field;
        switch (dimension) {
        case Dimension::Industry:
            s.segments.append({ Field::Industry, value });
            break;
        case Dimension::Region:
            s.segments.append({ Field::Region, value });
            break;
        case Dimension::Category:
            s.segments.append({ Field::Category, value });
            break;
        case Dimension::Channel:
            s.segments.append({ Field::Channel, value });
            break;
        }
    }
    s.behaviour = f.behaviour;
    s.accountId = f.accountId;
    return s;
}

} // namespace

RevenueEntryListModel::RevenueEntryListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_db(database)
{ }

RevenueEntryListModel::~RevenueEntryListModel() = default;

Status RevenueEntryListModel::setFilter(const RevenueEntryFilter &filter)
{
    beginResetModel();
    m_currency = SettingsRepository(m_db).firmCurrency();
    m_rows.clear();
    m_query = std::make_unique<RevenueEntryQuery>(m_db);
    Status ok = m_query->start(selectionOf(filter));
    if (ok)
        ok = readPage();
    else
        m_query.reset();
    endResetModel();
    return ok;
}

Status RevenueEntryListModel::readPage()
{
    Result<QList<RevenueEntryRow>> page = m_query->next(kPage);
    if (m_query->atEnd())
        m_query.reset();
    if (!page)
        return Error { page.error() };
    m_rows.append(std::move(page).value());
    return {};
}

bool RevenueEntryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query;
}

void RevenueEntryListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_query)
        return;
    Result<QList<RevenueEntryRow>> page = m_query->next(kPage);
    if (m_query->atEnd())
        m_query.reset();
    // A read that fails now ends the list where it is, as a lazily read list did before.
    if (!page || page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

Result<RevenueEntryTotals> RevenueEntryListModel::totals(Database &database,
                                                         const RevenueEntryFilter &filter)
{
    RevenueEntryTotals out;
    out.currency = SettingsRepository(database).firmCurrency();
    const auto totals = RevenueEntryQuery::totals(database, selectionOf(filter));
    if (!totals)
        return Error { totals.error() };
    out.count = totals->count;
    out.totalMinor = totals->totalMinor;
    for (const auto &[currency, entries, minor] : totals->unconverted)
        out.unconverted.add(currency, entries, minor);
    if (!out.unconverted.isEmpty()) {
        auto rates = RevenueQueries(database).firstRates(tr("Reading the exchange rates failed"));
        if (!rates)
            return Error { rates.error() };
        out.firstRates = std::move(rates).value();
    }
    return out;
}

int RevenueEntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevenueEntryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevenueEntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Converted
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const RevenueEntryRow &row = m_rows.at(index.row());
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Date:
        return display ? QVariant(QLocale().toString(row.date, QLocale::ShortFormat))
                       : QVariant(row.date);
    case Account:
        return row.account;
    case Type:
        if (const auto kind = fromCode<AccountKind>(row.kind); display && kind)
            return toLabel(*kind);
        return row.kind;
    case Amount:
        return display ? QVariant(Money(row.amountMinor, row.currency).format(QLocale()))
                       : QVariant(row.amountMinor);
    case Converted:
        if (!row.convertedMinor) // no rate on or before its date
            return display ? QVariant(tr("no rate")) : QVariant();
        return display ? QVariant(Money(*row.convertedMinor, m_currency).format(QLocale()))
                       : QVariant(*row.convertedMinor);
    case Category:
        return row.category;
    case Promotion:
        return row.promotion;
    case Description:
        return row.description;
    default:
        return {};
    }
}

QVariant RevenueEntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Account:
        return tr("Account");
    case Type:
        return tr("Type");
    case Amount:
        return tr("Amount");
    case Converted:
        return tr("In %1").arg(m_currency);
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
