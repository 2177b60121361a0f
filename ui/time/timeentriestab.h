#pragma once

#include "services/timeservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cd {

class BackgroundTask;
class TimeEntryListModel;
class TimeTracker;

/// The Time area's list of entries: filters for person, account, contract, billable, state
/// and period (remembered like the other lists' filters), sortable columns, New…, Edit…,
/// Delete and Export…. The list is read off the UI thread (a month of everyone's time on the
/// large sample is thousands of entries).
class TimeEntriesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeEntriesTab)

public:
    /// The periods the filter offers, relative to today.
    enum class Period { ThisWeek, LastWeek, ThisMonth, LastMonth, ThisYear, Last12Months, All };

    explicit TimeEntriesTab(TimeTracker &tracker, QWidget *parent = nullptr);
    ~TimeEntriesTab() override;

    /// Fills the filters' choices and reads the list again (off the UI thread).
    void reload();
    /// The filter the fields say, with `today` for the period.
    TimeFilter currentFilter(const QDate &today) const;
    static std::pair<QDate, QDate> periodRange(Period period, const QDate &today);
    bool isLoading() const;
    /// Waits for the read (tests).
    bool waitForLoaded(int timeoutMs);

    TimeEntryListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *personFilter() const { return m_person; }
    QComboBox *accountFilter() const { return m_account; }
    QComboBox *contractFilter() const { return m_contract; }
    QComboBox *billableFilter() const { return m_billable; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *periodFilter() const { return m_period; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *countLabel() const { return m_count; }
    QLabel *emptyLabel() const { return m_empty; }

    /// Opens the entry dialog for a new entry (on `date`) or the selected one.
    void newEntry();
    void editEntry();
    void deleteEntry();

signals:
    void entriesChanged();

private:
    void buildFilters();
    void buildButtons();
    void fillChoices();
    void fillContracts();
    void startLoad();
    void loaded();
    void updateState();
    void saveFilter() const;
    void restoreFilter();
    qint64 selectedId() const;

    TimeTracker &m_tracker;
    TimeEntryListModel *m_model = nullptr;
    std::unique_ptr<BackgroundTask> m_load;
    std::shared_ptr<Result<QList<TimeEntryRow>>> m_loading;
    bool m_loadAgain = false;
    bool m_restoring = false;
    bool m_fitColumns = false; ///< no saved layout: fit the columns to the first rows
    qint64 m_keepSelected = 0;
    QComboBox *m_person = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_contract = nullptr;
    QComboBox *m_billable = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace cd
