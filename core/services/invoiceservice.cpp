#include "services/invoiceservice.h"

#include "domain/billingsettings.h"
#include "domain/invoicerules.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "domain/revenueentry.h"
#include "services/settingsservice.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/revenuerepository.h"
#include "storage/settingsrepository.h"
#include "storage/timestore.h"
#include "storage/transactionguard.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kInvoice = u"invoice"_s;
const QString kPayment = u"payment"_s;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString plain(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString() + u' ' + currency;
}

/// The database's refusal of a change to an issued invoice (the triggers of migration 11)
/// as a sentence.
Error writeError(const QString &message)
{
    if (message.contains(u"ClientDesk: issued invoice"_s))
        return Error { InvoiceService::tr("The invoice is issued and cannot be changed; void it "
                                          "or issue a credit note.") };
    if (message.contains(u"row-level security"_s))
        return Error {
            InvoiceService::tr("You bill only the accounts you manage; %1").arg(message)
        };
    return Error { message };
}

InvoiceService::Row toRow(const InvoiceStore::ListRow &r, const QDate &today)
{
    InvoiceService::Row row;
    const Invoice &i = r.invoice;
    row.id = i.id;
    row.number = i.number;
    row.creditNote = i.series == InvoiceSeries::CreditNote;
    row.accountId = i.accountId;
    row.accountName = r.accountName;
    row.contractId = i.contractId;
    row.contractReference = r.contractReference;
    row.date = i.date;
    row.dueDate = i.dueDate;
    row.currency = i.currency;
    row.netMinor = i.netMinor;
    row.taxMinor = i.taxMinor;
    row.totalMinor = i.totalMinor;
    row.paidMinor = i.paidMinor;
    row.state = i.state;
    const bool open = i.state == InvoiceState::Issued || i.state == InvoiceState::PartlyPaid;
    row.owedMinor = open && !row.creditNote
        ? std::max<qint64>(0, i.totalMinor - i.paidMinor - r.creditedMinor)
        : 0;
    row.daysOverdue = InvoiceRules::daysOverdue(i, today);
    return row;
}

} // namespace

Result<QList<InvoiceService::Row>> InvoiceService::list(const Filter &filter,
                                                        const QDate &today) const
{
    InvoiceStore::ListFilter f;
    f.state = filter.state;
    f.overdueOnly = filter.overdueOnly;
    f.today = today;
    f.from = filter.from;
    f.to = filter.to;
    f.accountId = filter.accountId;
    f.contractId = filter.contractId;
    f.managerId = filter.managerId;
    f.search = filter.search;
    const auto rows = InvoiceStore(m_db).list(f);
    if (!rows)
        return Error { rows.error() };
    QList<Row> out;
    out.reserve(rows->size());
    for (const InvoiceStore::ListRow &r : *rows)
        out.append(toRow(r, today));
    return out;
}

Result<Invoice> InvoiceService::get(qint64 id) const
{
    return InvoiceStore(m_db).get(id);
}

Result<Invoice> InvoiceService::byNumber(const QString &number) const
{
    const auto id = InvoiceStore(m_db).idByNumber(number);
    if (!id)
        return Error { id.error() };
    if (!*id)
        return Error {
            tr("There is no invoice or credit note numbered “%1”.").arg(number.trimmed())
        };
    return get(**id);
}

Result<Invoice> InvoiceService::withDefaults(Invoice invoice) const
{
    const auto context = InvoiceStore(m_db).context(invoice.accountId, invoice.contractId);
    if (!context)
        return Error { context.error() };
    const auto settings = SettingsService(m_db).billingSettings();
    if (!settings)
        return Error { settings.error() };
    if (invoice.currency.isEmpty())
        invoice.currency = !context->contractCurrency.isEmpty() ? context->contractCurrency
            : !context->accountCurrency.isEmpty()               ? context->accountCurrency
                                                  : SettingsRepository(m_db).firmCurrency();
    if (!invoice.dueDate.isValid() && invoice.date.isValid())
        invoice.dueDate
            = invoice.date.addDays(context->paymentTermsDays.value_or(settings->paymentTermsDays));
    for (InvoiceLine &line : invoice.lines) {
        if (!line.taxRateBp)
            line.taxRateBp = settings->taxRateBp;
        if (line.amountMinor == 0 && line.unitPriceMinor != 0)
            line.amountMinor
                = InvoiceRules::lineAmount(line.quantityMilli, line.unitPriceMinor).value_or(0);
    }
    invoice.pricesIncludeTax = settings->pricesIncludeTax;
    if (Status ok = InvoiceRules::total(invoice); !ok)
        return Error { ok.error() };
    return invoice;
}

