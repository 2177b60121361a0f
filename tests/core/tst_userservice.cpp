// UserService: adding and changing users in one transaction with who may connect (on a file
// there is nothing to say about connecting; tst_teammode covers a secured server).

#include "repositorytestsupport.h"

#include "services/userservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_UserService final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void addsChangesAndDeactivates()
    {
        UserService users(m_t.db());
        User user;
        user.name = u"Budi Santoso"_s;
        user.login = u" budi "_s;
        const auto added = users.save(user);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->added);
        QVERIFY(added->id > 0);
        QVERIFY(added->notes.isEmpty()); // a file: nothing to say about connecting

        auto stored = users.findByName(u"Budi Santoso"_s);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->id, added->id);
        QCOMPARE((*stored)->login, u"budi"_s);

        User changed = **stored;
        changed.role = UserRole::Manager;
        const auto saved = users.save(changed);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(!saved->added);
        QCOMPARE(saved->id, added->id);
        QCOMPARE(users.get(added->id)->role, UserRole::Manager);

        const auto deactivated = users.deactivate(added->id);
        QVERIFY2(deactivated.ok(), qPrintable(deactivated.error()));
        QCOMPARE(users.get(added->id)->active, false);
        QCOMPARE(users.list(true)->size(), 0);
        QCOMPARE(users.list()->size(), 1);
    }

    void refusalsChangeNothing()
    {
        UserService users(m_t.db());
        User first;
        first.name = u"Sari"_s;
        QVERIFY(users.save(first).ok());
        const qint64 before = m_t.count(u"users"_s);

        User same;
        same.name = u"sari"_s; // names are unique, case-insensitively
        const auto refused = users.save(same);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(m_t.count(u"users"_s), before);

        QVERIFY(!users.deactivate(9999).ok());
    }
};

QTEST_GUILESS_MAIN(tst_UserService)
#include "tst_userservice.moc"
