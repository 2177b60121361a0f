#include "application.h"
#include "cli/cli.h"

#include <QApplication>
#include <QCoreApplication>

#ifndef CLIENTDESK_VERSION
#define CLIENTDESK_VERSION "0.0.0"
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // A command runs without a window (and without a display); anything else is the app.
    if (cd::cli::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("ClientDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ClientDesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));
        return cd::cli::run(arguments);
    }
    QApplication app(argc, argv);
    return cd::runDesktop(app, cd::cli::desktopDatabaseArgument(arguments));
}
