// A ClientDesk window in a process of its own, for tests that share a database file between
// processes (tst_coexistence). It opens the database the way the desktop app does (MainWindow:
// its views, the quick check and the daily backup), says "ready" once the automatic backup is
// over, then saves accounts through the repositories when told on stdin:
//   save N    saves N accounts named "TAG 1" … and prints "saved COUNT" (refusals as
//             "refused SENTENCE")
//   quit      closes the window and ends
// Usage: clientdesk_testwindow DATABASE TAG

#include "domain/account.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "userprompts.h"

#include <QApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ClientDesk"_s);
    QCoreApplication::setApplicationName(u"ClientDesk"_s);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        say(u"usage: clientdesk_testwindow DATABASE TAG"_s);
        return 2;
    }
    const QString tag = arguments.at(2);
    auto opened = cd::Database::open(arguments.at(1));
    if (!opened) {
        say(u"failed "_s + opened.error());
        return 1;
    }
    cd::RecordingPrompts prompts;
    prompts.onMessage = [](const cd::RecordingPrompts::Message &m) {
        say(u"message "_s + m.text);
    };
    cd::MainWindow window(std::move(opened).value());
    window.setPrompts(&prompts);
    window.show();
    {
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        QObject::connect(window.session(), &cd::Session::automaticBackupFinished, &loop,
                         &QEventLoop::quit);
        QObject::connect(window.session(), &cd::Session::damageFound, &loop, &QEventLoop::quit);
        if (window.session()->isBackingUp())
            loop.exec();
    }
    QCoreApplication::processEvents();
    say(u"ready"_s);

    int saved = 0;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command == u"quit"_s)
            break;
        if (command.startsWith(u"save "_s)) {
            const int count = command.mid(5).toInt();
            cd::AccountRepository accounts(*window.database());
            int done = 0;
            for (int i = 0; i < count; ++i) {
                cd::Account account;
                account.kind = cd::AccountKind::Customer;
                account.name = u"%1 %2"_s.arg(tag).arg(++saved);
                const auto id = accounts.insert(account);
                if (id)
                    ++done;
                else
                    say(u"refused "_s + id.error());
                QCoreApplication::processEvents();
                QThread::msleep(5);
            }
            say(u"saved %1"_s.arg(done));
        }
        QCoreApplication::processEvents();
    }
    window.close();
    return 0;
}
