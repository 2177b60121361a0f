#include "repositorytestsupport.h"

#include "storage/interactionrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Interaction;
using cd::InteractionRepository;
using cd::InteractionType;

class tst_InteractionRepository final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;
    qint64 m_account = 0;

    Interaction interaction(const QString &subject = u"Quarterly review"_s)
    {
        Interaction i;
        i.accountId = m_account;
        i.subject = subject;
        i.occurredAt = QDateTime(QDate(2024, 5, 6), QTime(14, 30, 15));
        return i;
    }

private slots:
    void init()
    {
        QVERIFY(m_t.open());
        m_account = m_t.rawAccount(u"Acme"_s, u"client"_s);
    }
    void cleanup() { m_t.close(); }

    void roundTripsEveryField()
    {
        const qint64 user = m_t.rawUser(u"Ann"_s);
        QVERIFY(m_t.exec(u"INSERT INTO contacts (account_id, name, created_at) VALUES (:a, "
                         "'Budi', '2024-01-01T00:00:00')"_s,
                         { { u"a"_s, m_account } }));
        const qint64 contact = m_t.scalar(u"SELECT max(id) FROM contacts"_s).toLongLong();

        Interaction in = interaction(u"  Renewal talk "_s);
        in.type = InteractionType::Visit;
        in.contactId = contact;
        in.userId = user;
        in.notes = u"Wants a lower fee.\nSend proposal."_s;
        in.followUpOn = QDate(2024, 5, 20);
        in.followUpDone = true;

        InteractionRepository repo(m_t.db());
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto out = repo.get(*id);
        QVERIFY(out.ok());
        QCOMPARE(out->id, *id);
        QCOMPARE(out->accountId, m_account);
        QCOMPARE(out->contactId, std::optional<qint64>(contact));
        QCOMPARE(out->type, InteractionType::Visit);
        QCOMPARE(out->occurredAt, in.occurredAt);
        QCOMPARE(out->subject, u"Renewal talk"_s);
        QCOMPARE(out->notes, in.notes);
        QCOMPARE(out->followUpOn, QDate(2024, 5, 20));
        QCOMPARE(out->followUpDone, true);
        QCOMPARE(out->userId, std::optional<qint64>(user));
        QCOMPARE(out->rowVersion, 1);
        QCOMPARE(m_t.scalar(u"SELECT occurred_at FROM interactions"_s).toString(),
                 u"2024-05-06T14:30:15"_s);
    }

    void validationRules_data()
    {
        QTest::addColumn<Interaction>("input");
        QTest::addColumn<QString>("expected");
        Interaction i;
        i.accountId = 1;
        i.subject = u"Call"_s;
        i.occurredAt = QDateTime(QDate(2024, 5, 6), QTime(9, 0));

        Interaction c = i;
        c.subject = u"  "_s;
        QTest::newRow("no subject") << c << u"An interaction needs a subject."_s;
        c = i;
        c.accountId = 0;
        QTest::newRow("no account") << c << u"The interaction “Call” needs an account."_s;
        c = i;
        c.occurredAt = QDateTime();
        QTest::newRow("no time") << c
                                 << u"The interaction “Call” needs the date and time it "
                                    "happened."_s;
        c = i;
        c.occurredAt = QDateTime(QDate(2024, 6, 10), QTime(9, 0));
        QTest::newRow("future")
            << c
            << u"The interaction “Call” on 2024-06-10T09:00:00 lies in the future; record it "
               "once it has happened, or plan it as a follow-up."_s;
        c = i;
        c.followUpOn = QDate(2024, 5, 5);
        QTest::newRow("follow-up before")
            << c << u"The follow-up on 2024-05-05 is before the interaction on 2024-05-06."_s;
        c = i;
        c.followUpDone = true;
        QTest::newRow("done without date")
            << c
            << u"The interaction “Call” has no follow-up date, so its follow-up cannot be "
               "done."_s;
    }
    void validationRules()
    {
        QFETCH(Interaction, input);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2024, 6, 1), QTime(12, 0));
        QCOMPARE(InteractionRepository::validate(input, now), QStringList { expected });
    }

    void invalidInputWritesNothing()
    {
        InteractionRepository repo(m_t.db());
        Interaction i = interaction();
        i.followUpOn = QDate(2024, 5, 1);
        auto id = repo.insert(i);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(),
                 u"The follow-up on 2024-05-01 is before the interaction on 2024-05-06."_s);

        // Against the real clock: a week ahead is refused, a few hours ahead is allowed.
        i = interaction();
        i.occurredAt = QDateTime::currentDateTime().addDays(7);
        id = repo.insert(i);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(u"lies in the future"_s), qPrintable(id.error()));
        QCOMPARE(m_t.count(u"interactions"_s), 0);
        i.occurredAt = QDateTime::currentDateTime().addSecs(3 * 3600);
        QVERIFY(repo.insert(i).ok());

        // The same day as the interaction is a valid follow-up.
        i = interaction();
        i.followUpOn = i.occurredAt.date();
        QVERIFY(repo.insert(i).ok());
        QCOMPARE(m_t.count(u"interactions"_s), 2);
    }

    void referencesAreChecked()
    {
        InteractionRepository repo(m_t.db());
        const qint64 other = m_t.rawAccount(u"Other"_s);
        QVERIFY(m_t.exec(u"INSERT INTO contacts (account_id, name, created_at) VALUES (:a, "
                         "'Stranger', '2024-01-01T00:00:00')"_s,
                         { { u"a"_s, other } }));
        const qint64 foreignContact = m_t.scalar(u"SELECT max(id) FROM contacts"_s).toLongLong();

        Interaction i = interaction(u"Call"_s);
        i.accountId = 999;
        QCOMPARE(repo.insert(i).error(),
                 u"There is no account with id 999 for the interaction “Call”."_s);
        i = interaction(u"Call"_s);
        i.contactId = 555;
        QCOMPARE(repo.insert(i).error(),
                 u"There is no contact with id 555 for the interaction “Call”."_s);
        i.contactId = foreignContact;
        QCOMPARE(repo.insert(i).error(),
                 u"The contact with id %1 belongs to another account than the interaction "
                 "“Call”."_s.arg(foreignContact));
        i.contactId.reset();
        i.userId = 31;
        QCOMPARE(repo.insert(i).error(),
                 u"There is no user with id 31 for the interaction “Call”."_s);
        QCOMPARE(m_t.count(u"interactions"_s), 0);
    }

    void optimisticLocking()
    {
        InteractionRepository repo(m_t.db());
        const auto id = repo.insert(interaction());
        QVERIFY(id.ok());
        auto mine = repo.get(*id);
        auto theirs = repo.get(*id);
        theirs->notes = u"their note"_s;
        QVERIFY(repo.update(*theirs).ok());
        QCOMPARE(repo.get(*id)->rowVersion, 2);
        mine->notes = u"my note"_s;
        const auto st = repo.update(*mine);
        QVERIFY(!st.ok());
        QVERIFY(st.conflict());
        QVERIFY2(st.error().startsWith(u"Someone else changed this interaction since you opened "
                                       "it; reload it and try again. The last change was by "_s),
                 qPrintable(st.error()));
        QCOMPARE(repo.get(*id)->notes, u"their note"_s);

        QVERIFY(repo.remove(*id).ok());
        auto stale = *theirs;
        stale.rowVersion = 2;
        const auto deleted = repo.update(stale);
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error(),
                 u"The interaction “Quarterly review” no longer exists; someone "
                 "else deleted it."_s);
        QCOMPARE(repo.remove(*id).error(), u"There is no interaction with id %1."_s.arg(*id));
    }

    void followUpsDue()
    {
        InteractionRepository repo(m_t.db());
        Interaction a = interaction(u"A"_s);
        a.followUpOn = QDate(2024, 5, 10);
        Interaction b = interaction(u"B"_s);
        b.followUpOn = QDate(2024, 5, 8);
        Interaction c = interaction(u"C"_s);
        c.followUpOn = QDate(2024, 6, 1);
        Interaction none = interaction(u"None"_s);
        const auto idA = repo.insert(a);
        const auto idB = repo.insert(b);
        QVERIFY(idA.ok() && idB.ok());
        QVERIFY(repo.insert(c).ok());
        const auto idNone = repo.insert(none);
        QVERIFY(idNone.ok());

        auto due = repo.listFollowUpsDue(QDate(2024, 5, 31));
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).subject, u"B"_s);
        QCOMPARE(due->at(1).subject, u"A"_s);

        QVERIFY(repo.setFollowUpDone(*idB, true).ok());
        QCOMPARE(repo.get(*idB)->rowVersion, 2);
        due = repo.listFollowUpsDue(QDate(2024, 5, 31));
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().id, *idA);
        QVERIFY(repo.setFollowUpDone(*idB, false).ok());
        QCOMPARE(repo.listFollowUpsDue(QDate(2024, 5, 31))->size(), 2);

        const auto noFollowUp = repo.setFollowUpDone(*idNone, true);
        QVERIFY(!noFollowUp.ok());
        QCOMPARE(noFollowUp.error(),
                 u"The interaction “None” has no follow-up date, so its "
                 "follow-up cannot be done."_s);
    }

    void listForAccountNewestFirst()
    {
        InteractionRepository repo(m_t.db());
        Interaction older = interaction(u"Older"_s);
        older.occurredAt = older.occurredAt.addDays(-10);
        QVERIFY(repo.insert(older).ok());
        QVERIFY(repo.insert(interaction(u"Newer"_s)).ok());
        const qint64 other = m_t.rawAccount(u"Other"_s);
        Interaction elsewhere = interaction(u"Elsewhere"_s);
        elsewhere.accountId = other;
        QVERIFY(repo.insert(elsewhere).ok());
        const auto list = repo.listForAccount(m_account);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).subject, u"Newer"_s);
        QCOMPARE(list->at(1).subject, u"Older"_s);
    }
};

QTEST_GUILESS_MAIN(tst_InteractionRepository)
#include "tst_interactionrepository.moc"