Result<QString> InvoiceService::labelOf(const Invoice &invoice) const
{
    if (!invoice.number.isEmpty())
        return invoice.number;
    const auto context = InvoiceStore(m_db).context(invoice.accountId, std::nullopt);
    if (!context)
        return Error { context.error() };
    return tr("The draft of %1 for %2").arg(iso(invoice.date), context->accountName);
}

Result<QString> InvoiceService::draftProblem(const Invoice &invoice) const
{
    const InvoiceStore store(m_db);
    const auto context = store.context(invoice.accountId, invoice.contractId);
    if (!context)
        return context.error();
    if (invoice.contractId && context->contractAccountId != invoice.accountId)
        return tr("Contract %1 belongs to another account, not to %2.")
            .arg(context->contractReference, context->accountName);
    if (!Money::isValidCurrency(invoice.currency))
        return tr("“%1” is not a currency code such as IDR or USD.").arg(invoice.currency);
    if (!invoice.date.isValid())
        return tr("The invoice has no date.");
    if (!isWithinDateRange(invoice.date))
        return tr("The invoice's date: %1.").arg(outOfDateRangeReason(invoice.date));
    if (!invoice.dueDate.isValid() || invoice.dueDate < invoice.date)
        return tr("The due date %1 is before the invoice's date %2.")
            .arg(iso(invoice.dueDate), iso(invoice.date));
    QList<qint64> entries;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        if (line.description.trimmed().isEmpty())
            return tr("Line %1 has no description; say what it bills.").arg(i + 1);
        if (line.taxRateBp && (*line.taxRateBp < 0 || *line.taxRateBp > 10000))
            return tr("Line %1 has a tax rate outside 0 to 100 %.").arg(i + 1);
        entries += line.timeEntryIds;
    }
    Invoice totalled = invoice;
    if (Status ok = InvoiceRules::total(totalled); !ok)
        return ok.error();
    const auto time = store.timeProblems(entries, invoice.accountId);
    if (!time)
        return time.error();
    if (!time->isEmpty())
        return time->constFirst();
    const auto held = store.heldElsewhere(invoice);
    if (!held)
        return held.error();
    return held->isEmpty() ? QString() : held->constFirst();
}

