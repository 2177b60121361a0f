#include "io/importer.h"

#include "domain/account.h"
#include "domain/contact.h"
#include "domain/contract.h"
#include "domain/email.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "domain/revenueentry.h"
#include "domain/textrules.h"
#include "io/csvwriter.h"
#include "io/duplicates.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/bulkwriter.h"
#include "storage/contractrepository.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/revenuerollup.h"
#include "storage/settingsrepository.h"
#include "storage/transactionguard.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// How often (in rows) progress is reported and Cancel is looked at.
constexpr int kProgressEvery = 256;

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("cd::Importer", "“%1”").arg(text);
}

} // namespace

QString toCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return u"accounts"_s;
    case ImportKind::Contacts:
        return u"contacts"_s;
    case ImportKind::Contracts:
        return u"contracts"_s;
    case ImportKind::Revenue:
        return u"revenue"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromCode(const QString &code)
{
    for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                             ImportKind::Revenue }) {
        if (toCode(kind) == code.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QString toCode(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Fail:
        return u"fail"_s;
    case DuplicatePolicy::Skip:
        return u"skip"_s;
    case DuplicatePolicy::Merge:
        return u"merge"_s;
    case DuplicatePolicy::Create:
        return u"create"_s;
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code)
{
    for (DuplicatePolicy policy : { DuplicatePolicy::Fail, DuplicatePolicy::Skip,
                                    DuplicatePolicy::Merge, DuplicatePolicy::Create }) {
        if (toCode(policy) == code.trimmed().toLower())
            return policy;
    }
    return std::nullopt;
}

QString ImportProblem::toString() const
{
    return u"%1: %2: %3"_s.arg(line).arg(column, reason);
}

QString LikelyDuplicate::toString() const
{
    if (existingId > 0) {
        return QCoreApplication::translate("cd::Importer",
                                           "%1: “%2” looks like the account “%3” (id %4): %5")
            .arg(line)
            .arg(name, existingName)
            .arg(existingId)
            .arg(reasons);
    }
    return QCoreApplication::translate("cd::Importer",
                                       "%1: “%2” looks like “%3” on line %4 of the file: %5")
        .arg(line)
        .arg(name, existingName)
        .arg(existingLine)
        .arg(reasons);
}

bool ImportReport::blocked(const ImportOptions &options) const
{
    if (!problems.isEmpty() && !options.skipInvalid)
        return true;
    return std::any_of(duplicates.cbegin(), duplicates.cend(), [](const LikelyDuplicate &d) {
        return d.decision == DuplicatePolicy::Fail;
    });
}

Importer::Importer(Database &database) : m_db(database) { }

QList<ImportField> Importer::fields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return { { u"name"_s, true },  { u"kind"_s, true }, { u"status"_s },      { u"industry"_s },
                 { u"city"_s },        { u"region"_s },     { u"country"_s },     { u"channel"_s },
                 { u"manager"_s },     { u"email"_s },      { u"phone"_s },       { u"tax_id"_s },
                 { u"referred_by"_s }, { u"notes"_s },      { u"converted_on"_s } };
    case ImportKind::Contacts:
        return { { u"account"_s, true }, { u"name"_s, true }, { u"job_title"_s },
                 { u"email"_s },         { u"phone"_s },      { u"roles"_s } };
    case ImportKind::Contracts:
        return { { u"account"_s, true },
                 { u"reference"_s, true },
                 { u"billing_model"_s, true },
                 { u"fee"_s, true },
                 { u"start"_s, true },
                 { u"end"_s },
                 { u"auto_renew"_s },
                 { u"renewal_months"_s },
                 { u"notice_days"_s },
                 { u"estimated_hours"_s },
                 { u"status"_s },
                 { u"signed_on"_s },
                 { u"terminated_on"_s },
                 { u"termination_reason"_s },
                 { u"title"_s },
                 { u"scope"_s },
                 { u"termination_clause"_s } };
    case ImportKind::Revenue:
        return { { u"date"_s, true },  { u"account"_s, true }, { u"amount"_s, true },
                 { u"description"_s }, { u"product"_s },       { u"category"_s },
                 { u"quantity"_s },    { u"discount"_s },      { u"promotion"_s },
                 { u"contract"_s } };
    }
    return {};
}

QString Importer::normalisedHeader(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.replace(u' ', u'_').replace(u'-', u'_');
    return name;
}

Result<QHash<QString, int>> Importer::mapColumns(ImportKind kind, const CsvDocument &document)
{
    const QList<ImportField> known = fields(kind);
    QStringList knownNames;
    for (const ImportField &field : known)
        knownNames.append(field.name);
    QHash<QString, int> mapping;
    QStringList problems;
    for (int column = 0; column < document.header.size(); ++column) {
        const QString name = normalisedHeader(document.header.at(column));
        if (name.isEmpty()) {
            problems.append(tr("column %1 has no name in the header").arg(column + 1));
        } else if (!knownNames.contains(name)) {
            problems.append(tr("the column %1 is not one of the %2 columns")
                                .arg(quoted(document.header.at(column).trimmed()), toCode(kind)));
        } else if (mapping.contains(name)) {
            problems.append(tr("the column %1 appears twice").arg(quoted(name)));
        } else {
            mapping.insert(name, column);
        }
    }
    for (const ImportField &field : known) {
        if (field.required && !mapping.contains(field.name))
            problems.append(tr("the required column %1 is missing").arg(quoted(field.name)));
    }
    if (!problems.isEmpty()) {
        return Error { tr("%1, line %2: %3. The columns of %4 are: %5.")
                           .arg(document.source)
                           .arg(document.headerLine)
                           .arg(problems.join(u"; "_s), toCode(kind), knownNames.join(u", "_s)) };
    }
    return mapping;
}

