#include "storage/accountrepository.h"

#include "domain/email.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "domain/textrules.h"
#include "storage/auditlog.h"
#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transactionguard.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kSelect
    = u"SELECT id, kind, status, name, legal_form, industry, city, region, country, channel, "
      "manager_id, referred_by_id, tax_id, email, phone, notes, converted_on, created_at, "
      "updated_at, row_version, currency FROM accounts "_s;
const QString kEntity = u"account"_s;
// Above this many accounts one query for all tags beats one query per account.
constexpr qsizetype kTagsPerAccountLimit = 32;

template<typename Enum> Enum codeOr(const QVariant &value, Enum fallback)
{
    return fromCode<Enum>(value.toString()).value_or(fallback);
}

Account readAccount(const QSqlQuery &query)
{
    Account a;
    a.id = query.value(0).toLongLong();
    a.kind = codeOr(query.value(1), AccountKind::Customer);
    a.status = codeOr(query.value(2), AccountStatus::Active);
    a.name = query.value(3).toString();
    a.legalForm = codeOr(query.value(4), LegalForm::Organisation);
    a.industry = query.value(5).toString();
    a.city = query.value(6).toString();
    a.region = query.value(7).toString();
    a.country = query.value(8).toString();
    a.channel = codeOr(query.value(9), Channel::Direct);
    a.managerId = sql::toId(query.value(10));
    a.referredById = sql::toId(query.value(11));
    a.taxId = query.value(12).toString();
    a.email = query.value(13).toString();
    a.phone = query.value(14).toString();
    a.notes = query.value(15).toString();
    a.convertedOn = sql::toDate(query.value(16));
    a.createdAt = sql::toDateTime(query.value(17));
    a.updatedAt = sql::toDateTime(query.value(18));
    a.rowVersion = query.value(19).toInt();
    a.currency = query.value(20).toString();
    return a;
}

// Trimmed, without empty ones, without case-insensitive duplicates, sorted.
QStringList normalisedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed, Qt::CaseInsensitive))
            result.append(trimmed);
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

Account normalised(Account a)
{
    for (QString *text : { &a.name, &a.industry, &a.city, &a.region, &a.country, &a.taxId, &a.email,
                           &a.phone, &a.notes })
        *text = text->trimmed();
    a.currency = a.currency.trimmed().toUpper();
    a.tags = normalisedTags(a.tags);
    return a;
}

void bindAccount(QSqlQuery &query, const Account &a)
{
    query.bindValue(u":kind"_s, toCode(a.kind));
    query.bindValue(u":status"_s, toCode(a.status));
    query.bindValue(u":name"_s, a.name);
    query.bindValue(u":legal_form"_s, toCode(a.legalForm));
    query.bindValue(u":industry"_s, sql::text(a.industry));
    query.bindValue(u":city"_s, sql::text(a.city));
    query.bindValue(u":region"_s, sql::text(a.region));
    query.bindValue(u":country"_s, sql::text(a.country));
    query.bindValue(u":channel"_s, toCode(a.channel));
    query.bindValue(u":manager_id"_s, sql::id(a.managerId));
    query.bindValue(u":referred_by_id"_s, sql::id(a.referredById));
    query.bindValue(u":tax_id"_s, sql::text(a.taxId));
    query.bindValue(u":email"_s, sql::text(a.email));
    query.bindValue(u":phone"_s, sql::text(a.phone));
    query.bindValue(u":notes"_s, sql::text(a.notes));
    query.bindValue(u":converted_on"_s, sql::date(a.convertedOn));
    query.bindValue(u":currency"_s, sql::text(a.currency));
}