Result<qint64> InvoiceService::createDraft(const Invoice &input)
{
    Invoice invoice = input;
    invoice.id = 0;
    invoice.number.clear();
    invoice.state = InvoiceState::Draft;
    invoice.series = InvoiceSeries::Invoice;
    invoice.creditForId.reset();
    invoice.paidMinor = 0;
    if (Status ok = InvoiceRules::total(invoice); !ok)
        return Error { ok.error() };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    const Result<QString> problem = draftProblem(invoice);
    if (!problem || !problem->isEmpty())
        return Error { problem ? *problem : problem.error() };
    const Result<qint64> id = InvoiceStore(m_db).insertDraft(invoice);
    if (!id)
        return writeError(id.error());
    const Result<QString> label = labelOf(invoice);
    if (Status ok = AuditLog(m_db).append(kInvoice, *id, u"create"_s, label ? *label : QString());
        !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status InvoiceService::updateDraft(const Invoice &input)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Invoice> before = InvoiceStore(m_db).get(input.id);
    if (!before)
        return Error { before.error() };
    if (before->state != InvoiceState::Draft)
        return Error { tr("%1 is issued and cannot be edited; void it or issue a credit note.")
                           .arg(before->number) };
    Invoice invoice = input;
    invoice.series = InvoiceSeries::Invoice;
    invoice.creditForId.reset();
    if (Status ok = InvoiceRules::total(invoice); !ok)
        return ok;
    const Result<QString> problem = draftProblem(invoice);
    if (!problem || !problem->isEmpty())
        return Error { problem ? *problem : problem.error() };
    if (Status ok = InvoiceStore(m_db).replaceDraft(invoice); !ok)
        return ok.conflict() ? ok : Status(writeError(ok.error()));
    const Result<QString> label = labelOf(invoice);
    if (Status ok
        = AuditLog(m_db).append(kInvoice, invoice.id, u"update"_s, label ? *label : QString());
        !ok)
        return ok;
    return guard.commit();
}

Status InvoiceService::deleteDraft(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Invoice> before = InvoiceStore(m_db).get(id);
    if (!before)
        return Error { before.error() };
    if (before->state != InvoiceState::Draft)
        return Error { tr("%1 is issued; an issued invoice is never deleted: void it or issue a "
                          "credit note.")
                           .arg(before->number) };
    const Result<QString> label = labelOf(*before);
    if (Status ok = InvoiceStore(m_db).deleteDraft(id); !ok)
        return writeError(ok.error());
    if (Status ok = AuditLog(m_db).append(kInvoice, id, u"delete"_s, label ? *label : QString());
        !ok)
        return ok;
    return guard.commit();
}

Result<InvoiceService::Numbering> InvoiceService::numbering() const
{
    const auto settings = SettingsService(m_db).billingSettings();
    if (!settings)
        return Error { settings.error() };
    auto invoices = NumberPattern::parse(settings->invoicePattern);
    if (!invoices)
        return Error { invoices.error() };
    auto creditNotes = NumberPattern::parse(settings->creditNotePattern);
    if (!creditNotes)
        return Error { creditNotes.error() };
    return Numbering { std::move(*invoices), std::move(*creditNotes) };
}

Result<QString> InvoiceService::numberAndBook(Invoice &invoice, InvoiceState state,
                                              const Numbering &numbering)
{
    InvoiceStore store(m_db);
    const NumberPattern &pattern
        = invoice.series == InvoiceSeries::CreditNote ? numbering.creditNotes : numbering.invoices;
    const int year = invoice.date.year();
    const Result<qint64> next = store.nextNumber(invoice.series, year);
    if (!next)
        return Error { next.error() };
    const QString number = pattern.format(year, *next);
    const auto taken = store.idByNumber(number);
    if (!taken)
        return Error { taken.error() };
    if (*taken)
        return Error { tr("The next number, %1, is already taken by another invoice (typed by "
                          "hand or imported); nothing was issued. Give that invoice another "
                          "number or change the pattern in Settings.")
                           .arg(number) };
    if (Status ok = store.markIssued(invoice.id, number, state); !ok)
        return ok.conflict() ? Error { ok.error(), true } : writeError(ok.error());
    invoice.number = number;
    QList<RevenueEntry> entries;
    QList<qint64> time;
    for (const InvoiceLine &line : std::as_const(invoice.lines)) {
        time += line.timeEntryIds;
        if (line.netMinor == 0)
            continue;
        RevenueEntry e;
        e.accountId = invoice.accountId;
        e.date = invoice.date;
        e.amount = Money(line.netMinor, invoice.currency);
        e.description = u"%1: %2"_s.arg(number, line.description);
        e.category = line.category;
        e.contractId = invoice.contractId;
        entries.append(e);
    }
    if (Status ok = RevenueRepository(m_db).insertForInvoice(invoice.id, number, entries); !ok)
        return Error { ok.error() };
    if (!time.isEmpty()) {
        if (Status ok = TimeStore(m_db).setState(time, TimeState::Invoiced, invoice.id); !ok)
            return Error { ok.error() };
    }
    if (Status ok = AuditLog(m_db).append(
            kInvoice, invoice.id, u"update"_s,
            tr("Issued %1 of %2 on %3")
                .arg(number, plain(invoice.totalMinor, invoice.currency), iso(invoice.date)));
        !ok)
        return Error { ok.error() };
    return number;
}

Result<QStringList> InvoiceService::issue(const QList<qint64> &ids)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    InvoiceStore store(m_db);
    const Result<Numbering> numbering = this->numbering();
    if (!numbering)
        return Error { numbering.error() };
    QStringList numbers;
    QList<qint64> accounts;
    for (const qint64 id : ids) {
        Result<Invoice> invoice = store.get(id);
        if (!invoice)
            return Error { invoice.error() };
        if (invoice->state != InvoiceState::Draft)
            return Error { tr("%1 is issued already.").arg(invoice->number) };
        const Invoice stored = *invoice;
        if (Status ok = InvoiceRules::total(invoice.value()); !ok)
            return Error { ok.error() };
        const Result<QString> label = labelOf(*invoice);
        if (!label)
            return Error { label.error() };
        if (const QString problem = InvoiceRules::issueProblem(*invoice); !problem.isEmpty())
            return Error { tr("%1: %2").arg(*label, problem) };
        if (*invoice != stored) { // totals worked out again under today's rules: kept
            if (Status ok = store.replaceDraft(*invoice); !ok)
                return Error { ok.error(), ok.conflict() };
            invoice = store.get(id);
            if (!invoice)
                return Error { invoice.error() };
        }
        const Result<QString> number
            = numberAndBook(invoice.value(), InvoiceState::Issued, *numbering);
        if (!number)
            return Error { tr("%1: %2").arg(*label, number.error()), number.conflict() };
        numbers.append(*number);
        if (!accounts.contains(invoice->accountId))
            accounts.append(invoice->accountId);
    }
    if (Status ok = CustomerStats(m_db).refreshAccounts(accounts); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return numbers;
}

Status InvoiceService::refreshState(qint64 invoiceId)
{
    InvoiceStore store(m_db);
    const Result<Invoice> invoice = store.get(invoiceId);
    if (!invoice)
        return Error { invoice.error() };
    if (invoice->state == InvoiceState::Draft || invoice->state == InvoiceState::Void)
        return {};
    const Result<qint64> credited = store.creditedMinor(invoiceId);
    if (!credited)
        return Error { credited.error() };
    const InvoiceState state
        = InvoiceRules::stateWhenPaid(invoice->totalMinor, invoice->paidMinor + *credited);
    if (state == invoice->state)
        return {};
    return store.setPaid(invoiceId, invoice->paidMinor, state);
}

Status InvoiceService::voidInvoice(qint64 id, const QString &reason, const QDate &on)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    InvoiceStore store(m_db);
    const Result<Invoice> invoice = store.get(id);
    if (!invoice)
        return Error { invoice.error() };
    const QString number = invoice->number;
    if (invoice->state == InvoiceState::Draft)
        return Error { tr("A draft has no number to void; delete it instead.") };
    if (invoice->state == InvoiceState::Void)
        return Error { tr("%1 is void already.").arg(number) };
    if (reason.trimmed().isEmpty())
        return Error { tr("Say why %1 is voided.").arg(number) };
    if (!on.isValid() || on < invoice->date)
        return Error { tr("%1 cannot be voided on %2, before its date %3.")
                           .arg(number, on.isValid() ? iso(on) : tr("no date"),
                                iso(invoice->date)) };
    const bool credit = invoice->series == InvoiceSeries::CreditNote;
    if (!credit && invoice->paidMinor > 0)
        return Error { tr("%1 has payments (%2 of %3 paid); a paid or partly paid invoice cannot "
                          "be voided: record a credit note instead.")
                           .arg(number, plain(invoice->paidMinor, invoice->currency),
                                plain(invoice->totalMinor, invoice->currency)) };
    const Result<QStringList> notes = store.creditNotes(id);
    if (!notes)
        return Error { notes.error() };
    if (!notes->isEmpty())
        return Error { tr("%1 is corrected by credit note %2; void the credit note first.")
                           .arg(number, notes->join(u", "_s)) };
    const Result<int> removed
        = RevenueRepository(m_db).removeForInvoice(id, invoice->accountId, number);
    if (!removed)
        return Error { removed.error() };
    const Result<QList<qint64>> released = store.releaseLines(id);
    if (!released)
        return Error { released.error() };
    if (!released->isEmpty()) {
        if (Status ok = TimeStore(m_db).setState(*released, TimeState::Open, 0); !ok)
            return ok;
    }
    if (Status ok = store.markVoid(id, reason, on); !ok)
        return writeError(ok.error());
    if (credit && invoice->creditForId) {
        if (Status ok = refreshState(*invoice->creditForId); !ok)
            return ok;
    }
    if (Status ok
        = AuditLog(m_db).append(kInvoice, id, u"update"_s,
                                tr("Voided %1 on %2: %3").arg(number, iso(on), reason.trimmed()));
        !ok)
        return ok;
    return guard.commit();
}

