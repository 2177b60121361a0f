#include "timesettingspage.h"

#include "domain/timerules.h"
#include "services/settingsservice.h"
#include "services/userservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

TimeSettingsPage::TimeSettingsPage(Database *database, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    m_hours = new QSpinBox(this);
    m_hours->setRange(0, 168);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Hours a week"));
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 45);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes a week"));
    auto *capacity = new QHBoxLayout;
    capacity->addWidget(m_hours);
    capacity->addWidget(m_minutes);
    capacity->addStretch(1);
    auto *explain = new QLabel(tr("The hours a person works a week, unless their own capacity "
                                  "says otherwise. Utilisation is billable hours divided by "
                                  "this capacity."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *capacityLabel = new QLabel(tr("Weekly &capacity:"), this);
    capacityLabel->setBuddy(m_hours);
    form->addRow(capacityLabel, capacity);
    m_users = new QTableWidget(0, 3, this);
    m_users->setObjectName(QStringLiteral("timeUsers"));
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setAlternatingRowColors(true);
    auto *usersNote = new QLabel(this);
    usersNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addSpacing(8);
    layout->addWidget(usersNote);
    layout->addWidget(m_users, 1);
    setCapacityMinutes(m_database
                           ? SettingsService(*m_database).firmSettings().settings.capacityMinutes
                           : SettingsService::kDefaultCapacityMinutes);
    m_currency = m_database ? SettingsService(*m_database).firmCurrency() : QString();
    m_users->setHorizontalHeaderLabels(
        { tr("Person"), tr("Default rate (%1/h)").arg(m_currency), tr("Weekly capacity") });
    usersNote->setText(tr("Each person's default hourly rate, used where no hourly contract "
                          "gives one, and their own weekly capacity (e.g. 32:00; empty: the "
                          "capacity above)."));
    if (m_database) {
        if (const auto users = UserService(*m_database).list(true))
            m_storedUsers = *users;
    }
    m_users->setRowCount(int(m_storedUsers.size()));
    for (int row = 0; row < m_storedUsers.size(); ++row) {
        const User &user = m_storedUsers.at(row);
        auto *name = new QTableWidgetItem(user.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_users->setItem(row, UserName, name);
        const QString rate
            = user.rateMinor ? Money(*user.rateMinor, m_currency).formatNumber() : QString();
        auto *rateItem = new QTableWidgetItem(rate);
        rateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_users->setItem(row, UserRate, rateItem);
        auto *capacityItem = new QTableWidgetItem(
            user.capacityMinutes > 0 ? TimeRules::formatDuration(user.capacityMinutes) : QString());
        capacityItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_users->setItem(row, UserCapacity, capacityItem);
    }
    m_users->resizeColumnsToContents();
    usersNote->setVisible(!m_storedUsers.isEmpty());
    m_users->setVisible(!m_storedUsers.isEmpty());
}

Result<int> TimeSettingsPage::parseWeeklyCapacity(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    int minutes = -1;
    bool ok = false;
    if (const qsizetype colon = trimmed.indexOf(u':'); colon >= 0) {
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = trimmed.left(colon).toInt(&hoursOk);
        const int rest = trimmed.mid(colon + 1).toInt(&minutesOk);
        ok = hoursOk && minutesOk && hours >= 0 && rest >= 0 && rest < 60
            && trimmed.mid(colon + 1).size() == 2;
        minutes = hours * 60 + rest;
    } else {
        double hours = QLocale().toDouble(trimmed, &ok);
        if (!ok)
            hours = trimmed.toDouble(&ok);
        minutes = ok && hours >= 0 && hours <= 168 ? int(hours * 60 + 0.5) : -1;
    }
    if (!ok || minutes < 0 || minutes > 7 * 24 * 60)
        return Error { tr("“%1” is not a weekly capacity: write hours and minutes like 37:30, "
                          "at most 168:00.")
                           .arg(trimmed) };
    return minutes;
}

int TimeSettingsPage::capacityMinutes() const
{
    return std::min(m_hours->value() * 60 + m_minutes->value(),
                    SettingsService::kMaxCapacityMinutes);
}

void TimeSettingsPage::setCapacityMinutes(int minutes)
{
    m_hours->setValue(minutes / 60);
    m_minutes->setValue((minutes % 60) / 15 * 15);
}

bool TimeSettingsPage::readUsers(QList<User> &changed, QString &error) const
{
    for (int row = 0; row < m_storedUsers.size(); ++row) {
        User user = m_storedUsers.at(row);
        const QString rateText = m_users->item(row, UserRate)->text().trimmed();
        if (rateText.isEmpty()) {
            user.rateMinor.reset();
        } else {
            auto rate = Money::parseLocalized(rateText, m_currency, QLocale());
            if (!rate)
                rate = TimeRules::parseRate(rateText, m_currency);
            if (!rate || rate->minorUnits() < 0) {
                error = tr("%1's default rate: %2")
                            .arg(user.name, rate ? tr("a rate cannot be negative.") : rate.error());
                return false;
            }
            user.rateMinor = rate->minorUnits();
        }
        const auto capacity = parseWeeklyCapacity(m_users->item(row, UserCapacity)->text());
        if (!capacity) {
            error = tr("%1's weekly capacity: %2").arg(user.name, capacity.error());
            return false;
        }
        user.capacityMinutes = *capacity;
        if (user != m_storedUsers.at(row))
            changed.append(user);
    }
    return true;
}

bool TimeSettingsPage::checkUsers(QString &error) const
{
    QList<User> changed;
    return readUsers(changed, error);
}

bool TimeSettingsPage::saveUsers(QString &error)
{
    if (!m_database)
        return true;
    QList<User> changed;
    if (!readUsers(changed, error))
        return false;
    for (const User &user : std::as_const(changed)) {
        if (const auto saved = UserService(*m_database).save(user); !saved) {
            error = saved.error();
            return false;
        }
    }
    for (const User &user : std::as_const(changed)) {
        for (User &stored : m_storedUsers) {
            if (stored.id == user.id)
                stored = user;
        }
    }
    return true;
}

} // namespace cd
