#include "services/timeservice.h"

#include "domain/isodate.h"
#include "domain/servicerequest.h"
#include "domain/textrules.h"
#include "domain/user.h"
#include "services/settingsservice.h"
#include "storage/accountrepository.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/invoicestore.h"
#include "storage/servicerequestrepository.h"
#include "storage/settingsrepository.h"
#include "storage/timestore.h"
#include "storage/transactionguard.h"
#include "storage/userrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kMeKey = u"time.me"_s;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString clock(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

int minuteOfDay(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

/// What the database says about the records an entry names.
struct TimeService::Context
{
    std::optional<User> user;
    QString accountName;
    bool accountFound = false;
    std::optional<Contract> contract;
    QString contractAccountName;
    std::optional<ServiceRequest> request;
    QString requestAccountName;
};

Result<TimeService::Context> TimeService::context(const TimeEntry &e) const
{
    Context c;
    const auto accountName = [this](qint64 id) -> QString {
        const Result<Account> account = AccountRepository(m_db).get(id);
        return account ? account->name : tr("account %1").arg(id);
    };
    if (e.userId > 0) {
        if (const Result<User> user = UserRepository(m_db).get(e.userId))
            c.user = *user;
    }
    if (e.accountId > 0) {
        if (const Result<Account> account = AccountRepository(m_db).get(e.accountId)) {
            c.accountFound = true;
            c.accountName = account->name;
        }
    }
    if (e.contractId > 0) {
        if (const Result<Contract> contract = ContractRepository(m_db).get(e.contractId)) {
            c.contract = *contract;
            c.contractAccountName = contract->accountId == e.accountId
                ? c.accountName
                : accountName(contract->accountId);
        }
    }
    if (e.serviceRequestId > 0) {
        if (const Result<ServiceRequest> request
            = ServiceRequestRepository(m_db).get(e.serviceRequestId)) {
            c.request = *request;
            c.requestAccountName = request->accountId == e.accountId
                ? c.accountName
                : accountName(request->accountId);
        }
    }
    return c;
}

Result<std::optional<qint64>> TimeService::currentUser() const
{
    if (m_db.sql().isServer())
        return m_db.session().userId;
    const Result<std::optional<QString>> stored = SettingsRepository(m_db).value(kMeKey);
    if (!stored)
        return Error { stored.error() };
    if (!stored->has_value())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = (*stored)->toLongLong(&ok);
    // A person deleted since is no one: the app asks again.
    if (!ok || id <= 0 || !UserRepository(m_db).get(id))
        return std::optional<qint64>();
    return std::optional<qint64>(id);
}

Status TimeService::setCurrentUser(qint64 userId)
{
    if (m_db.sql().isServer())
        return Error { tr("On a server, time is logged in the name of the person signed in; "
                          "there is no one else to choose.") };
    const Result<User> user = UserRepository(m_db).get(userId);
    if (!user)
        return Error { tr("There is no person with id %1 to log time as.").arg(userId) };
    if (!user->active)
        return Error {
            tr("%1 is inactive; choose an active person to log time as.").arg(user->name)
        };
    return SettingsRepository(m_db).setValue(kMeKey, QString::number(userId));
}

Result<int> TimeService::capacityMinutes(qint64 userId) const
{
    const Result<User> user = UserRepository(m_db).get(userId);
    if (!user)
        return Error { user.error() };
    if (user->capacityMinutes > 0)
        return user->capacityMinutes;
    return SettingsService(m_db).firmSettings().settings.capacityMinutes;
}

Result<QString> TimeService::rateCurrency(const TimeEntry &entry) const
{
    if (entry.contractId > 0) {
        const Result<Contract> contract = ContractRepository(m_db).get(entry.contractId);
        if (!contract)
            return Error { contract.error() };
        return contract->fee.currency();
    }
    return SettingsRepository(m_db).firmCurrency();
}

Result<TimeEntry> TimeService::prepared(const TimeEntry &input, bool fillRate) const
{
    TimeEntry e = input;
    e.description = e.description.trimmed();
    if (!e.start.isValid())
        e.end = QTime();
    if (e.start.isValid() && e.end.isValid() && e.end > e.start)
        e.minutes = int(e.start.secsTo(e.end) / 60);
    e.start = e.start.isValid() ? QTime(e.start.hour(), e.start.minute()) : QTime();
    e.end = e.end.isValid() ? QTime(e.end.hour(), e.end.minute()) : QTime();
    if (fillRate && e.rate.currency().isEmpty()) {
        const QString firm = SettingsRepository(m_db).firmCurrency();
        std::optional<Contract> contract;
        if (e.contractId > 0) {
            if (const Result<Contract> found = ContractRepository(m_db).get(e.contractId))
                contract = *found;
        }
        if (contract && contract->billingModel == BillingModel::Hourly) {
            e.rate = contract->fee;
        } else if (contract && contract->billingModel == BillingModel::Retainer
                   && contract->overageRateMinor) {
            e.rate = Money(*contract->overageRateMinor, contract->fee.currency());
        } else {
            std::optional<qint64> personal;
            if (e.userId > 0) {
                if (const Result<User> user = UserRepository(m_db).get(e.userId))
                    personal = user->rateMinor;
            }
            e.rate = Money(personal.value_or(0), firm);
        }
    }
    return e;
}

Result<TimeEntry> TimeService::withDefaults(TimeEntry entry) const
{
    Result<TimeEntry> e = prepared(entry, true);
    if (!e)
        return e;
    std::optional<Contract> contract;
    if (e->contractId > 0) {
        if (const Result<Contract> found = ContractRepository(m_db).get(e->contractId))
            contract = *found;
    }
    e->billable = TimeRules::defaultBillable(contract ? &*contract : nullptr);
    return e;
}

QString TimeService::ownNameProblem(qint64 userId, const QString &userName) const
{
    const Database::Session &session = m_db.session();
    if (!m_db.sql().isServer() || session.seesAll || session.userId == userId)
        return {};
    QString name = userName;
    if (name.isEmpty()) {
        const Result<User> user = UserRepository(m_db).get(userId);
        name = user ? user->name : tr("person %1").arg(userId);
    }
    return tr("You log time in your own name only; the time of %1 is theirs to log.").arg(name);
}

QString TimeService::staticProblem(const TimeEntry &e) const
{
    if (!e.date.isValid())
        return tr("A time entry needs the date the work was done.");
    if (!isWithinDateRange(e.date))
        return tr("The date of the time entry: %1.").arg(outOfDateRangeReason(e.date));
    if (e.userId <= 0)
        return tr("A time entry needs the person whose time it is.");
    if (e.accountId <= 0)
        return tr("A time entry needs the account the time was spent on.");
    if (e.end.isValid() && !e.start.isValid())
        return tr("The time entry ends at %1 but has no start; give the start too.")
            .arg(clock(e.end));
    if (e.start.isValid() && e.end.isValid() && e.end < e.start)
        return tr("The time entry ends at %1, before its start at %2.")
            .arg(clock(e.end), clock(e.start));
    if (e.start.isValid() && e.end.isValid() && e.end == e.start)
        return tr("The time entry ends at %1, the minute it starts; it needs at least one "
                  "minute.")
            .arg(clock(e.end));
    if (e.minutes < 0)
        return tr("A time entry cannot have negative minutes (%1).").arg(e.minutes);
    if (e.minutes == 0)
        return tr("A time entry needs more than zero minutes.");
    if (e.minutes > TimeRules::kMaxMinutesPerDay)
        return tr("A time entry covers at most 24 hours (1440 minutes), not %1 minutes.")
            .arg(e.minutes);
    if (e.start.isValid() && minuteOfDay(e.start) + e.minutes > TimeRules::kMaxMinutesPerDay)
        return tr("The time entry starting at %1 lasts %2 and would run past midnight; log "
                  "the time after midnight on the next day.")
            .arg(clock(e.start), TimeRules::formatDuration(e.minutes));
    if (!Money::isValidCurrency(e.rate.currency()))
        return tr("The rate of the time entry needs a currency code such as IDR, not “%1”.")
            .arg(e.rate.currency());
    if (e.rate.minorUnits() < 0)
        return tr("The hourly rate of a time entry cannot be negative.");
    if (!e.rate.isWithinBounds())
        return tr("The hourly rate of the time entry is too large. %1")
            .arg(Money::boundsSentence(e.rate.currency()));
    if (const QStringList problems
        = controlCharacterProblems({ { tr("The time entry's description"), e.description, true } });
        !problems.isEmpty())
        return problems.first();
    return {};
}

QString TimeService::referenceProblem(const TimeEntry &e, const Context &c)
{
    if (!c.accountFound)
        return tr("There is no account with id %1.").arg(e.accountId);
    if (e.contractId > 0 && !c.contract)
        return tr("There is no contract with id %1.").arg(e.contractId);
    if (c.contract && c.contract->accountId != e.accountId)
        return tr("Contract %1 belongs to %2, not to %3.")
            .arg(c.contract->reference, c.contractAccountName, c.accountName);
    if (e.serviceRequestId > 0 && !c.request)
        return tr("There is no service request with id %1.").arg(e.serviceRequestId);
    if (c.request && c.request->accountId != e.accountId)
        return tr("Service request “%1” belongs to %2, not to %3.")
            .arg(c.request->title, c.requestAccountName, c.accountName);
    return {};
}

Status TimeService::checkTimerReferences(const RunningTimer &t) const
{
    if (t.accountId <= 0) {
        if (t.contractId > 0 || t.serviceRequestId > 0)
            return Error { tr("Choose the account of the timer's contract or request too.") };
        return {};
    }
    TimeEntry probe;
    probe.userId = t.userId;
    probe.accountId = t.accountId;
    probe.contractId = t.contractId;
    probe.serviceRequestId = t.serviceRequestId;
    const Result<Context> c = context(probe);
    if (!c)
        return Error { c.error() };
    if (const QString problem = referenceProblem(probe, *c); !problem.isEmpty())
        return Error { problem };
    return {};
}

Result<QString> TimeService::databaseProblem(const TimeEntry &e, const Context &c) const
{
    if (!c.user)
        return tr("There is no person with id %1.").arg(e.userId);
    if (const QString problem = ownNameProblem(e.userId, c.user->name); !problem.isEmpty())
        return problem;
    if (const QString problem = referenceProblem(e, c); !problem.isEmpty())
        return problem;
    const Result<qint64> logged = TimeStore(m_db).dayMinutes(e.userId, e.date, e.id);
    if (!logged)
        return Error { logged.error() };
    if (*logged + e.minutes > TimeRules::kMaxMinutesPerDay)
        return tr("%1 has %2 logged on %3 already; another %4 would make more than the 24 "
                  "hours of a day.")
            .arg(c.user->name, TimeRules::formatDuration(*logged), iso(e.date),
                 TimeRules::formatDuration(e.minutes));
    return QString();
}

Result<QString> TimeService::problem(const TimeEntry &input) const
{
    const Result<TimeEntry> e = prepared(input, false);
    if (!e)
        return Error { e.error() };
    TimeEntry checked = *e;
    if (checked.rate.currency().isEmpty()) // the default fills it in
        checked.rate = Money(0, SettingsRepository(m_db).firmCurrency());
    if (const QString problem = staticProblem(checked); !problem.isEmpty())
        return problem;
    const Result<Context> c = context(checked);
    if (!c)
        return Error { c.error() };
    return databaseProblem(checked, *c);
}

Result<QList<qint64>> TimeService::overlapping(const TimeEntry &input) const
{
    const Result<TimeEntry> e = prepared(input, false);
    if (!e)
        return Error { e.error() };
    if (!e->start.isValid() || e->minutes <= 0)
        return QList<qint64>();
    const Result<QList<TimeEntry>> day = TimeStore(m_db).dayEntries(e->userId, e->date);
    if (!day)
        return Error { day.error() };
    const int from = minuteOfDay(e->start);
    const int to = from + e->minutes;
    QList<qint64> ids;
    for (const TimeEntry &other : *day) {
        if (other.id == e->id || !other.start.isValid())
            continue;
        const int otherFrom = minuteOfDay(other.start);
        if (otherFrom < to && from < otherFrom + other.minutes)
            ids.append(other.id);
    }
    return ids;
}

namespace {

/// The error of a refused write, with the database's refusal of a locked entry or of
/// someone else's row said as a sentence.
Error writeError(const QString &message, const TimeEntry &e)
{
    if (TimeStore::isLockedError(message))
        return Error { TimeStore::lockedSentence(e.date) };
    if (message.contains(u"row-level security"_s) || message.contains(u"not one of yours"_s))
        return Error { TimeService::tr("You log time only in your own name and on the accounts "
                                       "you see; %1")
                           .arg(message) };
    return Error { message };
}

/// A draft invoice holds the entry: it stays as the draft bills it (issue 27).
Status notHeldByDraft(Database &db, const TimeEntry &e)
{
    const Result<bool> held = InvoiceStore(db).timeHeldByDraft(e.id);
    if (!held)
        return Error { held.error() };
    if (*held)
        return Error { TimeService::tr("The time entry of %1 is held by a draft invoice; remove "
                                       "it from the draft first.")
                           .arg(iso(e.date)) };
    return {};
}

} // namespace

Result<qint64> TimeService::log(const TimeEntry &input)
{
    Result<TimeEntry> e = prepared(input, true);
    if (!e)
        return Error { e.error() };
    e->id = 0;
    e->state = TimeState::Open;
    e->invoiceId = 0;
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (Status ok = checkAndValue(e.value()); !ok)
        return Error { ok.error() };
    const Result<qint64> id = TimeStore(m_db).insert(*e);
    if (!id)
        return writeError(id.error(), *e);
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status TimeService::checkAndValue(TimeEntry &e) const
{
    if (const QString problem = staticProblem(e); !problem.isEmpty())
        return Error { problem };
    const Result<Context> c = context(e);
    if (!c)
        return Error { c.error() };
    if (const Result<QString> problem = databaseProblem(e, *c); !problem || !problem->isEmpty())
        return Error { problem ? *problem : problem.error() };
    e.valueMinor = TimeRules::value(e.minutes, e.rate.minorUnits());
    if (!Money::isWithinBounds(e.valueMinor))
        return Error { tr("%1 at this rate is too large an amount. %2")
                           .arg(TimeRules::formatDuration(e.minutes),
                                Money::boundsSentence(e.rate.currency())) };
    const Result<std::optional<qint64>> converted
        = ExchangeRateStore(m_db).convert(e.valueMinor, e.rate.currency(), e.date);
    if (!converted)
        return Error { converted.error() };
    e.convertedMinor = *converted;
    return {};
}

Status TimeService::update(const TimeEntry &input)
{
    if (input.id <= 0)
        return Error { tr("The time entry has not been saved yet, so it cannot be updated.") };
    Result<TimeEntry> e = prepared(input, true);
    if (!e)
        return Error { e.error() };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<TimeEntry> before = TimeStore(m_db).get(e->id);
    if (!before)
        return Error { before.error() };
    if (before->state == TimeState::Invoiced)
        return Error { TimeStore::lockedSentence(before->date) };
    if (Status ok = notHeldByDraft(m_db, *before); !ok)
        return ok;
    if (before->rowVersion != e->rowVersion)
        return Error { tr("Someone else changed the time entry of %1 since you opened it; "
                          "reload it and try again.")
                           .arg(iso(before->date)),
                       true };
    if (const QString problem = ownNameProblem(before->userId, {}); !problem.isEmpty())
        return Error { problem };
    // The state and invoice change with invoicing only.
    e->state = before->state;
    e->invoiceId = before->invoiceId;
    if (Status ok = checkAndValue(e.value()); !ok)
        return Error { ok.error() };
    if (Status ok = TimeStore(m_db).update(*e); !ok)
        return ok.conflict() ? ok : Status(writeError(ok.error(), *e));
    return guard.commit();
}

Status TimeService::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<TimeEntry> before = TimeStore(m_db).get(id);
    if (!before)
        return Error { before.error() };
    if (before->state == TimeState::Invoiced)
        return Error { TimeStore::lockedSentence(before->date) };
    if (Status ok = notHeldByDraft(m_db, *before); !ok)
        return ok;
    if (const QString problem = ownNameProblem(before->userId, {}); !problem.isEmpty())
        return Error { problem };
    const Result<bool> removed = TimeStore(m_db).remove(id, before->date);
    if (!removed)
        return writeError(removed.error(), *before);
    if (!*removed)
        return Error { tr("There is no time entry with id %1.").arg(id) };
    return guard.commit();
}

Result<TimeEntry> TimeService::get(qint64 id) const
{
    return TimeStore(m_db).get(id);
}

Status TimeService::setDayMinutes(qint64 userId, qint64 accountId, qint64 contractId,
                                  const QDate &day, int minutes)
{
    if (minutes < 0)
        return Error { tr("A time entry cannot have negative minutes (%1).").arg(minutes) };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<QList<TimeEntry>> entries = TimeStore(m_db).dayEntries(userId, day);
    if (!entries)
        return Error { entries.error() };
    QList<TimeEntry> cell;
    for (const TimeEntry &e : *entries) {
        if (e.accountId == accountId && e.contractId == contractId)
            cell.append(e);
    }
    for (const TimeEntry &e : std::as_const(cell)) {
        if (e.state == TimeState::Invoiced)
            return Error {
                tr("The time of %1 on this row is invoiced and cannot be changed.").arg(iso(day))
            };
    }
    // The cell becomes one entry: the first keeps its description, the others go.
    for (qsizetype i = minutes > 0 ? 1 : 0; i < cell.size(); ++i) {
        if (Status ok = remove(cell.at(i).id); !ok)
            return ok;
    }
    if (minutes > 0 && cell.isEmpty()) {
        TimeEntry e;
        e.date = day;
        e.userId = userId;
        e.accountId = accountId;
        e.contractId = contractId;
        e.minutes = minutes;
        const Result<TimeEntry> defaulted = withDefaults(e);
        if (!defaulted)
            return Error { defaulted.error() };
        if (const Result<qint64> id = log(*defaulted); !id)
            return Error { id.error() };
    } else if (minutes > 0) {
        Result<TimeEntry> first = TimeStore(m_db).get(cell.first().id);
        if (!first)
            return Error { first.error() };
        if (first->minutes != minutes || first->end.isValid()) {
            first->minutes = minutes;
            first->end = QTime(); // a duration typed in the grid replaces the times
            if (first->start.isValid()
                && minuteOfDay(first->start) + minutes > TimeRules::kMaxMinutesPerDay)
                first->start = QTime();
            if (Status ok = update(*first); !ok)
                return ok;
        }
    }
    return guard.commit();
}

Result<QList<TimeWeekRow>> TimeService::rowsOfPreviousWeek(qint64 userId, const QDate &monday) const
{
    Result<QList<TimeWeekRow>> rows = TimeStore(m_db).week(userId, monday.addDays(-7));
    if (!rows)
        return rows;
    for (TimeWeekRow &row : rows.value())
        row.minutes.fill(0);
    return rows;
}

Result<QList<TimeEntryRow>> TimeService::list(const TimeFilter &filter) const
{
    return TimeStore(m_db).list(filter);
}

Result<QList<TimeWeekRow>> TimeService::week(qint64 userId, const QDate &monday) const
{
    return TimeStore(m_db).week(userId, monday);
}

Result<QList<ContractUsage>> TimeService::usage(qint64 contractId, const QDate &month,
                                                int months) const
{
    const Result<Contract> contract = ContractRepository(m_db).get(contractId);
    if (!contract)
        return Error { contract.error() };
    return usageOf(*contract, firstOfMonth(month), std::max(1, months));
}

Result<QList<ContractUsage>> TimeService::usageOf(const Contract &c, const QDate &last,
                                                  int months) const
{
    const QDate first = last.addMonths(-(months - 1));
    const bool budget = c.billingModel == BillingModel::Fixed && c.budgetMinutes > 0;
    const bool retainer = c.billingModel == BillingModel::Retainer && c.includedMinutes > 0;
    // A retainer includes minutes from the month it starts; what it carries depends on every
    // month since then.
    const QDate chainFrom
        = retainer && c.start.isValid() ? std::min(firstOfMonth(c.start), last) : first;
    const QDate from = std::min(chainFrom, first);
    const Result<QHash<QDate, qint64>> perMonth
        = TimeStore(m_db).contractMinutesPerMonth(c.id, from, last);
    if (!perMonth)
        return Error { perMonth.error() };
    qint64 cumulative = 0;
    if (budget) {
        const Result<qint64> earlier = TimeStore(m_db).contractMinutesUntil(c.id, from.addDays(-1));
        if (!earlier)
            return Error { earlier.error() };
        cumulative = *earlier;
    }
    QList<qint64> chainUsed;
    for (QDate m = chainFrom; retainer && m <= last; m = m.addMonths(1))
        chainUsed.append(perMonth->value(m));
    const QList<TimeRules::RetainerMonth> chain = retainer
        ? TimeRules::retainerMonths(c.includedMinutes, c.rollover, chainUsed)
        : QList<TimeRules::RetainerMonth>();
    QList<ContractUsage> result;
    for (QDate m = from; m <= last; m = m.addMonths(1)) {
        const qint64 used = perMonth->value(m);
        cumulative += used;
        if (m < first)
            continue;
        ContractUsage u;
        u.contractId = c.id;
        u.accountId = c.accountId;
        u.contractReference = c.reference;
        u.month = m;
        u.usedMinutes = used;
        if (budget) {
            u.budget = true;
            u.usedMinutes = cumulative;
            u.allowedMinutes = c.budgetMinutes;
        } else if (retainer && m >= chainFrom) {
            const TimeRules::RetainerMonth &r = chain.at(monthsBetween(chainFrom, m));
            u.includedMinutes = r.includedMinutes;
            u.carriedMinutes = r.carriedMinutes;
            u.allowedMinutes = u.includedMinutes + u.carriedMinutes;
        }
        u.overageMinutes
            = u.allowedMinutes > 0 ? std::max<qint64>(0, u.usedMinutes - u.allowedMinutes) : 0;
        result.append(u);
    }
    return result;
}

Result<QList<ContractUsage>> TimeService::contractsOver(int percent, const QDate &today) const
{
    const QDate month = firstOfMonth(today);
    const Result<QList<TimeStore::ContractTime>> tracked = TimeStore(m_db).trackedContracts(month);
    if (!tracked)
        return Error { tracked.error() };
    QList<ContractUsage> over;
    for (const TimeStore::ContractTime &c : *tracked) {
        ContractUsage u;
        u.contractId = c.contractId;
        u.accountId = c.accountId;
        u.accountName = c.accountName;
        u.contractReference = c.reference;
        u.month = month;
        if (c.retainer) {
            // What is carried depends on every month since the contract started.
            const QDate from
                = c.rollover && c.start.isValid() ? std::min(firstOfMonth(c.start), month) : month;
            QList<qint64> used;
            for (QDate m = from; m <= month; m = m.addMonths(1))
                used.append(c.minutesPerMonth.value(m));
            const TimeRules::RetainerMonth last
                = TimeRules::retainerMonths(c.includedMinutes, c.rollover, used).last();
            u.usedMinutes = last.usedMinutes;
            u.includedMinutes = last.includedMinutes;
            u.carriedMinutes = last.carriedMinutes;
            u.allowedMinutes = u.includedMinutes + u.carriedMinutes;
        } else {
            u.budget = true;
            u.usedMinutes = c.totalMinutes;
            u.allowedMinutes = c.budgetMinutes;
        }
        u.overageMinutes = std::max<qint64>(0, u.usedMinutes - u.allowedMinutes);
        if (u.allowedMinutes > 0 && u.usedMinutes * 100 >= qint64(percent) * u.allowedMinutes)
            over.append(u);
    }
    std::sort(over.begin(), over.end(), [](const ContractUsage &a, const ContractUsage &b) {
        return a.usedMinutes * b.allowedMinutes > b.usedMinutes * a.allowedMinutes;
    });
    return over;
}

} // namespace cd