Status Importer::checkMapping(ImportKind kind, const CsvDocument &document,
                              const QHash<QString, int> &mapping)
{
    QStringList problems;
    QSet<int> used;
    for (const ImportField &field : fields(kind)) {
        const auto it = mapping.constFind(field.name);
        if (it == mapping.cend()) {
            if (field.required)
                problems.append(tr("choose a column for %1").arg(quoted(field.name)));
            continue;
        }
        if (*it < 0 || *it >= document.header.size())
            problems.append(
                tr("%1 is mapped to a column the file does not have").arg(quoted(field.name)));
        else if (used.contains(*it))
            problems.append(
                tr("the column %1 is chosen for two fields").arg(quoted(document.header.at(*it))));
        used.insert(*it);
    }
    if (!problems.isEmpty())
        return Error { tr("The columns do not fit: %1.").arg(problems.join(u"; "_s)) };
    return {};
}

namespace {

struct AccountRef
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer;
    QDate convertedOn; ///< a client that was a customer before this day

    /// The kind revenue of this day is booked under: a converted client's earlier revenue
    /// stays customer revenue.
    AccountKind kindOn(const QDate &day) const
    {
        if (kind == AccountKind::Client && convertedOn.isValid() && day < convertedOn)
            return AccountKind::Customer;
        return kind;
    }
};

struct ContractRef
{
    qint64 id = 0;
    qint64 accountId = 0;
};

struct ProductRef
{
    qint64 id = 0; ///< 0: created by this import
    QString name;
    QString category;
    qint64 listPriceMinor = 0;
};

struct PendingAccount
{
    int line = 0;
    bulk::AccountRow row;
    QString managerName; ///< the manager's folded name, when there is one
    QString referredByName; ///< folded, when it refers to an earlier row of this file
    qint64 mergeInto = 0; ///< an existing account to fill in instead of a new one
};

struct PendingContact
{
    int line = 0;
    qint64 accountId = 0;
    QString name, jobTitle, email, phone;
    QList<ContactRole> roles;
};

struct PendingContract
{
    int line = 0;
    bulk::ContractRow row;
};

struct PendingRevenue
{
    int line = 0;
    bulk::RevenueRow row;
    QString productName; ///< folded; set when the product is created by this import
};

// The rows a report rejected: the file's own columns, then `line` and `problems`.
std::pair<QStringList, QList<QStringList>> rejectedTable(const CsvDocument &document,
                                                         const ImportReport &report)
{
    QHash<int, QStringList> reasons;
    for (const ImportProblem &p : report.problems)
        reasons[p.line].append(p.column + u": "_s + p.reason);
    QList<QStringList> rows;
    for (const CsvRecord &record : report.rejected) {
        QStringList fields = record.fields;
        while (fields.size() < document.header.size())
            fields.append(QString());
        fields << QString::number(record.line) << reasons.value(record.line).join(u"; "_s);
        rows.append(fields);
    }
    return { document.header + QStringList { u"line"_s, u"problems"_s }, rows };
}

/// One run of the importer over one document.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    ImportRun(Database &db, ImportKind kind, const CsvDocument &document,
              const ImportOptions &options, const Importer::Progress &progress,
              QHash<QString, int> mapping)
        : m_db(db), m_kind(kind), m_doc(document), m_options(options), m_progress(progress)
    {
        // A short list searched by comparing: a hash of the field name for every value was
        // a sixth of a large import.
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            m_columns.append({ it.key(), it.value() });
        // In the file's order, so that a row's problems are listed as its columns read.
        std::sort(m_columns.begin(), m_columns.end(),
                  [](const Column &a, const Column &b) { return a.index < b.index; });
        m_report.kind = kind;
        m_report.rows = int(document.records.size());
        m_report.notices = document.notices;
        m_total = qint64(document.records.size()) * (options.dryRun ? 1 : 2);
    }

    Result<ImportReport> execute()
    {
        if (m_doc.records.isEmpty()) {
            return Error { tr("%1 has a header (line %2) but no rows: there is nothing to import.")
                               .arg(m_doc.source)
                               .arg(m_doc.headerLine) };
        }
        if (const Status ok = load(); !ok)
            return Error { ok.error() };
        for (const CsvRecord &record : m_doc.records) {
            if (!tick())
                return cancelled();
            const qsizetype before = m_report.problems.size();
            if (record.fields.size() != m_doc.header.size()) {
                problem(record.line, tr("row"),
                        tr("the header has %1 columns but this row has %2")
                            .arg(m_doc.header.size())
                            .arg(record.fields.size()));
            } else if (m_record = &record; !controlCharactersFree(record.line)) {
                // The row is refused as it stands; its other rules can wait for a clean copy.
            } else {
                switch (m_kind) {
                case ImportKind::Accounts:
                    checkAccount(record.line);
                    break;
                case ImportKind::Contacts:
                    checkContact(record.line);
                    break;
                case ImportKind::Contracts:
                    checkContract(record.line);
                    break;
                case ImportKind::Revenue:
                    checkRevenue(record.line);
                    break;
                }
            }
            if (m_report.problems.size() != before)
                m_report.rejected.append(record);
        }
        m_report.imported = newRecordCount();
        m_report.written = false;
        if (m_options.dryRun || m_report.blocked(m_options))
            return m_report;
        if (const Status ok = write(); !ok)
            return Error { ok.error() };
        m_report.written = true;
        return m_report;
    }

