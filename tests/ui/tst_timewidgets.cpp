#include "charts/chartpanel.h"
#include "charts/hoursbar.h"
#include "dialogs/contractdialog.h"
#include "domain/money.h"
#include "models/clientagendamodel.h"
#include "services/contractservice.h"
#include "storage/database.h"
#include "uitestdatabase.h"
#include "views/analyticsview.h"
#include "views/clientpage.h"
#include "views/contracthourspanel.h"
#include "views/dashboardview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>

using namespace Qt::StringLiterals;
using namespace cd;

// Time's widgets offscreen (issue 26): the contract form's hours, a client's retainer and
// budget bars, the dashboard's hours items and the Analytics charts of what an hour earns and
// utilisation, on databases filled by hand with values worked out in the comments.
class tst_TimeWidgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UiTestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    int m_serial = 0;
    qint64 m_ana = 0;
    qint64 m_alfa = 0;
    QDate m_month; ///< this month's first day

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastQuery()));
            return false;
        }
        return true;
    }
    qint64 lastId(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT max(id) FROM "_s + table);
        q.next();
        return q.value(0).toLongLong();
    }
    qint64 account(const QString &name, const QString &kind)
    {
        exec(u"INSERT INTO accounts (kind, name, created_at, updated_at) VALUES (?, ?, "
             "'2024-01-01', '2024-01-01')"_s,
             { kind, name });
        return lastId(u"accounts"_s);
    }
    qint64 contract(qint64 account, const QString &model, const QDate &start,
                    const QVariant &included, bool rollover, const QVariant &budget)
    {
        const QVariant none(QMetaType::fromType<int>());
        exec(u"INSERT INTO contracts (account_id, reference, billing_model, fee_minor, currency, "
             "estimated_hours, start_date, auto_renew, status, included_minutes, rollover, "
             "budget_minutes, created_at, updated_at) VALUES (?, ?, ?, 100000, 'IDR', ?, ?, 0, "
             "'active', ?, ?, ?, '2024-01-01', '2024-01-01')"_s,
             { account, u"T-%1"_s.arg(++m_serial), model,
               model == u"hourly"_s ? QVariant(10) : none, start.toString(Qt::ISODate),
               included.isValid() ? included : none, int(rollover),
               budget.isValid() ? budget : none });
        return lastId(u"contracts"_s);
    }
    bool time(qint64 account, const QVariant &contract, const QDate &day, int minutes,
              bool billable = false)
    {
        return exec(u"INSERT INTO time_entries (entry_date, user_id, account_id, contract_id, "
                    "minutes, billable, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                    "?, 'IDR', '2024-01-01T00:00:00', '2024-01-01T00:00:00')"_s,
                    { day.toString(Qt::ISODate), m_ana, account,
                      contract.isValid() ? contract : QVariant(QMetaType::fromType<qint64>()),
                      minutes, int(billable) });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_timewidgets"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (UiTestDatabases::serverMissing())
            QSKIP("No PostgreSQL server: set CLIENTDESK_TEST_POSTGRES (scripts/test does).");
        m_db = m_databases.open(m_dir.filePath(u"time.sqlite"_s));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        const QDate today = QDate::currentDate();
        m_month = QDate(today.year(), today.month(), 1);
        QVERIFY(exec(u"INSERT INTO users (name, created_at) VALUES ('Ana', '2024-01-01')"_s));
        m_ana = lastId(u"users"_s);
        m_alfa = account(u"PT Alfa"_s, u"client"_s);
    }
    void cleanupTestCase() { m_db.reset(); }

    void theContractFormTakesHoursForItsModel()
    {
        Contract draft = ContractService::draft(m_alfa, u"USD"_s, QDate(2026, 1, 1));
        draft.reference = u"C-TIME-1"_s;
        ContractDialog dialog(*m_db, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *problems = dialog.findChild<QLabel *>(u"contractProblems"_s);
        // Not saved yet: no hours to show, no timer to start.
        QVERIFY(!dialog.hoursPanel()->isVisible());
        QVERIFY(!dialog.startTimerButton()->isVisible());
        QTest::keyClicks(dialog.feeField(), u"1000"_s);
        // A retainer: included hours, roll-over and the overage rate show; the budget not.
        QCOMPARE(dialog.contract().billingModel, BillingModel::Retainer);
        QVERIFY(dialog.includedField()->isVisible());
        QVERIFY(dialog.overageField()->isVisible());
        QVERIFY(!dialog.budgetField()->isVisible());
        QVERIFY(!dialog.rolloverField()->isEnabled()); // nothing included yet
        QVERIFY(save->isEnabled());

        QTest::keyClicks(dialog.overageField(), u"150.50"_s);
        QCOMPARE(dialog.problems(),
                 QStringList { u"An overage rate applies to the hours over the included ones: "
                               "enter the included hours per month too."_s });
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog.includedField(), u"twenty"_s);
        QCOMPARE(dialog.problems(),
                 QStringList { u"“twenty” is not a number of hours: type the included hours "
                               "as 40, 40:30 or 12.5."_s });
        QVERIFY(problems->isVisible());
        dialog.includedField()->clear();
        QTest::keyClicks(dialog.includedField(), u"0"_s);
        QCOMPARE(dialog.problems(),
                 QStringList { u"Enter more than 0 hours for the included hours."_s });
        dialog.includedField()->clear();
        QTest::keyClicks(dialog.includedField(), u"20:30"_s);
        QVERIFY(dialog.rolloverField()->isEnabled());
        dialog.rolloverField()->setChecked(true);
        dialog.overageField()->setText(u"150.505"_s);
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY2(dialog.problems().first().startsWith(u"Overage rate: "_s),
                 qPrintable(dialog.problems().first()));
        dialog.overageField()->setText(u"150.50"_s);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u' ')));
        Contract c = dialog.contract();
        QCOMPARE(c.includedMinutes, 1230);
        QVERIFY(c.rollover);
        QCOMPARE(c.overageRateMinor, 15050);
        QCOMPARE(c.budgetMinutes, 0);

        // A fixed fee: only the budget; the retainer's hours are not kept.
        dialog.billingModelField()->setCurrentIndex(
            dialog.billingModelField()->findData(int(BillingModel::Fixed)));
        QVERIFY(!dialog.includedField()->isVisible());
        QVERIFY(!dialog.rolloverField()->isVisible());
        QVERIFY(!dialog.overageField()->isVisible());
        QVERIFY(dialog.budgetField()->isVisible());
        QTest::keyClicks(dialog.budgetField(), u"120,5"_s);
        c = dialog.contract();
        QCOMPARE(c.includedMinutes, 0);
        QVERIFY(!c.rollover);
        QCOMPARE(c.overageRateMinor, std::nullopt);
        QCOMPARE(c.budgetMinutes, 7230);
        dialog.budgetField()->setText(u"100001"_s);
        QCOMPARE(dialog.problems(),
                 QStringList { u"The hour budget can be at most 100,000 hours."_s });
        dialog.budgetField()->setText(u"120:30"_s);
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = ContractService(*m_db).get(dialog.savedId());
        QVERIFY(stored.ok());
        QCOMPARE(stored->budgetMinutes, 7230);
        QCOMPARE(stored->includedMinutes, 0);

        // A stored retainer fills the form with its hours as hours and minutes.
        Contract retainer = *stored;
        retainer.billingModel = BillingModel::Retainer;
        retainer.budgetMinutes = 0;
        retainer.includedMinutes = 1230;
        retainer.rollover = true;
        retainer.overageRateMinor = 15050;
        QVERIFY(ContractService(*m_db).update(retainer).ok());
        const auto again = ContractService(*m_db).get(retainer.id);
        ContractDialog edit(*m_db, *again);
        QCOMPARE(edit.includedField()->text(), u"20:30"_s);
        QVERIFY(edit.rolloverField()->isChecked());
        QCOMPARE(edit.overageField()->text(), u"150.50"_s);
        QVERIFY(edit.budgetField()->text().isEmpty());
        QVERIFY(edit.problems().isEmpty());
    }

    void aClientShowsItsRetainerAndBudget()
    {
        const qint64 beta = account(u"PT Beta"_s, u"client"_s);
        // A retainer of 20 h from 14 months ago: 17 h this month (85 %), 10 h a month before.
        const qint64 retainer
            = contract(beta, u"retainer"_s, m_month.addMonths(-14), 1200, false, {});
        for (int back = 1; back <= 13; ++back)
            QVERIFY(time(beta, retainer, m_month.addMonths(-back), 600));
        QVERIFY(time(beta, retainer, m_month, 1020));
        // A budget of 100 h: 50 two months ago, 55 this month: 105 h, spent.
        const qint64 budget = contract(beta, u"fixed"_s, m_month.addMonths(-3), {}, false, 6000);
        QVERIFY(time(beta, budget, m_month.addMonths(-2), 1440));
        QVERIFY(time(beta, budget, m_month.addMonths(-2).addDays(1), 1440));
        QVERIFY(time(beta, budget, m_month.addMonths(-2).addDays(2), 120));
        QVERIFY(time(beta, budget, m_month, 1440));
        QVERIFY(time(beta, budget, m_month, 1440));
        QVERIFY(time(beta, budget, m_month, 420));
        // An hourly contract tracks no hours here.
        const qint64 hourly = contract(beta, u"hourly"_s, m_month.addMonths(-3), {}, false, {});
        QVERIFY(time(beta, hourly, m_month, 60));

        ClientPage page;
        page.resize(1100, 800);
        page.setDatabase(m_db.get());
        QVERIFY(page.showClient(beta));
        ContractHoursPanel *panel = page.contractHours();
        QVERIFY(panel->error().isEmpty());
        QCOMPARE(panel->rows().size(), 2);
        QVERIFY(!panel->isHidden());
        // Newest start first, as the contracts table: the budget, then the retainer.
        const ContractHoursPanel::Row &f = panel->rows().at(0);
        QCOMPARE(f.contract.id, budget);
        QCOMPARE(f.usedMinutes, 6300);
        QCOMPARE(f.allowedMinutes, 6000);
        QCOMPARE(f.text, u"105:00 of the 100:00-hour budget used (105\u00a0%)."_s);
        QCOMPARE(f.levelText, u"Hours spent: 5:00 over"_s);
        QCOMPARE(f.trend.size(), 4); // from the month it started
        QCOMPARE(f.trend.at(0).usedMinutes, 0);
        QCOMPARE(f.trend.at(1).usedMinutes, 3000); // a running total
        QCOMPARE(f.trend.at(3).usedMinutes, 6300);
        const ContractHoursPanel::Row &r = panel->rows().at(1);
        QCOMPARE(r.contract.id, retainer);
        QCOMPARE(r.usedMinutes, 1020);
        QCOMPARE(r.allowedMinutes, 1200);
        QCOMPARE(r.carriedMinutes, 0);
        QCOMPARE(r.text, u"17:00 of 20:00 hours used this month (85\u00a0%)."_s);
        QCOMPARE(r.levelText, u"Over 80\u00a0%"_s);
        QCOMPARE(r.trend.size(), 12);
        QCOMPARE(r.trend.first().month, m_month.addMonths(-11));
        QCOMPARE(r.trend.first().usedMinutes, 600);
        QCOMPARE(r.trend.last().usedMinutes, 1020);
        // The bars: level in colour and in words beside them.
        QCOMPARE(panel->bars().size(), 2);
        QCOMPARE(panel->bars().at(0)->level(), ContractHours::Level::Spent);
        QCOMPARE(panel->bars().at(1)->level(), ContractHours::Level::Near);
        QCOMPARE(panel->bars().at(1)->usedMinutes(), 1020);
        QStringList words;
        for (QLabel *label : panel->findChildren<QLabel *>(u"hoursLevel"_s))
            words.append(label->text());
        QCOMPARE(words, (QStringList { u"Hours spent: 5:00 over"_s, u"Over 80\u00a0%"_s }));
        QCOMPARE(panel->findChildren<QLabel *>(u"hoursLevel"_s)
                     .first()
                     ->palette()
                     .color(QPalette::WindowText),
                 HoursBar::colour(ContractHours::Level::Spent));

        // The retainer's form shows its own bar, and starts a timer on it.
        ContractDialog form(*m_db, *ContractService(*m_db).get(retainer));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.hoursPanel()->isVisible());
        QCOMPARE(form.hoursPanel()->rows().size(), 1);
        QCOMPARE(form.hoursPanel()->rows().first().text, r.text);
        QCOMPARE(form.hoursPanel()->bars().first()->level(), ContractHours::Level::Near);
        QSignalSpy timer(&form, &ContractDialog::startTimerRequested);
        QVERIFY(form.startTimerButton()->isVisible());
        form.startTimerButton()->click();
        QCOMPARE(timer.size(), 1);
        QCOMPARE(timer.first(), (QVariantList { beta, retainer, qint64(0) }));
        // An hourly contract tracks no hours: no bar.
        ContractDialog hourlyForm(*m_db, *ContractService(*m_db).get(hourly));
        hourlyForm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hourlyForm));
        QVERIFY(!hourlyForm.hoursPanel()->isVisible());
        QVERIFY(hourlyForm.startTimerButton()->isVisible());

        // The dashboard lists both, the spent budget first (act today).
        ClientAgendaModel agenda(*m_db);
        QVERIFY(agenda.reload(QDate::currentDate(), QDateTime::currentDateTime()).ok());
        DashboardView dashboard;
        dashboard.setAgenda(&agenda);
        QListView *list = dashboard.agendaList(ClientAgendaModel::Kind::Hours);
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 2);
        const QModelIndex first = list->model()->index(0, 0);
        QVERIFY2(
            first.data().toString().startsWith(
                u"PT Beta — T-%1: 105:00 of the 100:00-hour budget used (105\u00a0%), 5:00 over."_s
                    .arg(m_serial - 1)),
            qPrintable(first.data().toString()));
        QCOMPARE(first.data(Qt::ForegroundRole).value<QBrush>().color(),
                 HoursBar::colour(ContractHours::Level::Spent));
        QCOMPARE(list->model()->index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(),
                 HoursBar::colour(ContractHours::Level::Near));

        // A client without such contracts shows no hours.
        QVERIFY(page.showClient(account(u"PT Kosong"_s, u"client"_s)));
        QVERIFY(panel->isHidden());
    }

    void analyticsShowsWhatAnHourEarns()
    {
        // A database of its own: Ana's time of the tests before would count.
        m_db = m_databases.open(m_dir.filePath(u"analytics.sqlite"_s));
        QVERIFY2(m_db, qPrintable(m_databases.error()));
        QVERIFY(exec(u"INSERT INTO users (name, created_at) VALUES ('Ana', '2024-01-01')"_s));
        m_ana = lastId(u"users"_s);
        m_alfa = account(u"PT Alfa"_s, u"client"_s);
        // Two months back: Alfa (client) 1,000,000 in 4 hours; Toko (customer) 90,000 in 2.
        const QDate m1 = m_month.addMonths(-2);
        const qint64 toko = account(u"Toko Satu"_s, u"customer"_s);
        QVERIFY(time(m_alfa, {}, m1.addDays(4), 240, true));
        QVERIFY(time(toko, {}, m1.addDays(5), 120, false));
        for (const auto &[who, kind, amount] :
             { std::tuple { m_alfa, u"client"_s, qint64(1000000) },
               std::tuple { toko, u"customer"_s, qint64(90000) } })
            QVERIFY(exec(u"INSERT INTO revenue_entries (account_id, entry_date, amount_minor, "
                         "currency, account_kind, category, converted_minor, created_at) VALUES "
                         "(?, ?, ?, 'IDR', ?, 'Advice', ?, '2024-01-01')"_s,
                         { who, m1.addDays(10).toString(Qt::ISODate), amount, kind, amount }));

        AnalyticsView view;
        view.resize(1400, 2400);
        view.setDatabase(m_db.get());
        view.presetBox()->setCurrentIndex(
            view.presetBox()->findData(int(AnalyticsView::Preset::Custom)));
        view.fromEdit()->setDate(m1);
        view.toEdit()->setDate(m1);
        view.utilisationBox()->setCurrentIndex(
            view.utilisationBox()->findData(int(UtilisationGrouping::Month)));
        view.reload();
        QVERIFY(view.waitForLoaded());
        QCoreApplication::processEvents();
        ChartPanel *earns = view.effectiveRatePanel();
        QCOMPARE(earns->title(), u"What an hour earns: clients vs customers"_s);
        QVERIFY(earns->chart());
        QTableWidget *numbers = earns->numbers();
        QCOMPARE(numbers->rowCount(), 2); // the month and the total
        const QLocale locale;
        QCOMPARE(numbers->item(0, 1)->text(), Money(1000000, u"IDR"_s).format(locale));
        QCOMPARE(numbers->item(0, 2)->text(), u"4:00"_s);
        QCOMPARE(numbers->item(0, 3)->text(), Money(250000, u"IDR"_s).format(locale));
        QCOMPARE(numbers->item(0, 5)->text(), u"2:00"_s);
        QCOMPARE(numbers->item(0, 6)->text(), Money(45000, u"IDR"_s).format(locale));
        QCOMPARE(numbers->item(1, 0)->text(), u"Total"_s);
        QVERIFY(earns->numbersAsText().contains(u"Per client hour"_s));
        int lines = 0;
        for (QAbstractSeries *series : earns->chart()->series())
            lines += qobject_cast<QLineSeries *>(series) != nullptr;
        QCOMPARE(lines, 2);

        ChartPanel *byAccount = view.accountRatePanel();
        QCOMPARE(byAccount->numbers()->rowCount(), 2);
        QCOMPARE(byAccount->numbers()->item(0, 0)->text(), u"PT Alfa"_s);
        QCOMPARE(byAccount->numbers()->item(0, 5)->text(), Money(250000, u"IDR"_s).format(locale));

        ChartPanel *utilisation = view.utilisationPanel();
        QVERIFY(utilisation->chart());
        // Ana, by month: the month, then her total.
        QCOMPARE(utilisation->numbers()->rowCount(), 2);
        QCOMPARE(utilisation->numbers()->item(0, 0)->text(), u"Ana"_s);
        QCOMPARE(utilisation->numbers()->item(0, 3)->text(), u"6:00"_s);
        QCOMPARE(utilisation->numbers()->item(0, 4)->text(), u"4:00"_s);
        view.utilisationBox()->setCurrentIndex(
            view.utilisationBox()->findData(int(UtilisationGrouping::Week)));
        QVERIFY(utilisation->numbers()->rowCount() > 4); // the weeks and the total
        QVERIFY(utilisation->numbers()->item(0, 1)->text().startsWith(u"Week of "_s));

        // One product category: hours are not split that way.
        view.segmentBox()->setCurrentIndex(view.segmentBox()->findData(int(Dimension::Category)));
        QVERIFY(earns->isEmpty());
        QVERIFY(earns->emptyLabel()->text().contains(u"not split by product category"_s));
    }
};

