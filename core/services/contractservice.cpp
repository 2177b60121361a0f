#include "contractservice.h"

#include "domain/billingsettings.h"
#include "domain/isodate.h"
#include "domain/textrules.h"
#include "services/recordsteps.h"
#include "services/settingsservice.h"
#include "storage/auditlog.h"
#include "storage/contractrepository.h"
#include "storage/instalmentstore.h"
#include "storage/transactionguard.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {

static_assert(ContractService::kMaxEstimatedHours == ContractRepository::kMaxEstimatedHours);

QStringList ContractService::validate(const Contract &contract)
{
    return ContractRepository::validate(contract);
}

Contract ContractService::draft(qint64 accountId, const QString &currency, const QDate &today)
{
    Contract c;
    c.accountId = accountId;
    c.fee = Money(0, currency);
    c.start = today;
    c.end = c.start.addYears(1).addDays(-1);
    c.noticeDays = 60;
    return c;
}

Result<Contract> ContractService::get(qint64 id) const
{
    return ContractRepository(m_db).get(id);
}

Result<QList<Contract>> ContractService::listForAccount(qint64 accountId) const
{
    return ContractRepository(m_db).listForAccount(accountId);
}

Result<qint64> ContractService::insert(const Contract &contract)
{
    return ContractRepository(m_db).insert(contract);
}

Status ContractService::update(const Contract &contract)
{
    return ContractRepository(m_db).update(contract);
}

Status ContractService::sign(qint64 id, const QDate &signedOn, int rowVersion)
{
    return ContractRepository(m_db).sign(id, signedOn, rowVersion);
}

Status ContractService::renew(qint64 id, int rowVersion)
{
    return ContractRepository(m_db).renew(id, rowVersion);
}

Status ContractService::terminate(qint64 id, const QDate &on, const QString &reason, int rowVersion)
{
    return ContractRepository(m_db).terminate(id, on, reason, rowVersion);
}

Status ContractService::remove(qint64 id)
{
    return ContractRepository(m_db).remove(id);
}

Result<Contract> ContractService::takeOut(qint64 id)
{
    return recordsteps::takeOut<ContractRepository>(m_db, id);
}

Status ContractService::reinsert(const Contract &contract)
{
    return ContractRepository(m_db).reinsert(contract);
}

Result<int> ContractService::restore(const Contract &state, int expectedVersion)
{
    return ContractRepository(m_db).restore(state, expectedVersion);
}

Result<QString> ContractService::nextReference(int year) const
{
    const Result<BillingSettings> settings = SettingsService(m_db).billingSettings();
    if (!settings)
        return Error { settings.error() };
    const Result<NumberPattern> pattern = NumberPattern::parse(settings->contractPattern);
    if (!pattern)
        return Error { pattern.error() };
    const Result<QStringList> references
        = ContractRepository(m_db).references(pattern->prefix(year));
    if (!references)
        return Error { references.error() };
    qint64 highest = 0;
    for (const QString &reference : *references) {
        if (const auto number = pattern->numberIn(reference.trimmed(), year))
            highest = std::max(highest, *number);
    }
    return pattern->format(year, highest + 1);
}

Result<QString> ContractService::referencePlaceholder(int year) const
{
    const Result<BillingSettings> settings = SettingsService(m_db).billingSettings();
    if (!settings)
        return Error { settings.error() };
    const Result<NumberPattern> pattern = NumberPattern::parse(settings->contractPattern);
    if (!pattern)
        return Error { pattern.error() };
    return pattern->placeholder(year);
}

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// "the instalment “Design” of C-2026-00004", for sentences.
QString instalmentName(const Instalment &i, const Contract &c)
{
    const QString description = i.description.trimmed();
    if (i.milestone)
        return description.isEmpty()
            ? ContractService::tr("the milestone of %1").arg(c.reference)
            : ContractService::tr("the milestone “%1” of %2").arg(description, c.reference);
    return description.isEmpty()
        ? ContractService::tr("the instalment of %1").arg(c.reference)
        : ContractService::tr("the instalment “%1” of %2").arg(description, c.reference);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// "Design, IDR 25,000,000.00 due 2026-03-31" for the audit log.
QString auditText(const Instalment &i, const Contract &c)
{
    return u"%1, %2 due %3"_s.arg(i.description.trimmed(),
                                  Money(i.amountMinor, c.fee.currency()).toPlainString(),
                                  isoDate(i.dueDate));
}

} // namespace

