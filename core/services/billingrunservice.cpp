#include "services/billingrunservice.h"

#include "domain/billingrules.h"
#include "domain/timerules.h"
#include "services/invoiceservice.h"
#include "storage/billingqueries.h"
#include "storage/transactionguard.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using ContractRow = BillingQueries::ContractRow;
using Entry = BillingQueries::OpenEntry;

} // namespace

/// What one run reads, all at once.
struct BillingRunService::RunData
{
    QDate monthStart, monthEnd;
    QString period;
    BillingRules::RunDates dates;
    QList<ContractRow> contracts;
    QHash<qint64, QList<Instalment>> instalments; ///< by contract
    QHash<qint64, QList<Entry>> entries; ///< by contract, in the order of the read
    QSet<QString> heldKeys;
    QHash<qint64, QHash<int, qint64>> use; ///< retainer → month index → minutes
};

/// A draft being built, and the overage minutes it will bill.
struct BillingRunService::Draft
{
    Proposal proposal;
    qint64 overageMinutes = 0;
};

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

InvoiceLine fixedLine(LineSource source, const QString &description, qint64 amountMinor)
{
    InvoiceLine line;
    line.source = source;
    line.description = description;
    line.quantityMilli = 1000;
    line.unitPriceMinor = amountMinor;
    line.amountMinor = amountMinor;
    return line;
}

} // namespace

/// Builds the lines of one contract's draft from what the run read.
class BillingRunService::Builder
{
public:
    Builder(const RunData &data, const ContractRow &contract, QStringList &skipped)
        : m_data(data)
        , m_c(contract)
        , m_skipped(skipped)
        , m_end(BillingRules::billingEnd(contract.status, contract.end, contract.terminatedOn,
                                         contract.autoRenew))
    { }

    /// Whether the contract's billing ended before the run's month.
    bool endedBefore() const { return m_end.isValid() && m_end < m_data.monthStart; }
    bool terminated() const { return m_c.status == ContractStatus::Terminated; }
    const QDate &end() const { return m_end; }

    void retainer(QList<InvoiceLine> &lines) const
    {
        if (m_c.billingModel != BillingModel::Retainer || m_c.feeMinor <= 0)
            return;
        const auto share
            = BillingRules::retainerShare(m_c.feeMinor, m_c.start, m_end, m_data.monthStart);
        if (!share) {
            if (m_c.status == ContractStatus::Active && endedBefore())
                m_skipped.append(tr("%1: its term ended on %2 but it is still active; renew it "
                                    "or mark it expired (its retainer is not billed).")
                                     .arg(m_c.reference, isoDate(m_end)));
            return;
        }
        const QString key = BillingRules::retainerKey(m_c.id, m_data.period);
        if (m_data.heldKeys.contains(key))
            return;
        InvoiceLine line = fixedLine(LineSource::Retainer,
                                     BillingRules::retainerDescription(*share, m_data.monthStart),
                                     share->amountMinor);
        line.period = m_data.period;
        line.billingKey = key;
        lines.append(line);
    }

    void instalments(QList<InvoiceLine> &lines) const
    {
        int late = 0;
        for (const Instalment &s : m_data.instalments.value(m_c.id)) {
            if (terminated() && m_end.isValid() && (s.milestone ? s.doneOn : s.dueDate) > m_end) {
                ++late;
                continue;
            }
            InvoiceLine line = fixedLine(LineSource::Instalment, s.description, s.amountMinor);
            line.instalmentId = s.id;
            line.billingKey = BillingRules::instalmentKey(s.id);
            lines.append(line);
        }
        if (late > 0)
            m_skipped.append(tr("%1: terminated on %2; its instalments due after it are not "
                                "billed (instalments: %n).",
                                nullptr, late)
                                 .arg(m_c.reference, isoDate(m_end)));
    }

    /// The overage minutes to bill this month, 0 for none.
    qint64 overage() const
    {
        if (m_c.billingModel != BillingModel::Retainer || m_c.includedMinutes <= 0
            || !m_data.dates.monthEnded || endedBefore()
            || m_data.heldKeys.contains(BillingRules::overageKey(m_c.id, m_data.period)))
            return 0;
        const qint64 minutes
            = BillingRules::overageMinutes(m_c.start, m_end, m_c.includedMinutes, m_c.rollover,
                                           m_data.use.value(m_c.id), m_data.monthStart);
        if (minutes > 0 && !m_c.overageRateMinor) {
            m_skipped.append(
                tr("%1: %2 hours over its included hours in %3 are not billed: it "
                   "has no overage rate.")
                    .arg(m_c.reference, TimeRules::formatDuration(minutes), m_data.period));
            return 0;
        }
        return minutes;
    }

