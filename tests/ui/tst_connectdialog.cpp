#include "dialogs/connectdialog.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "postgrestestsupport.h"
#include "session/serveraddress.h"
#include "session/session.h"
#include "storage/database.h"
#include "userprompts.h"
#include "views/nodatabasepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMetaEnum>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

// The keychain of the tests: a map, and a count of what was asked of it.
class MemoryStore final : public PasswordStore
{
public:
    Result<std::optional<QString>> read(const QString &key) override
    {
        ++reads;
        if (!entries.contains(key))
            return std::optional<QString>();
        return std::optional<QString>(entries.value(key));
    }
    Status write(const QString &key, const QString &password) override
    {
        entries.insert(key, password);
        return Status::success();
    }
    Status remove(const QString &key) override
    {
        entries.remove(key);
        return Status::success();
    }

    QMap<QString, QString> entries;
    int reads = 0;
};

// Nothing listens on port 1 of the loopback address: a refused connection, at once.
ServerAddress downServer()
{
    ServerAddress address;
    address.host = u"127.0.0.1"_s;
    address.port = 1;
    address.database = u"firm"_s;
    address.user = u"sari"_s;
    address.password = u"typed secret"_s;
    address.tlsMode = u"disable"_s;
    return address;
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every file under `dir` that holds `needle` (also percent-encoded).
QStringList filesHolding(const QString &dir, const QString &needle)
{
    QStringList found;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(needle));
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = fileText(path);
        if (text.contains(needle) || text.contains(encoded))
            found.append(path);
    }
    return found;
}

} // namespace

