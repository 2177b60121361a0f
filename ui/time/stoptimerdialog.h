#pragma once

#include "domain/timeentry.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cd {

class Database;
class WorkChooser;

/// Stopping a timer that lacks its description (or its account): what was it for?
class StopTimerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopTimerDialog)

public:
    StopTimerDialog(Database &database, const RunningTimer &timer, QWidget *parent = nullptr);

    qint64 accountId() const;
    qint64 contractId() const;
    qint64 requestId() const;
    QString description() const;
    QLineEdit *descriptionField() const { return m_description; }
    WorkChooser *chooser() const { return m_work; }

    void accept() override;

private:
    WorkChooser *m_work = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
