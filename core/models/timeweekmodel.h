#pragma once

#include "result.h"
#include "services/timeservice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QSet>

#include <functional>

namespace cd {

/// The Time area's week grid for one person: a row per account (and contract), a column per
/// day from Monday to Sunday, then the row's total; the last row holds the day totals. A cell
/// shows its minutes as "1:30" (empty for none) and is edited as text: "1:30", "1.5", "90m"
/// (TimeRules::parseDuration) or nothing to clear it. The writer stores each edit (the view
/// passes TimeService::setDayMinutes); when it or the parsing refuses, the cell keeps its old
/// value and lastError() holds the sentence. Cells holding invoiced time are read-only.
class TimeWeekModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeWeekModel)

public:
    /// Column 0 names the row; 1…7 are Monday…Sunday; Total sums the row.
    enum Column { Row, FirstDay, LastDay = FirstDay + 6, Total, ColumnCount };
    /// Minutes of a cell (int), for tests and the totals.
    static constexpr int MinutesRole = Qt::UserRole;
    /// Whether a cell is a total (the view shows those in bold).
    static constexpr int IsTotalRole = Qt::UserRole + 1;

    /// Stores one cell: (the row's account and contract, the day, the minutes; 0 clears it).
    using Writer = std::function<Status(const TimeWeekRow &row, const QDate &day, int minutes)>;

    explicit TimeWeekModel(QObject *parent = nullptr);

    void setWriter(Writer writer) { m_writer = std::move(writer); }
    /// The locale parsing and showing decimals (default: the default locale).
    void setLocale(const QLocale &locale) { m_locale = locale; }

    /// Shows the week starting on `monday`: its rows (as TimeService::week gives them) and the
    /// days whose cells are locked, as (row's account, contract, day).
    struct LockedCell
    {
        qint64 accountId = 0;
        qint64 contractId = 0;
        QDate day;
        friend bool operator==(const LockedCell &, const LockedCell &) = default;
    };
    void setWeek(const QDate &monday, const QList<TimeWeekRow> &rows,
                 const QList<LockedCell> &locked = {});
    /// Adds rows without minutes (an account and contract not there yet); returns how many
    /// were new.
    int addRows(const QList<TimeWeekRow> &rows);

    const QDate &monday() const { return m_monday; }
    QDate day(int column) const { return m_monday.addDays(column - FirstDay); }
    /// How many account rows there are (the totals row not counted).
    int entryRowCount() const { return int(m_rows.size()); }
    const TimeWeekRow &weekRow(int row) const { return m_rows.at(row); }
    bool isTotalsRow(int row) const { return row == m_rows.size(); }
    bool isLocked(int row, int column) const;
    /// The sentence of the last refused edit (empty after one that was stored).
    const QString &lastError() const { return m_error; }
    qint64 weekTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Acme Ltd — C-2024-001", or the account alone.
    static QString rowLabel(const TimeWeekRow &row);

private:
    qint64 columnTotal(int column) const;
    qint64 rowTotal(int row) const;

    QDate m_monday;
    QList<TimeWeekRow> m_rows;
    QList<LockedCell> m_locked;
    Writer m_writer;
    QLocale m_locale;
    QString m_error;
};

} // namespace cd
