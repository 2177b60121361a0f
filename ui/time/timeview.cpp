#include "timeview.h"

#include "services/userservice.h"
#include "time/timeentriestab.h"
#include "time/timetracker.h"
#include "time/timeweektab.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

TimeView::TimeView(TimeTracker &tracker, QWidget *parent) : QWidget(parent), m_tracker(tracker)
{
    setObjectName(QStringLiteral("timeView"));
    m_person = new QLabel(this);
    m_person->setObjectName(QStringLiteral("timePerson"));
    QFont title = m_person->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_person->setFont(title);
    m_week = new TimeWeekTab(m_tracker, this);
    m_entries = new TimeEntriesTab(m_tracker, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_week, tr("&Week"));
    m_tabs->addTab(m_entries, tr("&Entries"));
    auto *logged = new QWidget(this);
    auto *loggedLayout = new QVBoxLayout(logged);
    loggedLayout->setContentsMargins(0, 0, 0, 0);
    loggedLayout->addWidget(m_person);
    loggedLayout->addWidget(m_tabs, 1);

    auto *noUser = new QWidget(this);
    m_noUser = new QLabel(tr("ClientDesk logs time for one person on this computer. Say which "
                             "of the users you are (or add yourself) to fill in your week, "
                             "start timers and see everyone's entries."),
                          noUser);
    m_noUser->setWordWrap(true);
    m_noUser->setAlignment(Qt::AlignCenter);
    m_noUser->setFixedWidth(m_noUser->fontMetrics().averageCharWidth() * 70);
    m_chooseUser = new QPushButton(tr("This Is Me…"), noUser);
    m_chooseUser->setObjectName(QStringLiteral("chooseUserButton"));
    auto *noUserLayout = new QVBoxLayout(noUser);
    noUserLayout->addStretch(1);
    noUserLayout->addWidget(m_noUser, 0, Qt::AlignHCenter);
    noUserLayout->addWidget(m_chooseUser, 0, Qt::AlignHCenter);
    noUserLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(logged);
    m_stack->addWidget(noUser);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(m_chooseUser, &QPushButton::clicked, this, [this] {
        if (m_tracker.ensureUser(window()))
            reload();
    });
    connect(&m_tracker, &TimeTracker::userChanged, this, &TimeView::updatePerson);
    connect(m_week, &TimeWeekTab::entriesChanged, m_entries, &TimeEntriesTab::reload);
    connect(m_entries, &TimeEntriesTab::entriesChanged, m_week, &TimeWeekTab::reload);
    connect(m_week, &TimeWeekTab::statusMessage, this, &TimeView::statusMessage);
    updatePerson();
}

void TimeView::updatePerson()
{
    Database *db = m_tracker.database();
    QString name;
    if (db && m_tracker.userId() != 0) {
        if (const auto user = UserService(*db).get(m_tracker.userId()))
            name = user->name;
    }
    m_person->setText(name.isEmpty() ? QString() : tr("Time of %1").arg(name));
    m_stack->setCurrentIndex(db && m_tracker.userId() == 0 ? 1 : 0);
}

void TimeView::activate()
{
    reload();
    // Asked once the page shows (not for a window nobody sees); once per database: after a
    // Cancel the page offers the button.
    const Database *db = m_tracker.database();
    if (db && m_tracker.userId() == 0 && m_asked != db && isVisible()) {
        m_asked = db;
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && m_tracker.userId() == 0 && m_tracker.ensureUser(window()))
                reload();
        });
    }
}

void TimeView::reload()
{
    updatePerson();
    m_week->reload();
    m_entries->reload();
}

} // namespace cd
