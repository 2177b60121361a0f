// The sample portfolio's time: planned per contract and month, then given to people and days,
// then written in date order through bulk::TimeWriter (see sampletime.h).
#include "sample/sampletime.h"

#include "domain/money.h"
#include "domain/timeamounts.h"
#include "domain/timerules.h"
#include "sample/samplecatalogue.h"
#include "sample/samplerandom.h"
#include "storage/timebulk.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cd::sample {

namespace {

constexpr int kEntriesPerAccount = 30;
constexpr int kMaxDayMinutes = 600; // ten hours a day at most
constexpr int kPlannedDayMinutes = 330; // what the team is sized for: 5.5 hours a weekday
const QList<int> kChunks { 60, 90, 120, 120, 150, 180, 240 }; // about 137 minutes on average

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

QDate monthStart(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

struct ContractPlan
{
    TimeLookups::ContractTerms terms;
    QDate first, last; ///< the days time is logged on it
    QList<qint64> demand; ///< minutes per month from first's month
    qint64 included = 0; ///< retainers, per month
    qint64 budget = 0; ///< fixed fees
    bool rollover = false;
    int lead = 0, second = 0; ///< indexes into the people
};

struct PlannedEntry
{
    QDate date;
    int person = 0;
    int contract = 0; ///< index into the plans
    int start = 0; ///< minutes after midnight
    int minutes = 0;
    int description = 0;
};

const QStringList &descriptions(BillingModel model)
{
    static const QStringList retainer { u"Monthly advisory call"_s, u"Review of board papers"_s,
                                        u"Ad-hoc questions by e-mail"_s,
                                        u"Regulatory update memo"_s,
                                        u"Quarterly review preparation"_s };
    static const QStringList fixed { u"Workshop preparation"_s, u"Fieldwork and interviews"_s,
                                     u"Drafting the report"_s, u"Steering committee"_s,
                                     u"Data analysis"_s };
    static const QStringList hourly { u"Advisory session"_s, u"Document review"_s,
                                      u"Client meeting"_s, u"Research"_s, u"Follow-up calls"_s };
    switch (model) {
    case BillingModel::Retainer:
        return retainer;
    case BillingModel::Fixed:
        return fixed;
    case BillingModel::Hourly:
        break;
    }
    return hourly;
}

/// Each contract's months with their raw demand (scaled later), included hours and budget.
QList<ContractPlan> planContracts(const QList<TimeLookups::ContractTerms> &contracts,
                                  const QDate &today, SampleRandom &random)
{
    QList<ContractPlan> plans;
    for (const TimeLookups::ContractTerms &c : contracts) {
        if (c.status == ContractStatus::Draft || !c.start.isValid() || c.start >= today)
            continue;
        ContractPlan p;
        p.terms = c;
        p.first = c.start;
        p.last = std::min(c.end.isValid() ? c.end : today, today.addDays(-1));
        if (c.terminatedOn.isValid())
            p.last = std::min(p.last, c.terminatedOn);
        if (p.last < p.first)
            continue;
        const int months = monthIndex(p.last) - monthIndex(p.first) + 1;
        const bool heavy = random.chance(8);
        switch (c.billingModel) {
        case BillingModel::Retainer:
            p.included = qint64(random.between(10, 40)) * 60;
            p.rollover = random.chance(40);
            for (int m = 0; m < months; ++m) {
                const int percent = random.chance(6) ? 0
                    : heavy                          ? random.between(85, 135)
                                                     : random.between(45, 92);
                p.demand.append(p.included * percent / 100);
            }
            break;
        case BillingModel::Fixed:
            p.budget = qint64(random.between(20, 60)) * 60 * months;
            for (int m = 0; m < months; ++m) {
                const int percent = heavy ? random.between(100, 140) : random.between(65, 98);
                p.demand.append(p.budget / months * percent / 100);
            }
            break;
        case BillingModel::Hourly: {
            const qint64 base = qint64(random.between(10, 50)) * 60;
            for (int m = 0; m < months; ++m)
                p.demand.append(base * random.between(60, 130) / 100);
            break;
        }
        }
        plans.append(p);
    }
    return plans;
}

/// Scales every plan's demand, included hours and budget by `scale`.
void scalePlans(QList<ContractPlan> &plans, double scale)
{
    const auto scaled = [scale](qint64 minutes, qint64 step) {
        return std::max<qint64>(
            step, qint64(std::llround(double(minutes) * scale / double(step))) * step);
    };
    for (ContractPlan &p : plans) {
        for (qint64 &d : p.demand)
            d = d == 0 ? 0 : scaled(d, 15);
        if (p.included > 0)
            p.included = scaled(p.included, 60);
        if (p.budget > 0)
            p.budget = scaled(p.budget, 60);
    }
}

/// The people who log time: each with a default rate and a capacity.
struct Person
{
    qint64 id = 0;
    QString name;
    qint64 rateMinor = 0;
    int capacityMinutes = 2400;
    QSet<qint64> weeksOff; ///< Julian day ÷ 7
};

/// Gives each month's demand to people and weekdays; what cannot fit is left out.
class Scheduler
{
public:
    Scheduler(QList<Person> &people, SampleRandom &random) : m_people(people), m_random(random) { }

    void schedule(const QList<ContractPlan> &plans, QList<PlannedEntry> &entries)
    {
        for (int c = 0; c < plans.size(); ++c) {
            const ContractPlan &p = plans.at(c);
            const int firstMonth = monthIndex(p.first);
            for (int m = 0; m < p.demand.size(); ++m) {
                const QDate start = std::max(p.first, monthStart(firstMonth + m));
                const QDate end = std::min(p.last, monthStart(firstMonth + m + 1).addDays(-1));
                qint64 left = p.demand.at(m);
                while (left >= 15) {
                    int chunk = m_random.pick(kChunks);
                    if (left - chunk < 60)
                        chunk = int(std::min<qint64>(left, 240));
                    left -= chunk;
                    place(p, c, start, end, chunk, entries);
                }
            }
        }
    }

private:
    void place(const ContractPlan &p, int contract, const QDate &from, const QDate &to, int minutes,
               QList<PlannedEntry> &entries)
    {
        const int descriptionCount = int(descriptions(p.terms.billingModel).size());
        for (int attempt = 0; attempt < 10; ++attempt) {
            const int person = attempt >= 6 ? m_random.between(0, int(m_people.size()) - 1)
                : m_random.chance(75)       ? p.lead
                                            : p.second;
            const QDate day = m_random.dateBetween(from, to);
            if (day.dayOfWeek() > 5)
                continue;
            if (m_people.at(person).weeksOff.contains(day.toJulianDay() / 7))
                continue;
            int &load = m_load[(day.toJulianDay() << 10) | person];
            if (load + minutes > kMaxDayMinutes)
                continue;
            entries.append({ day, person, contract, 9 * 60 + load, minutes,
                             m_random.between(0, descriptionCount - 1) });
            load += minutes;
            return;
        }
    }

    QList<Person> &m_people;
    SampleRandom &m_random;
    QHash<qint64, int> m_load; ///< minutes per (day, person)
};

/// The contracts' hours: retainers' included minutes, roll-over and overage rate (1.5 to 3.5
/// million rupiah's worth in the contract's currency), fixed fees' budgets.
Status writeTerms(TimeLookups &lookups, QList<ContractPlan> &plans, int people,
                  SampleRandom &random, const SamplePlanner &planner)
{
    for (ContractPlan &p : plans) {
        p.lead = random.between(0, people - 1);
        p.second = random.between(0, people - 1);
        const TimeLookups::ContractTerms &c = p.terms;
        std::optional<qint64> overage;
        if (p.included > 0) {
            overage = planner.money(qint64(random.between(30, 70)) * 50'000, c.currency);
            p.terms.overageRateMinor = overage;
        }
        if (p.included > 0 || p.budget > 0) {
            if (Status ok = lookups.setContractTime(c.id, int(p.included), p.rollover, overage,
                                                    int(p.budget));
                !ok)
                return ok;
        }
    }
    return {};
}

/// An entry as TimeService would default it: hourly → billable at the fee (open: the
/// invoices of sampleinvoices.h mark what they bill); retainer → not billable, at the overage rate;
/// fixed fee → not billable, at the person's rate in the firm's currency.
bulk::TimeEntryRow entryRow(const PlannedEntry &e, const ContractPlan &p, const Person &person,
                            const QString &firm)
{
    const TimeLookups::ContractTerms &c = p.terms;
    bulk::TimeEntryRow row;
    row.date = e.date;
    row.userId = person.id;
    row.accountId = c.accountId;
    row.contractId = c.id;
    row.startMinute = e.start;
    row.endMinute = e.start + e.minutes;
    row.minutes = e.minutes;
    row.description = descriptions(c.billingModel).at(e.description);
    row.billable = c.billingModel == BillingModel::Hourly;
    if (c.billingModel == BillingModel::Hourly) {
        row.rateMinor = c.feeMinor;
        row.currency = c.currency;
    } else if (c.overageRateMinor) {
        row.rateMinor = *c.overageRateMinor;
        row.currency = c.currency;
    } else {
        row.rateMinor = person.rateMinor;
        row.currency = firm;
    }
    row.valueMinor = TimeRules::value(row.minutes, row.rateMinor);
    return row;
}

} // namespace

Result<QList<TimeSampler::PersonRef>> TimeSampler::team(qint64 peakMonthMinutes)
{
    // Everyone already there, and as many consultants as the busiest month needs.
    const int needed
        = int((peakMonthMinutes + 21 * kPlannedDayMinutes - 1) / (21 * kPlannedDayMinutes));
    const auto stored = TimeLookups(m_db).people();
    if (!stored)
        return Error { stored.error() };
    QList<PersonRef> people;
    QSet<QString> names;
    for (const TimeLookups::Person &p : *stored) {
        people.append({ p.id, p.name });
        names.insert(p.name);
    }
    m_consultants = std::max(2, needed - int(people.size()));
    for (int i = 0; i < m_consultants;) {
        const QString name
            = m_random.pick(indonesianFirstNames()) + u' ' + m_random.pick(indonesianLastNames());
        if (names.contains(name))
            continue;
        names.insert(name);
        QString email = name.toLower().replace(u' ', u'.').remove(u'\'');
        const auto id = m_writer.user(name, email + u"@arunika-advisory.co.id"_s,
                                      UserRole::AccountManager, m_planner.historyStart());
        if (!id)
            return Error { id.error() };
        people.append({ *id, name });
        ++i;
    }
    return people;
}

Result<int> TimeSampler::write()
{
    TimeLookups lookups(m_db);
    const auto contracts = lookups.contracts();
    if (!contracts)
        return Error { contracts.error() };
    QList<ContractPlan> plans = planContracts(*contracts, m_options.today, m_random);
    qint64 demand = 0;
    for (const ContractPlan &p : std::as_const(plans))
        for (qint64 d : p.demand)
            demand += d;
    const qint64 target = qint64(kEntriesPerAccount) * m_options.accounts;
    if (demand > 0)
        scalePlans(plans, double(target) * 137.0 / double(demand));
    QHash<int, qint64> perMonth;
    for (const ContractPlan &p : std::as_const(plans))
        for (int m = 0; m < p.demand.size(); ++m)
            perMonth[monthIndex(p.first) + m] += p.demand.at(m);
    qint64 peak = 0;
    for (qint64 minutes : std::as_const(perMonth))
        peak = std::max(peak, minutes);
    const auto team = this->team(peak);
    if (!team)
        return Error { team.error() };
    QList<Person> people;
    const QDate since = m_planner.historyStart();
    const int years = std::max(1, int(since.daysTo(m_options.today) / 365) + 1);
    for (const PersonRef &ref : *team) {
        Person p;
        p.id = ref.id;
        p.name = ref.name;
        p.rateMinor = m_planner.money(qint64(m_random.between(15, 50)) * 50'000);
        p.capacityMinutes = m_random.chance(15) ? 1920 : 2400;
        for (int w = 0; w < 3 * years; ++w)
            p.weeksOff.insert(m_random.dateBetween(since, m_options.today).toJulianDay() / 7);
        if (Status ok = lookups.setPersonTime(p.id, p.rateMinor, p.capacityMinutes); !ok)
            return Error { ok.error() };
        people.append(p);
    }
    if (Status ok = writeTerms(lookups, plans, int(people.size()), m_random, m_planner); !ok)
        return Error { ok.error() };

    QList<PlannedEntry> entries;
    entries.reserve(qsizetype(target + target / 10));
    Scheduler(people, m_random).schedule(plans, entries);
    std::sort(entries.begin(), entries.end(), [](const PlannedEntry &a, const PlannedEntry &b) {
        return a.date != b.date    ? a.date < b.date
            : a.person != b.person ? a.person < b.person
                                   : a.start < b.start;
    });
    bulk::TimeWriter writer(m_db);
    if (Status ok = writer.prepare(); !ok)
        return Error { ok.error() };
    int written = 0;
    for (const PlannedEntry &e : std::as_const(entries)) {
        if ((written & 4095) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Error { SampleGenerator::tr("Creating the sample portfolio was cancelled; "
                                               "nothing was written.") };
        bulk::TimeEntryRow row
            = entryRow(e, plans.at(e.contract), people.at(e.person), m_options.currency);
        row.convertedMinor = m_rates.convert(row.valueMinor, row.currency, row.date);
        if (Status ok = writer.add(row); !ok)
            return Error { ok.error() };
        ++written;
    }
    if (Status ok = writer.flush(); !ok)
        return Error { ok.error() };
    return written;
}

} // namespace cd::sample
