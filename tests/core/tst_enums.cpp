#include "domain/enums.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"

using namespace Qt::StringLiterals;

// The codes in core must be exactly the codes the schema's CHECK constraints accept:
// a code the database refuses, or one it accepts that core cannot read, is a bug.
class tst_Enums final : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip()
    {
        for (const QString &code : cd::allCodes<cd::ContactRole>()) {
            const auto role = cd::fromCode<cd::ContactRole>(code);
            QVERIFY(role.has_value());
            QCOMPARE(cd::toCode(*role), code);
            QVERIFY(!cd::toLabel(*role).isEmpty());
        }
        QCOMPARE(cd::fromCode<cd::AccountKind>(u" Client "_s), cd::AccountKind::Client);
        QCOMPARE(cd::fromCode<cd::ContactRole>(u"DECISION_MAKER"_s),
                 cd::ContactRole::DecisionMaker);
        QVERIFY(!cd::fromCode<cd::AccountKind>(u"partner"_s).has_value());
        QVERIFY(!cd::fromCode<cd::Channel>(QString()).has_value());
        QCOMPARE(cd::toLabel(cd::BillingModel::Retainer), u"Monthly retainer"_s);
    }

    void schemaAcceptsExactlyTheseCodes()
    {
        QTemporaryDir dir;
        auto db = cd::Database::open(dir.filePath(u"e.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QSqlQuery q((*db)->connection());
        const QString now = u"2024-01-01T00:00:00"_s;
        auto insertAccount = [&](const QString &kind, const QString &status,
                                 const QString &channel) {
            q.prepare(u"INSERT INTO accounts (kind, status, channel, name, created_at, updated_at)"
                      " VALUES (:k, :s, :c, 'A', :t, :t)"_s);
            q.bindValue(u":k"_s, kind);
            q.bindValue(u":s"_s, status);
            q.bindValue(u":c"_s, channel);
            q.bindValue(u":t"_s, now);
            return q.exec();
        };
        for (const QString &kind : cd::allCodes<cd::AccountKind>())
            QVERIFY2(insertAccount(kind, u"active"_s, u"direct"_s), qPrintable(kind));
        for (const QString &status : cd::allCodes<cd::AccountStatus>())
            QVERIFY2(insertAccount(u"client"_s, status, u"direct"_s), qPrintable(status));
        for (const QString &channel : cd::allCodes<cd::Channel>())
            QVERIFY2(insertAccount(u"client"_s, u"active"_s, channel), qPrintable(channel));
        QVERIFY(!insertAccount(u"Client"_s, u"active"_s, u"direct"_s));
        QVERIFY(!insertAccount(u"client"_s, u"lapsed"_s, u"direct"_s));

        QVERIFY(q.exec(u"INSERT INTO contacts (account_id, name, created_at) "
                       "VALUES (1, 'Ann', '2024-01-01T00:00:00')"_s));
        for (const QString &role : cd::allCodes<cd::ContactRole>()) {
            q.prepare(u"INSERT INTO contact_roles (contact_id, role) VALUES (1, :r)"_s);
            q.bindValue(u":r"_s, role);
            QVERIFY2(q.exec(), qPrintable(role));
        }
        for (const QString &stage : cd::allCodes<cd::OpportunityStage>()) {
            q.prepare(u"INSERT INTO opportunity_stages (opportunity_id, stage, changed_on) "
                      "VALUES (1, :s, '2024-01-01')"_s);
            q.bindValue(u":s"_s, stage);
            // The opportunity does not exist: the foreign key, not the CHECK, must refuse.
            QVERIFY(!q.exec());
            QVERIFY2(q.lastError().text().contains(u"FOREIGN KEY"_s),
                     qPrintable(q.lastError().text()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Enums)
#include "tst_enums.moc"
