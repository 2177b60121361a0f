#include "dialogs/accountdialog.h"
#include "dialogs/cataloguedialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/contractdialog.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/firmprofiledialog.h"
#include "dialogs/interactiondialog.h"
#include "dialogs/opportunitydialog.h"
#include "dialogs/requestdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/saledialog.h"
#include "dialogs/samplesizedialog.h"
#include "dialogs/serviceitemdialog.h"
#include "dialogs/settingsdialog.h"
#include "reports/reportdialog.h"
#include "sample/samplegenerator.h"
#include "storage/database.h"
#include "time/stoptimerdialog.h"
#include "time/thisismedialog.h"
#include "time/timeentrydialog.h"
#include "userprompts.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

// Tab moves through every dialog in reading order: down the form, left to right on a line,
// and to the dialog's buttons last.
class tst_TabOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_client = 0;

    /// The widgets Tab stops at, in the order Tab visits them, starting from the first.
    static QList<QWidget *> tabStops(QDialog &dialog)
    {
        QList<QWidget *> stops;
        QWidget *w = &dialog;
        for (int guard = 0; guard < 1000; ++guard) {
            w = w->nextInFocusChain();
            if (w == &dialog)
                break;
            if (w->window() == &dialog && w->isVisibleTo(&dialog) && w->isEnabled()
                && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                stops.append(w);
        }
        return stops;
    }

    static QString describe(QWidget *w)
    {
        return u"%1 “%2” at %3,%4"_s
            .arg(QString::fromUtf8(w->metaObject()->className()),
                 w->accessibleName().isEmpty() ? w->property("text").toString()
                                               : w->accessibleName())
            .arg(w->mapTo(w->window(), QPoint()).x())
            .arg(w->mapTo(w->window(), QPoint()).y());
    }

    static bool inButtonBox(QWidget *w)
    {
        return qobject_cast<QDialogButtonBox *>(w->parentWidget()) != nullptr;
    }

    /// Problems with the order: a stop above the one before it, or left of it on its line;
    /// a dialog button before a field.
    static QStringList check(QDialog &dialog)
    {
        QStringList problems;
        const QList<QWidget *> stops = tabStops(dialog);
        if (stops.size() < 2)
            return { u"fewer than two tab stops"_s };
        bool inButtons = false;
        for (qsizetype i = 1; i < stops.size(); ++i) {
            QWidget *a = stops.at(i - 1);
            QWidget *b = stops.at(i);
            if (inButtonBox(b)) {
                inButtons = true;
                continue;
            }
            if (inButtons) {
                problems.append(u"%1 comes after the dialog's buttons"_s.arg(describe(b)));
                continue;
            }
            const QRect ra(a->mapTo(&dialog, QPoint()), a->size());
            const QRect rb(b->mapTo(&dialog, QPoint()), b->size());
            const bool lower = rb.top() >= ra.bottom() - 4 || rb.center().y() > ra.bottom();
            const bool sameLineRight
                = rb.top() < ra.bottom() && rb.bottom() > ra.top() && rb.left() >= ra.right() - 4;
            const bool inside = ra.contains(rb.topLeft()); // a table's cells after the table
            if (!lower && !sameLineRight && !inside)
                problems.append(u"%1 follows %2"_s.arg(describe(b), describe(a)));
        }
        return problems;
    }

    void verifyOrder(QDialog &dialog, const QString &name)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList problems;
        auto *tabs = dialog.findChild<QTabWidget *>();
        const int pages = tabs ? tabs->count() : 1;
        for (int page = 0; page < pages; ++page) {
            if (tabs)
                tabs->setCurrentIndex(page);
            QCoreApplication::processEvents();
            for (const QString &problem : check(dialog))
                problems.append(u"%1 (page %2): %3"_s.arg(name).arg(page).arg(problem));
            // A label with a shortcut needs the field it leads to; without one the & shows.
            static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                const QString text = label->text().replace(u"&&"_s, QString());
                if (label->isVisibleTo(&dialog) && !label->buddy()
                    && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(text)
                    && mnemonic.match(text).hasMatch())
                    problems.append(
                        u"%1 (page %2): the label “%3” shows its &"_s.arg(name).arg(page).arg(
                            label->text()));
            }
            // Alt and a letter reaches one field or button only.
            QHash<QChar, QString> taken;
            const auto claim = [&](const QString &raw) {
                const QString text = QString(raw).replace(u"&&"_s, QString());
                const QRegularExpressionMatch m = mnemonic.match(text);
                if (!m.hasMatch())
                    return;
                const QChar key = m.captured().at(1).toLower();
                if (taken.contains(key))
                    problems.append(
                        u"%1 (page %2): “%3” and “%4” share Alt+%5"_s.arg(name).arg(page).arg(
                            taken.value(key), raw, QString(key)));
                else
                    taken.insert(key, raw);
            };
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->buddy() && label->isVisibleTo(&dialog))
                    claim(label->text());
            }
            // A dialog's buttons count hidden too: Reload shows after a refused save.
            for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
                if (button->isVisibleTo(&dialog)
                    || qobject_cast<QDialogButtonBox *>(button->parent()))
                    claim(button->text());
            }
        }
        dialog.close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_taborder"_s);
        QSettings().clear();
        auto db = Database::open(m_dir.filePath(u"tab.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        SampleOptions options;
        options.accounts = 30;
        options.revenueEntries = 300;
        QVERIFY(SampleGenerator(options).generate(*m_db).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts WHERE kind = 'client' ORDER BY id LIMIT 1"_s));
        QVERIFY(q.next());
        m_client = q.value(0).toLongLong();
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyDialogTabsInReadingOrder()
    {
        {
            AccountDialog d(*m_db, AccountKind::Client);
            verifyOrder(d, u"AccountDialog"_s);
        }
        {
            Contact contact;
            contact.accountId = m_client;
            ContactDialog d(*m_db, contact);
            verifyOrder(d, u"ContactDialog"_s);
        }
        {
            Contract contract;
            contract.accountId = m_client;
            ContractDialog d(*m_db, contract);
            verifyOrder(d, u"ContractDialog"_s);
        }
        {
            InteractionDialog d(*m_db, m_client, {});
            verifyOrder(d, u"InteractionDialog"_s);
        }
        {
            OpportunityDialog d(*m_db, m_client);
            verifyOrder(d, u"OpportunityDialog"_s);
        }
        {
            RequestDialog d(*m_db, m_client, {});
            verifyOrder(d, u"RequestDialog"_s);
        }
        {
            ServiceItem item;
            item.accountId = m_client;
            ServiceItemDialog d(*m_db, item);
            verifyOrder(d, u"ServiceItemDialog"_s);
        }
        {
            SaleDialog d(*m_db, 0);
            verifyOrder(d, u"SaleDialog"_s);
        }
        {
            SampleSizeDialog d;
            verifyOrder(d, u"SampleSizeDialog"_s);
        }
        {
            SettingsDialog d(m_db.get());
            verifyOrder(d, u"SettingsDialog"_s);
        }
        {
            FirmProfileDialog d(*m_db);
            verifyOrder(d, u"FirmProfileDialog"_s);
        }
        {
            RestoreBackupDialog d(*m_db);
            verifyOrder(d, u"RestoreBackupDialog"_s);
        }
        {
            ProductDialog d(*m_db, Product {});
            verifyOrder(d, u"ProductDialog"_s);
        }
        {
            CatalogueDialog d(*m_db);
            verifyOrder(d, u"CatalogueDialog"_s);
        }
        {
            DuplicatesDialog d(*m_db);
            verifyOrder(d, u"DuplicatesDialog"_s);
        }
        {
            BatchReportDialog d(*m_db);
            verifyOrder(d, u"BatchReportDialog"_s);
        }
        {
            ReportDialog d(*m_db, m_client, u"Client"_s);
            verifyOrder(d, u"ReportDialog"_s);
        }
        {
            // The printed invoice's dialog (no invoice 1 here: its buttons stay off).
            const auto d = ReportDialog::forInvoice(*m_db, 1);
            QVERIFY(d->waitForSave());
            verifyOrder(*d, u"ReportDialog (invoice)"_s);
        }
        {
            ConnectDialog d(nullptr);
            verifyOrder(d, u"ConnectDialog"_s);
        }
        {
            RecordingPrompts prompts;
            TimeEntry entry;
            entry.accountId = m_client;
            TimeEntryDialog d(*m_db, prompts, entry);
            verifyOrder(d, u"TimeEntryDialog"_s);
        }
        {
            RunningTimer timer;
            timer.startedAt = QDateTime::currentDateTime();
            StopTimerDialog d(*m_db, timer);
            verifyOrder(d, u"StopTimerDialog"_s);
        }
        {
            ThisIsMeDialog d(*m_db);
            verifyOrder(d, u"ThisIsMeDialog"_s);
        }
    }
};

QTEST_MAIN(tst_TabOrder)
#include "tst_taborder.moc"
