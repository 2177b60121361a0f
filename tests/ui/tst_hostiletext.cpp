#include "domain/account.h"
#include "domain/contact.h"
#include "domain/interaction.h"
#include "models/clientlistmodel.h"
#include "models/customerlistmodel.h"
#include "models/pipelinemodel.h"
#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/interactionrepository.h"
#include "storage/opportunityrepository.h"
#include "views/clientpage.h"
#include "views/clientsview.h"
#include "views/customerpage.h"
#include "views/customersview.h"
#include "views/pipelineview.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

// Hostile text — quotes, SQL, HTML and script, right-to-left text, emoji, 10,000 characters —
// stored through the repositories and shown literally by every list, page and board.
class tst_HostileText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_names;
    QList<qint64> m_clients;
    QList<qint64> m_customers;

    static QStringList hostile()
    {
        return { u"'; DROP TABLE accounts; -- \"PT\" Maju"_s,
                 u"<script>alert('x')</script> <b>Bold</b> &amp; <img src=http://example.com/x>"_s,
                 u"شركة الأمل \"ذ.م.م\" — PT Harapan"_s,
                 u"Toko 🍜 Sedap 👍🏽 ‮reversed‬"_s, QString(10000, u'W') + u" end"_s };
    }

private slots:
    void initTestCase()
    {
        // Keep the developer's own settings out of it (the views remember their layout).
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(u"hostile.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db).value();
        m_names = hostile();
        AccountRepository accounts(*m_db);
        for (const QString &name : std::as_const(m_names)) {
            for (const AccountKind kind : { AccountKind::Client, AccountKind::Customer }) {
                Account a;
                a.kind = kind;
                a.name = kind == AccountKind::Client ? name : name + u" (customer)"_s;
                a.industry = name.left(200);
                a.notes = name;
                const auto id = accounts.insert(a);
                QVERIFY2(id.ok(), qPrintable(id.error()));
                (kind == AccountKind::Client ? m_clients : m_customers).append(*id);
            }
        }
        OpportunityRepository deals(*m_db);
        for (int i = 0; i < m_names.size(); ++i) {
            Opportunity o;
            o.accountId = m_clients.at(i);
            o.title = m_names.at(i);
            o.expectedValue = Money(100000, u"IDR"_s);
            o.firstContact = QDate(2026, 1, 1);
            const auto id = deals.insert(o);
            QVERIFY2(id.ok(), qPrintable(id.error()));
        }
        ContactRepository contacts(*m_db);
        InteractionRepository interactions(*m_db);
        for (int i = 0; i < m_names.size(); ++i) {
            Contact c;
            c.accountId = m_clients.at(i);
            c.name = m_names.at(i);
            c.jobTitle = m_names.at(i).left(100);
            QVERIFY(contacts.insert(c).ok());
            Interaction note;
            note.accountId = m_clients.at(i);
            note.type = InteractionType::Note;
            note.occurredAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0));
            note.subject = m_names.at(i);
            QVERIFY(interactions.insert(note).ok());
        }
    }
    void cleanupTestCase() { m_db.reset(); }

    void storedExactly()
    {
        AccountRepository accounts(*m_db);
        for (int i = 0; i < m_names.size(); ++i) {
            const auto a = accounts.get(m_clients.at(i));
            QVERIFY(a.ok());
            QCOMPARE(a->name, m_names.at(i));
            QCOMPARE(a->notes, m_names.at(i));
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM accounts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2 * int(m_names.size())); // nothing dropped
    }

    void listsShowThemAsTyped()
    {
        ClientsView clients;
        clients.setDatabase(m_db.get());
        clients.reload();
        QStringList shown;
        const QAbstractItemModel *model = clients.table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            shown.append(model->index(r, ClientListModel::Name).data().toString());
        for (const QString &name : std::as_const(m_names))
            QVERIFY2(shown.contains(name), qPrintable(name.left(60)));

        CustomersView customers;
        customers.setDatabase(m_db.get());
        customers.reload();
        shown.clear();
        const QAbstractItemModel *customerModel = customers.table()->model();
        for (int r = 0; r < customerModel->rowCount(); ++r)
            shown.append(customerModel->index(r, CustomerListModel::Name).data().toString());
        for (const QString &name : std::as_const(m_names))
            QVERIFY2(shown.contains(name + u" (customer)"_s), qPrintable(name.left(60)));
    }

    void thePipelineShowsThemAsTyped()
    {
        PipelineView pipeline;
        pipeline.setDatabase(m_db.get());
        pipeline.reload();
        QStringList titles;
        QStringList accounts;
        const QAbstractItemModel *model = pipeline.model();
        for (int r = 0; r < model->rowCount(); ++r) {
            titles.append(model->index(r, PipelineModel::TitleColumn).data().toString());
            accounts.append(model->index(r, PipelineModel::AccountColumn).data().toString());
        }
        for (const QString &name : std::as_const(m_names)) {
            QVERIFY2(titles.contains(name), qPrintable(name.left(60)));
            QVERIFY2(accounts.contains(name), qPrintable(name.left(60)));
        }
    }

    void pagesShowThemAsPlainText()
    {
        ClientPage page;
        page.resize(1200, 800);
        page.setDatabase(m_db.get());
        page.show();
        for (int i = 0; i < m_names.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(page.showClient(m_clients.at(i)));
            QCoreApplication::processEvents();
            QVERIFY(timer.elapsed() < 5000); // 10,000 characters do not stall the page
            QCOMPARE(page.headerLabel()->text(), m_names.at(i));
            QCOMPARE(page.headerLabel()->textFormat(), Qt::PlainText);
            QCOMPARE(page.contactsTable()->item(0, 0)->text(), m_names.at(i));
            bool inTimeline = false;
            for (int r = 0; r < page.timelineTable()->rowCount(); ++r) {
                for (int c = 0; c < page.timelineTable()->columnCount(); ++c) {
                    const QTableWidgetItem *item = page.timelineTable()->item(r, c);
                    inTimeline = inTimeline || (item && item->text().contains(m_names.at(i)));
                }
            }
            QVERIFY2(inTimeline, qPrintable(m_names.at(i).left(60)));
            // Every label on the page shows text, never markup.
            for (const QLabel *label : page.findChildren<QLabel *>()) {
                if (label->text().contains(u"<script>"_s))
                    QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        CustomerPage customer;
        customer.setDatabase(m_db.get());
        for (int i = 0; i < m_names.size(); ++i) {
            QVERIFY(customer.showCustomer(m_customers.at(i)));
            QCOMPARE(customer.headerLabel()->text(), m_names.at(i) + u" (customer)"_s);
            QCOMPARE(customer.headerLabel()->textFormat(), Qt::PlainText);
        }
    }
};

QTEST_MAIN(tst_HostileText)
#include "tst_hostiletext.moc"