// What an update changed, for the audit log: the names of the changed fields.
QStringList changedFields(const Account &before, const Account &after)
{
    QStringList fields;
    const auto note = [&fields](bool changed, const char *label) {
        if (changed)
            fields.append(QCoreApplication::translate("cd::AccountRepository", label));
    };
    note(before.kind != after.kind, QT_TRANSLATE_NOOP("cd::AccountRepository", "kind"));
    note(before.status != after.status, QT_TRANSLATE_NOOP("cd::AccountRepository", "status"));
    note(before.name != after.name, QT_TRANSLATE_NOOP("cd::AccountRepository", "name"));
    note(before.legalForm != after.legalForm,
         QT_TRANSLATE_NOOP("cd::AccountRepository", "legal form"));
    note(before.industry != after.industry, QT_TRANSLATE_NOOP("cd::AccountRepository", "industry"));
    note(before.city != after.city, QT_TRANSLATE_NOOP("cd::AccountRepository", "city"));
    note(before.region != after.region, QT_TRANSLATE_NOOP("cd::AccountRepository", "region"));
    note(before.country != after.country, QT_TRANSLATE_NOOP("cd::AccountRepository", "country"));
    note(before.channel != after.channel, QT_TRANSLATE_NOOP("cd::AccountRepository", "channel"));
    note(before.managerId != after.managerId,
         QT_TRANSLATE_NOOP("cd::AccountRepository", "account manager"));
    note(before.referredById != after.referredById,
         QT_TRANSLATE_NOOP("cd::AccountRepository", "referred by"));
    note(before.taxId != after.taxId, QT_TRANSLATE_NOOP("cd::AccountRepository", "tax id"));
    note(before.email != after.email, QT_TRANSLATE_NOOP("cd::AccountRepository", "email"));
    note(before.phone != after.phone, QT_TRANSLATE_NOOP("cd::AccountRepository", "phone"));
    note(before.notes != after.notes, QT_TRANSLATE_NOOP("cd::AccountRepository", "notes"));
    note(before.convertedOn != after.convertedOn,
         QT_TRANSLATE_NOOP("cd::AccountRepository", "conversion date"));
    note(before.currency != after.currency, QT_TRANSLATE_NOOP("cd::AccountRepository", "currency"));
    note(before.tags != after.tags, QT_TRANSLATE_NOOP("cd::AccountRepository", "tags"));
    return fields;
}

} // namespace

AccountRepository::AccountRepository(Database &database) : m_db(database) { }

QStringList AccountRepository::validate(const Account &account)
{
    return validate(account, QDate::currentDate());
}

QStringList AccountRepository::validate(const Account &account, const QDate &today)
{
    QStringList problems
        = controlCharacterProblems({ { tr("The account's name"), account.name },
                                     { tr("The account's industry"), account.industry },
                                     { tr("The account's city"), account.city },
                                     { tr("The account's region"), account.region },
                                     { tr("The account's country"), account.country },
                                     { tr("The account's tax id"), account.taxId },
                                     { tr("The account's email address"), account.email },
                                     { tr("The account's phone number"), account.phone },
                                     { tr("The account's notes"), account.notes, true } });
    for (const QString &tag : account.tags) {
        if (auto problem = controlCharacterProblem(tr("A tag"), tag))
            problems.append(*problem);
    }
    const QString name = account.name.trimmed();
    if (name.isEmpty())
        problems.append(tr("An account needs a name."));
    if (account.convertedOn.isValid() && account.kind != AccountKind::Client)
        problems.append(tr("Only a client has a conversion date; “%1” is a customer but has "
                           "the conversion date %2.")
                            .arg(name, account.convertedOn.toString(Qt::ISODate)));
    if (account.convertedOn.isValid() && today.isValid() && account.convertedOn > today)
        problems.append(tr("The conversion date %1 of “%2” is in the future.")
                            .arg(account.convertedOn.toString(Qt::ISODate), name));
    if (const QString currency = account.currency.trimmed().toUpper();
        !currency.isEmpty() && !Money::isValidCurrency(currency))
        problems.append(tr("The currency of “%1” is “%2”, not an ISO 4217 code such as IDR "
                           "or USD.")
                            .arg(name, account.currency.trimmed()));
    const QString email = account.email.trimmed();
    if (!email.isEmpty() && !isEmailAddress(email))
        problems.append(tr("“%1” is not an email address.").arg(email));
    if (account.convertedOn.isValid() && !isWithinDateRange(account.convertedOn))
        problems.append(tr("The conversion date of “%1”: %2.")
                            .arg(name, outOfDateRangeReason(account.convertedOn)));
    if (account.id != 0 && account.referredById == account.id)
        problems.append(tr("An account cannot be referred by itself."));
    bool emptyTag = false;
    for (const QString &tag : account.tags) {
        if (tag.trimmed().isEmpty()) {
            emptyTag = true;
        } else if (tag.contains(u'|')) {
            problems.append(tr("The tag “%1” contains “|”, which separates tags in files; "
                               "use another character.")
                                .arg(tag.trimmed()));
        }
    }
    if (emptyTag)
        problems.append(tr("A tag cannot be empty."));
    return problems;
}

