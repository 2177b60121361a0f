#include "application.h"

#include "language.h"
#include "mainwindow.h"
#include "session/serveraddress.h"
#include "session/session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

using namespace Qt::StringLiterals;

#ifndef CLIENTDESK_VERSION
#define CLIENTDESK_VERSION "0.0.0"
#endif

namespace cd {

namespace {

// The settings name the databases and servers the user works with: readable by the user
// only, whatever the umask. QSettings keeps the mode of the file it rewrites (QSaveFile), so
// creating it so is enough; a file that exists already is left as it is.
void createSettingsPrivately()
{
    const QFileInfo settings(QSettings().fileName());
    if (settings.exists())
        return;
    const QString folder = settings.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QDir().mkdir(folder,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QFile file(settings.absoluteFilePath());
    // Failing is not fatal: QSettings then says nothing either, and the app runs on.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        file.close();
}

} // namespace

QString desktopDatabaseLocation(const QString &commandLineValue)
{
    return Session::startLocation(commandLineValue);
}

int runDesktop(QApplication &app, const QString &location)
{
    QCoreApplication::setOrganizationName(u"ClientDesk"_s);
    QCoreApplication::setApplicationName(u"ClientDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));
    QGuiApplication::setDesktopFileName(u"clientdesk"_s);
    createSettingsPrivately();

    // The user's language (Edit > Settings), else the system's when ClientDesk has a
    // translation for it; English otherwise. Qt's own dialogs follow the same locale.
    Language::apply(Language::localeFor(Language::chosen()));
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"clientdesk"_s, QIcon(u":/icons/clientdesk.svg"_s)));

    const QString resolved = desktopDatabaseLocation(location);
    if (ServerAddress::isServerUrl(resolved)) {
        // A server may take seconds to answer and may want a password from the keychain:
        // the window shows first, the Connect dialog connects off the UI thread.
        MainWindow window;
        window.show();
        window.openServer(resolved);
        return app.exec();
    }
    MainWindow window;
    const QString failure = window.session()->openAtStart(resolved);
    window.show();
    if (!failure.isEmpty()) {
        window.setNoDatabaseReason(failure);
        // Says why; for a damaged file with automatic backups, offers the latest.
        window.session()->reportOpenFailure(resolved, failure);
    }
    return app.exec();
}

} // namespace cd
