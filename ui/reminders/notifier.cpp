#include "reminders/notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : Notifier(parent), m_offscreen(QGuiApplication::platformName() == u"offscreen"_s)
{
    if (m_offscreen)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                    SLOT(onActionInvoked(uint, QString)));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(u"ClientDesk"_s);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &Notifier::activated);
        m_tray->show();
    }
}

bool DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (m_offscreen)
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(kService).value()) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
        // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout.
        call << u"ClientDesk"_s << m_lastId << u"clientdesk"_s << title << body
             << QStringList { u"default"_s, tr("Open") }
             << QVariantMap { { u"desktop-entry"_s, u"clientdesk"_s },
                              { u"category"_s, u"x-clientdesk.reminder"_s } }
             << qint32(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher *done) {
                    const QDBusPendingReply<uint> reply = *done;
                    if (!reply.isError())
                        m_lastId = reply.value();
                    done->deleteLater();
                });
        return true;
    }
    if (m_tray) {
        m_tray->showMessage(title, body);
        return true;
    }
    return false;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (id == m_lastId && m_lastId != 0 && action == u"default"_s)
        emit activated();
}

} // namespace cd
