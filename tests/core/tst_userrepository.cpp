#include "repositorytestsupport.h"

#include "storage/userrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::User;
using cd::UserRepository;

class tst_UserRepository final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

    static User user(const QString &name)
    {
        User u;
        u.name = name;
        return u;
    }

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void roundTripsEveryField()
    {
        UserRepository repo(m_t.db());
        User in = user(u"  Budi Santoso "_s);
        in.email = u"budi@firm.co.id"_s;
        in.login = u" budi.s "_s;
        in.role = cd::UserRole::Manager;
        in.active = false;
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto out = repo.get(*id);
        QVERIFY(out.ok());
        QCOMPARE(out->id, *id);
        QCOMPARE(out->name, u"Budi Santoso"_s);
        QCOMPARE(out->email, u"budi@firm.co.id"_s);
        QCOMPARE(out->login, u"budi.s"_s);
        QCOMPARE(out->role, cd::UserRole::Manager);
        QCOMPARE(out->active, false);
        QVERIFY(out->createdAt.isValid());

        User changed = *out;
        changed.role = cd::UserRole::AccountManager;
        changed.active = true;
        changed.email.clear();
        QVERIFY(repo.update(changed).ok());
        const auto after = repo.get(*id);
        QCOMPARE(after->role, cd::UserRole::AccountManager);
        QCOMPARE(after->active, true);
        QCOMPARE(after->email, QString());
        QCOMPARE(after->createdAt, out->createdAt);
    }

    void serverSignInsAreValidAndUnique()
    {
        UserRepository repo(m_t.db());
        User ann = user(u"Ann"_s);
        ann.login = u"ann"_s;
        QVERIFY(repo.insert(ann).ok());
        User bob = user(u"Bob"_s);
        bob.login = u"ANN"_s;
        const auto taken = repo.insert(bob);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error(), u"Ann already signs in as “ann”."_s);
        bob.login = u"bob smith"_s;
        const auto bad = repo.insert(bob);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(),
                 u"“bob smith” is not a server sign-in; use up to 63 letters, digits and "
                 ". _ @ -."_s);
        bob.login.clear(); // no sign-in: any number of users may have none
        QVERIFY(repo.insert(bob).ok());
        QVERIFY(repo.insert(user(u"Cy"_s)).ok());
        QCOMPARE(repo.list()->size(), 3);
    }

    void validationRules()
    {
        QCOMPARE(UserRepository::validate(user(u" "_s)), QStringList { u"A user needs a name."_s });
        User u = user(u"Ann"_s);
        u.email = u"ann@firm"_s;
        QCOMPARE(UserRepository::validate(u),
                 QStringList { u"“ann@firm” is not an email address."_s });
        u.name.clear();
        QCOMPARE(UserRepository::validate(u).size(), 2);

        UserRepository repo(m_t.db());
        const auto id = repo.insert(u);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), u"A user needs a name. “ann@firm” is not an email address."_s);
        QCOMPARE(m_t.count(u"users"_s), 0);
    }

    void namesAreUniqueCaseInsensitively()
    {
        UserRepository repo(m_t.db());
        const auto ann = repo.insert(user(u"Ann"_s));
        QVERIFY(ann.ok());
        const auto dup = repo.insert(user(u" ANN "_s));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error(), u"There is already a user named “Ann”."_s);
        QCOMPARE(m_t.count(u"users"_s), 1);

        const auto bob = repo.insert(user(u"Bob"_s));
        QVERIFY(bob.ok());
        User renamed = *repo.get(*bob);
        renamed.name = u"ann"_s;
        const auto st = repo.update(renamed);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(), u"There is already a user named “Ann”."_s);
        QCOMPARE(repo.get(*bob)->name, u"Bob"_s);

        // Renaming oneself in another case is fine.
        User same = *repo.get(*ann);
        same.name = u"ANN"_s;
        QVERIFY(repo.update(same).ok());
        QCOMPARE(repo.findByName(u"ann"_s)->value().id, *ann);
        QVERIFY(!repo.findByName(u"Carla"_s)->has_value());
    }

    void listAndRemove()
    {
        UserRepository repo(m_t.db());
        QVERIFY(repo.insert(user(u"zed"_s)).ok());
        User inactive = user(u"Alice"_s);
        inactive.active = false;
        const auto alice = repo.insert(inactive);
        QVERIFY(alice.ok());
        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.list()->first().name, u"Alice"_s);
        QCOMPARE(repo.list(true)->size(), 1);

        // Accounts managed by a removed user keep existing, without a manager.
        QVERIFY(m_t.exec(u"INSERT INTO accounts (kind, name, manager_id, created_at, updated_at) "
                         "VALUES ('client', 'Acme', :m, '2024-01-01T00:00:00', "
                         "'2024-01-01T00:00:00')"_s,
                         { { u"m"_s, *alice } }));
        QVERIFY(repo.remove(*alice).ok());
        QVERIFY(m_t.scalar(u"SELECT manager_id FROM accounts"_s).isNull());
        const auto again = repo.remove(*alice);
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), u"There is no user with id %1."_s.arg(*alice));
        User ghost = user(u"Ghost"_s);
        ghost.id = 777;
        QCOMPARE(repo.update(ghost).error(), u"There is no user with id 777."_s);
    }
};

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_userrepository.moc"