private:
    // --- reading values ---------------------------------------------------------------

    QString value(const QString &field) const
    {
        const auto it = std::find_if(m_columns.cbegin(), m_columns.cend(),
                                     [&field](const Column &c) { return c.field == field; });
        if (it == m_columns.cend() || it->index >= m_record->fields.size())
            return {};
        return m_record->fields.at(it->index).trimmed();
    }

    void problem(int line, const QString &column, const QString &reason)
    {
        m_report.problems.append({ line, column, reason });
    }

    bool required(int line, const QString &field, QString *text)
    {
        *text = value(field);
        if (text->isEmpty()) {
            problem(line, field, tr("is empty; it is required"));
            return false;
        }
        return true;
    }

    QDate date(int line, const QString &field)
    {
        const QString text = value(field);
        if (text.isEmpty())
            return {};
        // A file has few distinct dates and many rows: each is parsed once.
        if (const auto known = m_dates.constFind(text); known != m_dates.cend())
            return *known;
        bool wellFormed = false;
        const QDate parsed = parseIsoDate(text, &wellFormed);
        if (!wellFormed)
            problem(line, field,
                    tr("%1 is not a date; write dates as YYYY-MM-DD, such as 2024-03-31")
                        .arg(quoted(text)));
        else if (!parsed.isValid())
            problem(line, field, tr("%1 is not a day of the calendar").arg(text));
        else if (!isWithinDateRange(parsed))
            problem(line, field, outOfDateRangeReason(parsed));
        else
            return *m_dates.insert(text, parsed);
        return {};
    }

    std::optional<qint64> money(int line, const QString &field)
    {
        const QString text = value(field);
        if (text.isEmpty())
            return std::nullopt;
        const Result<Money> parsed = Money::parse(text, m_currency);
        if (!parsed) {
            problem(line, field, parsed.error());
            return std::nullopt;
        }
        return parsed->minorUnits();
    }

    std::optional<int> number(int line, const QString &field, int minimum)
    {
        const QString text = value(field);
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int parsed = text.toInt(&ok);
        if (!ok) {
            problem(line, field, tr("%1 is not a whole number").arg(quoted(text)));
            return std::nullopt;
        }
        if (parsed < minimum) {
            problem(line, field, tr("%1 is less than %2").arg(parsed).arg(minimum));
            return std::nullopt;
        }
        return parsed;
    }

    bool flag(int line, const QString &field)
    {
        const QString text = value(field).toLower();
        if (text.isEmpty() || text == u"no"_s || text == u"false"_s || text == u"0"_s
            || text == u"n"_s)
            return false;
        if (text == u"yes"_s || text == u"true"_s || text == u"1"_s || text == u"y"_s)
            return true;
        problem(line, field, tr("%1 is not yes or no").arg(quoted(value(field))));
        return false;
    }

    template<typename Enum> std::optional<Enum> code(int line, const QString &field)
    {
        const QString text = value(field);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<Enum> parsed = fromCode<Enum>(text);
        if (!parsed)
            problem(line, field,
                    tr("%1 is not one of %2").arg(quoted(text), allCodes<Enum>().join(u", "_s)));
        return parsed;
    }

    /// The account a row names in `field`, or nullptr with a problem.
    const AccountRef *account(int line, const QString &field)
    {
        QString name;
        if (!required(line, field, &name))
            return nullptr;
        // Rows name the same accounts again and again: each spelling is folded once.
        auto cached = m_accountsBySpelling.constFind(name);
        if (cached == m_accountsBySpelling.cend()) {
            const auto it = m_accounts.constFind(folded(name));
            cached = m_accountsBySpelling.insert(name, it == m_accounts.cend() ? nullptr : &*it);
        }
        const QList<AccountRef> *it = *cached;
        if (!it || it->isEmpty()) {
            problem(line, field, tr("there is no account named %1").arg(quoted(name)));
            return nullptr;
        }
        if (it->size() > 1) {
            problem(line, field,
                    tr("several accounts are named %1; rename all but one of them first")
                        .arg(quoted(name)));
            return nullptr;
        }
        return &it->first();
    }

    /// False, with a problem for each field, when a field holds a control character (an
    /// escape sequence, a NUL …); tabs and line breaks are text in the multi-line fields.
    bool controlCharactersFree(int line)
    {
        bool free = true;
        for (const Column &column : std::as_const(m_columns)) {
            const QString text = value(column.field);
            const bool multiline = column.field == u"notes"_s || column.field == u"scope"_s
                || column.field == u"termination_clause"_s;
            const qsizetype at = firstControlCharacter(text, multiline);
            if (at < 0)
                continue;
            problem(line, column.field,
                    tr("contains the control character %1 (character %2), which cannot be "
                       "stored; remove it")
                        .arg(codePointName(text.at(at)))
                        .arg(at + 1));
            free = false;
        }
        return free;
    }

    /// Repository rules that span several fields, reported under `row`.
    void repositoryRules(int line, const QStringList &messages)
    {
        for (const QString &message : messages)
            problem(line, tr("row"), message);
    }

    // --- checking rows --------------------------------------------------------------

    void checkAccount(int line)
    {
        const qsizetype before = m_report.problems.size();
        Account a;
        QString text;
        required(line, u"name"_s, &a.name);
        if (required(line, u"kind"_s, &text)) {
            if (const auto kind = code<AccountKind>(line, u"kind"_s))
                a.kind = *kind;
        }
        a.status = code<AccountStatus>(line, u"status"_s).value_or(AccountStatus::Active);
        a.channel = code<Channel>(line, u"channel"_s).value_or(Channel::Direct);
        a.industry = value(u"industry"_s);
        a.city = value(u"city"_s);
        a.region = value(u"region"_s);
        a.country = value(u"country"_s);
        a.email = value(u"email"_s);
        a.phone = value(u"phone"_s);
        a.taxId = value(u"tax_id"_s);
        a.notes = value(u"notes"_s);
        a.convertedOn = date(line, u"converted_on"_s);
        if (!a.email.isEmpty() && !isEmailAddress(a.email))
            problem(line, u"email"_s, tr("%1 is not an email address").arg(quoted(a.email)));

        PendingAccount pending;
        pending.line = line;
        if (const QString manager = value(u"manager"_s); !manager.isEmpty()) {
            pending.managerName = folded(manager);
            if (const auto it = m_users.constFind(pending.managerName); it != m_users.cend())
                a.managerId = *it;
            else if (!m_newUsers.contains(pending.managerName))
                m_newUsers.insert(pending.managerName, manager); // the first spelling wins
        }
        if (const QString referrer = value(u"referred_by"_s); !referrer.isEmpty()) {
            const auto stored = m_accounts.constFind(folded(referrer));
            if (stored != m_accounts.cend() && stored->size() == 1)
                a.referredById = stored->first().id;
            else if (stored != m_accounts.cend() && stored->size() > 1)
                problem(line, u"referred_by"_s,
                        tr("several accounts are named %1").arg(quoted(referrer)));
            else if (m_fileAccounts.contains(folded(referrer)))
                pending.referredByName = folded(referrer);
            else
                problem(line, u"referred_by"_s,
                        tr("there is no account named %1 in the database or earlier in the file")
                            .arg(quoted(referrer)));
        }
        if (m_report.problems.size() == before)
            repositoryRules(line, AccountRepository::validate(a, m_today));
        if (m_report.problems.size() != before)
            return;

        pending.row.kind = a.kind;
        pending.row.status = a.status;
        pending.row.name = a.name;
        pending.row.industry = a.industry;
        pending.row.city = a.city;
        pending.row.region = a.region;
        pending.row.country = a.country;
        pending.row.channel = a.channel;
        pending.row.managerId = a.managerId;
        pending.row.referredById = a.referredById;
        pending.row.taxId = a.taxId;
        pending.row.email = a.email;
        pending.row.phone = a.phone;
        pending.row.notes = a.notes;
        pending.row.convertedOn = a.convertedOn;
        pending.row.createdOn = m_today;

        if (!resolveDuplicate(line, a, &pending))
            return;
        m_fileIndex.add(line, a);
        m_fileAccounts.insert(folded(a.name));
        m_lineToPending.insert(line, int(m_pendingAccounts.size()));
        m_pendingAccounts.append(pending);
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
        found.decision = m_options.duplicateDecisions.value(line, m_options.onDuplicate);
        m_report.duplicates.append(found);
        switch (found.decision) {
        case DuplicatePolicy::Fail:
        case DuplicatePolicy::Create:
            return true;
        case DuplicatePolicy::Skip:
            ++m_report.skipped;
            return false;
        case DuplicatePolicy::Merge:
            ++m_report.merged;
            if (found.existingId > 0) {
                pending->mergeInto = found.existingId;
                m_pendingAccounts.append(*pending);
            } else {
                fillBlanks(&m_pendingAccounts[m_lineToPending.value(found.existingLine)].row,
                           pending->row);
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
                                 std::pair { &target->notes, &source.notes } }) {
            if (to->isEmpty())
                *to = *from;
        }
        if (!target->managerId)
            target->managerId = source.managerId;
        if (!target->referredById)
            target->referredById = source.referredById;
    }

    void checkContact(int line)
    {
        const qsizetype before = m_report.problems.size();
        PendingContact pending;
        pending.line = line;
        const AccountRef *owner = account(line, u"account"_s);
        required(line, u"name"_s, &pending.name);
        pending.jobTitle = value(u"job_title"_s);
        pending.email = value(u"email"_s);
        pending.phone = value(u"phone"_s);
        if (!pending.email.isEmpty() && !isEmailAddress(pending.email))
            problem(line, u"email"_s, tr("%1 is not an email address").arg(quoted(pending.email)));
        for (const QString &part : value(u"roles"_s).split(u'|', Qt::SkipEmptyParts)) {
            const std::optional<ContactRole> role = fromCode<ContactRole>(part);
            if (!role)
                problem(line, u"roles"_s,
                        tr("%1 is not one of %2")
                            .arg(quoted(part.trimmed()), allCodes<ContactRole>().join(u", "_s)));
            else if (!pending.roles.contains(*role))
                pending.roles.append(*role);
        }
        if (m_report.problems.size() != before || !owner)
            return;
        std::sort(pending.roles.begin(), pending.roles.end());
        pending.accountId = owner->id;
        m_pendingContacts.append(pending);
    }

    void checkContract(int line)
    {
        const qsizetype before = m_report.problems.size();
        Contract c;
        const AccountRef *owner = account(line, u"account"_s);
        if (owner && owner->kind != AccountKind::Client)
            problem(line, u"account"_s,
                    tr("%1 is a customer; contracts belong to clients, so convert it to a "
                       "client first")
                        .arg(quoted(owner->name)));
        if (required(line, u"reference"_s, &c.reference)) {
            if (m_contracts.contains(c.reference))
                problem(line, u"reference"_s,
                        tr("the contract %1 exists already").arg(quoted(c.reference)));
            else if (m_fileReferences.contains(c.reference))
                problem(line, u"reference"_s,
                        tr("the contract %1 is on line %2 already")
                            .arg(quoted(c.reference))
                            .arg(m_fileReferences.value(c.reference)));
            else
                m_fileReferences.insert(c.reference, line);
        }
        QString text;
        if (required(line, u"billing_model"_s, &text))
            c.billingModel = code<BillingModel>(line, u"billing_model"_s).value_or(c.billingModel);
        if (required(line, u"fee"_s, &text)) {
            if (const auto fee = money(line, u"fee"_s)) {
                if (*fee < 0)
                    problem(line, u"fee"_s, tr("a fee cannot be negative"));
                c.fee = Money(*fee, m_currency);
            }
        }
        if (required(line, u"start"_s, &text))
            c.start = date(line, u"start"_s);
        c.end = date(line, u"end"_s);
        c.autoRenew = flag(line, u"auto_renew"_s);
        c.renewalMonths = number(line, u"renewal_months"_s, 1).value_or(0);
        c.noticeDays = number(line, u"notice_days"_s, 0).value_or(0);
        c.estimatedHours = number(line, u"estimated_hours"_s, 1).value_or(0);
        c.signedOn = date(line, u"signed_on"_s);
        c.terminatedOn = date(line, u"terminated_on"_s);
        c.terminationReason = value(u"termination_reason"_s);
        c.title = value(u"title"_s);
        c.scope = value(u"scope"_s);
        c.terminationClause = value(u"termination_clause"_s);
        if (c.start.isValid() && c.end.isValid() && c.end < c.start)
            problem(line, u"end"_s,
                    tr("%1 is before the start %2")
                        .arg(c.end.toString(Qt::ISODate), c.start.toString(Qt::ISODate)));
        if (c.billingModel == BillingModel::Hourly && c.estimatedHours <= 0
            && value(u"estimated_hours"_s).isEmpty())
            problem(line, u"estimated_hours"_s, tr("an hourly contract needs the estimated hours"));
        if (c.autoRenew && c.renewalMonths <= 0 && value(u"renewal_months"_s).isEmpty())
            problem(line, u"renewal_months"_s,
                    tr("a contract that renews automatically needs the renewal term in months"));
        if (const auto status = code<ContractStatus>(line, u"status"_s)) {
            c.status = *status;
        } else if (value(u"status"_s).isEmpty() && c.start.isValid()) {
            // Contracts from a spreadsheet are mostly running ones: the dates decide.
            c.status = c.start > m_today             ? ContractStatus::Draft
                : c.end.isValid() && c.end < m_today ? ContractStatus::Expired
                                                     : ContractStatus::Active;
        }
        if (c.status != ContractStatus::Draft && !c.signedOn.isValid()
            && value(u"signed_on"_s).isEmpty())
            c.signedOn = c.start;
        if (m_report.problems.size() != before || !owner)
            return;
        c.accountId = owner->id;
        repositoryRules(line, ContractRepository::validate(c));
        if (m_report.problems.size() != before)
            return;

        bulk::ContractRow row;
        row.accountId = c.accountId;
        row.reference = c.reference;
        row.title = c.title;
        row.scope = c.scope;
        row.terminationClause = c.terminationClause;
        row.terminationReason = c.terminationReason;
        row.billingModel = c.billingModel;
        row.feeMinor = c.fee.minorUnits();
        row.estimatedHours = c.estimatedHours;
        row.start = c.start;
        row.end = c.end;
        row.signedOn = c.signedOn;
        row.terminatedOn = c.terminatedOn;
        row.autoRenew = c.autoRenew;
        row.renewalMonths = c.renewalMonths;
        row.noticeDays = c.noticeDays;
        row.status = c.status;
        m_pendingContracts.append({ line, row });
    }

    void checkRevenue(int line)
    {
        const qsizetype before = m_report.problems.size();
        RevenueEntry e;
        QString text;
        if (required(line, u"date"_s, &text))
            e.date = date(line, u"date"_s);
        const AccountRef *owner = account(line, u"account"_s);
        if (required(line, u"amount"_s, &text)) {
            if (const auto amount = money(line, u"amount"_s)) {
                if (*amount == 0)
                    problem(line, u"amount"_s, tr("is 0; a revenue entry needs an amount"));
                e.amount = Money(*amount, m_currency);
            }
        }
        e.description = value(u"description"_s);
        e.category = value(u"category"_s);
        e.promotion = value(u"promotion"_s);
        e.quantity = number(line, u"quantity"_s, 1).value_or(1);
        if (const auto discount = money(line, u"discount"_s)) {
            if (*discount < 0)
                problem(line, u"discount"_s, tr("a discount cannot be negative"));
            e.discountMinor = *discount;
        }
        PendingRevenue pending;
        pending.line = line;
        if (const QString reference = value(u"contract"_s); !reference.isEmpty()) {
            const auto it = m_contracts.constFind(reference);
            if (it == m_contracts.cend())
                problem(line, u"contract"_s, tr("there is no contract %1").arg(quoted(reference)));
            else if (owner && it->accountId != owner->id)
                problem(line, u"contract"_s,
                        tr("the contract %1 belongs to another account").arg(quoted(reference)));
            else
                e.contractId = it->id;
        }
        if (m_report.problems.size() != before || !owner)
            return;
        e.accountId = owner->id;

        if (const QString product = value(u"product"_s); !product.isEmpty()) {
            const QString key = folded(product);
            auto it = m_products.find(key);
            if (it == m_products.end()) {
                // A product the catalogue does not have yet: created with this row's unit price.
                const qint64 unitPrice = (e.amount.minorUnits() + e.discountMinor) / e.quantity;
                if (!Money::isWithinBounds(unitPrice)) {
                    problem(line, u"product"_s,
                            tr("the new product's price, amount plus discount, is too large. %1")
                                .arg(Money::boundsSentence(m_currency)));
                    return;
                }
                it = m_products.insert(key,
                                       { 0, product,
                                         e.category.isEmpty() ? tr("Uncategorised") : e.category,
                                         std::max<qint64>(unitPrice, 0) });
            }
            if (it->id > 0)
                e.productId = it->id;
            else
                pending.productName = key;
        }
        pending.row.accountId = e.accountId;
        pending.row.date = e.date;
        pending.row.amountMinor = e.amount.minorUnits();
        pending.row.kindAtBooking = owner->kindOn(e.date);
        pending.row.description = e.description;
        pending.row.category = e.category;
        pending.row.promotion = e.promotion;
        pending.row.productId = e.productId;
        pending.row.contractId = e.contractId;
        pending.row.quantity = e.quantity;
        pending.row.discountMinor = e.discountMinor;
        m_pendingRevenue.append(pending);
    }

    // --- lookups ----------------------------------------------------------------------

    Status load()
    {
        m_today = QDate::currentDate();
        m_currency = SettingsRepository(m_db).firmCurrency();

        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id, name, kind, converted_on FROM accounts ORDER BY id"_s))
            return Database::sqlError(tr("Reading the accounts"), query);
        while (query.next()) {
            const QString name = query.value(1).toString();
            m_accounts[folded(name)].append(
                { query.value(0).toLongLong(), name,
                  fromCode<AccountKind>(query.value(2).toString()).value_or(AccountKind::Customer),
                  QDate::fromString(query.value(3).toString(), Qt::ISODate) });
        }
        if (m_kind == ImportKind::Accounts) {
            if (!query.exec(u"SELECT id, name FROM users"_s))
                return Database::sqlError(tr("Reading the account managers"), query);
            while (query.next())
                m_users.insert(folded(query.value(1).toString()), query.value(0).toLongLong());
            const auto stored = AccountRepository(m_db).list();
            if (!stored)
                return Error { stored.error() };
            for (const Account &a : *stored) {
                m_storedIndex.add(a.id, a);
                m_storedAccounts.insert(a.id, a);
            }
        }
        if (m_kind == ImportKind::Contracts || m_kind == ImportKind::Revenue) {
            if (!query.exec(u"SELECT id, reference, account_id FROM contracts"_s))
                return Database::sqlError(tr("Reading the contracts"), query);
            while (query.next()) {
                m_contracts.insert(query.value(1).toString(),
                                   { query.value(0).toLongLong(), query.value(2).toLongLong() });
            }
        }
        if (m_kind == ImportKind::Revenue) {
            if (!query.exec(u"SELECT id, name, category, list_price_minor FROM products"_s))
                return Database::sqlError(tr("Reading the products"), query);
            while (query.next()) {
                m_products.insert(folded(query.value(1).toString()),
                                  { query.value(0).toLongLong(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toLongLong() });
            }
        }
        return {};
    }

    // --- writing ----------------------------------------------------------------------

    bool tick()
    {
        ++m_done;
        if (!m_progress || (m_done % kProgressEvery != 0 && m_done != m_total))
            return true;
        return m_progress(m_done, m_total);
    }

    Error cancelled() const
    {
        return Error {
            tr("The import of %1 was cancelled; nothing was imported.").arg(m_doc.source)
        };
    }

    Status write()
    {
        TransactionGuard guard(m_db);
        if (const Status ok = guard.begin(); !ok)
            return ok;
        bulk::BulkWriter writer(m_db, m_currency);
        if (const Status ok = writer.prepare(); !ok)
            return ok;
        writer.setCreatedAt(QDateTime::currentDateTime());

        QHash<QString, qint64> newUserIds;
        for (auto it = m_newUsers.cbegin(); it != m_newUsers.cend(); ++it) {
            const auto id = writer.user(it.value(), {}, UserRole::AccountManager, m_today);
            if (!id)
                return Error { id.error() };
            newUserIds.insert(it.key(), *id);
        }
        if (!m_newUsers.isEmpty()) {
            QStringList names = m_newUsers.values();
            names.sort(Qt::CaseInsensitive);
            m_report.created.append(tr("New account managers: %1").arg(names.join(u", "_s)));
        }
        QStringList newProducts;
        for (auto it = m_products.begin(); it != m_products.end(); ++it) {
            if (it->id > 0)
                continue;
            const auto id = writer.product(it->name, it->category, it->listPriceMinor);
            if (!id)
                return Error { id.error() };
            it->id = *id;
            newProducts.append(it->name);
        }
        if (!newProducts.isEmpty()) {
            newProducts.sort(Qt::CaseInsensitive);
            m_report.created.append(tr("New products: %1").arg(newProducts.join(u", "_s)));
        }

        Status ok;
        switch (m_kind) {
        case ImportKind::Accounts:
            ok = writeAccounts(writer, newUserIds);
            break;
        case ImportKind::Contacts:
            ok = writeRows(m_pendingContacts, [&writer](const PendingContact &c) -> Status {
                const auto id = writer.contact(c.accountId, c.name, c.jobTitle, c.email, c.phone,
                                               {}, c.roles);
                return id ? Status() : Status(Error { id.error() });
            });
            break;
        case ImportKind::Contracts:
            ok = writeRows(m_pendingContracts, [&writer](const PendingContract &c) -> Status {
                const auto id = writer.contract(c.row);
                return id ? Status() : Status(Error { id.error() });
            });
            break;
        case ImportKind::Revenue: {
            // The rollups take the new rows in one pass at the end, not a trigger per row.
            RevenueRollupBatch rollups(m_db);
            ok = rollups.begin();
            writer.setRollups(&rollups);
            if (ok)
                ok = writeRows(m_pendingRevenue, [&writer, this](PendingRevenue r) -> Status {
                    if (!r.productName.isEmpty())
                        r.row.productId = m_products.value(r.productName).id;
                    m_touched.insert(r.row.accountId);
                    return writer.revenue(r.row);
                });
            writer.setRollups(nullptr);
            if (ok)
                ok = rollups.finish();
            break;
        }
        }
        if (!ok)
            return ok;
        if (const Status fresh = refreshCustomerStats(); !fresh)
            return fresh;
        const QString details = tr("%1: new records: %2, merged: %3, skipped: %4, left out: %5")
                                    .arg(m_doc.source)
                                    .arg(m_report.imported)
                                    .arg(m_report.merged)
                                    .arg(m_report.skipped)
                                    .arg(m_report.rejectedRows());
        if (const Status logged
            = AuditLog(m_db).append(entityName(), std::nullopt, u"import"_s, details);
            !logged)
            return logged;
        // The rejected rows are on disk before the import commits: a file that cannot be
        // written (a missing folder, a full disk) leaves the database as it was, so running
        // the import again after fixing it does not import the good rows twice.
        std::optional<CsvFile> rejected;
        if (!m_options.rejectedPath.isEmpty() && !m_report.rejected.isEmpty()) {
            rejected.emplace(m_options.rejectedPath, m_doc.delimiter);
            if (const Status opened = rejected->open(); !opened)
                return opened;
            const auto [header, rows] = rejectedTable(m_doc, m_report);
            rejected->add(header);
            for (const QStringList &row : rows)
                rejected->add(row);
            if (const Status flushed = rejected->flush(); !flushed)
                return flushed;
        }
        if (const Status committed = guard.commit(); !committed)
            return committed;
        if (rejected) {
            if (const Status placed = rejected->commit(); placed)
                m_report.rejectedFile = m_options.rejectedPath;
            else
                m_report.rejectedError = placed.error();
        }
        return {};
    }

    // The behaviour tags and purchase figures of the accounts the import touched; after a
    // large import the next look at them recomputes everything in one pass instead.
    Status refreshCustomerStats()
    {
        if (m_touched.isEmpty())
            return {};
        CustomerStats stats(m_db);
        if (m_touched.size() > CustomerStats::kIncrementalLimit)
            return stats.markStale();
        return stats.refresh(m_touched.values(), QDate::currentDate());
    }

    template<typename Row, typename Write> Status writeRows(const QList<Row> &rows, Write write)
    {
        for (const Row &row : rows) {
            if (!tick())
                return cancelled();
            if (const Status ok = write(row); !ok)
                return Error { tr("Line %1: %2").arg(row.line).arg(ok.error()) };
        }
        return {};
    }

    Status writeAccounts(bulk::BulkWriter &writer, const QHash<QString, qint64> &newUserIds)
    {
        QHash<QString, qint64> idsByName; // folded name of a row → its new id
        AccountRepository accounts(m_db);
        AuditLog audit(m_db);
        for (PendingAccount pending : std::as_const(m_pendingAccounts)) {
            if (!tick())
                return cancelled();
            if (!pending.row.managerId && !pending.managerName.isEmpty())
                pending.row.managerId = newUserIds.value(pending.managerName);
            if (!pending.referredByName.isEmpty())
                pending.row.referredById = idsByName.value(pending.referredByName);
            if (pending.mergeInto > 0) {
                if (const Status ok = mergeInto(accounts, audit, pending); !ok)
                    return Error { tr("Line %1: %2").arg(pending.line).arg(ok.error()) };
                continue;
            }
            const auto id = writer.account(pending.row);
            if (!id)
                return Error { tr("Line %1: %2").arg(pending.line).arg(id.error()) };
            idsByName.insert(folded(pending.row.name), *id);
            m_touched.insert(*id);
            if (pending.row.referredById)
                m_touched.insert(*pending.row.referredById);
        }
        return {};
    }

    Status mergeInto(AccountRepository &accounts, AuditLog &audit, const PendingAccount &pending)
    {
        auto existing = accounts.get(pending.mergeInto);
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
        fillEmptyFields(merged, incoming);
        if (const Status ok = accounts.update(merged); !ok)
            return ok;
        return audit.append(u"account"_s, merged.id, u"merge"_s,
                            tr("Line %1 of %2 (“%3”) merged into this account")
                                .arg(pending.line)
                                .arg(m_doc.source, pending.row.name));
    }

    // The rows that become new records.
    int newRecordCount() const
    {
        switch (m_kind) {
        case ImportKind::Accounts:
            return int(std::count_if(m_pendingAccounts.cbegin(), m_pendingAccounts.cend(),
                                     [](const PendingAccount &p) { return p.mergeInto == 0; }));
        case ImportKind::Contacts:
            return int(m_pendingContacts.size());
        case ImportKind::Contracts:
            return int(m_pendingContracts.size());
        case ImportKind::Revenue:
            return int(m_pendingRevenue.size());
        }
        return 0;
    }

    QString entityName() const
    {
        switch (m_kind) {
        case ImportKind::Accounts:
            return u"account"_s;
        case ImportKind::Contacts:
            return u"contact"_s;
        case ImportKind::Contracts:
            return u"contract"_s;
        case ImportKind::Revenue:
            return u"revenue_entry"_s;
        }
        return {};
    }

    Database &m_db;
    ImportKind m_kind;
    const CsvDocument &m_doc;
    const ImportOptions &m_options;
    const Importer::Progress &m_progress;
    struct Column
    {
        QString field;
        int index;
    };
    QList<Column> m_columns; ///< the mapping: a field and its column in the file
    ImportReport m_report;
    const CsvRecord *m_record = nullptr;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QDate m_today;
    QString m_currency;

    QHash<QString, QList<AccountRef>> m_accounts; // folded name → accounts
    // Caches of the check: a name as written → its entry in m_accounts (not changed after
    // load(), so the pointers stay valid); a date as written → the date.
    QHash<QString, const QList<AccountRef> *> m_accountsBySpelling;
    QHash<QString, QDate> m_dates;
    QSet<qint64> m_touched; // accounts whose purchases, status or referrals the import changed
    QHash<QString, qint64> m_users; // folded name → id
    QHash<QString, QString> m_newUsers; // folded name → name as first written
    QHash<QString, int> m_fileReferences; // reference → line
    QHash<QString, ContractRef> m_contracts;
    QHash<QString, ProductRef> m_products; // folded name → product
    DuplicateIndex m_storedIndex;
    QHash<qint64, Account> m_storedAccounts;
    DuplicateIndex m_fileIndex;
    QHash<int, QString> m_rowNames; // line → account name
    QSet<QString> m_fileAccounts; // folded names of the rows so far
    QHash<int, int> m_lineToPending; // line → index in m_pendingAccounts

    QList<PendingAccount> m_pendingAccounts;
    QList<PendingContact> m_pendingContacts;
    QList<PendingContract> m_pendingContracts;
    QList<PendingRevenue> m_pendingRevenue;
};

} // namespace

Result<ImportReport> Importer::run(ImportKind kind, const CsvDocument &document,
                                   const ImportOptions &options, const Progress &progress)
{
    QHash<QString, int> mapping = options.mapping;
    if (mapping.isEmpty()) {
        auto automatic = mapColumns(kind, document);
        if (!automatic)
            return Error { automatic.error() };
        mapping = std::move(*automatic);
    } else if (const Status ok = checkMapping(kind, document, mapping); !ok) {
        return Error { ok.error() };
    }
    ImportRun run(m_db, kind, document, options, progress, std::move(mapping));
    return run.execute();
}

Status Importer::writeRejected(const QString &path, const CsvDocument &document,
                               const ImportReport &report)
{
    const auto [header, rows] = rejectedTable(document, report);
    return CsvWriter::writeFile(path, header, rows, document.delimiter);
}

} // namespace cd
