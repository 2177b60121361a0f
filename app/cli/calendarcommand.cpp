#include "cli/calendarcommand.h"

#include "cli/cli.h"
#include "services/calendarservice.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

} // namespace

int runCalendar(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ { u"o"_s, u"output"_s }, tr("the iCalendar file to write."), u"FILE"_s });
    parser.addOption({ u"manager"_s,
                       tr("only this account manager's accounts (default: everyone's)."),
                       u"NAME"_s });
    parser.addOption({ u"days"_s,
                       tr("how many days ahead (default: %1); the missed items of the last %2 "
                          "days are always in.")
                           .arg(CalendarService::defaultDays)
                           .arg(CalendarService::missedDays),
                       u"N"_s });
    if (auto exit = parseCommand(
            parser, arguments, u"calendar"_s,
            tr("Writes the notice deadlines, renewals, contract ends, follow-ups and service "
               "requests' due times as an iCalendar file, for a calendar program to import or "
               "subscribe to. An item keeps its UID from one file to the next."),
            {}, 0, console)) {
        return *exit;
    }
    const QString output = parser.value(u"output"_s);
    if (output.trimmed().isEmpty()) {
        console.error(tr("Name the iCalendar file to write with -o FILE.ics."));
        return Usage;
    }
    int days = CalendarService::defaultDays;
    if (parser.isSet(u"days"_s)) {
        bool ok = false;
        days = parser.value(u"days"_s).toInt(&ok);
        if (!ok || days < 1 || days > CalendarService::maxDays) {
            console.error(tr("--days takes a whole number of days from 1 to %1, not '%2'.")
                              .arg(CalendarService::maxDays)
                              .arg(parser.value(u"days"_s)));
            return Usage;
        }
    }
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    std::optional<qint64> managerId;
    QString managerName;
    if (parser.isSet(u"manager"_s)) {
        const auto user = UserService(*db).findByName(parser.value(u"manager"_s));
        if (!user) {
            console.error(user.error());
            return Failure;
        }
        if (!user->has_value()) {
            console.error(
                tr("There is no account manager named '%1'.").arg(parser.value(u"manager"_s)));
            return Failure;
        }
        managerId = (*user)->id;
        managerName = (*user)->name;
    }
    const auto written = CalendarService(*db).writeFile(output, QDateTime::currentDateTime(), days,
                                                        managerId, managerName, QLocale());
    if (!written) {
        console.error(written.error());
        return Failure;
    }
    console.line(tr("Wrote %1 (events: %2, missed: %3).")
                     .arg(QDir::toNativeSeparators(output))
                     .arg(written->events)
                     .arg(written->missed));
    return Success;
}

} // namespace cd::cli
