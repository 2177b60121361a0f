#include "dialogs/accountdialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/contractdialog.h"
#include "dialogs/interactiondialog.h"
#include "dialogs/opportunitydialog.h"
#include "dialogs/requestdialog.h"
#include "dialogs/serviceitemdialog.h"
#include "domain/contractrules.h"
#include "sample/samplegenerator.h"
#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/contractrepository.h"
#include "storage/database.h"
#include "storage/opportunityrepository.h"
#include "storage/serviceitemrepository.h"
#include "storage/servicerequestrepository.h"
#include "uitestdatabase.h"
#include "views/clientpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using cd::ClientPage;
using cd::Contract;
using cd::ContractDialog;
using cd::Database;

class tst_ClientPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        m_db = m_databases.open(m_dir.filePath(u"page.sqlite"_s));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        cd::SampleOptions options;
        options.accounts = 80;
        options.revenueEntries = 3000;
        QVERIFY(cd::SampleGenerator(options).generate(*m_db).ok());
    }
    void cleanupTestCase() { m_db.reset(); }

    void showsEverythingAboutAClient()
    {
        const qint64 id = scalar(u"SELECT account_id FROM contracts WHERE status = 'active' "
                                 "ORDER BY id LIMIT 1"_s);
        QVERIFY(id > 0);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        QCOMPARE(page.contactsTable()->rowCount(),
                 int(scalar(u"SELECT COUNT(*) FROM contacts WHERE account_id = %1"_s.arg(id))));
        QCOMPARE(page.contractsTable()->rowCount(),
                 int(scalar(u"SELECT COUNT(*) FROM contracts WHERE account_id = %1"_s.arg(id))));
        QCOMPARE(page.timelineTable()->rowCount(),
                 int(scalar(u"SELECT COUNT(*) FROM interactions WHERE account_id = %1"_s.arg(id))));
        QVERIFY(page.healthLabel()->text().startsWith(u"Health: "_s));
        QVERIFY(page.revenueLabel()->text().startsWith(u"Revenue "_s));
        // Roles make plain who decides, buys, uses and pays.
        bool sawRole = false;
        for (int r = 0; r < page.contactsTable()->rowCount(); ++r)
            sawRole = sawRole || !page.contactsTable()->item(r, 1)->text().isEmpty();
        QVERIFY(sawRole);
        QVERIFY(!page.showClient(987654));
        QVERIFY(page.message().contains(u"987654"_s));
    }

    void createsAContractThroughTheFormAndRenewsAndTerminatesIt()
    {
        const qint64 id = scalar(u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id "
                                 "LIMIT 1"_s);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        const int before = page.contractsTable()->rowCount();

        // The real form, filled in as a user would; first with mistakes.
        page.setContractEditor([](Database &db, const Contract &contract, QWidget *parent) {
            ContractDialog dialog(db, contract, parent);
            auto *problems = dialog.findChild<QLabel *>(u"contractProblems"_s);
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            dialog.referenceField()->clear(); // over the numbered one it offers
            QTest::keyClicks(dialog.referenceField(), u"C-UI-001"_s);
            dialog.billingModelField()->setCurrentIndex(
                dialog.billingModelField()->findData(int(cd::BillingModel::Hourly)));
            QTest::keyClicks(dialog.feeField(), u"1500000"_s);
            dialog.startField()->setDate(QDate(2026, 1, 1));
            dialog.endField()->setDate(QDate(2025, 1, 1));
            if (save->isEnabled()
                || !problems->text().contains(u"Contract end 2025-01-01 is before its start "
                                              "2026-01-01."_s)
                || !problems->text().contains(u"needs the estimated hours"_s)) {
                qWarning("form accepted bad input: %s", qPrintable(problems->text()));
                return false;
            }
            dialog.endField()->setDate(QDate(2026, 12, 31));
            dialog.hoursField()->setValue(120);
            if (!save->isEnabled()) {
                qWarning("form refused good input: %s", qPrintable(problems->text()));
                return false;
            }
            save->click();
            return dialog.result() == QDialog::Accepted;
        });
        QSignalSpy changed(&page, &ClientPage::clientChanged);
        page.newContractButton()->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(page.contractsTable()->rowCount(), before + 1);
        const auto saved = cd::ContractRepository(*m_db).listForAccount(id);
        QVERIFY(saved.ok());
        const auto it = std::find_if(saved->cbegin(), saved->cend(), [](const Contract &c) {
            return c.reference == u"C-UI-001"_s;
        });
        QVERIFY(it != saved->cend());
        QCOMPARE(it->billingModel, cd::BillingModel::Hourly);
        QCOMPARE(it->estimatedHours, 120);
        QCOMPARE(it->status, cd::ContractStatus::Draft);
        QCOMPARE(it->fee.minorUnits(), 150000000);

        // Select it, sign, renew, terminate: each asks first, each is refused if it makes no sense.
        page.setConfirm([](const QString &) { return true; });
        for (int r = 0; r < page.contractsTable()->rowCount(); ++r) {
            if (page.contractsTable()->item(r, 0)->text() == u"C-UI-001"_s)
                page.contractsTable()->selectRow(r);
        }
        QVERIFY(page.selectedContract());
        QVERIFY(!page.renewContractButton()->isEnabled()); // a draft is signed first
        page.signContractButton()->click();
        QCOMPARE(page.selectedContract()->status, cd::ContractStatus::Active);
        page.renewContractButton()->click();
        QCOMPARE(page.selectedContract()->end, QDate(2027, 12, 31));
        page.setAskTermination([](const Contract &) {
            return std::optional<ClientPage::Termination>({ QDate(2025, 3, 1), u"  "_s });
        });
        page.terminateContractButton()->click();
        QVERIFY2(page.message().contains(u"needs a reason"_s), qPrintable(page.message()));
        page.setAskTermination([](const Contract &) {
            return std::optional<ClientPage::Termination>({ QDate(2030, 1, 1), u"Late"_s });
        });
        page.terminateContractButton()->click();
        QVERIFY2(page.message().contains(u"cannot be terminated on 2030-01-01"_s),
                 qPrintable(page.message()));
        page.setAskTermination([](const Contract &) {
            return std::optional<ClientPage::Termination>({ QDate(2026, 9, 30), u"Moved"_s });
        });
        page.terminateContractButton()->click();
        QCOMPARE(page.selectedContract()->status, cd::ContractStatus::Terminated);
        QCOMPARE(page.selectedContract()->terminatedOn, QDate(2026, 9, 30));
        QCOMPARE(page.selectedContract()->terminationReason, u"Moved"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'contract' AND entity_id "
                        "= (SELECT id FROM contracts WHERE reference = 'C-UI-001')"_s),
                 4);
    }

    void logsAnInteractionMarksItsFollowUpAndClosesARequest()
    {
        const qint64 id = scalar(u"SELECT account_id FROM service_requests WHERE status <> "
                                 "'closed' ORDER BY id LIMIT 1"_s);
        QVERIFY(id > 0);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        const int before = page.timelineTable()->rowCount();
        page.setInteractionEditor([](Database &db, qint64 accountId, QWidget *parent) {
            cd::InteractionDialog dialog(db, accountId, {}, parent);
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            if (save->isEnabled()) // a subject is required
                return false;
            QTest::keyClicks(dialog.subjectField(), u"Called about the renewal"_s);
            dialog.followUpBox()->setChecked(true);
            dialog.followUpField()->setDate(QDate::currentDate());
            save->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.logInteractionButton()->click();
        QCOMPARE(page.timelineTable()->rowCount(), before + 1);
        QCOMPARE(page.timelineTable()->item(0, 2)->text(), u"Called about the renewal"_s);
        page.timelineTable()->selectRow(0);
        QVERIFY(page.followUpDoneButton()->isEnabled());
        page.followUpDoneButton()->click();
        QVERIFY(page.timelineTable()->item(0, 4)->text().endsWith(u", done"_s));

        page.setConfirm([](const QString &) { return true; });
        const qint64 open = scalar(u"SELECT COUNT(*) FROM service_requests WHERE status <> "
                                   "'closed' AND account_id = %1"_s.arg(id));
        for (int r = 0; r < page.requestsTable()->rowCount(); ++r) {
            if (page.requestsTable()->item(r, 5)->text().isEmpty()) {
                page.requestsTable()->selectRow(r);
                break;
            }
        }
        QVERIFY(page.closeRequestButton()->isEnabled());
        page.closeRequestButton()->click();
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_requests WHERE status <> 'closed' AND "
                        "account_id = %1"_s.arg(id)),
                 open - 1);

        // Undo all three, newest first, then redo them: the same rows come back.
        const qint64 logged = scalar(u"SELECT MAX(id) FROM interactions"_s);
        QUndoStack *undo = page.undoStack();
        QCOMPARE(undo->count(), 3);
        undo->undo(); // the request is open again
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_requests WHERE status <> 'closed' AND "
                        "account_id = %1"_s.arg(id)),
                 open);
        undo->undo(); // the follow-up is open again
        QCOMPARE(scalar(u"SELECT follow_up_done FROM interactions WHERE id = %1"_s.arg(logged)), 0);
        undo->undo(); // the interaction is gone
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM interactions WHERE id = %1"_s.arg(logged)), 0);
        QCOMPARE(page.timelineTable()->rowCount(), before);
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(scalar(u"SELECT follow_up_done FROM interactions WHERE id = %1"_s.arg(logged)), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_requests WHERE status <> 'closed' AND "
                        "account_id = %1"_s.arg(id)),
                 open - 1);
        QVERIFY(!page.findChild<QLabel *>(u"clientMessage"_s)->isVisible());
    }

    // A client's conversion sits among its interactions on the timeline, as a row of its own:
    // logging an interaction moves it down a row, and it must not show the contact and the
    // follow-up of the row that was there before (issue 30, item 11).
    void theConversionRowKeepsNoOtherRowsCells()
    {
        const qint64 id = scalar(u"SELECT i.account_id FROM interactions i JOIN accounts a ON "
                                 "a.id = i.account_id WHERE a.kind = 'client' AND i.contact_id "
                                 "IS NOT NULL GROUP BY i.account_id ORDER BY i.account_id "
                                 "LIMIT 1"_s);
        QVERIFY(id > 0);
        // Converted the day after its oldest interaction with a contact, which has a follow-up:
        // the conversion row sits just above that interaction's.
        const qint64 oldest
            = scalar(u"SELECT id FROM interactions WHERE account_id = %1 AND "
                     "contact_id IS NOT NULL ORDER BY occurred_at LIMIT 1"_s.arg(id));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT occurred_at FROM interactions WHERE id = %1"_s.arg(oldest))
                && q.next());
        const QDate day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        QVERIFY(q.exec(u"UPDATE interactions SET follow_up_on = '%1', follow_up_done = 1 WHERE "
                       "id = %2"_s.arg(day.toString(Qt::ISODate))
                           .arg(oldest)));
        QVERIFY(q.exec(u"UPDATE accounts SET converted_on = '%1' WHERE id = %2"_s
                           .arg(day.addDays(1).toString(Qt::ISODate))
                           .arg(id)));

        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        QTableWidget *timeline = page.timelineTable();
        const auto conversionRow = [timeline] {
            for (int r = 0; r < timeline->rowCount(); ++r) {
                if (timeline->item(r, 1) && timeline->item(r, 1)->text() == u"Conversion"_s)
                    return r;
            }
            return -1;
        };
        const auto text = [timeline](int row, int column) {
            return timeline->item(row, column) ? timeline->item(row, column)->text() : QString();
        };
        const int before = conversionRow();
        QVERIFY(before >= 0 && before + 1 < timeline->rowCount());
        QVERIFY(!text(before + 1, 3).isEmpty()); // the interaction below: its contact
        QVERIFY(text(before + 1, 4).endsWith(u", done"_s));
        QCOMPARE(text(before, 3), QString());
        QCOMPARE(text(before, 4), QString());

        page.setInteractionEditor([](Database &db, qint64 accountId, QWidget *parent) {
            cd::InteractionDialog dialog(db, accountId, {}, parent);
            QTest::keyClicks(dialog.subjectField(), u"Quarterly check-in"_s);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.logInteractionButton()->click();
        const int after = conversionRow();
        QCOMPARE(after, before + 1);
        QCOMPARE(text(after, 2), u"Converted from customer to client"_s);
        QCOMPARE(text(after, 3), QString());
        QCOMPARE(text(after, 4), QString());
        QVERIFY(!text(after + 1, 3).isEmpty());
    }

    void everyEditCanBeUndoneAndRedone()
    {
        const qint64 id = scalar(u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id DESC "
                                 "LIMIT 1"_s);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        QUndoStack *undo = page.undoStack();
        QCOMPARE(undo->count(), 0);
        const int contractsBefore = page.contractsTable()->rowCount();

        page.setContractEditor([](Database &db, const Contract &contract, QWidget *parent) {
            ContractDialog dialog(db, contract, parent);
            dialog.referenceField()->clear(); // over the numbered one it offers
            QTest::keyClicks(dialog.referenceField(), u"C-UNDO-1"_s);
            QTest::keyClicks(dialog.feeField(), u"1000000"_s);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.newContractButton()->click();
        QCOMPARE(page.contractsTable()->rowCount(), contractsBefore + 1);
        page.setConfirm([](const QString &) { return true; });
        for (int r = 0; r < page.contractsTable()->rowCount(); ++r) {
            if (page.contractsTable()->item(r, 0)->text() == u"C-UNDO-1"_s)
                page.contractsTable()->selectRow(r);
        }
        page.signContractButton()->click();
        const auto status = [this] {
            QSqlQuery q(m_db->connection());
            q.exec(u"SELECT status FROM contracts WHERE reference = 'C-UNDO-1'"_s);
            return q.next() ? q.value(0).toString() : u"gone"_s;
        };
        QCOMPARE(status(), u"active"_s);
        QCOMPARE(undo->count(), 2);
        QCOMPARE(undo->undoText(), u"Sign contract C-UNDO-1"_s);

        undo->undo();
        QCOMPARE(status(), u"draft"_s);
        undo->undo();
        QCOMPARE(status(), u"gone"_s);
        QCOMPARE(page.contractsTable()->rowCount(), contractsBefore);
        undo->redo();
        QCOMPARE(status(), u"draft"_s);
        undo->redo();
        QCOMPARE(status(), u"active"_s);
        QVERIFY(page.message().isEmpty()
                || !page.findChild<QLabel *>(u"clientMessage"_s)->isVisible());

        // Someone else changes the contract: undo is refused with a sentence, nothing lost.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE contracts SET title = 'Changed elsewhere', row_version = "
                       "row_version + 1 WHERE reference = 'C-UNDO-1'"_s));
        undo->undo();
        QCOMPARE(status(), u"active"_s);
        QVERIFY2(page.message().contains(u"Someone else changed contract C-UNDO-1"_s),
                 qPrintable(page.message()));
        QTRY_COMPARE(undo->count(), 0); // the history no longer matches: cleared

        // Another client starts with an empty history.
        QVERIFY(page.showClient(id - 1));
        QCOMPARE(undo->count(), 0);
    }

    void recordsARequestDueWithinTheAgreedResponseTime()
    {
        const qint64 id = scalar(u"SELECT account_id FROM service_items ORDER BY id LIMIT 1"_s);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        const int before = page.requestsTable()->rowCount();
        page.setRequestEditor([](Database &db, qint64 accountId, QWidget *parent) {
            const auto plan = cd::ServiceItemRepository(db).listForAccount(accountId);
            cd::RequestDialog dialog(db, accountId, *plan, parent);
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            if (save->isEnabled()) // a title is required
                return false;
            QTest::keyClicks(dialog.titleField(), u"Check the new tax regulation"_s);
            const cd::ServiceRequest r = dialog.request();
            const int hours = plan->first().responseHours;
            if (r.dueAt != r.openedAt.addSecs(qint64(hours) * 3600))
                return false;
            save->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.newRequestButton()->click();
        QCOMPARE(page.requestsTable()->rowCount(), before + 1);
        QCOMPARE(page.requestsTable()->item(0, 2)->text(), u"Check the new tax regulation"_s);
        QCOMPARE(page.requestsTable()->item(0, 6)->text(), u"Open, on time"_s);
        page.undoStack()->undo();
        QCOMPARE(page.requestsTable()->rowCount(), before);
        page.undoStack()->redo();
        QCOMPARE(page.requestsTable()->rowCount(), before + 1);
    }

    // Someone else saved the account while the form was open: the save is refused with
    // who and when, the edit stays in the form, and Reload shows their version.
    void aConflictingSaveKeepsTheEditAndOffersReload()
    {
        const qint64 id = scalar(u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id "
                                 "LIMIT 1 OFFSET 4"_s);
        const auto opened = cd::AccountRepository(*m_db).get(id);
        QVERIFY(opened.ok());
        cd::AccountDialog dialog(*m_db, *opened);
        QVERIFY(dialog.reloadButton()->isHidden());
        dialog.cityField()->setText(u"Bandung"_s);

        auto other = m_db->reopen();
        QVERIFY(other.ok());
        cd::Account theirs = *cd::AccountRepository(**other).get(id);
        theirs.city = u"Makassar"_s;
        QVERIFY(cd::AccountRepository(**other).update(theirs).ok());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        auto *problems = dialog.findChild<QLabel *>(u"accountProblems"_s);
        QVERIFY(problems && !problems->isHidden());
        QVERIFY2(problems->text().contains(u"The last change was by "_s),
                 qPrintable(problems->text()));
        QCOMPARE(dialog.cityField()->text(), u"Bandung"_s);
        QVERIFY(!dialog.reloadButton()->isHidden());
        QCOMPARE(cd::AccountRepository(*m_db).get(id)->city, u"Makassar"_s);

        dialog.reloadButton()->click();
        QCOMPARE(dialog.cityField()->text(), u"Makassar"_s);
        QVERIFY(dialog.reloadButton()->isHidden());
        dialog.cityField()->setText(u"Bandung"_s);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(cd::AccountRepository(*m_db).get(id)->city, u"Bandung"_s);
    }

    void aConflictingContactSaveOffersReload()
    {
        const qint64 contactId = scalar(u"SELECT id FROM contacts ORDER BY id LIMIT 1 OFFSET 3"_s);
        QVERIFY(contactId > 0);
        const auto opened = cd::ContactRepository(*m_db).get(contactId);
        QVERIFY(opened.ok());
        cd::ContactDialog dialog(*m_db, *opened);
        QVERIFY(dialog.reloadButton()->isHidden());
        QCOMPARE(dialog.nameField()->text(), opened->name);
        dialog.emailField()->setText(u"mine@example.co.id"_s);

        auto other = m_db->reopen();
        QVERIFY(other.ok());
        cd::Contact theirs = *cd::ContactRepository(**other).get(contactId);
        theirs.email = u"theirs@example.co.id"_s;
        QVERIFY(cd::ContactRepository(**other).update(theirs).ok());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.emailField()->text(), u"mine@example.co.id"_s);
        QVERIFY(!dialog.reloadButton()->isHidden());
        dialog.reloadButton()->click();
        QCOMPARE(dialog.emailField()->text(), u"theirs@example.co.id"_s);
        QVERIFY(dialog.reloadButton()->isHidden());
    }

    void aConflictingServiceSaveOffersReload()
    {
        const qint64 itemId = scalar(u"SELECT id FROM service_items ORDER BY id LIMIT 1"_s);
        QVERIFY(itemId > 0);
        const auto opened = cd::ServiceItemRepository(*m_db).get(itemId);
        QVERIFY(opened.ok());
        cd::ServiceItemDialog dialog(*m_db, *opened);
        QVERIFY(dialog.reloadButton()->isHidden());
        QCOMPARE(dialog.titleField()->text(), opened->title);
        dialog.titleField()->setText(u"Mine: weekly call"_s);

        auto other = m_db->reopen();
        QVERIFY(other.ok());
        cd::ServiceItem theirs = *cd::ServiceItemRepository(**other).get(itemId);
        theirs.title = u"Theirs: fortnightly call"_s;
        QVERIFY(cd::ServiceItemRepository(**other).update(theirs).ok());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.titleField()->text(), u"Mine: weekly call"_s);
        QVERIFY(!dialog.reloadButton()->isHidden());
        dialog.reloadButton()->click();
        QCOMPARE(dialog.titleField()->text(), u"Theirs: fortnightly call"_s);
        QVERIFY(dialog.reloadButton()->isHidden());
    }

    void aConflictingContractSaveOffersReload()
    {
        const qint64 contractId
            = scalar(u"SELECT id FROM contracts WHERE status = 'active' ORDER BY id LIMIT 1"_s);
        QVERIFY(contractId > 0);
        const auto opened = cd::ContractRepository(*m_db).get(contractId);
        QVERIFY(opened.ok());
        ContractDialog dialog(*m_db, *opened);
        QVERIFY(dialog.reloadButton()->isHidden());
        QCOMPARE(dialog.noticeField()->value(), opened->noticeDays);
        dialog.noticeField()->setValue(45);

        auto other = m_db->reopen();
        QVERIFY(other.ok());
        Contract theirs = *cd::ContractRepository(**other).get(contractId);
        theirs.noticeDays = 60;
        theirs.title = u"Theirs: advisory retainer"_s;
        QVERIFY(cd::ContractRepository(**other).update(theirs).ok());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *problems = dialog.findChild<QLabel *>(u"contractProblems"_s);
        QVERIFY2(problems->text().contains(u"The last change was by "_s),
                 qPrintable(problems->text()));
        QCOMPARE(dialog.noticeField()->value(), 45);
        QVERIFY(!dialog.reloadButton()->isHidden());
        dialog.reloadButton()->click();
        QCOMPARE(dialog.noticeField()->value(), 60);
        QCOMPARE(dialog.contract().title, u"Theirs: advisory retainer"_s);
        QVERIFY(dialog.reloadButton()->isHidden());
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u' ')));
        dialog.noticeField()->setValue(45);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = cd::ContractRepository(*m_db).get(contractId);
        QCOMPARE(saved->noticeDays, 45);
        QCOMPARE(saved->title, u"Theirs: advisory retainer"_s);
    }

    void aConflictingOpportunitySaveOffersReload()
    {
        const qint64 opportunityId = scalar(u"SELECT id FROM opportunities WHERE stage IN "
                                            "('lead', 'qualified') ORDER BY id LIMIT 1"_s);
        QVERIFY(opportunityId > 0);
        const auto opened = cd::OpportunityRepository(*m_db).get(opportunityId);
        QVERIFY(opened.ok());
        cd::OpportunityDialog dialog(*m_db, *opened);
        QVERIFY(dialog.reloadButton()->isHidden());
        QCOMPARE(dialog.titleField()->text(), opened->title);
        QCOMPARE(dialog.probabilityField()->value(), opened->probability);
        dialog.titleField()->setText(u"Mine: audit support"_s);

        // A colleague renames it and moves it on the board.
        auto other = m_db->reopen();
        QVERIFY(other.ok());
        cd::OpportunityRepository board(**other);
        QVERIFY(board
                    .moveToStage(opportunityId, cd::OpportunityStage::Proposal,
                                 QDate::currentDate(), QString(), opened->rowVersion)
                    .ok());
        cd::Opportunity theirs = *board.get(opportunityId);
        theirs.title = u"Theirs: audit support 2027"_s;
        theirs.probability = 35;
        QVERIFY(board.update(theirs).ok());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problemLabel()->text().contains(u"The last change was by "_s),
                 qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(dialog.titleField()->text(), u"Mine: audit support"_s);
        QVERIFY(!dialog.reloadButton()->isHidden());
        dialog.reloadButton()->click();
        QCOMPARE(dialog.titleField()->text(), u"Theirs: audit support 2027"_s);
        QCOMPARE(dialog.stageField()->currentData().toInt(), int(cd::OpportunityStage::Proposal));
        QCOMPARE(dialog.probabilityField()->value(), 35); // theirs, not the stage's default
        QCOMPARE(dialog.opportunity().ownerId, theirs.ownerId);
        QVERIFY(dialog.reloadButton()->isHidden());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Someone else closed the request first: the page says so, and shows it closed.
    void closingARequestSomeoneElseChangedShowsItAsSaved()
    {
        const qint64 requestId = scalar(u"SELECT r.id FROM service_requests r WHERE r.status <> "
                                        "'closed' ORDER BY r.id DESC LIMIT 1"_s);
        QVERIFY(requestId > 0);
        const qint64 id
            = scalar(u"SELECT account_id FROM service_requests WHERE id = %1"_s.arg(requestId));
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        page.setConfirm([](const QString &) { return true; });
        const auto request = cd::ServiceRequestRepository(*m_db).get(requestId);
        QVERIFY(request.ok());
        int row = -1;
        for (int r = 0; r < page.requestsTable()->rowCount(); ++r) {
            if (page.requestsTable()->item(r, 2)->text() == request->title)
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(page.requestsTable()->item(row, 5)->text().isEmpty());

        auto other = m_db->reopen();
        QVERIFY(other.ok());
        QVERIFY(cd::ServiceRequestRepository(**other)
                    .close(requestId, QDateTime::currentDateTime(), request->rowVersion)
                    .ok());

        page.requestsTable()->selectRow(row);
        page.closeRequestButton()->click();
        auto *message = page.findChild<QLabel *>(u"clientMessage"_s);
        QVERIFY(message && !message->isHidden());
        QVERIFY2(message->text().contains(u"is already closed"_s), qPrintable(message->text()));
        QCOMPARE(page.undoStack()->count(), 0);
        bool shownClosed = false;
        for (int r = 0; r < page.requestsTable()->rowCount(); ++r) {
            if (page.requestsTable()->item(r, 2)->text() == request->title)
                shownClosed = !page.requestsTable()->item(r, 5)->text().isEmpty();
        }
        QVERIFY(shownClosed);
    }

    void editsTheProfileWithUndo()
    {
        const qint64 id = scalar(u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id "
                                 "LIMIT 1 OFFSET 2"_s);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        const QString oldName = page.headerLabel()->text();
        page.setProfileEditor([](Database &db, const cd::Account &account, QWidget *parent) {
            cd::AccountDialog dialog(db, account, parent);
            dialog.nameField()->clear();
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            if (save->isEnabled()) // the name is required
                return false;
            QTest::keyClicks(dialog.nameField(), u"PT Nama Baru"_s);
            save->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.editProfileButton()->click();
        QCOMPARE(page.headerLabel()->text(), u"PT Nama Baru"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'account' AND entity_id = "
                        "%1 AND action = 'update' AND details LIKE '%name%'"_s.arg(id)),
                 1);
        page.undoStack()->undo();
        QCOMPARE(page.headerLabel()->text(), oldName);
        page.undoStack()->redo();
        QCOMPARE(page.headerLabel()->text(), u"PT Nama Baru"_s);
    }

    void addsAndEditsContactsWithTheirRoles()
    {
        const qint64 id = scalar(u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id "
                                 "LIMIT 1 OFFSET 3"_s);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        const int before = page.contactsTable()->rowCount();
        page.setContactEditor([](Database &db, const cd::Contact &contact, QWidget *parent) {
            cd::ContactDialog dialog(db, contact, parent);
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            if (contact.id == 0) {
                QTest::keyClicks(dialog.nameField(), u"Rina Wijaya"_s);
                QTest::keyClicks(dialog.emailField(), u"rina@"_s);
                if (save->isEnabled()) // not an address yet
                    return false;
                QTest::keyClicks(dialog.emailField(), u"maju.co.id"_s);
                dialog.roleBox(cd::ContactRole::DecisionMaker)->setChecked(true);
                dialog.roleBox(cd::ContactRole::Billing)->setChecked(true);
            } else {
                dialog.roleBox(cd::ContactRole::Billing)->setChecked(false);
                dialog.roleBox(cd::ContactRole::Buyer)->setChecked(true);
            }
            save->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.newContactButton()->click();
        QCOMPARE(page.contactsTable()->rowCount(), before + 1);
        int row = -1;
        for (int r = 0; r < page.contactsTable()->rowCount(); ++r) {
            if (page.contactsTable()->item(r, 0)->text() == u"Rina Wijaya"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(page.contactsTable()->item(row, 1)->text(), u"Decision maker, Billing"_s);
        page.contactsTable()->selectRow(row);
        page.editContactButton()->click();
        for (int r = 0; r < page.contactsTable()->rowCount(); ++r) {
            if (page.contactsTable()->item(r, 0)->text() == u"Rina Wijaya"_s)
                row = r;
        }
        QCOMPARE(page.contactsTable()->item(row, 1)->text(), u"Decision maker, Buyer"_s);
        page.undoStack()->undo();
        page.undoStack()->undo();
        QCOMPARE(page.contactsTable()->rowCount(), before);
        page.undoStack()->redo();
        page.undoStack()->redo();
        QCOMPARE(page.contactsTable()->rowCount(), before + 1);
    }

    void editsTheServicePlanWithUndo()
    {
        const qint64 id = scalar(u"SELECT account_id FROM contracts WHERE status = 'active' "
                                 "ORDER BY id DESC LIMIT 1"_s);
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        const int before = page.planTable()->rowCount();
        page.setServiceEditor([](Database &db, const cd::ServiceItem &item, QWidget *parent) {
            cd::ServiceItemDialog dialog(db, item, parent);
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            if (item.id == 0) {
                QTest::keyClicks(dialog.titleField(), u"Quarterly tax planning"_s);
                dialog.responseField()->setValue(0);
                if (save->isEnabled()) // a response time of 0 hours is refused
                    return false;
                dialog.responseField()->setValue(48);
            } else {
                dialog.responseField()->setValue(24);
            }
            save->click();
            return dialog.result() == QDialog::Accepted;
        });
        page.newServiceButton()->click();
        QCOMPARE(page.planTable()->rowCount(), before + 1);
        const int row = page.planTable()->rowCount() - 1;
        QCOMPARE(page.planTable()->item(row, 0)->text(), u"Quarterly tax planning"_s);
        QCOMPARE(page.planTable()->item(row, 3)->text(), u"48 hours"_s);
        page.planTable()->selectRow(row);
        page.editServiceButton()->click();
        QCOMPARE(page.planTable()->item(row, 3)->text(), u"24 hours"_s);
        page.undoStack()->undo();
        QCOMPARE(page.planTable()->item(row, 3)->text(), u"48 hours"_s);
        page.undoStack()->undo();
        QCOMPARE(page.planTable()->rowCount(), before);
        page.undoStack()->redo();
        page.undoStack()->redo();
        QCOMPARE(page.planTable()->item(row, 3)->text(), u"24 hours"_s);
    }

    void aContractWithRevenueIsNotDeleted()
    {
        const qint64 contract = scalar(u"SELECT contract_id FROM revenue_entries WHERE "
                                       "contract_id IS NOT NULL LIMIT 1"_s);
        const qint64 id = scalar(u"SELECT account_id FROM contracts WHERE id = %1"_s.arg(contract));
        ClientPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(id));
        page.setConfirm([](const QString &) { return true; });
        const auto list = cd::ContractRepository(*m_db).get(contract);
        for (int r = 0; r < page.contractsTable()->rowCount(); ++r) {
            if (page.contractsTable()->item(r, 0)->text() == list->reference)
                page.contractsTable()->selectRow(r);
        }
        page.deleteContractButton()->click();
        QVERIFY2(page.message().contains(u"cannot be deleted; terminate it instead"_s),
                 qPrintable(page.message()));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM contracts WHERE id = %1"_s.arg(contract)), 1);
    }
};

QTEST_MAIN(tst_ClientPage)
#include "tst_clientpage.moc"
