// The sample portfolio's invoices and payments: planned per contract and month by the
// planner, priced from the time logged, numbered in date order and written through
// bulk::InvoiceWriter (see sampleinvoices.h).
#include "sample/sampleinvoices.h"

#include "domain/billingsettings.h"
#include "domain/invoicerules.h"
#include "domain/timeamounts.h"
#include "domain/timerules.h"
#include "services/settingsservice.h"
#include "storage/database.h"
#include "storage/invoicebulk.h"
#include "storage/timebulk.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::sample {

namespace {

QString monthOf(const QDate &date)
{
    return date.toString(u"yyyy-MM"_s);
}

QString key(qint64 contractId, const QString &month)
{
    return QString::number(contractId) + u':' + month;
}

/// Hours in thousandths of `minutes`, rounded half away from zero.
qint64 hoursMilli(qint64 minutes)
{
    return (minutes * 1000 * 2 + 60) / 120;
}

QString hoursText(qint64 minutes)
{
    return QString::number(double(minutes) / 60.0, 'f', minutes % 60 == 0 ? 0 : 2);
}

struct Billable
{
    qint64 minutes = 0;
    qint64 valueMinor = 0;
};

/// What the time says: billable minutes and values per contract and month, and each
/// retainer's overage minutes per month (timeamounts::retainerMonths: carried minutes used
/// first, unused ones roll over a month).
struct TimeFacts
{
    QHash<QString, Billable> billable;
    QHash<QString, qint64> overage;
    QHash<qint64, qint64> overageRate;
};

Result<TimeFacts> timeFacts(Database &db, const bulk::InvoiceWriter &writer)
{
    const auto months = writer.monthTime();
    if (!months)
        return Error { months.error() };
    const auto contracts = TimeLookups(db).contracts();
    if (!contracts)
        return Error { contracts.error() };
    TimeFacts facts;
    QHash<QString, qint64> used;
    for (const bulk::InvoiceWriter::MonthTime &m : *months) {
        used[key(m.contractId, m.month)] += m.minutes;
        if (m.billable)
            facts.billable.insert(key(m.contractId, m.month), { m.minutes, m.valueMinor });
    }
    for (const TimeLookups::ContractTerms &c : *contracts) {
        if (c.billingModel != BillingModel::Retainer || c.includedMinutes <= 0
            || !c.overageRateMinor || !c.start.isValid() || !c.end.isValid())
            continue;
        facts.overageRate.insert(c.id, *c.overageRateMinor);
        QStringList names;
        QList<qint64> included, minutes;
        for (QDate m = c.start.addDays(1 - c.start.day()); m <= c.end; m = m.addMonths(1)) {
            names.append(monthOf(m));
            included.append(c.includedMinutes);
            minutes.append(used.value(key(c.id, names.constLast())));
        }
        const auto retainer = timeamounts::retainerMonths(included, c.rollover, minutes);
        for (qsizetype i = 0; i < retainer.size(); ++i) {
            if (retainer.at(i).overage > 0)
                facts.overage.insert(key(c.id, names.at(i)), retainer.at(i).overage);
        }
    }
    return facts;
}

struct Draft
{
    const PlannedAccount *account = nullptr;
    Invoice invoice;
};

/// The invoice a planned month becomes, priced; empty when it bills nothing (no hours).
std::optional<Invoice> draftFor(const PlannedAccount &a, const PlannedInvoice &p,
                                const QList<qint64> &instalmentIds, const TimeFacts &facts,
                                const BillingSettings &billing, const QString &firmCurrency)
{
    const ContractRow &c = a.contracts.at(p.contract);
    const qint64 contractId = a.contractIds.at(p.contract);
    const QString month = monthOf(p.date);
    Invoice invoice;
    invoice.accountId = a.id;
    invoice.contractId = contractId;
    invoice.date = p.date;
    invoice.dueDate = p.date.addDays(billing.paymentTermsDays);
    invoice.period = month;
    invoice.currency = !c.currency.isEmpty() ? c.currency
        : !a.currency.isEmpty()              ? a.currency
                                             : firmCurrency;
    invoice.pricesIncludeTax = billing.pricesIncludeTax;
    InvoiceLine line;
    line.description = p.description;
    line.taxRateBp = billing.taxRateBp;
    line.category = a.practice;
    switch (p.kind) {
    case PlannedInvoice::Kind::Retainer:
        line.source = LineSource::Retainer;
        line.unitPriceMinor = line.amountMinor = p.amountMinor;
        line.period = month;
        line.billingKey = u"retainer:%1:%2"_s.arg(contractId).arg(month);
        break;
    case PlannedInvoice::Kind::Instalment:
        line.source = LineSource::Instalment;
        line.unitPriceMinor = line.amountMinor = p.amountMinor;
        line.instalmentId = instalmentIds.at(p.instalment);
        line.billingKey = u"instalment:%1"_s.arg(*line.instalmentId);
        break;
    case PlannedInvoice::Kind::Hours: {
        const Billable hours = facts.billable.value(key(contractId, month));
        if (hours.minutes <= 0 || hours.valueMinor <= 0)
            return std::nullopt;
        line.source = LineSource::Hours;
        line.description = u"%1 (%2 h)"_s.arg(p.description, hoursText(hours.minutes));
        line.quantityMilli = hoursMilli(hours.minutes);
        line.unitPriceMinor = c.feeMinor;
        line.amountMinor = hours.valueMinor; // the sum of the entries' values
        break;
    }
    }
    invoice.lines.append(line);
    if (p.kind == PlannedInvoice::Kind::Retainer) {
        const qint64 over = facts.overage.value(key(contractId, month));
        if (over > 0) {
            InvoiceLine overage = line;
            overage.source = LineSource::Overage;
            overage.description
                = u"Hours over the included hours %1 (%2 h)"_s.arg(month, hoursText(over));
            overage.quantityMilli = hoursMilli(over);
            overage.unitPriceMinor = facts.overageRate.value(contractId);
            overage.amountMinor = TimeRules::value(int(over), overage.unitPriceMinor);
            overage.billingKey = u"overage:%1:%2"_s.arg(contractId).arg(month);
            invoice.lines.append(overage);
        }
    }
    if (!InvoiceRules::total(invoice) || !InvoiceRules::issueProblem(invoice).isEmpty())
        return std::nullopt;
    return invoice;
}

} // namespace