Status AccountRepository::checkReferences(const Account &account) const
{
    if (account.managerId) {
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT count(*) FROM users WHERE id = :id"_s);
        query.bindValue(u":id"_s, *account.managerId);
        const Result<qint64> found = sql::count(query, tr("Checking the account manager failed"));
        if (!found)
            return Error { found.error() };
        if (*found == 0)
            return Error { tr("There is no user with id %1 to be the account manager of “%2”.")
                               .arg(*account.managerId)
                               .arg(account.name) };
    }
    if (account.referredById) {
        // The referrer as stored counts too: on a server, an account manager's account may
        // have been referred by a colleague's, which she cannot see but keeps.
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT count(*) FROM accounts WHERE id = :id OR (id = :self AND "
                      "referred_by_id = :stored)"_s);
        query.bindValue(u":id"_s, *account.referredById);
        query.bindValue(u":self"_s, account.id);
        query.bindValue(u":stored"_s, *account.referredById);
        const Result<qint64> found = sql::count(query, tr("Checking the referring account failed"));
        if (!found)
            return Error { found.error() };
        if (*found == 0)
            return Error { tr("There is no account with id %1 to have referred “%2”.")
                               .arg(*account.referredById)
                               .arg(account.name) };
    }
    return {};
}

Status AccountRepository::writeTags(qint64 accountId, const QStringList &tags)
{
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM account_tags WHERE account_id = :id AND source = 'user'"_s);
    remove.bindValue(u":id"_s, accountId);
    if (const Status ok = sql::exec(remove, tr("Replacing the tags failed")); !ok)
        return ok;
    // A tag the user gives wins over a derived behaviour tag of the same name.
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO account_tags (account_id, tag, source) "
                   "VALUES (:id, :tag, 'user') ON CONFLICT (account_id, tag) "
                   "DO UPDATE SET source = 'user', reason = NULL"_s);
    for (const QString &tag : tags) {
        insert.bindValue(u":id"_s, accountId);
        insert.bindValue(u":tag"_s, tag);
        if (const Status ok = sql::exec(insert, tr("Saving the tag “%1” failed").arg(tag)); !ok)
            return ok;
    }
    return {};
}

Result<qint64> AccountRepository::insert(const Account &input)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    Account account = normalised(input);
    account.id = 0;

    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    if (const Status ok = checkReferences(account); !ok)
        return Error { ok.error() };

    const QString now = sql::now();
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO accounts (kind, status, name, legal_form, industry, city, region, "
                  "country, channel, manager_id, referred_by_id, tax_id, email, phone, notes, "
                  "converted_on, currency, created_at, updated_at, row_version) VALUES (:kind, "
                  ":status, :name, :legal_form, :industry, :city, :region, :country, :channel, "
                  ":manager_id, :referred_by_id, :tax_id, :email, :phone, :notes, "
                  ":converted_on, :currency, :created_at, :updated_at, 1)"_s);
    bindAccount(query, account);
    query.bindValue(u":created_at"_s, now);
    query.bindValue(u":updated_at"_s, now);
    if (const Status ok = sql::exec(query, tr("Saving the account “%1” failed").arg(account.name));
        !ok)
        return Error { ok.error() };
    const qint64 id = query.lastInsertId().toLongLong();

    if (const Status ok = writeTags(id, account.tags); !ok)
        return Error { ok.error() };
    AuditLog audit(m_db);
    if (const Status ok = audit.append(kEntity, id, u"create"_s, account.name); !ok)
        return Error { ok.error() };
    // Its own tags (a prospect is `potential`) and its referrer's (`advocate`).
    if (const Status ok = CustomerStats(m_db).refresh({ id, account.referredById.value_or(0) });
        !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return id;
}

