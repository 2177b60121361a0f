#include "models/exchangeratemodel.h"

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace cd {

ExchangeRateModel::ExchangeRateModel(QObject *parent) : QAbstractTableModel(parent) { }

void ExchangeRateModel::setRates(const QList<RateEntry> &rates, const QString &firmCurrency)
{
    beginResetModel();
    m_all = rates;
    m_firm = firmCurrency;
    rebuild();
    endResetModel();
}

void ExchangeRateModel::setCurrencyNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, Currency), index(rowCount() - 1, Currency), { Qt::DisplayRole });
}

void ExchangeRateModel::setCurrencyFilter(const QString &currency)
{
    if (currency == m_filter)
        return;
    beginResetModel();
    m_filter = currency;
    rebuild();
    endResetModel();
}

void ExchangeRateModel::rebuild()
{
    m_shown.clear();
    for (const RateEntry &entry : std::as_const(m_all)) {
        if (m_filter.isEmpty() || entry.currency == m_filter)
            m_shown.append(entry);
    }
    sortShown();
}

void ExchangeRateModel::sortShown()
{
    // Ties (one date, several currencies) keep currency then date order, ascending.
    const auto tieLess = [](const RateEntry &a, const RateEntry &b) {
        return a.currency != b.currency ? a.currency < b.currency : a.date < b.date;
    };
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](const RateEntry &a, const RateEntry &b) {
        int compared = 0;
        if (column == Date)
            compared = a.date < b.date ? -1 : (b.date < a.date ? 1 : 0);
        else if (column == Currency)
            compared = a.currency.compare(b.currency);
        else
            compared = a.rate.scaled() < b.rate.scaled()
                ? -1
                : (b.rate.scaled() < a.rate.scaled() ? 1 : 0);
        if (compared == 0)
            return tieLess(a, b);
        return ascending ? compared < 0 : compared > 0;
    });
}

void ExchangeRateModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<RateEntry> held;
    for (const QModelIndex &index : before)
        held.append(m_shown.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortShown();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(held.at(i).currency, held.at(i).date), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList ExchangeRateModel::currencies() const
{
    std::set<QString> codes;
    for (const RateEntry &entry : m_all)
        codes.insert(entry.currency);
    return QStringList(codes.begin(), codes.end());
}

int ExchangeRateModel::rowOf(const QString &currency, const QDate &date) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).currency == currency && m_shown.at(row).date == date)
            return row;
    }
    return -1;
}

QString ExchangeRateModel::rateLabel(const ExchangeRate &rate, const QString &currency,
                                     const QString &firmCurrency, const QLocale &locale)
{
    return tr("%1 %2 per %3").arg(rate.format(locale), firmCurrency, currency);
}

int ExchangeRateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ExchangeRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeRateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RateEntry &entry = m_shown.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(entry.date, QLocale::ShortFormat);
        case Currency: {
            const QString name = m_names.value(entry.currency);
            return name.isEmpty() ? entry.currency : u"%1 — %2"_s.arg(entry.currency, name);
        }
        case Rate:
            return rateLabel(entry.rate, entry.currency, m_firm, locale);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Date)
            return locale.toString(entry.date, QLocale::LongFormat);
        if (index.column() == Rate) {
            const ExchangeRate inverse = entry.rate.inverse();
            if (inverse.isValid())
                return tr("1 %1 = %2 %3; 1 %3 = %4 %1")
                    .arg(m_firm, inverse.format(locale), entry.currency, entry.rate.format(locale));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Rate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case Date:
            return entry.date;
        case Currency:
            return entry.currency;
        case Rate:
            return entry.rate.scaled();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ExchangeRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Currency:
        return tr("Currency");
    case Rate:
        return tr("Rate");
    }
    return {};
}

} // namespace cd