QStringList ContractService::instalmentProblems(const Instalment &i, const Contract &c)
{
    QStringList problems = controlCharacterProblems(
        { { tr("The instalment's description"), i.description.trimmed() } });
    const QString name = capitalised(instalmentName(i, c));
    if (c.billingModel != BillingModel::Fixed)
        problems.append(tr("Contract %1 is billed as %2; instalments and milestones are for "
                           "fixed-fee contracts.")
                            .arg(c.reference, toLabel(c.billingModel).toLower()));
    if (i.description.trimmed().isEmpty())
        problems.append(tr("An instalment of %1 needs a description, such as “Design "
                           "phase”.")
                            .arg(c.reference));
    else if (i.description.trimmed().size() > kMaxInstalmentDescription)
        problems.append(tr("%1 has a description of %2 characters; at most %3 fit.")
                            .arg(name)
                            .arg(i.description.trimmed().size())
                            .arg(kMaxInstalmentDescription));
    if (i.amountMinor <= 0)
        problems.append(tr("%1 needs an amount above zero.").arg(name));
    else if (!Money::isWithinBounds(i.amountMinor))
        problems.append(tr("The amount of %1 is too large. %2")
                            .arg(instalmentName(i, c), Money::boundsSentence(c.fee.currency())));
    if (!i.dueDate.isValid()) {
        problems.append(tr("%1 needs a due date.").arg(name));
    } else if (!isWithinDateRange(i.dueDate)) {
        problems.append(tr("The due date of %1: %2.")
                            .arg(instalmentName(i, c), outOfDateRangeReason(i.dueDate)));
    } else if (c.start.isValid()) {
        const QDate earliest = c.start.addDays(-kInstalmentMarginDays);
        const QDate latest = c.end.isValid() ? c.end.addDays(kInstalmentMarginDays) : QDate();
        if (i.dueDate < earliest || (latest.isValid() && i.dueDate > latest))
            problems.append(
                tr("%1 is due on %2, outside the term of %3 (%4 to %5); a due date may lie at "
                   "most %6 days before its start or after its end.")
                    .arg(name, isoDate(i.dueDate), c.reference, isoDate(c.start),
                         c.end.isValid() ? isoDate(c.end) : tr("open end"))
                    .arg(kInstalmentMarginDays));
    }
    if (!i.milestone && i.doneOn.isValid())
        problems.append(
            tr("%1 is billed on its due date; only a milestone is marked done.").arg(name));
    if (i.milestone && i.doneOn.isValid()) {
        if (!isWithinDateRange(i.doneOn))
            problems.append(tr("The day %1 was done: %2.")
                                .arg(instalmentName(i, c), outOfDateRangeReason(i.doneOn)));
        else if (c.start.isValid() && i.doneOn < c.start.addDays(-kInstalmentMarginDays))
            problems.append(tr("%1 cannot be done on %2, long before the contract starts on %3.")
                                .arg(name, isoDate(i.doneOn), isoDate(c.start)));
    }
    return problems;
}

Status ContractService::checkInstalment(const Instalment &instalment, Contract *contract) const
{
    const Result<Contract> c = ContractRepository(m_db).get(instalment.contractId);
    if (!c)
        return Error { c.error() };
    *contract = *c;
    if (const QStringList problems = instalmentProblems(instalment, *c); !problems.isEmpty())
        return Error { problems.join(u' ') };
    return {};
}

