#include "invoicelistmodel.h"

#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace cd {

InvoiceListModel::InvoiceListModel(QObject *parent) : SortedRowsModel(parent) { }

void InvoiceListModel::setRows(const QList<InvoiceService::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    for (const InvoiceService::Row &row : std::as_const(m_rows))
        m_shown.append(&row);
    sortShown();
    endResetModel();
}

int InvoiceListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row)->id == id)
            return row;
    }
    return -1;
}

QMap<QString, qint64> InvoiceListModel::owedByCurrency() const
{
    QMap<QString, qint64> owed;
    for (const InvoiceService::Row &row : m_rows) {
        if (row.owedMinor != 0)
            owed[row.currency] += row.owedMinor;
    }
    return owed;
}

QMap<QString, qint64> InvoiceListModel::overdueByCurrency() const
{
    QMap<QString, qint64> overdue;
    for (const InvoiceService::Row &row : m_rows) {
        if (row.daysOverdue > 0 && row.owedMinor != 0)
            overdue[row.currency] += row.owedMinor;
    }
    return overdue;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceListModel::stateLabel(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Draft:
        return tr("Draft");
    case InvoiceState::Issued:
        return tr("Issued");
    case InvoiceState::PartlyPaid:
        return tr("Partly paid");
    case InvoiceState::Paid:
        return tr("Paid");
    case InvoiceState::Void:
        return tr("Void");
    }
    return {};
}

QString InvoiceListModel::stateText(const InvoiceService::Row &row)
{
    QString state = stateLabel(row.state);
    if (row.daysOverdue == 1)
        state = row.state == InvoiceState::PartlyPaid ? tr("Partly paid, overdue 1 day")
                                                      : tr("Overdue, 1 day");
    else if (row.daysOverdue > 1)
        state = (row.state == InvoiceState::PartlyPaid ? tr("Partly paid, overdue %1 days")
                                                       : tr("Overdue, %1 days"))
                    .arg(QLocale().toString(row.daysOverdue));
    return row.creditNote ? tr("Credit note, %1").arg(state.toLower()) : state;
}

QString InvoiceListModel::money(const InvoiceService::Row &row, qint64 minor) const
{
    return Money(minor, row.currency).format(m_locale);
}

QString InvoiceListModel::text(const InvoiceService::Row &row, int column) const
{
    switch (Column(column)) {
    case Number:
        return row.number.isEmpty() ? tr("Draft") : row.number;
    case Client:
        return row.accountName;
    case Contract:
        return row.contractReference;
    case Date:
        return m_locale.toString(row.date, QLocale::ShortFormat);
    case Due:
        return m_locale.toString(row.dueDate, QLocale::ShortFormat);
    case Currency:
        return row.currency;
    case Net:
        return money(row, row.netMinor);
    case Tax:
        return money(row, row.taxMinor);
    case Total:
        return money(row, row.totalMinor);
    case Paid:
        // Nothing paid and nothing owed stay empty: the eye finds what is open.
        return row.paidMinor == 0 ? QString() : money(row, row.paidMinor);
    case Owed:
        return row.owedMinor == 0 ? QString() : money(row, row.owedMinor);
    case State:
        return stateText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceListModel::sortValue(const InvoiceService::Row &row, int column) const
{
    switch (Column(column)) {
    case Date:
        return row.date;
    case Due:
        return row.dueDate;
    case Net:
        return row.netMinor;
    case Tax:
        return row.taxMinor;
    case Total:
        return row.totalMinor;
    case Paid:
        return row.paidMinor;
    case Owed:
        return row.owedMinor;
    case State:
        // Overdue ones together, the longest overdue last in ascending order.
        return int(row.state) * 100000 + row.daysOverdue;
    case Number:
        // Drafts (no number) after the numbered ones.
        return row.number.isEmpty() ? u"\uffff"_s : row.number.toLower();
    default:
        return text(row, column).toLower();
    }
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const InvoiceService::Row &row = *m_shown.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        if (column == State && row.daysOverdue > 0)
            return tr("Due on %1; %2 still owed.")
                .arg(m_locale.toString(row.dueDate, QLocale::ShortFormat),
                     money(row, row.owedMinor));
        if (column == Number && row.number.isEmpty())
            return tr("A draft gets its number when it is issued.");
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (column >= Net && column <= Owed)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case OverdueRole:
        return row.daysOverdue > 0;
    case DraftRole:
        return row.state == InvoiceState::Draft;
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Client:
        return tr("Client");
    case Contract:
        return tr("Contract");
    case Date:
        return tr("Date");
    case Due:
        return tr("Due");
    case Currency:
        return tr("Currency");
    case Net:
        return tr("Before tax");
    case Tax:
        return tr("Tax");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    case Owed:
        return tr("Owed");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    sortKeepingSelection(m_shown, [&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortShown();
    });
}

void InvoiceListModel::sortShown()
{
    // Ties: by date, then number, then id, oldest first.
    sortRows(
        m_shown, m_sortOrder,
        [this](const InvoiceService::Row &row) { return sortValue(row, m_sortColumn); },
        [](const InvoiceService::Row &a, const InvoiceService::Row &b) {
            return std::tuple(a.date, a.number, a.id) < std::tuple(b.date, b.number, b.id);
        });
}

} // namespace cd