Status AccountRepository::update(const Account &input)
{
    if (input.id <= 0)
        return Error { tr("The account “%1” has not been saved yet, so it cannot be updated.")
                           .arg(input.name.trimmed()) };
    if (const QStringList problems = validate(input); !problems.isEmpty())
        return Error { problems.join(u' ') };
    Account account = normalised(input);

    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<Account> before = get(account.id);
    if (!before)
        return Error {
            tr("The account “%1” no longer exists; someone else deleted it.").arg(account.name)
        };
    if (before->rowVersion != account.rowVersion)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed this account since you opened it; reload it and "
               "try again."),
            kEntity, account.id);
    const bool converted
        = before->kind == AccountKind::Customer && account.kind == AccountKind::Client;
    if (converted && !account.convertedOn.isValid())
        account.convertedOn = QDate::currentDate();
    const QStringList changed = changedFields(*before, account);
    if (changed.isEmpty())
        return {};
    if (const Status ok = checkReferences(account); !ok)
        return ok;

    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE accounts SET kind = :kind, status = :status, name = :name, "
                  "legal_form = :legal_form, industry = :industry, city = :city, "
                  "region = :region, country = :country, channel = :channel, "
                  "manager_id = :manager_id, referred_by_id = :referred_by_id, "
                  "tax_id = :tax_id, email = :email, phone = :phone, notes = :notes, "
                  "converted_on = :converted_on, currency = :currency, "
                  "updated_at = :updated_at, "
                  "row_version = row_version + 1 WHERE id = :id AND row_version = :version"_s);
    bindAccount(query, account);
    query.bindValue(u":updated_at"_s, sql::now());
    query.bindValue(u":id"_s, account.id);
    query.bindValue(u":version"_s, account.rowVersion);
    if (const Status ok = sql::exec(query, tr("Saving the account “%1” failed").arg(account.name));
        !ok)
        return ok;
    if (query.numRowsAffected() != 1)
        return AuditLog(m_db).changedSinceRead(
            tr("Someone else changed this account since you opened it; reload it and "
               "try again."),
            kEntity, account.id);
    if (before->tags != account.tags) {
        if (const Status ok = writeTags(account.id, account.tags); !ok)
            return ok;
    }

    const QString details = converted
        ? tr("Converted “%1” from customer to client; changed %2.")
              .arg(account.name, changed.join(u", "_s))
        : tr("Changed %1 of “%2”.").arg(changed.join(u", "_s), account.name);
    AuditLog audit(m_db);
    if (const Status ok
        = audit.append(kEntity, account.id, converted ? u"convert"_s : u"update"_s, details);
        !ok)
        return ok;
    if (const Status ok = CustomerStats(m_db).refresh(
            { account.id, before->referredById.value_or(0), account.referredById.value_or(0) });
        !ok)
        return ok;
    return guard.commit();
}

Status AccountRepository::remove(qint64 id)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    const Result<Account> account = get(id);
    if (!account)
        return Error { account.error() };

    QSqlQuery revenue(m_db.connection());
    revenue.prepare(u"SELECT count(*) FROM revenue_entries WHERE account_id = :id"_s);
    revenue.bindValue(u":id"_s, id);
    const Result<qint64> revenueCount = sql::count(revenue, tr("Checking the revenue failed"));
    if (!revenueCount)
        return Error { revenueCount.error() };
    QSqlQuery contracts(m_db.connection());
    contracts.prepare(u"SELECT count(*) FROM contracts WHERE account_id = :id"_s);
    contracts.bindValue(u":id"_s, id);
    const Result<qint64> contractCount = sql::count(contracts, tr("Checking the contracts failed"));
    if (!contractCount)
        return Error { contractCount.error() };

    const QString name = account->name;
    if (*revenueCount > 0 && *contractCount > 0)
        return Error { tr("“%1” cannot be deleted because it has revenue entries (%2) and "
                          "contracts (%3); set its status to former instead.")
                           .arg(name)
                           .arg(*revenueCount)
                           .arg(*contractCount) };
    if (*revenueCount > 0)
        return Error { tr("“%1” cannot be deleted because it has revenue entries (%2); set its "
                          "status to former instead.")
                           .arg(name)
                           .arg(*revenueCount) };
    if (*contractCount > 0)
        return Error { tr("“%1” cannot be deleted because it has contracts (%2); set its status "
                          "to former instead.")
                           .arg(name)
                           .arg(*contractCount) };

    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM accounts WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(query, tr("Deleting the account “%1” failed").arg(name)); !ok)
        return ok;
    AuditLog audit(m_db);
    if (const Status ok = audit.append(kEntity, id, u"delete"_s, name); !ok)
        return ok;
    if (const Status ok = CustomerStats(m_db).refresh({ account->referredById.value_or(0) }); !ok)
        return ok;
    return guard.commit();
}

