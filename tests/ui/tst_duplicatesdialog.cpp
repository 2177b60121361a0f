#include "dialogs/accountdialog.h"
#include "dialogs/duplicatesdialog.h"
#include "storage/database.h"
#include "uitestdatabase.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::DuplicatesDialog;

class tst_DuplicatesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UiTestDatabases m_databases;

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static void add(Database &db, const QString &name, const QString &kind, const QString &phone)
    {
        QSqlQuery q(db.connection());
        q.prepare(u"INSERT INTO accounts (kind, name, phone, created_at, updated_at) VALUES "
                  "(:kind, :name, :phone, '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
        q.bindValue(u":kind"_s, kind);
        q.bindValue(u":name"_s, name);
        q.bindValue(u":phone"_s, phone);
        QVERIFY(q.exec());
    }

private slots:
    void initTestCase()
    {
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
    }

    void listsPairsMergesAndRemembersNotDuplicates()
    {
        auto opened = m_databases.open(m_dir.filePath(u"dups.sqlite"_s));
        QVERIFY2(opened, qPrintable(m_databases.error()));
        Database &db = *opened;
        add(db, u"PT Maju Jaya"_s, u"client"_s, u"+62 21 555 0101"_s);
        add(db, u"Maju Jaya Tbk"_s, u"customer"_s, QString());
        add(db, u"CV Lain"_s, u"customer"_s, u"(021) 555-0101"_s);
        add(db, u"Sendiri"_s, u"customer"_s, QString());
        QSqlQuery(db.connection())
            .exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, currency, "
                  "account_kind, created_at) VALUES (2, '2024-02-01', 500, 'IDR', 'customer', "
                  "'2024-02-01T00:00:00')"_s);

        DuplicatesDialog dialog(db);
        QSignalSpy scanned(&dialog, &DuplicatesDialog::scanned);
        QVERIFY(scanned.wait(5000));
        QCOMPARE(dialog.pairsTable()->rowCount(), 2);
        QCOMPARE(dialog.pairsTable()->item(0, 2)->text(), u"same name"_s);
        QCOMPARE(dialog.pairsTable()->item(1, 2)->text(), u"same phone"_s);
        QVERIFY(!dialog.keepFirstButton()->isEnabled());

        QString asked;
        dialog.setConfirm([&asked](const QString &question) {
            asked = question;
            return true;
        });
        dialog.pairsTable()->selectRow(0);
        QVERIFY(dialog.keepFirstButton()->isEnabled());
        QSignalSpy merged(&dialog, &DuplicatesDialog::merged);
        dialog.keepFirstButton()->click();
        QCOMPARE(merged.size(), 1);
        QVERIFY(asked.startsWith(u"Merge “Maju Jaya Tbk” into “PT Maju Jaya”?"_s));
        QCOMPARE(dialog.statusLabel()->text(),
                 u"Merged “Maju Jaya Tbk” into “PT Maju Jaya”: revenue entries: 1."_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM accounts"_s), 3);
        QCOMPARE(scalar(db, u"SELECT account_id FROM revenue_entries"_s), 1);
        QCOMPARE(dialog.pairsTable()->rowCount(), 1);

        dialog.pairsTable()->selectRow(0);
        dialog.notDuplicateButton()->click();
        QCOMPARE(dialog.pairsTable()->rowCount(), 0);
        // Remembered: a new scan does not show the pair again.
        dialog.rescan();
        scanned.clear();
        QVERIFY(scanned.wait(5000));
        QCOMPARE(dialog.pairsTable()->rowCount(), 0);
        QVERIFY(dialog.statusLabel()->text().startsWith(u"No likely duplicates"_s));
    }

    void aNewAccountThatLooksKnownNeedsAConfirmation()
    {
        auto opened = m_databases.open(m_dir.filePath(u"new.sqlite"_s));
        QVERIFY2(opened, qPrintable(m_databases.error()));
        Database &db = *opened;
        add(db, u"PT Maju Jaya"_s, u"client"_s, u"+62 21 555 0101"_s);
        cd::AccountDialog dialog(db, cd::AccountKind::Customer);
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::keyClicks(dialog.nameField(), u"Maju Jaya Tbk"_s);
        emit dialog.nameField()->editingFinished();
        QVERIFY(!dialog.duplicateLabel()->isHidden());
        QCOMPARE(dialog.duplicateLabel()->text(),
                 u"This looks like an account you have already:\n“PT Maju Jaya” (Client, no "
                 "city): same name"_s);
        QVERIFY(!save->isEnabled());
        dialog.accept(); // refused: nothing is saved
        QCOMPARE(scalar(db, u"SELECT count(*) FROM accounts"_s), 1);
        dialog.createAnywayBox()->setChecked(true);
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(dialog.savedId() > 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM accounts"_s), 2);

        // A different name but the same phone is a likely duplicate too.
        cd::AccountDialog second(db, cd::AccountKind::Customer);
        QTest::keyClicks(second.nameField(), u"Toko Lain"_s);
        QTest::keyClicks(second.phoneField(), u"(021) 555-0101"_s);
        emit second.phoneField()->editingFinished();
        QVERIFY(second.duplicateLabel()->text().endsWith(u"same phone"_s));
        second.phoneField()->clear();
        emit second.phoneField()->editingFinished();
        QVERIFY(second.duplicateLabel()->isHidden());
    }
};

QTEST_MAIN(tst_DuplicatesDialog)
#include "tst_duplicatesdialog.moc"
