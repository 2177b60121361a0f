#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace cd {

class Database;

/// "This is me": on a file database, which of the users is the person using the app, asked
/// once before time is logged (TimeService::setCurrentUser stores the answer). A user can be
/// added here when the list has none yet.
class ThisIsMeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThisIsMeDialog)

public:
    explicit ThisIsMeDialog(Database &database, QWidget *parent = nullptr);

    /// The user chosen (or added) once accepted; 0 before.
    qint64 chosenId() const { return m_chosen; }
    QListWidget *usersList() const { return m_users; }
    QLineEdit *newNameField() const { return m_newName; }

    void accept() override;

private:
    Database &m_db;
    QListWidget *m_users = nullptr;
    QLineEdit *m_newName = nullptr;
    QLabel *m_problem = nullptr;
    qint64 m_chosen = 0;
};

} // namespace cd
