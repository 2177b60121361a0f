#pragma once

#include "models/sortedrowsmodel.h"
#include "services/timeservice.h"

#include <QList>
#include <QLocale>

namespace cd {

/// The Time area's list of entries (what TimeService::list gives for its filter): date,
/// person, account, contract, request, start, end, duration ("1:30"), description, billable,
/// state (and whether it overlaps another of the person's entries), rate ("$120/h") and
/// value. Sorted in the model by any column (dates, durations and amounts by value), newest
/// first until the user chooses; the selection stays on its rows when the order changes.
class TimeEntryListModel final : public SortedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeEntryListModel)

public:
    enum Column {
        Date,
        Person,
        Account,
        Contract,
        Request,
        Start,
        End,
        Duration,
        Description,
        Billable,
        State,
        Rate,
        Value,
        ColumnCount
    };
    /// What a column sorts by (dates, minutes, minor units, text).
    static constexpr int SortRole = Qt::UserRole;
    /// The entry's id (qint64) in any column.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// True for the cell that says an entry overlaps another (the view shows it in red).
    static constexpr int FlaggedRole = Qt::UserRole + 2;

    explicit TimeEntryListModel(QObject *parent = nullptr);

    /// Replaces the rows (any order); keeps the sort.
    void setRows(const QList<TimeEntryRow> &rows);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    const TimeEntryRow &entryRow(int row) const { return *m_shown.at(row); }
    /// The row showing entry `id`, or -1.
    int rowOf(qint64 id) const;
    /// The minutes of every row and of the billable ones.
    qint64 totalMinutes() const;
    qint64 billableMinutes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "$120/h" ("$120.50/h"), or empty for no rate.
    static QString rateText(const Money &rate, const QLocale &locale = QLocale());

private:
    QString text(const TimeEntryRow &row, int column) const;
    QVariant sortValue(const TimeEntryRow &row, int column) const;
    void sortShown();

    QList<TimeEntryRow> m_rows;
    QList<const TimeEntryRow *> m_shown;
    QLocale m_locale;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cd
