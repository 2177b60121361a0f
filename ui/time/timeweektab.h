#pragma once

#include "models/timeweekmodel.h"
#include "result.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cd {

class BackgroundTask;
class Database;
class TimeTracker;

/// The Time area's week grid for the person using the app: a row per account (and contract),
/// a column per day, totals; typing "1:30" or "1.5" in a cell logs it (a bad value shows its
/// sentence and keeps the old one); previous, this and next week; Add Row…; Copy Last Week's
/// Rows; invoiced cells read-only. The week is read off the UI thread; a cell typed while it
/// is read is stored at once and the week read again, and rows added meanwhile stay.
class TimeWeekTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeWeekTab)

public:
    explicit TimeWeekTab(TimeTracker &tracker, QWidget *parent = nullptr);
    ~TimeWeekTab() override;

    /// Shows the week of `day` (its Monday) for the tracker's person.
    void showWeek(const QDate &day);
    /// Reads the week again, off the UI thread.
    void reload();
    bool isLoading() const;
    /// Waits for the week being read (tests); false when it did not come in time.
    bool waitForLoaded(int timeoutMs);

    TimeWeekModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *weekLabel() const { return m_week; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *thisWeekButton() const { return m_thisWeek; }
    QPushButton *addRowButton() const { return m_addRow; }
    QPushButton *copyRowsButton() const { return m_copyRows; }
    QPushButton *startTimerButton() const { return m_startTimer; }
    /// Adds a row for this account and contract (Add Row… asks for them).
    void addRow(qint64 accountId, qint64 contractId);
    void copyLastWeeksRows();

signals:
    /// A cell was stored: the list of entries is stale.
    void entriesChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    /// What one read brings: the person's rows of the week and its invoiced cells.
    struct WeekRead
    {
        QList<TimeWeekRow> rows;
        QList<TimeWeekModel::LockedCell> locked;
    };

    void buildBar();
    void askRow();
    void updateState();
    void startLoad();
    void loaded();

    TimeTracker &m_tracker;
    TimeWeekModel *m_model = nullptr;
    QDate m_monday;
    std::unique_ptr<BackgroundTask> m_load;
    std::shared_ptr<Result<WeekRead>> m_loading;
    bool m_loadAgain = false; ///< what the running read brings is out of date
    /// Rows added by hand to the week shown (no hours yet): kept over a read.
    QList<TimeWeekRow> m_added;
    QLabel *m_week = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_thisWeek = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_addRow = nullptr;
    QPushButton *m_copyRows = nullptr;
    QPushButton *m_startTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
