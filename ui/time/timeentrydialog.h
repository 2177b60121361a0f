#pragma once

#include "domain/timeentry.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimeEdit;

namespace cd {

class Database;
class UserPrompts;
class WorkChooser;

/// One time entry, new or changed: date, account, contract of that account, request, start and
/// end or a duration, description and billable, with the rate in force shown as the work
/// changes. Saving checks through TimeService (one sentence per problem: more than 24 hours a
/// day, an end before its start…), asks before saving an entry that overlaps another of the
/// person's or lies in the future, then logs or updates it.
class TimeEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeEntryDialog)

public:
    /// `entry`: an entry to change (id set), or a new one's person, date and work.
    TimeEntryDialog(Database &database, UserPrompts &prompts, const TimeEntry &entry,
                    QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    /// The entry as the fields say (defaults filled in).
    TimeEntry entry() const;

    QDateEdit *dateEdit() const { return m_date; }
    WorkChooser *chooser() const { return m_work; }
    QRadioButton *durationChoice() const { return m_byDuration; }
    QRadioButton *startEndChoice() const { return m_byTimes; }
    QLineEdit *durationField() const { return m_duration; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QLineEdit *descriptionField() const { return m_description; }
    QCheckBox *billableBox() const { return m_billable; }
    QLabel *rateLabel() const { return m_rate; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void buildFields();
    void workChanged();
    void updateTimes();
    /// The entry, or the sentence why the fields cannot make one.
    QString readFields(TimeEntry &entry) const;

    Database &m_db;
    UserPrompts &m_prompts;
    TimeEntry m_entry;
    qint64 m_savedId = 0;
    QDateEdit *m_date = nullptr;
    WorkChooser *m_work = nullptr;
    QRadioButton *m_byDuration = nullptr;
    QRadioButton *m_byTimes = nullptr;
    QLineEdit *m_duration = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_billable = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
