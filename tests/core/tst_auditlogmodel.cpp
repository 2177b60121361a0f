// The audit log as a table: who changed what and when, newest first (issue 9).
#include "repositorytestsupport.h"

#include "models/auditlogmodel.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class tst_AuditLogModel final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_t;

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void showsWhoChangedWhatNewestFirst()
    {
        AuditLogModel model(m_t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 0);

        AccountRepository accounts(m_t.db());
        Account a;
        a.name = u"PT Catat"_s;
        a.kind = AccountKind::Customer;
        const auto id = accounts.insert(a);
        QVERIFY(id.ok());
        Account changed = *accounts.get(*id);
        changed.city = u"Depok"_s;
        QVERIFY(accounts.update(changed).ok());
        QVERIFY(AuditLog(m_t.db()).append(u"segment"_s, 5, u"delete"_s, u"Old list"_s).ok());

        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        const QString who = AuditLog(m_t.db()).currentUserName();
        QCOMPARE(model.index(0, AuditLogModel::Record).data().toString(), u"Customer segment 5"_s);
        QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"Deleted"_s);
        QCOMPARE(model.index(1, AuditLogModel::Who).data().toString(), who);
        QCOMPARE(model.index(1, AuditLogModel::Action).data().toString(), u"Changed"_s);
        QCOMPARE(model.index(1, AuditLogModel::Details).data().toString(),
                 u"Changed city of “PT Catat”."_s);
        QCOMPARE(model.index(2, AuditLogModel::Action).data().toString(), u"Created"_s);
        QCOMPARE(model.index(2, AuditLogModel::Record).data().toString(), u"Account %1"_s.arg(*id));
        QVERIFY(!model.index(2, AuditLogModel::When).data().toString().isEmpty());
        QCOMPARE(model.headerData(AuditLogModel::Who, Qt::Horizontal).toString(), u"Who"_s);

        // One kind of record.
        QVERIFY(model.reload(u"account"_s).ok());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.limited());
    }
};

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
