#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace cd {

class Database;
class TimeEntriesTab;
class TimeTracker;
class TimeWeekTab;

/// The Time area: the person's week grid and the list of entries (tabs). On a file database
/// where no one has said "this is me" yet, the area asks once which user you are; until then
/// it says why nothing can be logged, with a button to choose.
class TimeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeView)

public:
    explicit TimeView(TimeTracker &tracker, QWidget *parent = nullptr);

    /// The area is shown: asks who you are (once per database), then reloads.
    void activate();
    /// Reads the week and the list again.
    void reload();

    TimeWeekTab *weekTab() const { return m_week; }
    TimeEntriesTab *entriesTab() const { return m_entries; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *personLabel() const { return m_person; }
    QPushButton *chooseUserButton() const { return m_chooseUser; }

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updatePerson();

    TimeTracker &m_tracker;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimeWeekTab *m_week = nullptr;
    TimeEntriesTab *m_entries = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_noUser = nullptr;
    QPushButton *m_chooseUser = nullptr;
    const Database *m_asked = nullptr; ///< the database whose user was asked for already
};

} // namespace cd
