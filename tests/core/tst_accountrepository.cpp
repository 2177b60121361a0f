#include "repositorytestsupport.h"

#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/revenuerepository.h"
#include "storage/settingsrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Account;
using cd::AccountKind;
using cd::AccountRepository;
using cd::Money;
using cd::RevenueEntry;
using cd::RevenueRepository;

namespace {

Account minimalAccount(const QString &name = u"PT Maju Jaya"_s)
{
    Account a;
    a.name = name;
    a.kind = AccountKind::Customer;
    return a;
}

} // namespace

class tst_AccountRepository final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

    qint64 accountRows() { return m_t.count(u"accounts"_s); }
    qint64 tagRows() { return m_t.count(u"account_tags"_s); }
    qint64 auditRows() { return m_t.count(u"audit_log"_s); }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        qputenv("USER", "tester");
    }
    void cleanup() { m_t.close(); }

    void roundTripsEveryField()
    {
        const qint64 manager = m_t.rawUser(u"Ann"_s);
        const qint64 referrer = m_t.rawAccount(u"Referrer Ltd"_s);
        Account in;
        in.kind = AccountKind::Client;
        in.status = cd::AccountStatus::Dormant;
        in.name = u"  Acme Advisory  "_s;
        in.legalForm = cd::LegalForm::Person;
        in.industry = u" Legal "_s;
        in.city = u"Bandung"_s;
        in.region = u"Jawa Barat"_s;
        in.country = u"ID"_s;
        in.channel = cd::Channel::Reseller;
        in.managerId = manager;
        in.referredById = referrer;
        in.taxId = u"01.234.567.8-901.000"_s;
        in.email = u" info@acme.co.id "_s;
        in.phone = u"+62 22 123 456"_s;
        in.notes = u"Line one\nLine two, “quoted”; 'single'"_s;
        in.convertedOn = QDate(2024, 3, 1);
        in.tags = { u" vip "_s, u"Retail"_s, u"VIP"_s, u"alpha"_s };

        AccountRepository repo(m_t.db());
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(*id > 0);

        const auto out = repo.get(*id);
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->id, *id);
        QCOMPARE(out->kind, AccountKind::Client);
        QCOMPARE(out->status, cd::AccountStatus::Dormant);
        QCOMPARE(out->name, u"Acme Advisory"_s);
        QCOMPARE(out->legalForm, cd::LegalForm::Person);
        QCOMPARE(out->industry, u"Legal"_s);
        QCOMPARE(out->city, u"Bandung"_s);
        QCOMPARE(out->region, u"Jawa Barat"_s);
        QCOMPARE(out->country, u"ID"_s);
        QCOMPARE(out->channel, cd::Channel::Reseller);
        QCOMPARE(out->managerId, std::optional<qint64>(manager));
        QCOMPARE(out->referredById, std::optional<qint64>(referrer));
        QCOMPARE(out->taxId, u"01.234.567.8-901.000"_s);
        QCOMPARE(out->email, u"info@acme.co.id"_s);
        QCOMPARE(out->phone, u"+62 22 123 456"_s);
        QCOMPARE(out->notes, in.notes);
        QCOMPARE(out->convertedOn, QDate(2024, 3, 1));
        QCOMPARE(out->tags, (QStringList { u"alpha"_s, u"Retail"_s, u"vip"_s }));
        QCOMPARE(out->rowVersion, 1);
        QVERIFY(out->createdAt.isValid());
        QVERIFY(qAbs(out->createdAt.secsTo(QDateTime::currentDateTime())) < 60);
        QCOMPARE(out->updatedAt, out->createdAt);

        // The stored text is trimmed and the tags are user tags.
        QCOMPARE(m_t.scalar(u"SELECT name FROM accounts WHERE id = :id"_s, { { u"id"_s, *id } })
                     .toString(),
                 u"Acme Advisory"_s);
        QCOMPARE(m_t.scalar(u"SELECT count(*) FROM account_tags WHERE account_id = :id "
                            "AND source = 'user'"_s,
                            { { u"id"_s, *id } })
                     .toInt(),
                 3);
    }

    void emptyOptionalFieldsAreNull()
    {
        AccountRepository repo(m_t.db());
        Account in = minimalAccount();
        in.city = u"   "_s;
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(m_t.scalar(u"SELECT count(*) FROM accounts WHERE id = :id AND city IS NULL "
                            "AND email IS NULL AND manager_id IS NULL AND converted_on IS NULL"_s,
                            { { u"id"_s, *id } })
                     .toInt(),
                 1);
        const auto out = repo.get(*id);
        QVERIFY(out.ok());
        QCOMPARE(out->city, QString());
        QCOMPARE(out->managerId, std::nullopt);
        QVERIFY(out->convertedOn.isNull());
        QVERIFY(out->tags.isEmpty());
    }

    void validationRules_data()
    {
        QTest::addColumn<Account>("account");
        QTest::addColumn<QString>("expected");

        Account a = minimalAccount(u"   "_s);
        QTest::newRow("empty name") << a << u"An account needs a name."_s;

        a = minimalAccount(u"Acme"_s);
        a.convertedOn = QDate(2024, 3, 1);
        QTest::newRow("converted customer")
            << a
            << u"Only a client has a conversion date; “Acme” is a customer but has the "
               "conversion date 2024-03-01."_s;

        a = minimalAccount(u"Acme"_s);
        a.kind = AccountKind::Client;
        a.convertedOn = QDate::currentDate().addDays(3);
        QTest::newRow("future conversion")
            << a
            << u"The conversion date %1 of “Acme” is in the future."_s.arg(
                   a.convertedOn.toString(Qt::ISODate));

        for (const QString &email : { u"ann@"_s, u"ann"_s, u"@acme.com"_s, u"ann@acme"_s,
                                      u"ann smith@acme.com"_s, u"ann@@acme.com"_s }) {
            a = minimalAccount(u"Acme"_s);
            a.email = email;
            QTest::addRow("email %s", qPrintable(email))
                << a << u"“%1” is not an email address."_s.arg(email);
        }

        a = minimalAccount(u"Acme"_s);
        a.tags = { u"ok"_s, u"  "_s };
        QTest::newRow("empty tag") << a << u"A tag cannot be empty."_s;

        a = minimalAccount(u"Acme"_s);
        a.tags = { u"a|b"_s };
        QTest::newRow("pipe in tag")
            << a
            << u"The tag “a|b” contains “|”, which separates tags in files; use another "
               "character."_s;
    }
    void validationRules()
    {
        QFETCH(Account, account);
        QFETCH(QString, expected);
        QCOMPARE(AccountRepository::validate(account), QStringList { expected });

        AccountRepository repo(m_t.db());
        const auto id = repo.insert(account);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), expected);
        QCOMPARE(accountRows(), 0);
        QCOMPARE(tagRows(), 0);
        QCOMPARE(auditRows(), 0);
    }

    void validAccountsPass()
    {
        Account a = minimalAccount();
        a.email = u"ann.smith+crm@mail.acme.co.id"_s;
        a.kind = AccountKind::Client;
        a.convertedOn = QDate::currentDate();
        a.tags = { u"key account"_s };
        QCOMPARE(AccountRepository::validate(a), QStringList());
    }

    void validateListsEveryProblem()
    {
        Account a = minimalAccount(QString());
        a.email = u"ann@"_s;
        a.id = 5;
        a.referredById = 5;
        const QStringList problems = AccountRepository::validate(a);
        QCOMPARE(problems,
                 (QStringList { u"An account needs a name."_s, u"“ann@” is not an email address."_s,
                                u"An account cannot be referred by itself."_s }));
    }

    void referencesMustExist()
    {
        AccountRepository repo(m_t.db());
        Account a = minimalAccount(u"Acme"_s);
        a.managerId = 42;
        auto id = repo.insert(a);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), u"There is no user with id 42 to be the account manager of “Acme”."_s);

        a.managerId.reset();
        a.referredById = 99;
        id = repo.insert(a);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), u"There is no account with id 99 to have referred “Acme”."_s);
        QCOMPARE(accountRows(), 0);
        QCOMPARE(auditRows(), 0);

        // An existing account refers to itself only through update.
        const auto own = repo.insert(minimalAccount(u"Self"_s));
        QVERIFY(own.ok());
        auto stored = repo.get(*own);
        QVERIFY(stored.ok());
        stored->referredById = *own;
        const auto updated = repo.update(*stored);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error(), u"An account cannot be referred by itself."_s);
    }

    void updateChangesFieldsAndVersion()
    {
        AccountRepository repo(m_t.db());
        const auto id = repo.insert(minimalAccount());
        QVERIFY(id.ok());
        auto a = repo.get(*id);
        QVERIFY(a.ok());
        a->city = u"  Surabaya "_s;
        a->tags = { u"b"_s, u"a"_s };
        const auto ok = repo.update(*a);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        const auto b = repo.get(*id);
        QVERIFY(b.ok());
        QCOMPARE(b->city, u"Surabaya"_s);
        QCOMPARE(b->tags, (QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(b->rowVersion, 2);
        QVERIFY(b->updatedAt >= b->createdAt);

        cd::AuditLog audit(m_t.db());
        const auto entries = audit.list(u"account"_s, *id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, u"update"_s);
        QCOMPARE(entries->at(0).details, u"Changed city, tags of “PT Maju Jaya”."_s);
        // On a server the signed-in user, whatever the settings say.
        QCOMPARE(entries->at(0).userName,
                 m_t.db().dialect() == cd::Dialect::PostgreSQL ? m_t.db().session().userName
                                                               : u"tester"_s);
        QCOMPARE(entries->at(1).action, u"create"_s);
        QCOMPARE(entries->at(1).details, u"PT Maju Jaya"_s);

        // Saving it unchanged writes nothing.
        QVERIFY(repo.update(*b).ok());
        QCOMPARE(repo.get(*id)->rowVersion, 2);
        QCOMPARE(auditRows(), 2);
    }

    void invalidUpdateWritesNothing()
    {
        AccountRepository repo(m_t.db());
        const auto id = repo.insert(minimalAccount());
        QVERIFY(id.ok());
        auto a = repo.get(*id);
        QVERIFY(a.ok());
        a->name = u" "_s;
        a->email = u"ann@"_s;
        const auto st = repo.update(*a);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(), u"An account needs a name. “ann@” is not an email address."_s);
        QCOMPARE(repo.get(*id)->name, u"PT Maju Jaya"_s);
        QCOMPARE(repo.get(*id)->rowVersion, 1);
        QCOMPARE(auditRows(), 1);

        Account unsaved = minimalAccount();
        const auto notSaved = repo.update(unsaved);
        QVERIFY(!notSaved.ok());
        QVERIFY2(notSaved.error().contains(u"has not been saved yet"_s),
                 qPrintable(notSaved.error()));
    }

    // Two connections, as two account managers at their desks: the second save is refused,
    // named as a conflict, and says who made the change and when.
    void optimisticLockingRefusesStaleWrites()
    {
        auto other = m_t.db().reopen();
        QVERIFY2(other.ok(), qPrintable(other.error()));
        AccountRepository repo(m_t.db());
        AccountRepository theirRepo(**other);
        const auto id = repo.insert(minimalAccount());
        QVERIFY(id.ok());
        auto mine = repo.get(*id);
        auto theirs = theirRepo.get(*id);
        QVERIFY(mine.ok() && theirs.ok());

        theirs->city = u"Medan"_s;
        QVERIFY(theirRepo.update(*theirs).ok());

        mine->city = u"Jakarta"_s;
        const auto st = repo.update(*mine);
        QVERIFY(!st.ok());
        QVERIFY(st.conflict());
        const QString who = cd::AuditLog(**other).currentUserName();
        QVERIFY2(st.error().startsWith(
                     u"Someone else changed this account since you opened it; reload it and try "
                     "again. The last change was by %1 on "_s.arg(who)),
                 qPrintable(st.error()));
        QCOMPARE(repo.get(*id)->city, u"Medan"_s);
        QCOMPARE(repo.get(*id)->rowVersion, 2);
        // A refusal for another reason is no conflict.
        Account nameless = *repo.get(*id);
        nameless.name.clear();
        QVERIFY(!repo.update(nameless).conflict());

        // After a reload the change goes through.
        auto reloaded = repo.get(*id);
        reloaded->city = u"Jakarta"_s;
        QVERIFY(repo.update(*reloaded).ok());
        QCOMPARE(repo.get(*id)->rowVersion, 3);

        // Someone deletes it meanwhile.
        auto stale = repo.get(*id);
        QVERIFY(repo.remove(*id).ok());
        stale->city = u"Bogor"_s;
        const auto gone = repo.update(*stale);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error(),
                 u"The account “PT Maju Jaya” no longer exists; someone else "
                 "deleted it."_s);
    }

    void conversionIsLoggedAndDated()
    {
        AccountRepository repo(m_t.db());
        const auto id = repo.insert(minimalAccount());
        QVERIFY(id.ok());
        auto a = repo.get(*id);
        a->kind = AccountKind::Client;
        const auto st = repo.update(*a);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(repo.get(*id)->convertedOn, QDate::currentDate());
        cd::AuditLog audit(m_t.db());
        const auto entries = audit.list(u"account"_s, *id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->first().action, u"convert"_s);
        QCOMPARE(entries->first().details,
                 u"Converted “PT Maju Jaya” from customer to client; changed kind, conversion "
                 "date."_s);
    }

    void removeRefusedWithRevenueOrContracts()
    {
        AccountRepository repo(m_t.db());
        const auto id = repo.insert(minimalAccount(u"Acme"_s));
        QVERIFY(id.ok());
        QVERIFY(m_t.exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                         "currency, account_kind, created_at) VALUES (:id, '2024-01-05', 1000, "
                         "'IDR', 'customer', '2024-01-05T00:00:00')"_s,
                         { { u"id"_s, *id } }));
        auto st = repo.remove(*id);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(),
                 u"“Acme” cannot be deleted because it has revenue entries (1); set "
                 "its status to former instead."_s);

        QVERIFY(m_t.exec(u"INSERT INTO contracts (account_id, reference, billing_model, "
                         "fee_minor, currency, start_date, created_at, updated_at) VALUES (:id, "
                         "'C-1', 'fixed', 100, 'IDR', '2024-01-01', '2024-01-01T00:00:00', "
                         "'2024-01-01T00:00:00')"_s,
                         { { u"id"_s, *id } }));
        st = repo.remove(*id);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(),
                 u"“Acme” cannot be deleted because it has revenue entries (1) and "
                 "contracts (1); set its status to former instead."_s);

        QVERIFY(m_t.exec(u"DELETE FROM revenue_entries"_s));
        st = repo.remove(*id);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(),
                 u"“Acme” cannot be deleted because it has contracts (1); set its "
                 "status to former instead."_s);
        QCOMPARE(accountRows(), 1);
        QCOMPARE(auditRows(), 1);
    }

    void removeDeletesDependantsAndLogs()
    {
        AccountRepository repo(m_t.db());
        Account a = minimalAccount(u"Acme"_s);
        a.tags = { u"vip"_s };
        const auto id = repo.insert(a);
        QVERIFY(id.ok());
        const auto referred = repo.insert([&] {
            Account r = minimalAccount(u"Friend"_s);
            r.referredById = *id;
            return r;
        }());
        QVERIFY(referred.ok());
        QVERIFY(m_t.exec(u"INSERT INTO contacts (account_id, name, created_at) VALUES (:id, "
                         "'Ann', '2024-01-01T00:00:00')"_s,
                         { { u"id"_s, *id } }));
        const auto st = repo.remove(*id);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(accountRows(), 1);
        QCOMPARE(tagRows(), 0);
        QCOMPARE(m_t.count(u"contacts"_s), 0);
        QCOMPARE(repo.get(*referred)->referredById, std::nullopt);
        const auto entries = cd::AuditLog(m_t.db()).list(u"account"_s, *id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->first().action, u"delete"_s);
        QCOMPARE(entries->first().details, u"Acme"_s);

        const auto missing = repo.remove(*id);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), u"There is no account with id %1."_s.arg(*id));
    }

    void failedTagInsertRollsBackEverything()
    {
        // The schema accepts any tag; a trigger makes one fail half-way through the write.
        QVERIFY(m_t.refuseInserts(u"account_tags"_s, u"NEW.tag = 'boom'"_s, u"boom refused"_s));
        AccountRepository repo(m_t.db());
        Account a = minimalAccount(u"Acme"_s);
        a.tags = { u"alpha"_s, u"boom"_s };
        const auto id = repo.insert(a);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(u"boom refused"_s), qPrintable(id.error()));
        QCOMPARE(accountRows(), 0);
        QCOMPARE(tagRows(), 0);
        QCOMPARE(auditRows(), 0);

        a.tags = { u"alpha"_s };
        const auto ok = repo.insert(a);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        auto stored = repo.get(*ok);
        stored->name = u"Acme Renamed"_s;
        stored->tags = { u"beta"_s, u"boom"_s };
        const auto st = repo.update(*stored);
        QVERIFY(!st.ok());
        const auto after = repo.get(*ok);
        QCOMPARE(after->name, u"Acme"_s);
        QCOMPARE(after->tags, QStringList { u"alpha"_s });
        QCOMPARE(after->rowVersion, 1);
        QCOMPARE(auditRows(), 1);
    }

    void userTagsLiveBesideBehaviourTags()
    {
        AccountRepository repo(m_t.db());
        const auto id = repo.insert(minimalAccount());
        QVERIFY(id.ok());
        RevenueRepository revenue(m_t.db());
        for (const QDate day : { QDate::currentDate().addDays(-40), QDate::currentDate() }) {
            RevenueEntry e;
            e.accountId = *id;
            e.date = day;
            e.amount = Money(100000, u"IDR"_s);
            QVERIFY(revenue.insert(e).ok());
        }
        const auto source = [this](const QString &tag) {
            return m_t
                .scalar(u"SELECT source FROM account_tags WHERE tag = :tag"_s,
                        { { u"tag"_s, tag } })
                .toString();
        };
        // Two purchases: the rules say returning; the user's tags do not include it.
        QCOMPARE(source(u"returning"_s), u"behaviour"_s);
        QVERIFY(repo.get(*id)->tags.isEmpty());
        // A tag the user gives wins over the derived one of the same name …
        auto a = repo.get(*id);
        a->tags = { u"returning"_s, u"vip"_s };
        QVERIFY(repo.update(*a).ok());
        QCOMPARE(repo.get(*id)->tags, (QStringList { u"returning"_s, u"vip"_s }));
        QCOMPARE(source(u"returning"_s), u"user"_s);
        // … and when the user takes it away, the derived one is back with its reason.
        a = repo.get(*id);
        a->tags = { u"vip"_s };
        QVERIFY(repo.update(*a).ok());
        QCOMPARE(source(u"returning"_s), u"behaviour"_s);
        QCOMPARE(source(u"vip"_s), u"user"_s);
    }

    void findByNameAndCount()
    {
        AccountRepository repo(m_t.db());
        QCOMPARE(*repo.countAll(), 0);
        const auto first = repo.insert(minimalAccount(u"Acme"_s));
        const auto second = repo.insert(minimalAccount(u"ACME"_s));
        QVERIFY(repo.insert(minimalAccount(u"Acme Group"_s)).ok());
        const auto umlaut = repo.insert(minimalAccount(u"Ünal Hukuk"_s));
        QVERIFY(first.ok() && second.ok() && umlaut.ok());
        QCOMPARE(*repo.countAll(), 4);

        const auto found = repo.findByName(u"  acme "_s);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).id, *first);
        QCOMPARE(found->at(1).id, *second);
        QCOMPARE(repo.findByName(u"ünal hukuk"_s)->size(), 1);
        QVERIFY(repo.findByName(u"Acm"_s)->isEmpty());
        QVERIFY(repo.findByName(u"  "_s)->isEmpty());
        // Quotes and wildcards are data, not SQL.
        QVERIFY(repo.findByName(u"%' OR 1=1 --"_s)->isEmpty());
    }

    void listSortsAndFiltersByKind()
    {
        AccountRepository repo(m_t.db());
        // More accounts than the per-account tag query handles, to cover the bulk path too.
        for (int i = 0; i < 40; ++i) {
            Account a = minimalAccount(u"Customer %1"_s.arg(i, 2, 10, QChar(u'0')));
            a.tags = { u"t%1"_s.arg(i) };
            QVERIFY(repo.insert(a).ok());
        }
        Account client = minimalAccount(u"beta client"_s);
        client.kind = AccountKind::Client;
        QVERIFY(repo.insert(client).ok());
        client.name = u"Alpha Client"_s;
        QVERIFY(repo.insert(client).ok());

        const auto all = repo.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 42);
        QCOMPARE(all->at(0).name, u"Alpha Client"_s);
        QCOMPARE(all->at(1).name, u"beta client"_s);
        QCOMPARE(all->at(2).name, u"Customer 00"_s);
        QCOMPARE(all->at(2).tags, QStringList { u"t0"_s });
        QCOMPARE(all->at(41).tags, QStringList { u"t39"_s });

        const auto clients = repo.list(AccountKind::Client);
        QVERIFY(clients.ok());
        QCOMPARE(clients->size(), 2);
        QCOMPARE(repo.list(AccountKind::Customer)->size(), 40);
    }

    void getUnknownIdIsAnError()
    {
        AccountRepository repo(m_t.db());
        const auto a = repo.get(12345);
        QVERIFY(!a.ok());
        QCOMPARE(a.error(), u"There is no account with id 12345."_s);
    }

    void auditUserComesFromSettingsThenEnvironment()
    {
        AccountRepository repo(m_t.db());
        qputenv("USER", "os-user");
        QVERIFY(repo.insert(minimalAccount(u"One"_s)).ok());
        cd::SettingsRepository settings(m_t.db());
        QVERIFY(settings.setValue(u"current_user"_s, u"Budi"_s).ok());
        QVERIFY(repo.insert(minimalAccount(u"Two"_s)).ok());
        const auto entries = cd::AuditLog(m_t.db()).list(u"account"_s);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        if (m_t.db().dialect() == cd::Dialect::PostgreSQL) {
            // A server names the login behind a change; no setting can claim another name.
            QVERIFY(!m_t.db().session().userName.isEmpty());
            QCOMPARE(entries->at(0).userName, m_t.db().session().userName);
            QCOMPARE(entries->at(1).userName, m_t.db().session().userName);
            return;
        }
        QCOMPARE(entries->at(0).userName, u"Budi"_s);
        QCOMPARE(entries->at(1).userName, u"os-user"_s);
    }

    void auditLogAppendAndList()
    {
        cd::AuditLog audit(m_t.db());
        QVERIFY(audit.append(u"contact"_s, 7, u"merge"_s, u"Merged Ann into Anne"_s).ok());
        QVERIFY(audit.append(u"account"_s, std::nullopt, u"import"_s, u"12 rows"_s).ok());
        QVERIFY(audit.append(u"account"_s, 3, u"update"_s).ok());

        const auto bad = audit.append(u"account"_s, 3, u"destroy"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(),
                 u"“destroy” is not an audit action; use one of create, update, "
                 "delete, merge, convert, import, generate."_s);
        const auto noEntity = audit.append(u" "_s, 3, u"update"_s);
        QVERIFY(!noEntity.ok());
        QCOMPARE(m_t.count(u"audit_log"_s), 3);

        const auto all = audit.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).action, u"update"_s); // newest first
        QCOMPARE(all->at(0).details, QString());
        QCOMPARE(audit.list(u"account"_s)->size(), 2);
        QCOMPARE(audit.list(u"account"_s, 3)->size(), 1);
        QCOMPARE(audit.list({}, 7)->first().entity, u"contact"_s);
        QCOMPARE(audit.list(u"contact"_s)->first().entityId, std::optional<qint64>(7));
        QCOMPARE(audit.list(u"account"_s, std::nullopt, 1)->size(), 1);
        QVERIFY(audit.list(u"account"_s)->at(1).at.isValid());
    }
};

QTEST_GUILESS_MAIN(tst_AccountRepository)
#include "tst_accountrepository.moc"