Result<QString> InvoiceService::creditNote(qint64 invoiceId, const QList<InvoiceLine> &lines,
                                           const QDate &date, const QString &reason)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    InvoiceStore store(m_db);
    const Result<Invoice> invoice = store.get(invoiceId);
    if (!invoice)
        return Error { invoice.error() };
    if (invoice->series == InvoiceSeries::CreditNote)
        return Error { tr("%1 is a credit note; credit the invoice itself.").arg(invoice->number) };
    if (invoice->state == InvoiceState::Draft)
        return Error { tr("A draft is changed, not credited; edit it instead.") };
    if (invoice->state == InvoiceState::Void)
        return Error { tr("%1 is void; there is nothing to credit.").arg(invoice->number) };
    if (reason.trimmed().isEmpty())
        return Error { tr("Say why %1 is credited.").arg(invoice->number) };
    if (!date.isValid() || date < invoice->date)
        return Error { tr("A credit note cannot be dated before its invoice's date %1.")
                           .arg(iso(invoice->date)) };
    // Lines without a rate take the invoice's when all its lines share one.
    std::optional<int> rate
        = invoice->lines.isEmpty() ? std::nullopt : invoice->lines.constFirst().taxRateBp;
    for (const InvoiceLine &line : invoice->lines)
        if (line.taxRateBp != rate)
            rate = std::nullopt;
    Invoice note;
    note.series = InvoiceSeries::CreditNote;
    note.accountId = invoice->accountId;
    note.contractId = invoice->contractId;
    note.creditForId = invoice->id;
    note.date = date;
    note.dueDate = date;
    note.currency = invoice->currency;
    note.pricesIncludeTax = invoice->pricesIncludeTax;
    note.notes = reason.trimmed();
    for (InvoiceLine line : lines) {
        line.id = 0;
        line.source = LineSource::Credit;
        line.billingKey.clear();
        line.timeEntryIds.clear();
        line.instalmentId.reset();
        if (line.amountMinor == 0)
            line.amountMinor
                = InvoiceRules::lineAmount(line.quantityMilli, line.unitPriceMinor).value_or(0);
        line.amountMinor = -std::abs(line.amountMinor);
        line.unitPriceMinor = -std::abs(line.unitPriceMinor);
        if (!line.taxRateBp)
            line.taxRateBp = rate;
        note.lines.append(line);
    }
    if (Status ok = InvoiceRules::total(note); !ok)
        return Error { ok.error() };
    if (const QString problem = InvoiceRules::issueProblem(note); !problem.isEmpty())
        return Error { problem };
    const Result<qint64> credited = store.creditedMinor(invoiceId);
    if (!credited)
        return Error { credited.error() };
    const qint64 left = invoice->totalMinor - *credited;
    if (-note.totalMinor > left)
        return Error { tr("A credit note of %1 is more than is left to credit on %2, %3.")
                           .arg(plain(-note.totalMinor, note.currency), invoice->number,
                                plain(left, note.currency)) };
    const Result<qint64> id = store.insertDraft(note);
    if (!id)
        return writeError(id.error());
    note.id = *id;
    const Result<Numbering> numbering = this->numbering();
    if (!numbering)
        return Error { numbering.error() };
    const Result<QString> number = numberAndBook(note, InvoiceState::Paid, *numbering);
    if (!number)
        return number;
    if (Status ok = CustomerStats(m_db).refresh({ note.accountId }); !ok)
        return Error { ok.error() };
    if (Status ok = refreshState(invoiceId); !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return number;
}

