#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace cd {

class TimeTracker;

/// The status bar's timer: the running timer ticking (h:mm:ss, and what it is for) with Stop,
/// or Start when none runs. One tick a second redraws the text from the stored start; it reads
/// nothing from the database. Where the desktop has a system tray, a tray icon offers Start and
/// Stop too, and its tooltip shows the time.
class TimerControl final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerControl)

public:
    explicit TimerControl(TimeTracker &tracker, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QToolButton *button() const { return m_button; }
    QTimer *ticker() const { return m_ticker; }
    /// The tray icon, or null where the desktop has no tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// "1:02:05" for 3,725 seconds.
    static QString clockText(qint64 seconds);

private:
    void update();
    void tick();
    void startOrStop();
    void createTrayIcon();

    TimeTracker &m_tracker;
    QLabel *m_label = nullptr;
    QToolButton *m_button = nullptr;
    QTimer *m_ticker = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_trayAction = nullptr;
    QString m_what; ///< the account of the running timer, read when it changes
};

} // namespace cd
