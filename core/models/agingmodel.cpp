#include "agingmodel.h"

#include "domain/money.h"

#include <QMap>

namespace cd {

AgingModel::AgingModel(QObject *parent) : SortedRowsModel(parent) { }

void AgingModel::setRows(const QList<InvoiceService::AgingRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    QMap<QString, InvoiceService::AgingRow> totals;
    for (const InvoiceService::AgingRow &row : std::as_const(m_rows)) {
        m_shown.append(&row);
        InvoiceService::AgingRow &total = totals[row.currency];
        total.currency = row.currency;
        total.currentMinor += row.currentMinor;
        total.days1to30Minor += row.days1to30Minor;
        total.days31to60Minor += row.days31to60Minor;
        total.days61to90Minor += row.days61to90Minor;
        total.over90Minor += row.over90Minor;
        total.totalMinor += row.totalMinor;
    }
    m_totals = totals.values();
    m_clientCount = int(m_shown.size());
    for (const InvoiceService::AgingRow &total : std::as_const(m_totals))
        m_shown.append(&total);
    sortShown();
    endResetModel();
}

const InvoiceService::AgingRow &AgingModel::agingRow(int row) const
{
    return *m_shown.at(row);
}

qint64 AgingModel::amount(const InvoiceService::AgingRow &row, int column)
{
    switch (Column(column)) {
    case Current:
        return row.currentMinor;
    case Days1to30:
        return row.days1to30Minor;
    case Days31to60:
        return row.days31to60Minor;
    case Days61to90:
        return row.days61to90Minor;
    case Over90:
        return row.over90Minor;
    case Total:
        return row.totalMinor;
    default:
        return 0;
    }
}

int AgingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AgingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgingModel::text(const InvoiceService::AgingRow &row, int column, bool total) const
{
    switch (Column(column)) {
    case Client:
        return total ? tr("Total in %1").arg(row.currency) : row.accountName;
    case Currency:
        return row.currency;
    case ColumnCount:
        return {};
    default:
        break;
    }
    const qint64 minor = amount(row, column);
    // An empty bucket stays empty: the eye finds what is owed.
    // The currency has its column: the amounts are digits only, so that they fit.
    return minor == 0 && column != Total ? QString()
                                         : Money(minor, row.currency).formatNumber(m_locale);
}

QVariant AgingModel::sortValue(const InvoiceService::AgingRow &row, int column) const
{
    if (column == Client)
        return row.accountName.toLower();
    if (column == Currency)
        return row.currency;
    return amount(row, column);
}

QVariant AgingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const bool total = index.row() >= m_clientCount;
    const InvoiceService::AgingRow &row = agingRow(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column, total);
    case Qt::ToolTipRole:
        if (!total && column == Client)
            return tr("Double-click to list what %1 owes.").arg(row.accountName);
        return text(row, column, total);
    case Qt::TextAlignmentRole:
        if (column >= Current)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(row, column);
    case AccountIdRole:
        return total ? qint64(0) : row.accountId;
    case TotalRole:
        return total;
    case CurrencyRole:
        return row.currency;
    default:
        return {};
    }
}

QVariant AgingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Client:
        return tr("Client");
    case Currency:
        return tr("Currency");
    case Current:
        return tr("Not due yet");
    case Days1to30:
        return tr("1–30 days");
    case Days31to60:
        return tr("31–60 days");
    case Days61to90:
        return tr("61–90 days");
    case Over90:
        return tr("Over 90 days");
    case Total:
        return tr("Owed");
    case ColumnCount:
        break;
    }
    return {};
}

void AgingModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    sortKeepingSelection(m_shown, [&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortShown();
    });
}

void AgingModel::sortShown()
{
    QList<const InvoiceService::AgingRow *> clients = m_shown.first(m_clientCount);
    sortRows(
        clients, m_sortOrder,
        [this](const InvoiceService::AgingRow &row) { return sortValue(row, m_sortColumn); },
        [](const InvoiceService::AgingRow &a, const InvoiceService::AgingRow &b) {
            const int byName = a.accountName.compare(b.accountName, Qt::CaseInsensitive);
            if (byName != 0)
                return byName < 0;
            return std::tuple(a.currency, a.accountId) < std::tuple(b.currency, b.accountId);
        });
    std::copy(clients.cbegin(), clients.cend(), m_shown.begin());
}

} // namespace cd