Status ContractService::checkNotBilled(const Instalment &stored, const Contract &contract) const
{
    const Result<std::optional<QString>> billed = InstalmentStore(m_db).billedOn(stored.id);
    if (!billed)
        return Error { billed.error() };
    if (!*billed)
        return {};
    const QString name = capitalised(instalmentName(stored, contract));
    if ((*billed)->isEmpty())
        return Error { tr("%1 is on a draft invoice; delete that draft (or its line) before "
                          "changing or removing it.")
                           .arg(name) };
    return Error { tr("%1 is billed on invoice %2 and can no longer be changed or removed.")
                       .arg(name, **billed) };
}

Result<QList<ContractService::ScheduledInstalment>>
ContractService::instalments(qint64 contractId) const
{
    const InstalmentStore store(m_db);
    const Result<QList<Instalment>> list = store.list(contractId);
    if (!list)
        return Error { list.error() };
    const Result<QHash<qint64, QString>> billed = store.billed(contractId);
    if (!billed)
        return Error { billed.error() };
    QList<ScheduledInstalment> out;
    out.reserve(list->size());
    for (const Instalment &i : *list) {
        const auto it = billed->constFind(i.id);
        out.append({ i, it != billed->cend(), it != billed->cend() ? *it : QString() });
    }
    return out;
}

Result<qint64> ContractService::addInstalment(const Instalment &input)
{
    Instalment instalment = input;
    instalment.description = instalment.description.trimmed();
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    Contract contract;
    if (Status ok = checkInstalment(instalment, &contract); !ok)
        return Error { ok.error() };
    const Result<qint64> id = InstalmentStore(m_db).insert(instalment);
    if (!id)
        return id;
    if (Status ok
        = AuditLog(m_db).append(u"contract"_s, contract.id, u"update"_s,
                                tr("Added to the schedule of %1: %2")
                                    .arg(contract.reference, auditText(instalment, contract)));
        !ok)
        return Error { ok.error() };
    if (Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status ContractService::updateInstalment(const Instalment &input)
{
    Instalment instalment = input;
    instalment.description = instalment.description.trimmed();
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Instalment> stored = InstalmentStore(m_db).get(instalment.id);
    if (!stored)
        return Error { stored.error() };
    if (stored->contractId != instalment.contractId)
        return Error { tr("An instalment stays on its contract; remove it and add it to the "
                          "other contract instead.") };
    Contract contract;
    if (Status ok = checkInstalment(instalment, &contract); !ok)
        return ok;
    if (*stored == instalment)
        return {};
    if (Status ok = checkNotBilled(*stored, contract); !ok)
        return ok;
    const Result<bool> written = InstalmentStore(m_db).update(instalment);
    if (!written)
        return Error { written.error() };
    if (Status ok
        = AuditLog(m_db).append(u"contract"_s, contract.id, u"update"_s,
                                tr("Changed in the schedule of %1: %2")
                                    .arg(contract.reference, auditText(instalment, contract)));
        !ok)
        return ok;
    return guard.commit();
}

Status ContractService::removeInstalment(qint64 id)
{
    TransactionGuard guard(m_db);
    if (Status ok = guard.begin(); !ok)
        return ok;
    const Result<Instalment> stored = InstalmentStore(m_db).get(id);
    if (!stored)
        return Error { stored.error() };
    const Result<Contract> contract = ContractRepository(m_db).get(stored->contractId);
    if (!contract)
        return Error { contract.error() };
    if (Status ok = checkNotBilled(*stored, *contract); !ok)
        return ok;
    const Result<bool> removed = InstalmentStore(m_db).remove(id);
    if (!removed)
        return Error { removed.error() };
    if (Status ok
        = AuditLog(m_db).append(u"contract"_s, contract->id, u"update"_s,
                                tr("Removed from the schedule of %1: %2")
                                    .arg(contract->reference, auditText(*stored, *contract)));
        !ok)
        return ok;
    return guard.commit();
}

} // namespace cd