QList<std::pair<QDate, qint64>> InvoiceSampler::settle(const Invoice &invoice)
{
    const QDate last = m_options.today.addDays(-1); // history ends as today begins
    const QDate &due = invoice.dueDate;
    const qint64 total = invoice.totalMinor;
    const QDate early = std::min(invoice.date.addDays(5), last);
    if (due >= m_options.today) { // not due yet: some pay early
        if (m_random.chance(30) && invoice.date < last)
            return { { m_random.dateBetween(early, std::min(due, last)), total } };
        return {};
    }
    const qint64 age = due.daysTo(m_options.today); // days past due
    const int roll = m_random.between(0, 99);
    if (age <= 75 && roll < 7)
        return {}; // still owed
    if (roll >= 7 && roll < 11) { // in part: the rest later, or still owed for the last months' ones
        const qint64 part = total * m_random.between(30, 70) / 100;
        if (part <= 0)
            return { { m_random.dateBetween(early, due), total } };
        QList<std::pair<QDate, qint64>> paid { { m_random.dateBetween(early, due), part } };
        if (age > 120)
            paid.append({ std::min(last, due.addDays(m_random.between(20, 90))), total - part });
        return paid;
    }
    if (roll >= 11 && roll < 21) { // late
        const QDate paid = due.addDays(m_random.between(1, 75));
        if (paid > last)
            return {};
        return { { paid, total } };
    }
    return { { m_random.dateBetween(early, due), total } };
}

