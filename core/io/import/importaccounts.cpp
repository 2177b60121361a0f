// Importing accounts: each row checked as the account form checks it, likely duplicates of
// stored accounts and of earlier rows found and decided (fail, skip, merge, create), account
// managers the file names created, referrals to earlier rows resolved as rows are written.
#include "domain/account.h"
#include "domain/email.h"
#include "domain/money.h"
#include "io/duplicates.h"
#include "io/import/importrows.h"
#include "storage/accountrepository.h"
#include "storage/importstore.h"

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

struct PendingAccount
{
    int line = 0;
    bulk::AccountRow row;
    QString managerName; ///< the manager's folded name, when there is one
    QString referredByName; ///< folded, when it refers to an earlier row of this file
    qint64 mergeInto = 0; ///< an existing account to fill in instead of a new one
};

class AccountRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    using ImportRows::ImportRows;

    Status load(const ImportLookups &lookups) override
    {
        const auto users = lookups.users();
        if (!users)
            return Error { users.error() };
        for (const ImportLookups::UserName &user : *users)
            m_users.insert(folded(user.name), user.id);
        const auto stored = lookups.fullAccounts();
        if (!stored)
            return Error { stored.error() };
        for (const Account &a : *stored) {
            m_storedIndex.add(a.id, a);
            m_storedAccounts.insert(a.id, a);
        }
        return {};
    }

    void check(int line) override
    {
        const qsizetype before = m_ctx.problemCount();
        Account a = readAccount(line);
        PendingAccount pending;
        pending.line = line;
        readManager(&a, &pending);
        readReferrer(line, &a, &pending);
        if (m_ctx.problemCount() == before)
            m_ctx.repositoryRules(line, AccountRepository::validate(a, m_ctx.today));
        if (m_ctx.problemCount() != before)
            return;
        pending.row = rowOf(a);
        if (!resolveDuplicate(line, a, &pending))
            return;
        m_fileIndex.add(line, a);
        m_fileAccounts.insert(folded(a.name));
        m_lineToPending.insert(line, int(m_pending.size()));
        m_pending.append(pending);
    }

    int newRecords() const override
    {
        return int(std::count_if(m_pending.cbegin(), m_pending.cend(),
                                 [](const PendingAccount &p) { return p.mergeInto == 0; }));
    }

    QString entity() const override { return u"account"_s; }

    Status prepare(ImportWriter &writer, QStringList *created) override
    {
        for (auto it = m_newUsers.cbegin(); it != m_newUsers.cend(); ++it) {
            const auto id = writer.accountManager(it.value(), m_ctx.today);
            if (!id)
                return Error { id.error() };
            m_newUserIds.insert(it.key(), *id);
        }
        if (!m_newUsers.isEmpty()) {
            QStringList names = m_newUsers.values();
            names.sort(Qt::CaseInsensitive);
            created->append(tr("New account managers: %1").arg(names.join(u", "_s)));
        }
        return {};
    }

    Status write(ImportWriter &writer) override
    {
        QHash<QString, qint64> idsByName; // folded name of a row → its new id
        for (PendingAccount pending : std::as_const(m_pending)) {
            if (!m_ctx.tick())
                return m_ctx.cancelled();
            if (!pending.row.managerId && !pending.managerName.isEmpty())
                pending.row.managerId = m_newUserIds.value(pending.managerName);
            if (!pending.referredByName.isEmpty())
                pending.row.referredById = idsByName.value(pending.referredByName);
            if (pending.mergeInto > 0) {
                if (const Status ok = mergeInto(writer, pending); !ok)
                    return m_ctx.lineError(pending.line, ok.error());
                continue;
            }
            const auto id = writer.account(pending.row);
            if (!id)
                return m_ctx.lineError(pending.line, id.error());
            idsByName.insert(folded(pending.row.name), *id);
            m_ctx.touched.insert(*id);
            if (pending.row.referredById)
                m_ctx.touched.insert(*pending.row.referredById);
        }
        return {};
    }