    void hours(QList<InvoiceLine> &lines) const
    {
        const QList<Entry> entries = m_data.entries.value(m_c.id);
        int afterEnd = 0, otherCurrency = 0, unpriced = 0;
        for (qsizetype i = 0; i < entries.size();) {
            const Entry &head = entries.at(i);
            qsizetype j = i;
            qint64 minutes = 0, value = 0;
            InvoiceLine line;
            line.source = LineSource::Hours;
            QDate first, last;
            for (; j < entries.size() && entries.at(j).userId == head.userId
                 && entries.at(j).currency == head.currency
                 && entries.at(j).rateMinor == head.rateMinor;
                 ++j) {
                const Entry &e = entries.at(j);
                if (terminated() && m_end.isValid() && e.date > m_end) {
                    ++afterEnd;
                    continue;
                }
                minutes += e.minutes;
                value += e.valueMinor;
                line.timeEntryIds.append(e.id);
                first = first.isValid() ? std::min(first, e.date) : e.date;
                last = last.isValid() ? std::max(last, e.date) : e.date;
            }
            const qsizetype count = line.timeEntryIds.size();
            i = j;
            if (count == 0)
                continue;
            if (head.currency != m_c.currency) {
                otherCurrency += int(count);
                continue;
            }
            if (value <= 0) {
                unpriced += int(count);
                continue;
            }
            line.description = BillingRules::hoursDescription(head.userName, first, last);
            line.quantityMilli = BillingRules::hoursMilli(minutes);
            line.unitPriceMinor = head.rateMinor;
            line.amountMinor = value;
            lines.append(line);
        }
        if (afterEnd > 0)
            m_skipped.append(tr("%1: terminated on %2; the time logged after it is not billed "
                                "(entries: %n).",
                                nullptr, afterEnd)
                                 .arg(m_c.reference, isoDate(m_end)));
        if (otherCurrency > 0)
            m_skipped.append(tr("%1: time not in the contract's currency %2 is not billed "
                                "(entries: %n).",
                                nullptr, otherCurrency)
                                 .arg(m_c.reference, m_c.currency));
        if (unpriced > 0)
            m_skipped.append(tr("%1: billable time without a rate is not billed (entries: %n).",
                                nullptr, unpriced)
                                 .arg(m_c.reference));
    }

private:
    const RunData &m_data;
    const ContractRow &m_c;
    QStringList &m_skipped;
    QDate m_end;
};

Result<BillingRunService::Run> BillingRunService::propose(const QString &period,
                                                          std::optional<QDate> date,
                                                          const QDate &today,
                                                          std::optional<qint64> contractId) const
{
    const Result<QDate> monthStart = BillingRules::parsePeriod(period);
    if (!monthStart)
        return Error { monthStart.error() };
    const auto dates = BillingRules::runDates(*monthStart, date, today);
    if (!dates)
        return Error { dates.error() };
    RunData data;
    data.monthStart = *monthStart;
    data.monthEnd = monthStart->addMonths(1).addDays(-1);
    data.period = BillingRules::periodCode(*monthStart);
    data.dates = *dates;
    if (const Status ok = read(data, contractId); !ok)
        return Error { ok.error() };

    Run run;
    run.period = data.period;
    run.date = dates->date;
    run.cutOff = dates->cutOff;
    QList<Draft> drafts;
    QList<qint64> overageContracts;
    for (const ContractRow &c : data.contracts) {
        Builder builder(data, c, run.skipped);
        Draft draft;
        Invoice &invoice = draft.proposal.invoice;
        builder.retainer(invoice.lines);
        builder.instalments(invoice.lines);
        draft.overageMinutes = builder.overage();
        builder.hours(invoice.lines);
        // Asked for a terminated contract alone after its end with nothing left from before.
        if (contractId && builder.terminated() && builder.endedBefore() && invoice.lines.isEmpty())
            return Error { tr("%1 was terminated on %2: it is not billed for %3.")
                               .arg(c.reference, isoDate(builder.end()), data.period) };
        if (invoice.lines.isEmpty() && draft.overageMinutes <= 0)
            continue;
        if (draft.overageMinutes > 0)
            overageContracts.append(c.id);
        invoice.accountId = c.accountId;
        invoice.contractId = c.id;
        invoice.date = dates->date;
        invoice.period = data.period;
        invoice.currency = c.currency;
        draft.proposal.accountName = c.accountName;
        draft.proposal.contractReference = c.reference;
        drafts.append(draft);
    }
    if (const Status ok = addOverage(data, overageContracts, drafts); !ok)
        return Error { ok.error() };

    const InvoiceService invoices(m_db);
    for (Draft &draft : drafts) {
        if (draft.proposal.invoice.lines.isEmpty())
            continue;
        Result<Invoice> filled = invoices.withDefaults(draft.proposal.invoice);
        if (!filled)
            return Error { tr("%1: %2").arg(draft.proposal.contractReference, filled.error()) };
        draft.proposal.invoice = *filled;
        run.proposals.append(draft.proposal);
    }
    return run;
}