Status InvoiceSampler::issue(bulk::InvoiceWriter &writer, const PlannedAccount &a, Invoice &invoice)
{
    const QList<std::pair<QDate, qint64>> paid = settle(invoice);
    for (const auto &[date, amount] : paid)
        invoice.paidMinor += amount;
    invoice.state = InvoiceRules::stateWhenPaid(invoice.totalMinor, invoice.paidMinor);
    const QDateTime issuedAt(invoice.date, QTime(9, 0));
    const auto id = writer.invoice(invoice, issuedAt);
    if (!id)
        return Error { id.error() };
    ++m_invoices;
    const AccountKind kind = a.row.convertedOn.isValid() && invoice.date < a.row.convertedOn
        ? AccountKind::Customer
        : AccountKind::Client;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        if (const auto written = writer.line(*id, int(i) + 1, line); !written)
            return Error { written.error() };
        // Issuing books the line's net as revenue on the invoice's date.
        RevenueRow row;
        row.accountId = a.id;
        row.date = invoice.date;
        row.amountMinor = line.netMinor;
        row.kindAtBooking = kind;
        row.description = line.description;
        row.category = line.category;
        row.contractId = invoice.contractId;
        row.currency = invoice.currency;
        row.invoiceId = *id;
        if (Status ok = m_writer.revenue(row); !ok)
            return ok;
        ++m_revenueEntries;
    }
    for (const auto &[date, amount] : paid) {
        Payment payment;
        payment.accountId = a.id;
        payment.date = date;
        payment.amountMinor = amount;
        payment.currency = invoice.currency;
        payment.method = u"bank transfer"_s;
        payment.reference = invoice.number;
        payment.allocations.append({ *id, amount });
        if (const auto written = writer.payment(payment, QDateTime(date, QTime(10, 0))); !written)
            return Error { written.error() };
        ++m_payments;
    }
    return {};
}

Status InvoiceSampler::write()
{
    const auto billing = SettingsService(m_db).billingSettings();
    if (!billing)
        return Error { billing.error() };
    const auto pattern = NumberPattern::parse(billing->invoicePattern);
    if (!pattern)
        return Error { pattern.error() };
    bulk::InvoiceWriter writer(m_db);
    const auto facts = timeFacts(m_db, writer);
    if (!facts)
        return Error { facts.error() };
    if (Status ok = writer.begin(m_db.dialect() == Dialect::PostgreSQL); !ok)
        return ok;

    QList<Draft> drafts;
    for (const PlannedAccount &a : m_plan.accounts) {
        QList<qint64> instalmentIds;
        for (const PlannedInstalment &i : a.instalments) {
            Instalment row;
            row.contractId = a.contractIds.at(i.contract);
            row.description = i.description;
            row.dueDate = i.dueDate;
            row.amountMinor = i.amountMinor;
            const auto id = writer.instalment(row);
            if (!id)
                return Error { id.error() };
            instalmentIds.append(*id);
        }
        for (const PlannedInvoice &p : a.invoices) {
            if (auto invoice = draftFor(a, p, instalmentIds, *facts, *billing, m_options.currency))
                drafts.append({ &a, std::move(*invoice) });
        }
    }
    // Issued in date order: the numbers of a year follow the invoices' dates.
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft &x, const Draft &y) {
        return x.invoice.date < y.invoice.date;
    });
    QHash<int, qint64> numbers;
    for (Draft &d : drafts) {
        if ((m_invoices & 1023) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Error { SampleGenerator::tr("Creating the sample portfolio was cancelled; "
                                               "nothing was written.") };
        const int year = d.invoice.date.year();
        d.invoice.number = pattern->format(year, ++numbers[year]);
        if (Status ok = issue(writer, *d.account, d.invoice); !ok)
            return ok;
    }
    if (Status ok = writer.numbering(numbers); !ok)
        return ok;
    return writer.finish();
}

} // namespace cd::sample