Status InvoiceService::allocate(Payment &p)
{
    InvoiceStore store(m_db);
    for (Payment::Allocation &a : p.allocations) {
        const Result<Invoice> invoice = store.get(a.invoiceId);
        if (!invoice)
            return Error { invoice.error() };
        const Result<QString> label = labelOf(*invoice);
        if (!label)
            return Error { label.error() };
        if (invoice->series == InvoiceSeries::CreditNote)
            return Error { tr("%1 is a credit note; it takes no payment.").arg(*label) };
        if (invoice->state == InvoiceState::Draft)
            return Error {
                tr("%1 is not issued yet; issue it before recording a payment.").arg(*label)
            };
        if (invoice->state == InvoiceState::Void)
            return Error { tr("%1 is void; it takes no payment.").arg(*label) };
        if (p.accountId == 0)
            p.accountId = invoice->accountId;
        if (p.accountId != invoice->accountId)
            return Error { tr("%1 is another account's invoice; a payment pays the invoices of "
                              "one account.")
                               .arg(*label) };
        if (p.currency.isEmpty())
            p.currency = invoice->currency;
        if (p.currency != invoice->currency)
            return Error { tr("%1 is in %2; a payment in %3 cannot pay it.")
                               .arg(*label, invoice->currency, p.currency) };
        if (p.date < invoice->date)
            return Error { tr("The payment of %1 is dated before %2's date %3.")
                               .arg(iso(p.date), *label, iso(invoice->date)) };
        const Result<qint64> credited = store.creditedMinor(invoice->id);
        if (!credited)
            return Error { credited.error() };
        const qint64 owed = invoice->totalMinor - invoice->paidMinor - *credited;
        if (owed <= 0)
            return Error { tr("%1 is paid in full; nothing is owed on it.").arg(*label) };
        if (a.amountMinor > owed)
            return Error { tr("A payment of %1 is more than %2 owes, %3; record a payment of at "
                              "most %3 (ClientDesk does not keep overpayments as credit).")
                               .arg(plain(a.amountMinor, p.currency), *label,
                                    plain(owed, p.currency)) };
        const qint64 paid = invoice->paidMinor + a.amountMinor;
        if (Status ok
            = store.setPaid(invoice->id, paid,
                            InvoiceRules::stateWhenPaid(invoice->totalMinor, paid + *credited));
            !ok)
            return ok;
    }
    return {};
}