private:
    Account readAccount(int line)
    {
        Account a;
        QString text;
        m_ctx.required(line, u"name"_s, &a.name);
        if (m_ctx.required(line, u"kind"_s, &text)) {
            if (const auto kind = m_ctx.code<AccountKind>(line, u"kind"_s))
                a.kind = *kind;
        }
        a.status = m_ctx.code<AccountStatus>(line, u"status"_s).value_or(AccountStatus::Active);
        a.channel = m_ctx.code<Channel>(line, u"channel"_s).value_or(Channel::Direct);
        a.industry = m_ctx.value(u"industry"_s);
        a.city = m_ctx.value(u"city"_s);
        a.region = m_ctx.value(u"region"_s);
        a.country = m_ctx.value(u"country"_s);
        a.email = m_ctx.value(u"email"_s);
        a.phone = m_ctx.value(u"phone"_s);
        a.taxId = m_ctx.value(u"tax_id"_s);
        a.notes = m_ctx.value(u"notes"_s);
        a.convertedOn = m_ctx.date(line, u"converted_on"_s);
        // The account's own currency; empty: the firm's.
        // The same check as every other import's currency column (a known ISO 4217 code).
        if (!m_ctx.value(u"currency"_s).trimmed().isEmpty())
            a.currency = m_ctx.currencyCode(line, u"currency"_s);
        if (!a.email.isEmpty() && !isEmailAddress(a.email))
            m_ctx.problem(line, u"email"_s, tr("%1 is not an email address").arg(quoted(a.email)));
        return a;
    }

    // The account manager: a stored user, or one the import creates (the first spelling wins).
    void readManager(Account *a, PendingAccount *pending)
    {
        const QString manager = m_ctx.value(u"manager"_s);
        if (manager.isEmpty())
            return;
        pending->managerName = folded(manager);
        if (const auto it = m_users.constFind(pending->managerName); it != m_users.cend())
            a->managerId = *it;
        else if (!m_newUsers.contains(pending->managerName))
            m_newUsers.insert(pending->managerName, manager);
    }

    // The referrer: a stored account, or a row earlier in the file.
    void readReferrer(int line, Account *a, PendingAccount *pending)
    {
        const QString referrer = m_ctx.value(u"referred_by"_s);
        if (referrer.isEmpty())
            return;
        const auto &accounts = m_ctx.accounts();
        const auto stored = accounts.constFind(folded(referrer));
        if (stored != accounts.cend() && stored->size() == 1)
            a->referredById = stored->first().id;
        else if (stored != accounts.cend() && stored->size() > 1)
            m_ctx.problem(line, u"referred_by"_s,
                          tr("several accounts are named %1").arg(quoted(referrer)));
        else if (m_fileAccounts.contains(folded(referrer)))
            pending->referredByName = folded(referrer);
        else
            m_ctx.problem(line, u"referred_by"_s,
                          tr("there is no account named %1 in the database or earlier in the file")
                              .arg(quoted(referrer)));
    }

    bulk::AccountRow rowOf(const Account &a) const
    {
        bulk::AccountRow row;
        row.kind = a.kind;
        row.status = a.status;
        row.name = a.name;
        row.industry = a.industry;
        row.city = a.city;
        row.region = a.region;
        row.country = a.country;
        row.channel = a.channel;
        row.managerId = a.managerId;
        row.referredById = a.referredById;
        row.taxId = a.taxId;
        row.email = a.email;
        row.phone = a.phone;
        row.notes = a.notes;
        row.convertedOn = a.convertedOn;
        row.currency = a.currency;
        row.createdOn = m_ctx.today;
        return row;
    }

    // Looks for a likely duplicate of a valid row and applies the decision about it. Returns
    // whether the row is still to be added as a new account.
    bool resolveDuplicate(int line, const Account &a, PendingAccount *pending)
    {
        LikelyDuplicate found;
        found.line = line;
        found.name = a.name;
        if (const auto stored = m_storedIndex.matches(a); !stored.isEmpty()) {
            const Account &existing = m_storedAccounts.value(stored.first().key);
            found.existingId = existing.id;
            found.existingName = existing.name;
            found.reasons = DuplicateRules::describe(stored.first().reasons);
        } else if (const auto earlier = m_fileIndex.matches(a); !earlier.isEmpty()) {
            found.existingLine = int(earlier.first().key);
            found.existingName = m_rowNames.value(found.existingLine);
            found.reasons = DuplicateRules::describe(earlier.first().reasons);
        }
        m_rowNames.insert(line, a.name);
        if (found.existingName.isEmpty())
            return true;
        ImportReport &report = m_ctx.report;
        found.decision = m_ctx.options.duplicateDecisions.value(line, m_ctx.options.onDuplicate);
        report.duplicates.append(found);
        switch (found.decision) {
        case DuplicatePolicy::Fail:
        case DuplicatePolicy::Create:
            return true;
        case DuplicatePolicy::Skip:
            ++report.skipped;
            return false;
        case DuplicatePolicy::Merge:
            ++report.merged;
            if (found.existingId > 0) {
                pending->mergeInto = found.existingId;
                m_pending.append(*pending);
            } else {
                fillBlanks(&m_pending[m_lineToPending.value(found.existingLine)].row, pending->row);
            }
            return false;
        }
        return true;
    }

    static void fillBlanks(bulk::AccountRow *target, const bulk::AccountRow &source)
    {
        for (auto [to, from] : { std::pair { &target->industry, &source.industry },
                                 std::pair { &target->city, &source.city },
                                 std::pair { &target->region, &source.region },
                                 std::pair { &target->country, &source.country },
                                 std::pair { &target->taxId, &source.taxId },
                                 std::pair { &target->email, &source.email },
                                 std::pair { &target->phone, &source.phone },
                                 std::pair { &target->notes, &source.notes },
                                 std::pair { &target->currency, &source.currency } }) {
            if (to->isEmpty())
                *to = *from;
        }
        if (!target->managerId)
            target->managerId = source.managerId;
        if (!target->referredById)
            target->referredById = source.referredById;
    }

    Status mergeInto(ImportWriter &writer, const PendingAccount &pending)
    {
        auto existing = writer.storedAccount(pending.mergeInto);
        if (!existing)
            return Error { existing.error() };
        Account merged = *existing;
        Account incoming;
        incoming.industry = pending.row.industry;
        incoming.city = pending.row.city;
        incoming.region = pending.row.region;
        incoming.country = pending.row.country;
        incoming.taxId = pending.row.taxId;
        incoming.email = pending.row.email;
        incoming.phone = pending.row.phone;
        incoming.notes = pending.row.notes;
        incoming.managerId = pending.row.managerId;
        incoming.referredById = pending.row.referredById;
        incoming.currency = pending.row.currency;
        fillEmptyFields(merged, incoming);
        if (const Status ok = writer.updateAccount(merged); !ok)
            return ok;
        return writer.audit(u"account"_s, merged.id, u"merge"_s,
                            tr("Line %1 of %2 (“%3”) merged into this account")
                                .arg(pending.line)
                                .arg(m_ctx.document.source, pending.row.name));
    }

    QHash<QString, qint64> m_users; // folded name → id
    QHash<QString, QString> m_newUsers; // folded name → name as first written
    QHash<QString, qint64> m_newUserIds; // folded name → id, once written
    DuplicateIndex m_storedIndex;
    QHash<qint64, Account> m_storedAccounts;
    DuplicateIndex m_fileIndex;
    QHash<int, QString> m_rowNames; // line → account name
    QSet<QString> m_fileAccounts; // folded names of the rows so far
    QHash<int, int> m_lineToPending; // line → index in m_pending
    QList<PendingAccount> m_pending;
};

} // namespace

std::unique_ptr<ImportRows> accountRows(ImportContext &context)
{
    return std::make_unique<AccountRows>(context);
}

} // namespace cd::importing
