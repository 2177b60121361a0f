#include "timercontrol.h"

#include "services/accountservice.h"
#include "time/timetracker.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace cd {

TimerControl::TimerControl(TimeTracker &tracker, QWidget *parent)
    : QWidget(parent), m_tracker(tracker)
{
    setObjectName(QStringLiteral("timerControl"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("timerLabel"));
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("timerButton"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    connect(m_ticker, &QTimer::timeout, this, &TimerControl::tick);
    connect(&m_tracker, &TimeTracker::timerChanged, this, &TimerControl::update);
    connect(m_button, &QToolButton::clicked, this, &TimerControl::startOrStop);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        createTrayIcon();
    update();
}

void TimerControl::startOrStop()
{
    if (m_tracker.isRunning())
        m_tracker.stop(window());
    else
        m_tracker.start(window());
}

void TimerControl::createTrayIcon()
{
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    auto *menu = new QMenu(this);
    m_trayAction = menu->addAction(QString(), this, &TimerControl::startOrStop);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger && window()) {
                    window()->showNormal();
                    window()->activateWindow();
                }
            });
}

QString TimerControl::clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void TimerControl::update()
{
    setVisible(m_tracker.database() != nullptr);
    const bool running = m_tracker.isRunning();
    m_what.clear();
    if (running && m_tracker.timer()->accountId != 0 && m_tracker.database()) {
        if (const auto account
            = AccountService(*m_tracker.database()).get(m_tracker.timer()->accountId))
            m_what = account->name;
    }
    m_button->setText(running ? tr("Stop") : tr("Start Timer"));
    m_button->setIcon(style()->standardIcon(running ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_button->setToolTip(running ? tr("Stop the timer and log the time")
                                 : tr("Start a timer; what it is for is asked when it stops"));
    if (m_tray) {
        m_tray->setVisible(m_tracker.database() != nullptr);
        m_trayAction->setText(m_button->text());
        m_trayAction->setIcon(m_button->icon());
    }
    if (running)
        m_ticker->start();
    else
        m_ticker->stop();
    tick();
}

void TimerControl::tick()
{
    if (!m_tracker.isRunning()) {
        m_label->clear();
        m_label->hide();
        if (m_tray)
            m_tray->setToolTip(tr("ClientDesk: no timer running"));
        return;
    }
    const QString clock = clockText(m_tracker.elapsedSeconds(QDateTime::currentDateTime()));
    m_label->setText(m_what.isEmpty() ? tr("Timer %1").arg(clock)
                                      : tr("Timer %1 — %2").arg(clock, m_what));
    m_label->show();
    if (m_tray)
        m_tray->setToolTip(m_label->text());
}

} // namespace cd
