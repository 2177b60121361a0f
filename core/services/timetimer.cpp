// The running timer of TimeService (core/services/timeservice.h): start, change, stop into
// entries split at midnight, discard.
#include "services/timeservice.h"

#include "domain/user.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/timestore.h"
#include "storage/transactionguard.h"
#include "storage/userrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString personName(Database &db, qint64 userId)
{
    const Result<User> user = UserRepository(db).get(userId);
    return user ? user->name : TimeService::tr("person %1").arg(userId);
}

} // namespace

Result<std::optional<RunningTimer>> TimeService::timer(qint64 userId) const
{
    return TimeStore(m_db).timer(userId);
}

Status TimeService::startTimer(const RunningTimer &input)
{
    RunningTimer t = input;
    t.description = t.description.trimmed();
    if (!t.startedAt.isValid())
        t.startedAt = QDateTime::currentDateTime();
    t.startedAt = t.startedAt.addMSecs(-t.startedAt.time().msec());
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<User> user = UserRepository(m_db).get(t.userId);
    if (!user)
        return Error { tr("There is no person with id %1.").arg(t.userId) };
    if (const QString problem = ownNameProblem(t.userId, user->name); !problem.isEmpty())
        return Error { problem };
    const Result<std::optional<RunningTimer>> running = TimeStore(m_db).timer(t.userId);
    if (!running)
        return Error { running.error() };
    if (running->has_value())
        return Error { tr("A timer is running for %1 since %2; stop it before starting another.")
                           .arg(user->name,
                                (*running)->startedAt.toString(u"yyyy-MM-dd HH:mm"_s)) };
    if (Status ok = checkTimerReferences(t); !ok)
        return ok;
    if (Status ok = TimeStore(m_db).insertTimer(t); !ok)
        return ok;
    return guard.commit();
}

Status TimeService::updateTimer(const RunningTimer &input)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<std::optional<RunningTimer>> running = TimeStore(m_db).timer(input.userId);
    if (!running)
        return Error { running.error() };
    if (!running->has_value())
        return Error { tr("No timer is running for %1.").arg(personName(m_db, input.userId)) };
    RunningTimer t = input;
    t.startedAt = (*running)->startedAt;
    t.description = t.description.trimmed();
    if (Status ok = checkTimerReferences(t); !ok)
        return ok;
    const Result<bool> removed = TimeStore(m_db).removeTimer(t.userId);
    if (!removed)
        return Error { removed.error() };
    if (Status ok = TimeStore(m_db).insertTimer(t); !ok)
        return ok;
    return guard.commit();
}

QList<TimeEntry> TimeService::timerEntries(const RunningTimer &t, const QDateTime &now)
{
    // Whole minutes, rounded to the nearest (at least one), counted from the start's minute
    // and split at each midnight.
    const qint64 seconds = t.startedAt.secsTo(now);
    qint64 remaining = std::max<qint64>(1, (seconds + 30) / 60);
    QDate day = t.startedAt.date();
    int from = t.startedAt.time().hour() * 60 + t.startedAt.time().minute();
    QList<TimeEntry> entries;
    while (remaining > 0) {
        const int minutes = int(std::min<qint64>(remaining, TimeRules::kMaxMinutesPerDay - from));
        TimeEntry e;
        e.date = day;
        e.userId = t.userId;
        e.accountId = t.accountId;
        e.contractId = t.contractId;
        e.serviceRequestId = t.serviceRequestId;
        e.description = t.description;
        e.start = QTime(from / 60, from % 60);
        e.minutes = minutes;
        if (from + minutes < TimeRules::kMaxMinutesPerDay)
            e.end = e.start.addSecs(qint64(minutes) * 60);
        entries.append(e);
        remaining -= minutes;
        day = day.addDays(1);
        from = 0;
    }
    return entries;
}

Result<QList<qint64>> TimeService::stopTimer(qint64 userId, const QDateTime &now,
                                             const QString &description)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    const Result<std::optional<RunningTimer>> running = TimeStore(m_db).timer(userId);
    if (!running)
        return Error { running.error() };
    if (!running->has_value())
        return Error { tr("No timer is running for %1.").arg(personName(m_db, userId)) };
    RunningTimer t = **running;
    if (t.accountId <= 0)
        return Error { tr("Choose the account the timer's time was spent on before stopping "
                          "it.") };
    if (now < t.startedAt)
        return Error { tr("The timer started at %1, after %2; check the computer's clock.")
                           .arg(t.startedAt.toString(u"yyyy-MM-dd HH:mm"_s),
                                now.toString(u"yyyy-MM-dd HH:mm"_s)) };
    if (t.description.isEmpty())
        t.description = description.trimmed();
    QList<qint64> ids;
    for (const TimeEntry &part : timerEntries(t, now)) {
        Result<TimeEntry> e = withDefaults(part);
        if (!e)
            return Error { e.error() };
        const Result<qint64> id = log(*e);
        if (!id)
            return Error { id.error() };
        ids.append(*id);
    }
    const Result<bool> removed = TimeStore(m_db).removeTimer(userId);
    if (!removed)
        return Error { removed.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return ids;
}

Status TimeService::discardTimer(qint64 userId)
{
    const Result<bool> removed = TimeStore(m_db).removeTimer(userId);
    if (!removed)
        return Error { removed.error() };
    if (!*removed)
        return Error { tr("No timer is running for %1.").arg(personName(m_db, userId)) };
    return {};
}

} // namespace cd
