#include "timeentrylistmodel.h"

#include "domain/timerules.h"

using namespace Qt::StringLiterals;

namespace cd {

TimeEntryListModel::TimeEntryListModel(QObject *parent) : SortedRowsModel(parent) { }

void TimeEntryListModel::setRows(const QList<TimeEntryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    for (const TimeEntryRow &row : std::as_const(m_rows))
        m_shown.append(&row);
    sortShown();
    endResetModel();
}

int TimeEntryListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row)->entry.id == id)
            return row;
    }
    return -1;
}

qint64 TimeEntryListModel::totalMinutes() const
{
    qint64 total = 0;
    for (const TimeEntryRow &row : m_rows)
        total += row.entry.minutes;
    return total;
}

qint64 TimeEntryListModel::billableMinutes() const
{
    qint64 total = 0;
    for (const TimeEntryRow &row : m_rows)
        total += row.entry.billable ? row.entry.minutes : 0;
    return total;
}

int TimeEntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TimeEntryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimeEntryListModel::rateText(const Money &rate, const QLocale &locale)
{
    if (rate.currency().isEmpty())
        return {};
    return tr("%1/h", "an hourly rate").arg(rate.format(locale, true));
}

QString TimeEntryListModel::text(const TimeEntryRow &row, int column) const
{
    const TimeEntry &e = row.entry;
    switch (Column(column)) {
    case Date:
        return m_locale.toString(e.date, QLocale::ShortFormat);
    case Person:
        return row.userName;
    case Account:
        return row.accountName;
    case Contract:
        return row.contractReference;
    case Request:
        return row.serviceRequestTitle;
    case Start:
        return e.start.isValid() ? e.start.toString(u"HH:mm"_s) : QString();
    case End:
        return e.end.isValid() ? e.end.toString(u"HH:mm"_s) : QString();
    case Duration:
        return TimeRules::formatDuration(e.minutes);
    case Description:
        return e.description;
    case Billable:
        return e.billable ? tr("Billable") : tr("Not billable");
    case Rate:
        return rateText(e.rate, m_locale);
    case Value:
        return e.rate.currency().isEmpty()
            ? QString()
            : Money(e.valueMinor, e.rate.currency()).format(m_locale);
    case State:
        if (row.overlaps)
            return e.state == TimeState::Invoiced ? tr("Invoiced, overlaps") : tr("Overlaps");
        return e.state == TimeState::Invoiced ? tr("Invoiced") : tr("Open");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimeEntryListModel::sortValue(const TimeEntryRow &row, int column) const
{
    const TimeEntry &e = row.entry;
    switch (Column(column)) {
    case Date:
        return e.date;
    case Start:
        return e.start.isValid() ? e.start.msecsSinceStartOfDay() : -1;
    case End:
        return e.end.isValid() ? e.end.msecsSinceStartOfDay() : -1;
    case Duration:
        return e.minutes;
    case Billable:
        return e.billable;
    case Rate:
        return e.rate.minorUnits();
    case Value:
        return e.valueMinor;
    default:
        return text(row, column).toLower();
    }
}

QVariant TimeEntryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const TimeEntryRow &row = *m_shown.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        if (column == State && row.overlaps)
            return tr("Another entry of %1 overlaps this one in time.").arg(row.userName);
        if (column == State && row.entry.state == TimeState::Invoiced)
            return tr("Invoiced: this entry can no longer be changed or deleted.");
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (column == Duration || column == Rate || column == Value || column == Start
            || column == End)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case FlaggedRole:
        return column == State && row.overlaps;
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.entry.id;
    default:
        return {};
    }
}

QVariant TimeEntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Person:
        return tr("Person");
    case Account:
        return tr("Account");
    case Contract:
        return tr("Contract");
    case Request:
        return tr("Request");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Duration:
        return tr("Duration");
    case Description:
        return tr("Description");
    case Billable:
        return tr("Billable");
    case Rate:
        return tr("Rate");
    case Value:
        return tr("Value");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void TimeEntryListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    sortKeepingSelection(m_shown, [&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortShown();
    });
}

void TimeEntryListModel::sortShown()
{
    // Ties: by date, then start, then id, oldest first.
    sortRows(
        m_shown, m_sortOrder,
        [this](const TimeEntryRow &row) { return sortValue(row, m_sortColumn); },
        [](const TimeEntryRow &a, const TimeEntryRow &b) {
            const auto key = [](const TimeEntryRow &r) {
                return std::tuple(r.entry.date,
                                  r.entry.start.isValid() ? r.entry.start.msecsSinceStartOfDay()
                                                          : -1,
                                  r.entry.id);
            };
            return key(a) < key(b);
        });
}

} // namespace cd
