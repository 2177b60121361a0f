#include "timeweekmodel.h"

#include "domain/timerules.h"

namespace cd {

TimeWeekModel::TimeWeekModel(QObject *parent) : QAbstractTableModel(parent) { }

void TimeWeekModel::setWeek(const QDate &monday, const QList<TimeWeekRow> &rows,
                            const QList<LockedCell> &locked)
{
    beginResetModel();
    m_monday = monday;
    m_rows = rows;
    m_locked = locked;
    m_error.clear();
    endResetModel();
}

int TimeWeekModel::addRows(const QList<TimeWeekRow> &rows)
{
    QList<TimeWeekRow> fresh;
    for (const TimeWeekRow &row : rows) {
        const auto same = [&row](const TimeWeekRow &other) {
            return other.accountId == row.accountId && other.contractId == row.contractId;
        };
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), same)
            && std::none_of(fresh.cbegin(), fresh.cend(), same)) {
            TimeWeekRow empty = row;
            empty.minutes = {};
            fresh.append(empty);
        }
    }
    if (fresh.isEmpty())
        return 0;
    // The first rows bring the totals row with them.
    const int first = int(m_rows.size());
    const int last = first + int(fresh.size()) - (m_rows.isEmpty() ? 0 : 1);
    beginInsertRows({}, first, last);
    m_rows.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

bool TimeWeekModel::isLocked(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < FirstDay || column > LastDay)
        return false;
    const TimeWeekRow &r = m_rows.at(row);
    const LockedCell cell { r.accountId, r.contractId, day(column) };
    return m_locked.contains(cell);
}

qint64 TimeWeekModel::rowTotal(int row) const
{
    qint64 total = 0;
    for (int minutes : m_rows.at(row).minutes)
        total += minutes;
    return total;
}

qint64 TimeWeekModel::columnTotal(int column) const
{
    qint64 total = 0;
    for (const TimeWeekRow &row : m_rows)
        total += row.minutes.at(size_t(column - FirstDay));
    return total;
}

qint64 TimeWeekModel::weekTotal() const
{
    qint64 total = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        total += rowTotal(row);
    return total;
}

int TimeWeekModel::rowCount(const QModelIndex &parent) const
{
    // The totals row shows once there is a row to add up.
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int TimeWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimeWeekModel::rowLabel(const TimeWeekRow &row)
{
    return row.contractReference.isEmpty()
        ? row.accountName
        : tr("%1 — %2").arg(row.accountName, row.contractReference);
}

QVariant TimeWeekModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totals = isTotalsRow(row);
    qint64 minutes = -1; // -1: a text cell
    if (column == Total)
        minutes = totals ? weekTotal() : rowTotal(row);
    else if (column >= FirstDay)
        minutes
            = totals ? columnTotal(column) : m_rows.at(row).minutes.at(size_t(column - FirstDay));
    switch (role) {
    case Qt::DisplayRole:
        if (column == Row)
            return totals ? tr("Total") : rowLabel(m_rows.at(row));
        return minutes > 0 ? TimeRules::formatDuration(minutes) : QString();
    case Qt::EditRole:
        if (column == Row)
            return totals ? QString() : rowLabel(m_rows.at(row));
        return minutes > 0 ? TimeRules::formatDuration(minutes) : QString();
    case MinutesRole:
        return minutes < 0 ? QVariant() : QVariant(minutes);
    case Qt::TextAlignmentRole:
        return column == Row ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case IsTotalRole:
        return totals || column == Total;
    case Qt::ToolTipRole:
        if (column == Row && !totals)
            return rowLabel(m_rows.at(row));
        if (isLocked(row, column))
            return tr("Invoiced: this time can no longer be changed.");
        return {};
    default:
        return {};
    }
}

bool TimeWeekModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const int column = index.column();
    const QString text = value.toString().trimmed();
    int minutes = 0;
    if (!text.isEmpty() && text != u"0") {
        const Result<int> parsed = TimeRules::parseDuration(text, m_locale);
        if (!parsed) {
            m_error = parsed.error();
            return false;
        }
        minutes = *parsed;
    }
    TimeWeekRow &weekRow = m_rows[row];
    const size_t dayIndex = size_t(column - FirstDay);
    if (weekRow.minutes.at(dayIndex) == minutes) {
        m_error.clear();
        return true;
    }
    // The day's other rows plus this one: more than 24 hours is refused before writing.
    const qint64 dayTotal = columnTotal(column) - weekRow.minutes.at(dayIndex) + minutes;
    if (dayTotal > TimeRules::kMaxMinutesPerDay) {
        m_error = tr("%1 would make %2 on %3; one person logs at most 24:00 a day.")
                      .arg(TimeRules::formatDuration(minutes), TimeRules::formatDuration(dayTotal),
                           m_locale.toString(day(column), QLocale::LongFormat));
        return false;
    }
    if (m_writer) {
        if (const Status stored = m_writer(weekRow, day(column), minutes); !stored) {
            m_error = stored.error();
            return false;
        }
    }
    m_error.clear();
    weekRow.minutes[dayIndex] = minutes;
    const int totalsRow = int(m_rows.size());
    emit dataChanged(index, index);
    emit dataChanged(this->index(row, Total), this->index(row, Total));
    emit dataChanged(this->index(totalsRow, column), this->index(totalsRow, Total));
    return true;
}

Qt::ItemFlags TimeWeekModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int row = index.row();
    const int column = index.column();
    if (!isTotalsRow(row) && column >= FirstDay && column <= LastDay && !isLocked(row, column))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TimeWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Row ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == Row)
        return tr("Account / contract");
    if (section == Total)
        return tr("Total");
    const QDate date = day(section);
    if (!date.isValid())
        return m_locale.dayName(section - FirstDay + 1, QLocale::ShortFormat);
    if (role == Qt::ToolTipRole)
        return m_locale.toString(date, QLocale::LongFormat);
    // "Mon 7/12": the day and its date, short enough for seven columns.
    return tr("%1 %2").arg(m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                           m_locale.toString(date, tr("d/M", "day/month in the week grid")));
}

} // namespace cd