class tst_ConnectDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static void fill(ConnectDialog &dialog, const ServerAddress &address, bool remember)
    {
        dialog.findChild<QLineEdit *>(u"connectHost"_s)->setText(address.host);
        dialog.findChild<QLineEdit *>(u"connectPort"_s)->setText(QString::number(address.port));
        dialog.findChild<QLineEdit *>(u"connectDatabase"_s)->setText(address.database);
        dialog.findChild<QLineEdit *>(u"connectUser"_s)->setText(address.user);
        dialog.findChild<QLineEdit *>(u"connectPassword"_s)->setText(address.password);
        auto *tls = dialog.findChild<QComboBox *>(u"connectTls"_s);
        tls->setCurrentIndex(tls->findData(address.tlsMode));
        dialog.findChild<QCheckBox *>(u"connectRemember"_s)->setChecked(remember);
    }

    /// The scratch database's address as the dialog's fields, with a password typed in
    /// (the throwaway server trusts every login, so any password gets in).
    static ServerAddress scratchAddress(const ScratchPostgres &scratch, const QString &password)
    {
        std::optional<ServerAddress> address = ServerAddress::fromUrl(scratch.url());
        address->password = password;
        return *address;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No keychain service may be reached from a test, nor the developer's settings.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        // QtKeychain then tries KWallet over D-Bus, the path where it would fall back to a
        // plain settings file if that were allowed (it does not for libsecret).
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "5");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath(u"runtime"_s)));
        QDir().mkpath(m_home.filePath(u"runtime"_s));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_connectdialog"_s);
        QSettings().clear();
    }

    void defaults()
    {
        ConnectDialog dialog(nullptr);
        QCOMPARE(dialog.address().port, 5432);
        QCOMPARE(dialog.address().tlsMode, u"prefer"_s);
        QVERIFY(!dialog.remember());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"connectPassword"_s)->echoMode(),
                 QLineEdit::Password);
        QCOMPARE(dialog.findChild<QComboBox *>(u"connectTls"_s)->count(), 6);
    }

    void emptyFieldsAreNamedBeforeConnecting()
    {
        ConnectDialog dialog(nullptr);
        QSignalSpy failed(&dialog, &ConnectDialog::connectFailed);
        QVERIFY(!dialog.tryConnect());
        QVERIFY(!dialog.isConnecting());
        QCOMPARE(failed.size(), 1);
        const QString problem = dialog.problem();
        QVERIFY2(problem.contains(u"host name"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"name of the database"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"user name"_s), qPrintable(problem));
        QVERIFY(!problem.contains(u"port"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"connectProblems"_s)->isVisibleTo(&dialog));
    }

    void portOutOfRangeIsRefused_data()
    {
        QTest::addColumn<QString>("port");
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("too large") << u"65536"_s;
        QTest::newRow("no number") << u"54x"_s;
        QTest::newRow("negative") << u"-1"_s;
    }
    void portOutOfRangeIsRefused()
    {
        QFETCH(QString, port);
        ConnectDialog dialog(nullptr);
        fill(dialog, downServer(), false);
        dialog.findChild<QLineEdit *>(u"connectPort"_s)->setText(port);
        QVERIFY(!dialog.tryConnect());
        QCOMPARE(dialog.problem(), u"The port must be between 1 and 65535."_s);
    }

    void badHostAndDatabaseNamesAreRefused()
    {
        ConnectDialog dialog(nullptr);
        ServerAddress address = downServer();
        address.host = u"db example"_s;
        address.database = u"a/b"_s;
        fill(dialog, address, false);
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(dialog.problem().contains(u"“db example” is not a host name"_s),
                 qPrintable(dialog.problem()));
        QVERIFY2(dialog.problem().contains(u"cannot contain “/”"_s), qPrintable(dialog.problem()));
    }

    void addressEncodesEveryPart()
    {
        ServerAddress address;
        address.host = u"db.example.org"_s;
        address.port = 6543;
        address.user = u"o'brien@firm:x"_s;
        address.password = u"p@ss:w/rd%?#& é"_s;
        address.database = u"team db#1%?é"_s;
        address.tlsMode = u"verify-full"_s;
        const QString url = address.url(true);
        QVERIFY2(QUrl(url, QUrl::StrictMode).isValid(), qPrintable(url));
        // Nothing of the parts is left unencoded where it could end the part.
        QVERIFY2(
            url.startsWith(u"postgresql://o'brien%40firm%3Ax:p%40ss:w%2Frd%25%3F%23&%20%C3%A9@"
                           "db.example.org:6543/team%20db%231%25%3F%C3%A9?sslmode=verify-full"_s),
            qPrintable(url));
        const std::optional<ServerAddress> back = ServerAddress::fromUrl(url);
        QVERIFY(back);
        QCOMPARE(back->host, address.host);
        QCOMPARE(back->port, address.port);
        QCOMPARE(back->user, address.user);
        QCOMPARE(back->password, address.password);
        QCOMPARE(back->database, address.database);
        QCOMPARE(back->tlsMode, address.tlsMode);

        const QString shown = address.url(false);
        QVERIFY(!shown.contains(u"p%40ss"_s));
        QVERIFY(!shown.contains(u"p@ss"_s));
        QCOMPARE(address.keychainKey(), u"o'brien@firm:x@db.example.org:6543/team db#1%?é"_s);
        // The default TLS mode is libpq's own: left out of the address.
        address.tlsMode = u"prefer"_s;
        QVERIFY(!address.url(false).contains(u"sslmode"_s));
        QCOMPARE(ServerAddress::fromUrl(address.url(false))->tlsMode, u"prefer"_s);
        QVERIFY(!ServerAddress::fromUrl(u"/home/sari/firm.sqlite"_s));

        // libpq's ?password= is taken as the password, and left out of what is shown and kept.
        const auto queried = ServerAddress::fromUrl(
            u"postgresql://ann@db.example.org/firm?password=s%26cret&sslmode=require"_s);
        QVERIFY(queried);
        QCOMPARE(queried->password, u"s&cret"_s);
        QCOMPARE(queried->url(false),
                 u"postgresql://ann@db.example.org:5432/firm?sslmode=require"_s);
        QCOMPARE(ServerAddress::fromUrl(queried->url(true))->password, u"s&cret"_s);
    }

    void databaseReadsTheEncodedAddress()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("CLIENTDESK_TEST_POSTGRES is not set");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        // A login and a database whose names need every kind of escape, gone again whatever
        // the outcome (a unique suffix, should an earlier run have left them behind).
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(6);
        const QString role = u"o'brien@firm:x/é%"_s + suffix;
        const QString name = u"cd team #1%?é"_s + suffix;
        const auto cleanup = qScopeGuard([&scratch, &role, &name] {
            scratch.exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(name));
            scratch.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
        });
        QVERIFY2(
            scratch.exec(u"CREATE ROLE \"%1\" LOGIN SUPERUSER PASSWORD 'p@ss:w/rd%?#'"_s.arg(role)),
            qPrintable(scratch.error()));
        QVERIFY2(scratch.exec(u"CREATE DATABASE \"%1\" OWNER \"%2\""_s.arg(name, role)),
                 qPrintable(scratch.error()));
        ServerAddress address = *ServerAddress::fromUrl(scratch.url());
        address.user = role;
        address.database = name;
        address.password = u"p@ss:w/rd%?#"_s;
        address.tlsMode = u"disable"_s;
        {
            auto opened = Database::open(address.url(true));
            QVERIFY2(opened, qPrintable(opened.error()));
            QCOMPARE((*opened)->session().login, role);
            QSqlQuery query((*opened)->connection());
            QVERIFY(query.exec(u"SELECT current_database()"_s) && query.next());
            QCOMPARE(query.value(0).toString(), name);
            QVERIFY(!(*opened)->location().contains(u"p%40ss"_s));
        }
    }

    void downServerIsSaidAndFieldsStay()
    {
        ConnectDialog dialog(nullptr);
        dialog.show();
        fill(dialog, downServer(), true);
        QSignalSpy failed(&dialog, &ConnectDialog::connectFailed);
        QVERIFY(dialog.tryConnect());
        QVERIFY(dialog.isConnecting());
        QVERIFY(dialog.findChild<QProgressBar *>(u"connectBusy"_s)->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"connectHost"_s)->isEnabled());
        QVERIFY(!dialog.tryConnect()); // one attempt at a time
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY(!dialog.isConnecting());
        QCOMPARE(dialog.problem(),
                 u"The database server 127.0.0.1:1 does not answer; check the address and that "
                 "the server is running."_s);
        QVERIFY(!dialog.findChild<QProgressBar *>(u"connectBusy"_s)->isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(u"connectHost"_s)->isEnabled());
        const ServerAddress kept = dialog.address();
        QCOMPARE(kept.host, downServer().host);
        QCOMPARE(kept.port, downServer().port);
        QCOMPARE(kept.database, downServer().database);
        QCOMPARE(kept.user, downServer().user);
        QCOMPARE(kept.password, downServer().password);
        QCOMPARE(kept.tlsMode, downServer().tlsMode);
        QVERIFY(dialog.remember());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.takeDatabase());
    }

    void closingWhileConnectingDoesNotWait()
    {
        auto *dialog = new ConnectDialog(nullptr);
        fill(*dialog, downServer(), false);
        QVERIFY(dialog->tryConnect());
        QElapsedTimer timer;
        timer.start();
        delete dialog;
        QVERIFY(timer.elapsed() < 2000);
        // The attempt ends by itself later.
        QTest::qWait(200);
    }

    void connectingSwitchesTheWindowAndRemembersNoPassword()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("CLIENTDESK_TEST_POSTGRES is not set");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        QSettings().clear();
        QStringList messages;
        RecordingPrompts prompts; // outlives the window
        prompts.onMessage = [&messages](const RecordingPrompts::Message &m) {
            messages.append(m.text);
        };
        MainWindow window;
        auto *store = new MemoryStore;
        window.session()->setPasswordStore(std::unique_ptr<PasswordStore>(store));
        window.setPrompts(&prompts);
        window.show();

        const QString secret = u"Zq7-secret/pw@x"_s;
        ConnectDialog *dialog = window.showConnectDialog();
        QVERIFY(dialog);
        const ServerAddress address = scratchAddress(scratch, secret);
        fill(*dialog, address, false);
        QSignalSpy connected(dialog, &ConnectDialog::connected);
        QVERIFY(dialog->tryConnect());
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));

        QVERIFY(window.database());
        QCOMPARE(window.database()->dialect(), Dialect::PostgreSQL);
        QCOMPARE(window.windowTitle(), u"ClientDesk — %1"_s.arg(address.displayName()));
        QVERIFY(!window.windowTitle().contains(secret));
        QVERIFY(window.databaseStatusText().contains(address.url(false)));
        QVERIFY(!window.databaseStatusText().contains(secret));
        QCOMPARE(Session::recentServers(), QStringList { window.database()->location() });
        QCOMPARE(QSettings().value(u"database/last"_s).toString(), window.database()->location());
        QVERIFY(store->entries.isEmpty()); // not asked to remember it

        // The settings file holds the address, never the password, in any encoding.
        QSettings settings;
        settings.sync();
        const QString text = fileText(settings.fileName());
        QVERIFY2(text.contains(address.host), qPrintable(settings.fileName()));
        QVERIFY(!text.contains(secret));
        QVERIFY(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        const QString settingsRoot
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QCOMPARE(filesHolding(settingsRoot, secret), QStringList());

        // A window started on that address (no password in it) connects again.
        MainWindow again;
        again.session()->setPasswordStore(std::make_unique<MemoryStore>());
        again.show();
        ConnectDialog *reconnect
            = again.openServer(QSettings().value(u"database/last"_s).toString());
        QVERIFY(reconnect);
        QTRY_VERIFY_WITH_TIMEOUT(again.database() != nullptr, 30000);
        QCOMPARE(again.windowTitle(), window.windowTitle());
    }

    void rememberStoresAndUntickingForgets()
    {
        if (ScratchPostgres::serverUrl().isEmpty())
            QSKIP("CLIENTDESK_TEST_POSTGRES is not set");
        ScratchPostgres scratch;
        QVERIFY2(scratch.ok(), qPrintable(scratch.error()));
        MemoryStore store;
        const ServerAddress address = scratchAddress(scratch, u"remember-me"_s);
        {
            ConnectDialog dialog(&store);
            fill(dialog, address, true);
            QSignalSpy connected(&dialog, &ConnectDialog::connected);
            QVERIFY(dialog.tryConnect());
            QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);
            QVERIFY(dialog.takeDatabase());
            QCOMPARE(dialog.keychainProblem(), QString());
        }
        QCOMPARE(store.entries.value(address.keychainKey()), u"remember-me"_s);
        QCOMPARE(store.entries.size(), 1);

        // Opening the remembered server reads the password from the store.
        {
            MainWindow window;
            auto *windowStore = new MemoryStore;
            windowStore->entries = store.entries;
            window.session()->setPasswordStore(std::unique_ptr<PasswordStore>(windowStore));
            ConnectDialog *dialog = window.openServer(address.url(false));
            QVERIFY(dialog);
            QCOMPARE(windowStore->reads, 1);
            QCOMPARE(dialog->address().password, u"remember-me"_s);
            QVERIFY(dialog->remember());
            QTRY_VERIFY_WITH_TIMEOUT(window.database() != nullptr, 30000);
        }

        {
            ConnectDialog dialog(&store);
            fill(dialog, address, false);
            QSignalSpy connected(&dialog, &ConnectDialog::connected);
            QVERIFY(dialog.tryConnect());
            QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);
        }
        QVERIFY(store.entries.isEmpty());
    }

    void rememberedServerThatFailsOpensTheDialogWithTheReason()
    {
        MainWindow window;
        auto *store = new MemoryStore;
        ServerAddress address = downServer();
        store->entries.insert(address.keychainKey(), u"stored"_s);
        window.session()->setPasswordStore(std::unique_ptr<PasswordStore>(store));
        window.show();
        address.password.clear();
        ConnectDialog *dialog = window.openServer(address.url(false));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isConnecting(), 15000);
        QVERIFY2(dialog->problem().contains(u"does not answer"_s), qPrintable(dialog->problem()));
        QCOMPARE(dialog->address().host, address.host);
        QCOMPARE(dialog->address().user, address.user);
        QCOMPARE(dialog->address().password, u"stored"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY(!window.database());
        dialog->reject();
        QVERIFY2(window.noDatabasePanel()->reason().contains(u"does not answer"_s),
                 qPrintable(window.noDatabasePanel()->reason()));
        QVERIFY(!window.database());
    }

    void systemKeychainMissingIsSaidAndNothingIsWrittenToAFile()
    {
        // No D-Bus session here (initTestCase): QtKeychain finds no keychain service.
        KeychainPasswordStore store(20'000);
        const QString secret = u"never-in-a-file-42"_s;
        QElapsedTimer timer;
        timer.start();
        const Status written = store.write(u"sari@127.0.0.1:5432/firm"_s, secret);
        QVERIFY(timer.elapsed() < 20'000);
        QVERIFY(!written);
        QVERIFY2(written.error().startsWith(u"The system keychain is not available: "_s),
                 qPrintable(written.error()));
        QVERIFY2(written.error().endsWith(u"; the password was not saved."_s),
                 qPrintable(written.error()));
        const auto read = store.read(u"sari@127.0.0.1:5432/firm"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().startsWith(u"The system keychain is not available: "_s),
                 qPrintable(read.error()));
        const Status removed = store.remove(u"sari@127.0.0.1:5432/firm"_s);
        QVERIFY2(removed || removed.error().startsWith(u"The system keychain is not available: "_s),
                 qPrintable(removed.error()));
        // QtKeychain's insecure fallback would have written a QSettings file.
        const QString settingsRoot
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QCOMPARE(filesHolding(settingsRoot, secret), QStringList());
        QCOMPARE(filesHolding(QDir::homePath() + u"/.config"_s, secret), QStringList());
    }

    // Pictures to look at, not a check: CLIENTDESK_SCREENSHOTS=DIR saves the dialog as it is
    // shown empty, connecting and after a failure, and with CLIENTDESK_SCREENSHOT_DATABASE=URL
    // the window on that server database (run under Xvfb with QT_QPA_PLATFORM=xcb).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CLIENTDESK_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("CLIENTDESK_SCREENSHOTS is not set");
        QDir().mkpath(dir);
        {
            ConnectDialog dialog(nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + u"/connect-empty.png"_s));
            fill(dialog, downServer(), true);
            QVERIFY(dialog.tryConnect());
            // Before the refusal comes back, which is at once on the loopback address.
            dialog.layout()->activate();
            QVERIFY(dialog.grab().save(dir + u"/connect-busy.png"_s));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 15000);
            QVERIFY(dialog.grab().save(dir + u"/connect-failed.png"_s));
            dialog.findChild<QLineEdit *>(u"connectHost"_s)->clear();
            dialog.findChild<QLineEdit *>(u"connectUser"_s)->clear();
            dialog.findChild<QLineEdit *>(u"connectPort"_s)->setText(u"99999"_s);
            QVERIFY(!dialog.tryConnect());
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(dir + u"/connect-invalid.png"_s));
        }
        const QString url = qEnvironmentVariable("CLIENTDESK_SCREENSHOT_DATABASE");
        if (url.isEmpty())
            return;
        MainWindow window;
        window.session()->setPasswordStore(std::make_unique<MemoryStore>());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openServer(url));
        QTRY_VERIFY_WITH_TIMEOUT(window.database() != nullptr, 30000);
        QTest::qWait(1500);
        QVERIFY(window.grab().save(dir + u"/window-dashboard.png"_s));
        for (const auto area : { MainWindow::Area::Clients, MainWindow::Area::Customers,
                                 MainWindow::Area::Pipeline, MainWindow::Area::Analytics }) {
            window.showArea(area);
            QTest::qWait(2500);
            const QString name = QString::fromLatin1(
                QMetaEnum::fromType<MainWindow::Area>().valueToKey(int(area)));
            QVERIFY(window.grab().save(dir + u"/window-"_s + name.toLower() + u".png"_s));
        }
    }
};

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
