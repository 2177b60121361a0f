#include "repositorytestsupport.h"

#include "storage/auditlog.h"
#include "storage/contactrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Contact;
using cd::ContactRepository;
using cd::ContactRole;

class tst_ContactRepository final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_account = 0;

    Contact contact(const QString &name = u"Ann Smith"_s)
    {
        Contact c;
        c.accountId = m_account;
        c.name = name;
        return c;
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_account = m_t.rawAccount(u"Acme"_s);
    }
    void cleanup() { m_t.close(); }

    void roundTripsEveryField()
    {
        Contact in = contact(u"  Ann Smith "_s);
        in.jobTitle = u" Finance director "_s;
        in.email = u"ann@acme.co.id"_s;
        in.phone = u"+62 811 000"_s;
        in.notes = u"Prefers calls;\nnever before 9"_s;
        in.roles = { ContactRole::Billing, ContactRole::DecisionMaker, ContactRole::Billing };

        ContactRepository repo(m_t.db());
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto out = repo.get(*id);
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->id, *id);
        QCOMPARE(out->accountId, m_account);
        QCOMPARE(out->name, u"Ann Smith"_s);
        QCOMPARE(out->jobTitle, u"Finance director"_s);
        QCOMPARE(out->email, u"ann@acme.co.id"_s);
        QCOMPARE(out->phone, u"+62 811 000"_s);
        QCOMPARE(out->notes, in.notes);
        QCOMPARE(out->roles,
                 (QList<ContactRole> { ContactRole::DecisionMaker, ContactRole::Billing }));
        QCOMPARE(out->rowVersion, 1);
        QVERIFY(out->createdAt.isValid());
        QCOMPARE(m_t.count(u"contact_roles"_s), 2);
    }

    void validationRules_data()
    {
        QTest::addColumn<Contact>("input");
        QTest::addColumn<QStringList>("expected");
        Contact c;
        c.accountId = 1;
        c.name = u" "_s;
        QTest::newRow("empty name") << c << QStringList { u"A contact needs a name."_s };
        c.name = u"Ann"_s;
        c.email = u"ann@"_s;
        QTest::newRow("bad email") << c << QStringList { u"“ann@” is not an email address."_s };
        c.email = u"ann@acme.com"_s;
        c.accountId = 0;
        QTest::newRow("no account")
            << c << QStringList { u"The contact “Ann” needs an account."_s };
        c.name.clear();
        c.email = u"x y@z.com"_s;
        QTest::newRow("all at once")
            << c
            << QStringList { u"The contact “” needs an account."_s, u"A contact needs a name."_s,
                             u"“x y@z.com” is not an email address."_s };
    }
    void validationRules()
    {
        QFETCH(Contact, input);
        QFETCH(QStringList, expected);
        QCOMPARE(ContactRepository::validate(input), expected);
        if (input.accountId != 0)
            input.accountId = m_account;
        ContactRepository repo(m_t.db());
        const auto id = repo.insert(input);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), expected.join(u' '));
        QCOMPARE(m_t.count(u"contacts"_s), 0);
        QCOMPARE(m_t.count(u"contact_roles"_s), 0);
    }

    void unknownAccountIsRefused()
    {
        ContactRepository repo(m_t.db());
        Contact c = contact();
        c.accountId = 999;
        const auto id = repo.insert(c);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), u"There is no account with id 999 for the contact “Ann Smith”."_s);
        QCOMPARE(m_t.count(u"contacts"_s), 0);
    }

    void updateReplacesRolesAndChecksVersion()
    {
        ContactRepository repo(m_t.db());
        Contact c = contact();
        c.roles = { ContactRole::Buyer, ContactRole::User };
        const auto id = repo.insert(c);
        QVERIFY(id.ok());
        auto mine = repo.get(*id);
        auto theirs = repo.get(*id);
        theirs->roles = { ContactRole::Billing };
        theirs->jobTitle = u"CFO"_s;
        QVERIFY(repo.update(*theirs).ok());
        const auto after = repo.get(*id);
        QCOMPARE(after->roles, QList<ContactRole> { ContactRole::Billing });
        QCOMPARE(after->jobTitle, u"CFO"_s);
        QCOMPARE(after->rowVersion, 2);
        QCOMPARE(m_t.count(u"contact_roles"_s), 1);

        mine->name = u"Ann Jones"_s;
        const auto st = repo.update(*mine);
        QVERIFY(!st.ok());
        QVERIFY(st.conflict());
        // Contacts are audited: the message names who changed it last.
        QVERIFY2(st.error().startsWith(u"Someone else changed this contact since you opened it; "
                                       "reload it and try again. The last change was by "_s),
                 qPrintable(st.error()));
        const auto log = cd::AuditLog(m_t.db()).list(u"contact"_s, *id);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 2); // create, update
        QCOMPARE(log->constFirst().action, u"update"_s);
        QCOMPARE(repo.get(*id)->name, u"Ann Smith"_s);

        QVERIFY(repo.remove(*id).ok());
        const auto gone = repo.update(*after);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error(),
                 u"The contact “Ann Smith” no longer exists; someone else deleted it."_s);
        QCOMPARE(m_t.count(u"contact_roles"_s), 0);
        const auto deleted = cd::AuditLog(m_t.db()).list(u"contact"_s, *id);
        QCOMPARE(deleted->constFirst().action, u"delete"_s);
        QCOMPARE(deleted->constFirst().details, u"Ann Smith"_s);
        QVERIFY(!repo.remove(*id).ok()); // gone already: refused, nothing logged
        QCOMPARE(cd::AuditLog(m_t.db()).list(u"contact"_s, *id)->size(), 3);
    }

    void failedRoleInsertRollsBack()
    {
        QVERIFY(m_t.refuseInserts(u"contact_roles"_s, u"NEW.role = 'billing'"_s, u"no billing"_s));
        ContactRepository repo(m_t.db());
        Contact c = contact();
        c.roles = { ContactRole::Buyer, ContactRole::Billing };
        const auto id = repo.insert(c);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(u"no billing"_s), qPrintable(id.error()));
        QCOMPARE(m_t.count(u"contacts"_s), 0);
        QCOMPARE(m_t.count(u"contact_roles"_s), 0);

        c.roles = { ContactRole::Buyer };
        const auto ok = repo.insert(c);
        QVERIFY(ok.ok());
        auto stored = repo.get(*ok);
        stored->name = u"Renamed"_s;
        stored->roles = { ContactRole::User, ContactRole::Billing };
        QVERIFY(!repo.update(*stored).ok());
        const auto after = repo.get(*ok);
        QCOMPARE(after->name, u"Ann Smith"_s);
        QCOMPARE(after->roles, QList<ContactRole> { ContactRole::Buyer });
        QCOMPARE(after->rowVersion, 1);
    }

    void listAndFindByName()
    {
        ContactRepository repo(m_t.db());
        const qint64 other = m_t.rawAccount(u"Other"_s);
        QVERIFY(repo.insert(contact(u"bob"_s)).ok());
        QVERIFY(repo.insert(contact(u"Ann"_s)).ok());
        Contact elsewhere = contact(u"Ann"_s);
        elsewhere.accountId = other;
        QVERIFY(repo.insert(elsewhere).ok());

        const auto list = repo.listForAccount(m_account);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"Ann"_s);
        QCOMPARE(list->at(1).name, u"bob"_s);
        QCOMPARE(repo.findByName(m_account, u" ANN "_s)->size(), 1);
        QCOMPARE(repo.findByName(other, u"ann"_s)->first().accountId, other);
        QVERIFY(repo.findByName(m_account, u"Anna"_s)->isEmpty());

        const auto missing = repo.remove(4242);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), u"There is no contact with id 4242."_s);
        QCOMPARE(repo.get(4242).error(), u"There is no contact with id 4242."_s);
    }
};

QTEST_GUILESS_MAIN(tst_ContactRepository)
#include "tst_contactrepository.moc"
