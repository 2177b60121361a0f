#pragma once

#include "domain/user.h"
#include "result.h"

#include <QList>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace cd {

class Database;

/// Settings' Time tab: the hours a person works a week unless their own capacity says
/// otherwise (SettingsService::FirmSettings::capacityMinutes, stored by the dialog with the
/// other firm settings; utilisation is billable hours ÷ capacity), and
/// each user's default hourly rate (in the firm's currency) and own weekly capacity.
class TimeSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSettingsPage)

public:
    explicit TimeSettingsPage(Database *database, QWidget *parent = nullptr);

    int capacityMinutes() const;
    void setCapacityMinutes(int minutes);
    /// The firm's capacity as the fields say; SettingsDialog stores it with the other firm
    /// settings (SettingsService::FirmSettings, one transaction).
    /// Checks every user's fields, then stores the users that changed; false with the
    /// sentence in `error` (naming the user and the field) and nothing stored when a field is
    /// wrong.
    bool saveUsers(QString &error);
    /// Why a user's field cannot be stored (in `error`); true when all can.
    bool checkUsers(QString &error) const;
    QTableWidget *usersTable() const { return m_users; }
    enum UserColumn { UserName, UserRate, UserCapacity };
    /// "37:30" or "37.5" hours a week in minutes; empty text is 0 (the firm's capacity).
    static Result<int> parseWeeklyCapacity(const QString &text);

    QSpinBox *hoursBox() const { return m_hours; }
    QSpinBox *minutesBox() const { return m_minutes; }

private:
    bool readUsers(QList<User> &changed, QString &error) const;

    Database *m_database;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QTableWidget *m_users = nullptr;
    QList<User> m_storedUsers;
    QString m_currency;
};

} // namespace cd
