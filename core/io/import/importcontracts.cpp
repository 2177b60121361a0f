// Importing contracts: each row belongs to a client, has a reference no other contract has,
// a billing model, a fee and a start; the status, when not given, follows from the dates.
#include "domain/contract.h"
#include "domain/money.h"
#include "io/import/importrows.h"
#include "storage/contractrepository.h"
#include "storage/importstore.h"

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

struct PendingContract
{
    int line = 0;
    bulk::ContractRow row;
};

class ContractRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    using ImportRows::ImportRows;

    Status load(const ImportLookups &lookups) override
    {
        const auto stored = lookups.contracts();
        if (!stored)
            return Error { stored.error() };
        for (const ImportLookups::ContractKey &contract : *stored)
            m_references.insert(contract.reference);
        return {};
    }

    void check(int line) override
    {
        const qsizetype before = m_ctx.problemCount();
        Contract c;
        const AccountRef *owner = m_ctx.account(line, u"account"_s);
        if (owner && owner->kind != AccountKind::Client)
            m_ctx.problem(line, u"account"_s,
                          tr("%1 is a customer; contracts belong to clients, so convert it to a "
                             "client first")
                              .arg(quoted(owner->name)));
        readReference(line, &c);
        readTerms(line, &c);
        checkTerms(line, &c);
        if (m_ctx.problemCount() != before || !owner)
            return;
        c.accountId = owner->id;
        m_ctx.repositoryRules(line, ContractRepository::validate(c));
        if (m_ctx.problemCount() != before)
            return;
        m_pending.append({ line, rowOf(c) });
    }

    int newRecords() const override { return int(m_pending.size()); }

    QString entity() const override { return u"contract"_s; }

    Status write(ImportWriter &writer) override
    {
        return m_ctx.writeRows(m_pending, [&writer](const PendingContract &c) -> Status {
            const auto id = writer.contract(c.row);
            return id ? Status() : Status(Error { id.error() });
        });
    }

private:
    // A reference no stored contract and no earlier row has.
    void readReference(int line, Contract *c)
    {
        if (!m_ctx.required(line, u"reference"_s, &c->reference))
            return;
        if (m_references.contains(c->reference))
            m_ctx.problem(line, u"reference"_s,
                          tr("the contract %1 exists already").arg(quoted(c->reference)));
        else if (m_fileReferences.contains(c->reference))
            m_ctx.problem(line, u"reference"_s,
                          tr("the contract %1 is on line %2 already")
                              .arg(quoted(c->reference))
                              .arg(m_fileReferences.value(c->reference)));
        else
            m_fileReferences.insert(c->reference, line);
    }

    // The fields of the row as they are written, each checked on its own.
    void readTerms(int line, Contract *c)
    {
        QString text;
        if (m_ctx.required(line, u"billing_model"_s, &text))
            c->billingModel
                = m_ctx.code<BillingModel>(line, u"billing_model"_s).value_or(c->billingModel);
        // The fee is in the row's currency (the firm's when not given).
        QString currency = m_ctx.currencyCode(line, u"currency"_s);
        if (currency.isEmpty())
            currency = m_ctx.currency(); // refused already; the fee is still checked
        c->fee = Money(0, currency);
        if (m_ctx.required(line, u"fee"_s, &text)) {
            if (const auto fee = m_ctx.money(line, u"fee"_s, currency)) {
                if (*fee < 0)
                    m_ctx.problem(line, u"fee"_s, tr("a fee cannot be negative"));
                c->fee = Money(*fee, currency);
            }
        }
        if (m_ctx.required(line, u"start"_s, &text))
            c->start = m_ctx.date(line, u"start"_s);
        c->end = m_ctx.date(line, u"end"_s);
        c->autoRenew = m_ctx.flag(line, u"auto_renew"_s);
        c->renewalMonths = m_ctx.number(line, u"renewal_months"_s, 1).value_or(0);
        c->noticeDays = m_ctx.number(line, u"notice_days"_s, 0).value_or(0);
        c->estimatedHours = m_ctx.number(line, u"estimated_hours"_s, 1).value_or(0);
        c->signedOn = m_ctx.date(line, u"signed_on"_s);
        c->terminatedOn = m_ctx.date(line, u"terminated_on"_s);
        c->terminationReason = m_ctx.value(u"termination_reason"_s);
        c->title = m_ctx.value(u"title"_s);
        c->scope = m_ctx.value(u"scope"_s);
        c->terminationClause = m_ctx.value(u"termination_clause"_s);
    }

    // The rules between fields, and the status and signing day the dates imply.
    void checkTerms(int line, Contract *c)
    {
        if (c->start.isValid() && c->end.isValid() && c->end < c->start)
            m_ctx.problem(line, u"end"_s,
                          tr("%1 is before the start %2")
                              .arg(c->end.toString(Qt::ISODate), c->start.toString(Qt::ISODate)));
        if (c->billingModel == BillingModel::Hourly && c->estimatedHours <= 0
            && m_ctx.value(u"estimated_hours"_s).isEmpty())
            m_ctx.problem(line, u"estimated_hours"_s,
                          tr("an hourly contract needs the estimated hours"));
        if (c->autoRenew && c->renewalMonths <= 0 && m_ctx.value(u"renewal_months"_s).isEmpty())
            m_ctx.problem(
                line, u"renewal_months"_s,
                tr("a contract that renews automatically needs the renewal term in months"));
        if (const auto status = m_ctx.code<ContractStatus>(line, u"status"_s)) {
            c->status = *status;
        } else if (m_ctx.value(u"status"_s).isEmpty() && c->start.isValid()) {
            // Contracts from a spreadsheet are mostly running ones: the dates decide.
            const QDate &today = m_ctx.today;
            c->status = c->start > today             ? ContractStatus::Draft
                : c->end.isValid() && c->end < today ? ContractStatus::Expired
                                                     : ContractStatus::Active;
        }
        if (c->status != ContractStatus::Draft && !c->signedOn.isValid()
            && m_ctx.value(u"signed_on"_s).isEmpty())
            c->signedOn = c->start;
    }

    static bulk::ContractRow rowOf(const Contract &c)
    {
        bulk::ContractRow row;
        row.accountId = c.accountId;
        row.reference = c.reference;
        row.title = c.title;
        row.scope = c.scope;
        row.terminationClause = c.terminationClause;
        row.terminationReason = c.terminationReason;
        row.billingModel = c.billingModel;
        row.feeMinor = c.fee.minorUnits();
        row.currency = c.fee.currency();
        row.estimatedHours = c.estimatedHours;
        row.start = c.start;
        row.end = c.end;
        row.signedOn = c.signedOn;
        row.terminatedOn = c.terminatedOn;
        row.autoRenew = c.autoRenew;
        row.renewalMonths = c.renewalMonths;
        row.noticeDays = c.noticeDays;
        row.status = c.status;
        return row;
    }

    QSet<QString> m_references; // of the stored contracts
    QHash<QString, int> m_fileReferences; // reference → line
    QList<PendingContract> m_pending;
};

} // namespace

std::unique_ptr<ImportRows> contractRows(ImportContext &context)
{
    return std::make_unique<ContractRows>(context);
}

} // namespace cd::importing
