#include "dialogs/importwizard.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "userprompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::Database;
using cd::ImportKind;
using cd::ImportWizard;

class tst_ImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    int m_serial = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = m_databases.open(m_dir.filePath(u"wizard-%1.sqlite"_s.arg(++m_serial)));
        if (!db)
            qWarning("%s", qPrintable(m_databases.error()));
        return db;
    }

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(data);
        return path;
    }

private slots:
    void initTestCase()
    {
        // Keep the developer's own settings out of it (the views remember their layout).
        QStandardPaths::setTestModeEnabled(true);
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
    }

    void importsValidRowsAndAsksAboutDuplicates()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QSqlQuery(db->connection())
            .exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES ('client', "
                  "'PT Maju Jaya', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
        const QString path = writeFile(u"accounts.csv"_s,
                                       "Company;Type;City\n"
                                       "Maju Jaya Tbk;client;Jakarta\n"
                                       "CV Baru;customer;Bandung\n"
                                       "PT Salah;vip;Medan\n");
        ImportWizard wizard(*db);
        QSignalSpy read(&wizard, &ImportWizard::fileRead);
        wizard.show();
        wizard.setSource(ImportKind::Accounts, path);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().first().toBool(), true);
        QVERIFY2(wizard.fileInfoLabel()->text().contains(u"3 rows and 3 columns, separated by "
                                                         "semicolons, in UTF-8"_s),
                 qPrintable(wizard.fileInfoLabel()->text()));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        // The file names its columns differently: nothing is matched, Next waits.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.previewTable()->rowCount(), 3);
        QCOMPARE(wizard.previewTable()->verticalHeaderItem(0)->text(), u"2"_s);
        const auto choose = [&wizard](const QString &field, const QString &column) {
            for (int row = 0; row < wizard.mappingTable()->rowCount(); ++row) {
                if (wizard.mappingTable()->item(row, 0)->data(Qt::UserRole).toString() == field) {
                    auto *combo
                        = qobject_cast<QComboBox *>(wizard.mappingTable()->cellWidget(row, 1));
                    combo->setCurrentIndex(combo->findText(column));
                }
            }
        };
        choose(u"name"_s, u"Company"_s);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // kind is required too
        choose(u"kind"_s, u"Type"_s);
        choose(u"city"_s, u"City"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(checked.wait(5000));
        QCOMPARE(wizard.problemsList()->count(), 1);
        QCOMPARE(wizard.problemsList()->item(0)->text(),
                 u"Line 4 · kind: “vip” is not one of client, customer"_s);
        QCOMPARE(wizard.duplicatesTable()->rowCount(), 1);
        QCOMPARE(wizard.duplicatesTable()->item(0, 1)->text(), u"Maju Jaya Tbk"_s);
        // Rows with problems block the import until the user chooses to leave them out.
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.skipInvalidBox()->setChecked(true);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        auto *decision = qobject_cast<QComboBox *>(wizard.duplicatesTable()->cellWidget(0, 3));
        decision->setCurrentIndex(
            decision->findData(QVariant::fromValue(cd::DuplicatePolicy::Merge)));

        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM accounts"_s), 2);
        QCOMPARE(scalar(*db,
                        u"SELECT count(*) FROM accounts WHERE name = 'PT Maju Jaya' AND "
                        "city = 'Jakarta'"_s),
                 1);
        QVERIFY2(wizard.resultLabel()->text().contains(u"Merged into existing accounts: 1."_s),
                 qPrintable(wizard.resultLabel()->text()));
        QVERIFY(QFile::exists(m_dir.filePath(u"accounts.rejected.csv"_s)));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void manyProblemsAndPairsStayManageable()
    {
        auto db = freshDatabase();
        QSqlQuery(db->connection())
            .exec(u"INSERT INTO accounts (kind, name, email, created_at, updated_at) VALUES "
                  "('client', 'PT Sama', 'info@sama.co.id', '2024-01-01T00:00:00', "
                  "'2024-01-01T00:00:00')"_s);
        QByteArray csv = "name,kind,email\n";
        for (int i = 0; i < 250; ++i) // each shares the stored account's email
            csv += "Cabang " + QByteArray::number(i) + ",customer,info@sama.co.id\n";
        for (int i = 0; i < 1200; ++i)
            csv += "Salah " + QByteArray::number(i) + ",vip,\n";
        ImportWizard wizard(*db);
        wizard.show();
        QSignalSpy read(&wizard, &ImportWizard::fileRead);
        wizard.setSource(ImportKind::Accounts, writeFile(u"many.csv"_s, csv));
        QVERIFY(read.wait(5000));
        wizard.next();
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        QVERIFY(checked.wait(10000));
        // The first 1,000 problems, then one line for the rest.
        QCOMPARE(wizard.problemsList()->count(), 1001);
        QVERIFY(wizard.problemsList()->item(1000)->text().startsWith(u"… and 200 more."_s));
        // The first 200 pairs one by one; one choice for the other 50.
        QCOMPARE(wizard.duplicatesTable()->rowCount(), 200);
        QVERIFY(!wizard.otherPairsCombo()->isHidden());
        wizard.otherPairsCombo()->setCurrentIndex(
            wizard.otherPairsCombo()->findData(QVariant::fromValue(cd::DuplicatePolicy::Create)));
        wizard.skipInvalidBox()->setChecked(true);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        // 200 listed pairs skipped (the default), the other 50 created.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM accounts"_s), 51);
    }

    void aFileThatCannotBeReadSaysWhy()
    {
        auto db = freshDatabase();
        ImportWizard wizard(*db);
        QSignalSpy read(&wizard, &ImportWizard::fileRead);
        wizard.setSource(ImportKind::Revenue, writeFile(u"empty.csv"_s, "\n\n"));
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().first().toBool(), false);
        QCOMPARE(wizard.fileInfoLabel()->text(),
                 u"empty.csv is empty: it needs a header line naming the columns."_s);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void cancellingTheImportLeavesTheDatabaseAsItWas()
    {
        auto db = freshDatabase();
        QSqlQuery(db->connection())
            .exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES ('customer', "
                  "'CV Ada', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
        QByteArray csv = "date,account,amount\n";
        for (int i = 0; i < 60'000; ++i)
            csv += "2024-03-01,CV Ada,1.00\n";
        ImportWizard wizard(*db);
        QSignalSpy read(&wizard, &ImportWizard::fileRead);
        wizard.setSource(ImportKind::Revenue, writeFile(u"revenue.csv"_s, csv));
        QVERIFY(read.wait(10000));
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(checked.wait(10000));
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(wizard.isBusy());
        wizard.cancelImportButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(wizard.resultLabel()->text().contains(u"cancelled; nothing was imported"_s),
                 qPrintable(wizard.resultLabel()->text()));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM revenue_entries"_s), 0);
    }

    void theMainWindowExportsOffTheUiThread()
    {
        auto db = freshDatabase();
        QSqlQuery(db->connection())
            .exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES ('customer', "
                  "'CV Ada', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s);
        cd::RecordingPrompts prompts;
        cd::MainWindow window(std::move(db));
        window.setPrompts(&prompts);
        QSignalSpy done(window.session(), &cd::Session::exportFinished);
        const QString path = m_dir.filePath(u"out.xlsx"_s);
        QVERIFY(window.session()->startExport(ImportKind::Accounts, path));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(done.first().last().toString().startsWith(u"Exported accounts to "_s));
        QVERIFY(QFile(path).size() > 3000);

        QVERIFY(window.session()->startExport(ImportKind::Accounts,
                                              m_dir.filePath(u"no/such/dir/a.csv"_s)));
        done.clear();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(done.first().last().toString().contains(u"cannot be written"_s),
                 qPrintable(done.first().last().toString()));
    }
};

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