Status BillingRunService::read(RunData &data, std::optional<qint64> contractId) const
{
    const BillingQueries queries(m_db);
    auto contracts = queries.contracts(data.monthEnd, contractId);
    if (!contracts)
        return Error { contracts.error() };
    data.contracts = std::move(*contracts);
    if (contractId && data.contracts.isEmpty())
        return Error { tr("The contract is not signed or starts after %1: it has nothing to bill.")
                           .arg(data.period) };
    const auto instalments = queries.dueInstalments(data.monthEnd, contractId);
    if (!instalments)
        return Error { instalments.error() };
    for (const Instalment &s : *instalments)
        data.instalments[s.contractId].append(s);
    const auto entries = queries.openBillableEntries(data.dates.cutOff, contractId);
    if (!entries)
        return Error { entries.error() };
    for (const Entry &e : *entries)
        data.entries[e.contractId].append(e);
    auto held = queries.heldPeriodKeys(data.period);
    if (!held)
        return Error { held.error() };
    data.heldKeys = std::move(*held);
    if (!data.dates.monthEnded) // overage is billed once the month has ended
        return {};
    // A month is over only when its own use exceeds what it includes (what is carried only
    // adds): the month's use first, then the whole history of just those retainers.
    const auto month = queries.retainerUse(data.monthStart, data.monthEnd, contractId);
    if (!month)
        return Error { month.error() };
    QHash<qint64, int> included;
    for (const ContractRow &c : data.contracts)
        included.insert(c.id, c.includedMinutes);
    QList<qint64> over;
    for (const BillingQueries::MonthUse &u : *month) {
        if (u.minutes > included.value(u.contractId, 0) && !over.contains(u.contractId))
            over.append(u.contractId);
    }
    const auto use = queries.retainerUse({}, data.monthEnd, contractId, over);
    if (!use)
        return Error { use.error() };
    for (const BillingQueries::MonthUse &u : *use)
        data.use[u.contractId][u.monthIndex] += u.minutes;
    return {};
}

Status BillingRunService::addOverage(const RunData &data, const QList<qint64> &contractIds,
                                     QList<Draft> &drafts) const
{
    if (contractIds.isEmpty())
        return {};
    const auto entries
        = BillingQueries(m_db).retainerEntries(contractIds, data.monthStart, data.monthEnd);
    if (!entries)
        return Error { entries.error() };
    QHash<qint64, QList<BillingRules::OverageCandidate>> candidates; // latest first
    QSet<qint64> held;
    for (const BillingQueries::RetainerEntry &e : *entries) {
        candidates[e.contractId].append({ e.id, e.minutes });
        if (e.held)
            held.insert(e.id);
    }
    QHash<qint64, const ContractRow *> contractOf;
    for (const ContractRow &c : data.contracts)
        contractOf.insert(c.id, &c);
    for (Draft &draft : drafts) {
        const qint64 minutes = draft.overageMinutes;
        if (minutes <= 0)
            continue;
        Proposal *proposal = &draft.proposal;
        const ContractRow &c = *contractOf.value(*proposal->invoice.contractId);
        InvoiceLine line;
        line.source = LineSource::Overage;
        line.description = BillingRules::overageDescription(minutes, data.monthStart);
        line.quantityMilli = BillingRules::hoursMilli(minutes);
        line.unitPriceMinor = c.overageRateMinor.value_or(0);
        line.amountMinor
            = TimeRules::value(int(std::min<qint64>(minutes, INT_MAX)), line.unitPriceMinor);
        line.period = data.period;
        line.billingKey = BillingRules::overageKey(c.id, data.period);
        for (const BillingRules::OverageShare &share :
             BillingRules::overageEntries(candidates.value(c.id), minutes)) {
            if (!held.contains(share.entryId))
                line.timeEntryIds.append(share.entryId);
        }
        if (line.amountMinor <= 0)
            continue;
        // After the retainer and instalments, before the hours.
        qsizetype at = 0;
        while (at < proposal->invoice.lines.size()
               && proposal->invoice.lines.at(at).source != LineSource::Hours)
            ++at;
        proposal->invoice.lines.insert(at, line);
    }
    return {};
}

Result<QList<qint64>> BillingRunService::createDrafts(const QList<Proposal> &proposals)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    const auto ids = storeDrafts(proposals);
    if (!ids)
        return ids;
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return ids;
}

Result<QStringList> BillingRunService::createAndIssue(const QList<Proposal> &proposals,
                                                      QList<qint64> *ids)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    const auto stored = storeDrafts(proposals);
    if (!stored)
        return Error { stored.error() };
    auto numbers = InvoiceService(m_db).issue(*stored);
    if (!numbers)
        return numbers;
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    if (ids)
        *ids = *stored;
    return numbers;
}

Result<QList<qint64>> BillingRunService::storeDrafts(const QList<Proposal> &proposals)
{
    InvoiceService invoices(m_db);
    QList<qint64> ids;
    ids.reserve(proposals.size());
    for (const Proposal &p : proposals) {
        const Result<qint64> id = invoices.createDraft(p.invoice);
        if (!id)
            return Error { tr("%1: %2").arg(p.contractReference, id.error()) };
        ids.append(*id);
    }
    return ids;
}

} // namespace cd