Result<qint64> InvoiceService::recordPayment(const Payment &input)
{
    Payment p = input;
    p.id = 0;
    p.method = p.method.trimmed();
    p.reference = p.reference.trimmed();
    if (p.amountMinor <= 0)
        return Error { tr("A payment needs an amount above 0.") };
    if (!Money::isWithinBounds(p.amountMinor))
        return Error { tr("The payment is too large. %1").arg(Money::boundsSentence(p.currency)) };
    if (!p.date.isValid())
        return Error { tr("A payment needs the date it was received.") };
    if (!isWithinDateRange(p.date))
        return Error { tr("The payment's date: %1.").arg(outOfDateRangeReason(p.date)) };
    if (p.allocations.isEmpty())
        return Error { tr("A payment needs the invoice it pays.") };
    if (p.allocations.size() == 1 && p.allocations.constFirst().amountMinor == 0)
        p.allocations.first().amountMinor = p.amountMinor;
    qint64 allocated = 0;
    for (const Payment::Allocation &a : std::as_const(p.allocations)) {
        if (a.amountMinor <= 0)
            return Error { tr("Each invoice a payment pays needs an amount above 0.") };
        allocated += a.amountMinor;
    }
    if (allocated != p.amountMinor)
        return Error { tr("The payment of %1 is allocated %2 over its invoices; allocate all of "
                          "it, no more.")
                           .arg(Money(p.amountMinor, p.currency).toPlainString(),
                                Money(allocated, p.currency).toPlainString()) };
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (Status ok = allocate(p); !ok)
        return Error { ok.error() };
    const Result<qint64> id = InvoiceStore(m_db).insertPayment(p);
    if (!id)
        return writeError(id.error());
    if (Status ok
        = AuditLog(m_db).append(kPayment, *id, u"create"_s,
                                tr("%1 on %2").arg(plain(p.amountMinor, p.currency), iso(p.date)));
        !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Result<QList<Payment>> InvoiceService::payments(qint64 invoiceId) const
{
    return InvoiceStore(m_db).paymentsOf(invoiceId);
}

Result<QList<InvoiceService::PaymentRow>> InvoiceService::paymentList(const QDate &from,
                                                                      const QDate &to) const
{
    const auto rows = InvoiceStore(m_db).allPayments(from, to);
    if (!rows)
        return Error { rows.error() };
    QList<PaymentRow> out;
    out.reserve(rows->size());
    for (const InvoiceStore::PaymentRow &r : *rows)
        out.append({ r.payment, r.accountName, r.numbers });
    return out;
}

Result<QList<InvoiceService::AgingRow>> InvoiceService::aging(const QDate &asOf,
                                                              std::optional<qint64> managerId) const
{
    InvoiceStore::ListFilter f;
    f.openOnly = true;
    f.managerId = managerId;
    const auto rows = InvoiceStore(m_db).list(f);
    if (!rows)
        return Error { rows.error() };
    QMap<std::pair<QString, QString>, AgingRow> byAccount; // by name, then currency
    for (const InvoiceStore::ListRow &r : *rows) {
        const Invoice &i = r.invoice;
        if (i.series == InvoiceSeries::CreditNote)
            continue;
        const qint64 owed = i.totalMinor - i.paidMinor - r.creditedMinor;
        if (owed <= 0)
            continue;
        const auto key
            = std::make_pair(r.accountName + u'\x1f' + QString::number(i.accountId), i.currency);
        AgingRow &row = byAccount[key];
        row.accountId = i.accountId;
        row.accountName = r.accountName;
        row.currency = i.currency;
        const qint64 days = i.dueDate.daysTo(asOf);
        if (days <= 0)
            row.currentMinor += owed;
        else if (days <= 30)
            row.days1to30Minor += owed;
        else if (days <= 60)
            row.days31to60Minor += owed;
        else if (days <= 90)
            row.days61to90Minor += owed;
        else
            row.over90Minor += owed;
        row.totalMinor += owed;
    }
    return QList<AgingRow>(byAccount.cbegin(), byAccount.cend());
}

} // namespace cd
