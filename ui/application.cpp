#include "application.h"

#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

#ifndef CLIENTDESK_VERSION
#define CLIENTDESK_VERSION "0.0.0"
#endif

namespace cd {

QString desktopDatabaseLocation(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty() || !qEnvironmentVariableIsEmpty("CLIENTDESK_DATABASE"))
        return Database::resolveLocation(commandLineValue);
    const QString last = QSettings().value(u"database/last"_s).toString();
    if (!last.isEmpty() && QFileInfo(last).isFile())
        return last;
    return Database::resolveLocation({});
}

int runDesktop(QApplication &app, const QString &location)
{
    QCoreApplication::setOrganizationName(u"ClientDesk"_s);
    QCoreApplication::setApplicationName(u"ClientDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));
    QGuiApplication::setDesktopFileName(u"clientdesk"_s);

    // English is the source language; the system's language is used when ClientDesk has a
    // translation for it (Bahasa Indonesia first). Qt's own dialogs follow the same locale.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), u"clientdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    const QString resolved = desktopDatabaseLocation(location);
    auto database = Database::open(resolved);
    std::unique_ptr<Database> opened;
    QString failure;
    if (database) {
        opened = std::move(database).value();
    } else {
        failure = database.error();
    }

    MainWindow window(std::move(opened));
    window.show();
    if (!failure.isEmpty()) {
        window.setNoDatabaseReason(failure);
        // Says why; for a damaged file with automatic backups, offers the latest.
        window.reportOpenFailure(resolved, failure);
    }
    return app.exec();
}

} // namespace cd