// Screenshots of the widgets on a database of one's own, to look at them:
// CLIENTDESK_TIME_SHOTS=DIR CLIENTDESK_TIME_SHOTS_DB=FILE tst_timewidgets shots
// (under Xvfb with QT_QPA_PLATFORM=xcb for the real fonts). Skipped without them.
class tst_TimeShots : public QObject
{
    Q_OBJECT
private slots:
    void shots()
    {
        const QString dir = qEnvironmentVariable("CLIENTDESK_TIME_SHOTS");
        const QString file = qEnvironmentVariable("CLIENTDESK_TIME_SHOTS_DB");
        if (dir.isEmpty() || file.isEmpty())
            QSKIP("Set CLIENTDESK_TIME_SHOTS and CLIENTDESK_TIME_SHOTS_DB to take screenshots.");
        QStandardPaths::setTestModeEnabled(true); // the view's choices: away from the user's
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_timeshots"_s);
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QSqlQuery q((*db)->connection());
        // The client with the most tracked contracts, the fullest first.
        QVERIFY(q.exec(u"SELECT account_id FROM contracts WHERE status = 'active' AND "
                       "(included_minutes IS NOT NULL OR budget_minutes IS NOT NULL) "
                       "GROUP BY account_id ORDER BY count(*) DESC, account_id DESC LIMIT 1"_s));
        QVERIFY(q.next());
        const qint64 client = q.value(0).toLongLong();
        ClientPage page;
        page.resize(1180, 720);
        page.setDatabase(db->get());
        QVERIFY(page.showClient(client));
        page.tabs()->setCurrentIndex(2);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(300);
        QVERIFY(page.grab().save(dir + u"/clientpage.png"_s));

        const auto contracts = ContractService(**db).listForAccount(client);
        QVERIFY(contracts.ok());
        for (const Contract &c : *contracts) {
            if (!ContractHoursPanel::tracksHours(c))
                continue;
            ContractDialog dialog(**db, c);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + u"/contractdialog.png"_s));
            break;
        }

        ClientAgendaModel agenda(**db);
        QVERIFY(agenda.reload(QDate::currentDate(), QDateTime::currentDateTime()).ok());
        DashboardView dashboard;
        dashboard.resize(1180, 1100);
        dashboard.setAgenda(&agenda);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTest::qWait(200);
        QVERIFY(dashboard.grab().save(dir + u"/dashboard.png"_s));

        AnalyticsView view;
        view.resize(1400, 900);
        view.setDatabase(db->get());
        view.presetBox()->setCurrentIndex(
            view.presetBox()->findData(int(AnalyticsView::Preset::Last12Months)));
        view.reload();
        QVERIFY(view.waitForLoaded(60000));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(500);
        QVERIFY(view.effectiveRatePanel()->grab().save(dir + u"/earns.png"_s));
        QVERIFY(view.accountRatePanel()->grab().save(dir + u"/byaccount.png"_s));
        QVERIFY(view.utilisationPanel()->grab().save(dir + u"/utilisation.png"_s));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (argc > 1 && qstrcmp(argv[1], "shots") == 0) {
        tst_TimeShots shots;
        return QTest::qExec(&shots, 1, argv);
    }
    tst_TimeWidgets test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_timewidgets.moc"