Result<bool> AccountRepository::activateProspect(qint64 id, const QString &reason)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return Error { ok.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE accounts SET status = 'active', updated_at = :now, "
                  "row_version = row_version + 1 WHERE id = :id AND status = 'prospect'"_s);
    query.bindValue(u":now"_s, sql::now());
    query.bindValue(u":id"_s, id);
    if (const Status ok = sql::exec(query, tr("Making the prospect active failed")); !ok)
        return Error { ok.error() };
    if (query.numRowsAffected() == 0)
        return false;
    if (const Status ok = AuditLog(m_db).append(kEntity, id, u"update"_s,
                                                tr("Prospect became active: %1").arg(reason));
        !ok)
        return Error { ok.error() };
    if (const Status ok = CustomerStats(m_db).refresh({ id }); !ok)
        return Error { ok.error() };
    if (const Status ok = guard.commit(); !ok)
        return Error { ok.error() };
    return true;
}

Result<Account> AccountRepository::get(qint64 id) const
{
    const Result<QList<Account>> found = fetch(kSelect + u"WHERE id = :id"_s, u":id"_s, id);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { tr("There is no account with id %1.").arg(id) };
    return found->first();
}

Result<QList<Account>> AccountRepository::list(std::optional<AccountKind> kind) const
{
    if (kind)
        return fetch(kSelect + u"WHERE kind = :kind ORDER BY lower(name), id"_s, u":kind"_s,
                     toCode(*kind));
    return fetch(kSelect + u"ORDER BY lower(name), id"_s, {}, {});
}

Result<QList<Account>> AccountRepository::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return QList<Account>();
    // SQLite's lower() folds ASCII letters only: a name with other letters is looked up by
    // its length (in code points, as SQLite counts) and compared with Unicode case folding.
    bool ascii = true;
    for (const QChar c : wanted)
        ascii = ascii && c.unicode() < 0x80;
    const Result<QList<Account>> found = ascii
        ? fetch(kSelect + u"WHERE lower(name) = lower(:name) ORDER BY id"_s, u":name"_s, wanted)
        : fetch(kSelect + u"WHERE length(name) = :length ORDER BY id"_s, u":length"_s,
                wanted.toUcs4().size());
    if (!found)
        return found;
    QList<Account> matches;
    for (const Account &account : *found) {
        if (account.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(account);
    }
    return matches;
}

Result<qint64> AccountRepository::countAll() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM accounts"_s);
    return sql::count(query, tr("Counting the accounts failed"));
}

Result<QStringList> AccountRepository::industries() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT DISTINCT industry FROM accounts WHERE industry IS NOT NULL "
                  "ORDER BY lower(industry)"_s);
    if (!query.exec())
        return Database::sqlError(tr("Reading the industries failed"), query);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

Result<QList<Account>> AccountRepository::fetch(const QString &statement, const QString &bindName,
                                                const QVariant &bindValue) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    if (!bindName.isEmpty())
        query.bindValue(bindName, bindValue);
    if (!query.exec())
        return Database::sqlError(tr("Reading the accounts failed"), query);
    QList<Account> accounts;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), accounts.size());
        accounts.append(readAccount(query));
    }
    if (accounts.isEmpty())
        return accounts;

    QSqlQuery tags(m_db.connection());
    tags.setForwardOnly(true);
    const bool perAccount = accounts.size() <= kTagsPerAccountLimit;
    if (perAccount)
        tags.prepare(u"SELECT account_id, tag FROM account_tags "
                     "WHERE source = 'user' AND account_id = :id"_s);
    else
        tags.prepare(u"SELECT account_id, tag FROM account_tags WHERE source = 'user'"_s);
    const auto collect = [&]() -> Status {
        if (!tags.exec())
            return Database::sqlError(tr("Reading the tags failed"), tags);
        while (tags.next()) {
            const auto it = indexById.constFind(tags.value(0).toLongLong());
            if (it != indexById.constEnd())
                accounts[*it].tags.append(tags.value(1).toString());
        }
        return {};
    };
    if (perAccount) {
        for (const Account &account : std::as_const(accounts)) {
            tags.bindValue(u":id"_s, account.id);
            if (const Status ok = collect(); !ok)
                return Error { ok.error() };
        }
    } else if (const Status ok = collect(); !ok) {
        return Error { ok.error() };
    }
    for (Account &account : accounts)
        account.tags.sort(Qt::CaseInsensitive);
    return accounts;
}

} // namespace cd
