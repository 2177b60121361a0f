#include "session/sessiondialogs.h"

#include "areanavigator.h"
#include "dialogs/connectdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/samplesizedialog.h"
#include "domain/money.h"
#include "io/importer.h"
#include "sample/samplegenerator.h"
#include "session/session.h"
#include "storage/database.h"
#include "userprompts.h"
#include "views/welcomepanel.h"
#include "windowtexts.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString databaseFilter()
{
    return WindowTexts::tr("ClientDesk databases (*.sqlite *.db)");
}

} // namespace

SessionDialogs::SessionDialogs(Session &session, AreaNavigator &navigator, QWidget *window)
    : QObject(window), m_session(session), m_navigator(navigator), m_window(window)
{ }

void SessionDialogs::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, WindowTexts::tr("Open Database"), m_session.dialogDirectory(), databaseFilter());
    if (!path.isEmpty())
        m_session.openFile(path);
}

void SessionDialogs::chooseAndCreate()
{
    // An existing file is refused by createFile(), so the dialog need not ask to replace it.
    QString path = QFileDialog::getSaveFileName(
        m_window, WindowTexts::tr("New Database"),
        QDir(m_session.dialogDirectory()).filePath(WindowTexts::tr("clientdesk.sqlite")),
        databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    m_session.createFile(path);
}

ConnectDialog *SessionDialogs::showConnectDialog(const ServerAddress &address,
                                                 const QString &problem)
{
    if (m_session.isGeneratingSample())
        return nullptr;
    auto *dialog = new ConnectDialog(m_session.passwordStore(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddress(address);
    dialog->setProblem(problem);
    connect(dialog, &ConnectDialog::connected, this, [this, dialog] { onServerConnected(dialog); });
    // Cancelled after a failure with no database open: the window's empty page says why.
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (!m_session.database() && !dialog->problem().isEmpty())
            m_navigator.setNoDatabaseReason(dialog->problem());
    });
    dialog->open();
    return dialog;
}

ConnectDialog *SessionDialogs::openServer(const QString &url)
{
    const std::optional<Session::ServerLogin> login = m_session.loginFor(url);
    if (!login)
        return showConnectDialog({},
                                 Database::tr("“%1” is not a database address; write it as "
                                              "postgresql://USER@HOST:PORT/DATABASE.")
                                     .arg(u"postgresql://…"_s));
    ConnectDialog *dialog = showConnectDialog(login->address);
    if (!dialog)
        return nullptr;
    dialog->setRemember(login->remembered);
    if (const QString keychainProblem = login->keychainProblem; !keychainProblem.isEmpty()) {
        // Said only if the server wants a password after all.
        connect(
            dialog, &ConnectDialog::connectFailed, dialog,
            [dialog, keychainProblem] {
                dialog->setProblem(dialog->problem() + u'\n' + keychainProblem);
            },
            Qt::SingleShotConnection);
    }
    dialog->tryConnect();
    return dialog;
}

void SessionDialogs::onServerConnected(ConnectDialog *dialog)
{
    std::unique_ptr<Database> database = dialog->takeDatabase();
    if (!database || !m_session.adoptServer(std::move(database)))
        return;
    if (!dialog->keychainProblem().isEmpty())
        m_session.prompts().message(QMessageBox::Warning,
                                    WindowTexts::tr("Password Not Remembered"),
                                    dialog->keychainProblem());
}

void SessionDialogs::chooseAndExport(ImportKind kind)
{
    QString selected;
    const QString csvFilter = WindowTexts::tr("CSV files (*.csv)");
    const QString xlsxFilter = WindowTexts::tr("Excel workbooks (*.xlsx)");
    QString path = QFileDialog::getSaveFileName(
        m_window, WindowTexts::tr("Export"),
        QDir(m_session.dialogDirectory()).filePath(toCode(kind) + u".csv"_s),
        csvFilter + u";;"_s + xlsxFilter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == xlsxFilter ? u".xlsx"_s : u".csv"_s;
    m_session.startExport(kind, path);
}

void SessionDialogs::chooseAndExportCalendar()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, WindowTexts::tr("Export Calendar"),
        QDir(m_session.dialogDirectory()).filePath(u"clientdesk-deadlines.ics"_s),
        WindowTexts::tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ics"_s;
    m_session.startCalendarExport(path);
}

void SessionDialogs::chooseAndRestoreBackup()
{
    if (!m_session.database())
        return;
    RestoreBackupDialog dialog(*m_session.database(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.chosenPath();
    const auto answer = QMessageBox::question(
        m_window, WindowTexts::tr("Restore from Backup"),
        WindowTexts::tr("Replace the database with the backup %1? Changes made since the backup "
                        "are no longer shown; the database as it is now is kept beside it.")
            .arg(QFileInfo(chosen).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session.restoreBackup(chosen);
}

void SessionDialogs::askAndCreateSample()
{
    SampleSizeDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SampleOptions options = SampleSizeDialog::optionsFor(dialog.size());
    // The sample is in the firm's currency: the generator takes the stored one (the welcome
    // panel stores each choice), else this one, the panel's.
    options.currency = m_navigator.welcomePanel()->currency();
    m_session.startSampleGeneration(options);
}

} // namespace cd
