#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace cd {

/// Shows a reminder to the user outside the window (Reminders). Tests put a fake in its place.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    using QObject::QObject;

    /// Shows `title` and `body`; false when nothing can show them (the reminder is then
    /// dropped, and the app says nothing and works on).
    virtual bool notify(const QString &title, const QString &body) = 0;

signals:
    /// The user clicked the notification (or the tray icon's message).
    void activated();
};

/// Desktop notifications through the freedesktop notification service over D-Bus (GNOME and
/// KDE both provide it), each new one replacing the last; where the service is missing, a
/// tray icon's message where the desktop has a tray. Nothing on the offscreen platform (tests
/// and scripts), where no one would see it.
class DesktopNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    bool notify(const QString &title, const QString &body) override;

private slots:
    /// org.freedesktop.Notifications.ActionInvoked: our notification's default action.
    void onActionInvoked(uint id, const QString &action);

private:
    bool m_offscreen = false;
    uint m_lastId = 0; ///< the service's id of our last notification, replaced by the next
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace cd
