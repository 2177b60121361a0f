#include "repositorytestsupport.h"

#include "services/accountservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::Account;
using cd::AccountKind;
using cd::AccountService;

// What AccountService adds to the repositories: the likely-duplicate check in the transaction
// that stores a new account, and restore() for undo and redo.
class tst_AccountService final : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDatabase m_t;

    static Account client(const QString &name)
    {
        Account a;
        a.kind = AccountKind::Client;
        a.name = name;
        return a;
    }

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void createRefusesALikelyDuplicateUnlessAllowed()
    {
        m_t.rawAccount(u"PT Maju Jaya"_s);
        AccountService accounts(m_t.db());
        const auto refused = accounts.create(client(u"Maju Jaya"_s));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"“PT Maju Jaya”"_s), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"same name"_s), qPrintable(refused.error()));
        QCOMPARE(m_t.count(u"accounts"_s), qint64(1));

        const auto allowed
            = accounts.create(client(u"Maju Jaya"_s), AccountService::Duplicates::Allow);
        QVERIFY2(allowed, qPrintable(allowed.error()));
        QCOMPARE(m_t.count(u"accounts"_s), qint64(2));
    }

    void createStoresADifferentBusinessWithItsTags()
    {
        m_t.rawAccount(u"PT Maju Jaya"_s);
        Account a = client(u"Sinar Abadi"_s);
        a.tags = { u"key account"_s };
        const auto id = AccountService(m_t.db()).create(a);
        QVERIFY2(id, qPrintable(id.error()));
        const auto stored = AccountService(m_t.db()).get(*id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->name, u"Sinar Abadi"_s);
        QCOMPARE(stored->tags, QStringList { u"key account"_s });
    }

    void createRefusesAnInvalidAccountWithoutWriting()
    {
        const auto id = AccountService(m_t.db()).create(client(u"  "_s));
        QVERIFY(!id);
        QCOMPARE(m_t.count(u"accounts"_s), qint64(0));
    }

    void restoreReturnsTheVersionAfterwards()
    {
        AccountService accounts(m_t.db());
        const auto id = accounts.create(client(u"Sinar Abadi"_s));
        QVERIFY2(id, qPrintable(id.error()));
        const Account before = *accounts.get(*id);
        Account changed = before;
        changed.city = u"Bandung"_s;
        QVERIFY(accounts.update(changed).ok());
        const int afterEdit = accounts.get(*id)->rowVersion;

        // Undo: back to the state before, expecting the version the edit left.
        const auto undone = accounts.restore(before, afterEdit);
        QVERIFY2(undone, qPrintable(undone.error()));
        QCOMPARE(*undone, accounts.get(*id)->rowVersion);
        QCOMPARE(accounts.get(*id)->city, QString());

        // A step that expects an older version is refused as someone else's change.
        const auto stale = accounts.restore(changed, afterEdit);
        QVERIFY(!stale);
        QVERIFY(stale.conflict());

        // Writing what is stored already changes nothing and keeps the version.
        const auto same = accounts.restore(before, *undone);
        QVERIFY2(same, qPrintable(same.error()));
        QCOMPARE(*same, *undone);
    }

    void conversionAndItsUndo()
    {
        const qint64 id = m_t.rawAccount(u"Toko Sejahtera"_s);
        AccountService accounts(m_t.db());
        const auto converted = accounts.convertToClient(id);
        QVERIFY2(converted, qPrintable(converted.error()));
        QVERIFY(converted->contractId > 0);
        QVERIFY(!converted->contractReference.isEmpty());
        QCOMPARE(accounts.get(id)->kind, AccountKind::Client);
        const auto blocker = accounts.conversionUndoBlocker(id);
        QVERIFY2(blocker, qPrintable(blocker.error()));
        QVERIFY(!blocker->has_value());
        QVERIFY(accounts.undoConversion(id).ok());
        QCOMPARE(accounts.get(id)->kind, AccountKind::Customer);
        QCOMPARE(m_t.count(u"contracts"_s), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_AccountService)
#include "tst_accountservice.moc"
