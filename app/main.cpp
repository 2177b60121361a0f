#include "application.h"
#include "cli/cli.h"
#include "language.h"
#include "localtimezone.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

#ifndef CLIENTDESK_VERSION
#define CLIENTDESK_VERSION "0.0.0"
#endif

int main(int argc, char *argv[])
{
    cd::cacheLocalTimeZone();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // A command runs without a window (and without a display); anything else is the app.
    if (cd::cli::wantsCommand(arguments) && cd::cli::needsGui(arguments)) {
        // Reports lay out text and draw: fonts need a QGuiApplication, and no window is
        // shown, so no display either.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A command says what went wrong in one line of its own; the platform's notes (no
        // runtime directory, and such) are not for its user.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(text));
        });
        QGuiApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("ClientDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ClientDesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));
        // The same language as the app (its Settings, else the system's).
        cd::Language::apply(cd::Language::localeFor(cd::Language::chosen()));
        return cd::cli::run(arguments);
    }
    if (cd::cli::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("ClientDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ClientDesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));
        // The same language as the app (its Settings, else the system's).
        cd::Language::apply(cd::Language::localeFor(cd::Language::chosen()));
        return cd::cli::run(arguments);
    }
    QApplication app(argc, argv);
    cd::cli::warnOfPasswordInArguments(arguments);
    return cd::runDesktop(app, cd::cli::desktopDatabaseArgument(arguments));
}
