// Importing time: each row a person's minutes on an account's work on a day, optionally under
// one of the account's contracts and for one of its service requests. Matched: the person by
// name (trimmed, case-insensitive; a name two people share is refused), the account by name,
// the contract by reference, the service request by its number (id). Defaults as TimeService
// gives them (docs/design.md, "Time"): billable from the contract (hourly: yes, else no);
// the rate in force: an hourly contract's fee or a retainer's overage rate, in the contract's
// currency, else the person's default rate in the firm's currency; a rate in the file is read
// in that same currency. Value = minutes × rate ÷ 60 (half away from zero), converted by the
// stored rates. Refused: no minutes, more than 24 hours a day for one person (counting what is
// stored), a day after today. Rows go to the database many at a time (bulk::TimeWriter).
#include "domain/exchangerate.h"
#include "domain/money.h"
#include "domain/timeamounts.h"
#include "domain/timerules.h"
#include "io/import/importrows.h"
#include "storage/exchangeratestore.h"
#include "storage/importstore.h"
#include "storage/timebulk.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

struct PendingTime
{
    int line = 0;
    bulk::TimeEntryRow row;
};

QString hoursText(qint64 minutes)
{
    return u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

class TimeRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    TimeRows(ImportContext &context, Database &database) : ImportRows(context), m_db(database) { }

    Status load(const ImportLookups &) override
    {
        const TimeLookups lookups(m_db);
        const auto people = lookups.people();
        if (!people)
            return Error { people.error() };
        for (const TimeLookups::Person &p : *people)
            m_people[folded(p.name)].append(p);
        const auto contracts = lookups.contracts();
        if (!contracts)
            return Error { contracts.error() };
        for (const TimeLookups::ContractTerms &c : *contracts)
            m_contracts.insert(c.reference, c);
        const auto requests = lookups.requests();
        if (!requests)
            return Error { requests.error() };
        for (const TimeLookups::Request &r : *requests)
            m_requests.insert(r.id, r.accountId);
        auto days = lookups.dayMinutes();
        if (!days)
            return Error { days.error() };
        m_stored = std::move(*days);
        const Result<RateTable> rates = ExchangeRateStore(m_db).load();
        if (!rates)
            return Error { rates.error() };
        m_rates = *rates;
        return {};
    }

    void check(int line) override
    {
        const qsizetype before = m_ctx.problemCount();
        bulk::TimeEntryRow row;
        QString date;
        if (m_ctx.required(line, u"date"_s, &date)) {
            row.date = m_ctx.date(line, u"date"_s);
            if (const QString future = TimeRules::futureDateProblem(row.date, m_ctx.today);
                !future.isEmpty())
                m_ctx.problem(line, u"date"_s, future);
        }
        const TimeLookups::Person *person = readPerson(line);
        const AccountRef *owner = m_ctx.account(line, u"account"_s);
        const TimeLookups::ContractTerms *contract = readContract(line, owner);
        readRequest(line, owner, &row);
        readMinutes(line, &row);
        row.description = m_ctx.value(u"description"_s);
        const bool billableGiven = !m_ctx.value(u"billable"_s).isEmpty();
        const bool billable = m_ctx.flag(line, u"billable"_s);
        // The rate's source decides its currency: the contract's, or the firm's.
        const bool contractRate = contract
            && (contract->billingModel == BillingModel::Hourly
                || (contract->billingModel == BillingModel::Retainer
                    && contract->overageRateMinor));
        row.currency = contractRate ? contract->currency : m_ctx.currency();
        std::optional<qint64> rate;
        if (const QString text = m_ctx.value(u"rate"_s); !text.isEmpty()) {
            const Result<Money> parsed = TimeRules::parseRate(text, row.currency);
            if (parsed)
                rate = parsed->minorUnits();
            else
                m_ctx.problem(line, u"rate"_s, parsed.error());
        }
        if (m_ctx.problemCount() != before || !person || !owner)
            return;
        row.userId = person->id;
        row.accountId = owner->id;
        if (contract)
            row.contractId = contract->id;
        row.billable = billableGiven ? billable
                                     : (contract && contract->billingModel == BillingModel::Hourly);
        if (!rate) {
            if (contract && contract->billingModel == BillingModel::Hourly)
                rate = contract->feeMinor;
            else if (contractRate)
                rate = contract->overageRateMinor;
            else
                rate = person->rateMinor.value_or(0);
        }
        row.rateMinor = *rate;
        row.valueMinor = TimeRules::value(row.minutes, row.rateMinor);
        if (!Money::isWithinBounds(row.valueMinor)) {
            m_ctx.problem(line, u"rate"_s,
                          tr("the value of the entry, minutes × rate ÷ 60, is too large. %1")
                              .arg(Money::boundsSentence(row.currency)));
            return;
        }
        if (!withinDay(line, person, row))
            return;
        row.convertedMinor = m_rates.convert(row.valueMinor, row.currency, row.date);
        m_pending.append({ line, row });
    }

    int newRecords() const override { return int(m_pending.size()); }

    QString entity() const override { return u"time_entry"_s; }

    Status write(ImportWriter &) override
    {
        bulk::TimeWriter writer(m_db);
        if (const Status ok = writer.prepare(); !ok)
            return ok;
        writer.setCreatedAt(QDateTime::currentDateTime());
        const Status ok = m_ctx.writeRows(
            m_pending, [&writer](const PendingTime &pending) { return writer.add(pending.row); });
        if (!ok)
            return ok;
        return writer.flush();
    }

private:
    const TimeLookups::Person *readPerson(int line)
    {
        QString name;
        if (!m_ctx.required(line, u"person"_s, &name))
            return nullptr;
        const auto it = m_people.constFind(folded(name));
        if (it == m_people.cend() || it->isEmpty()) {
            m_ctx.problem(line, u"person"_s,
                          tr("there is no user named %1; add them under Settings → Users first")
                              .arg(quoted(name)));
            return nullptr;
        }
        if (it->size() > 1) {
            m_ctx.problem(line, u"person"_s,
                          tr("several users are named %1; rename all but one of them first")
                              .arg(quoted(name)));
            return nullptr;
        }
        return &it->first();
    }

    const TimeLookups::ContractTerms *readContract(int line, const AccountRef *owner)
    {
        const QString reference = m_ctx.value(u"contract"_s);
        if (reference.isEmpty())
            return nullptr;
        const auto it = m_contracts.constFind(reference);
        if (it == m_contracts.cend()) {
            m_ctx.problem(line, u"contract"_s,
                          tr("there is no contract %1").arg(quoted(reference)));
            return nullptr;
        }
        if (owner && it->accountId != owner->id) {
            m_ctx.problem(line, u"contract"_s,
                          tr("the contract %1 belongs to another account, not to %2")
                              .arg(quoted(reference), quoted(owner->name)));
            return nullptr;
        }
        return &*it;
    }

    void readRequest(int line, const AccountRef *owner, bulk::TimeEntryRow *row)
    {
        const QString text = m_ctx.value(u"service_request"_s);
        if (text.isEmpty())
            return;
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        const auto it = ok ? m_requests.constFind(id) : m_requests.cend();
        if (it == m_requests.cend()) {
            m_ctx.problem(line, u"service_request"_s,
                          tr("there is no service request number %1").arg(quoted(text)));
        } else if (owner && *it != owner->id) {
            m_ctx.problem(line, u"service_request"_s,
                          tr("the service request %1 belongs to another account, not to %2")
                              .arg(id)
                              .arg(quoted(owner->name)));
        } else {
            row->serviceRequestId = id;
        }
    }

    void readMinutes(int line, bulk::TimeEntryRow *row)
    {
        QString text;
        if (!m_ctx.required(line, u"minutes"_s, &text))
            return;
        bool ok = false;
        const qint64 minutes = text.toLongLong(&ok);
        if (!ok) {
            m_ctx.problem(line, u"minutes"_s,
                          tr("%1 is not a whole number of minutes").arg(quoted(text)));
        } else if (minutes <= 0) {
            m_ctx.problem(line, u"minutes"_s,
                          tr("%1 minutes: an entry needs at least 1 minute").arg(minutes));
        } else if (minutes > kMaxDay) {
            m_ctx.problem(
                line, u"minutes"_s,
                tr("%1 minutes is more than the 24 hours (1440 minutes) of a day").arg(minutes));
        } else {
            row->minutes = int(minutes);
        }
    }

    // Whether the person's day, stored and in the file so far, stays within 24 hours.
    bool withinDay(int line, const TimeLookups::Person *person, const bulk::TimeEntryRow &row)
    {
        const TimeLookups::DayKey key { person->id, row.date.toJulianDay() };
        const int stored = m_stored.value(key);
        int &inFile = m_inFile[key];
        if (stored + inFile + row.minutes > kMaxDay) {
            m_ctx.problem(line, u"minutes"_s,
                          tr("%1 would log %2 on %3 (%4 stored already, %5 on earlier lines of "
                             "the file); a person logs at most 24:00 a day")
                              .arg(person->name, hoursText(stored + inFile + row.minutes),
                                   row.date.toString(Qt::ISODate), hoursText(stored),
                                   hoursText(inFile)));
            return false;
        }
        inFile += row.minutes;
        return true;
    }

    static constexpr int kMaxDay = 24 * 60;

    Database &m_db;
    QHash<QString, QList<TimeLookups::Person>> m_people; // folded name → people
    QHash<QString, TimeLookups::ContractTerms> m_contracts; // reference → contract
    QHash<qint64, qint64> m_requests; // request → its account
    QHash<TimeLookups::DayKey, int> m_stored; // minutes stored per person and day
    QHash<TimeLookups::DayKey, int> m_inFile; // minutes of valid rows so far
    RateTable m_rates;
    QList<PendingTime> m_pending;
};

} // namespace

std::unique_ptr<ImportRows> timeRows(ImportContext &context, Database &database)
{
    return std::make_unique<TimeRows>(context, database);
}

} // namespace cd::importing
