#pragma once

#include "session/serveraddress.h"

#include <QObject>

class QWidget;

namespace cd {

class AreaNavigator;
class ConnectDialog;
class Session;
enum class ImportKind;

/// What the File menu and the empty panels ask before the session acts: which file to open,
/// create or export to, which server to connect to (ConnectDialog), which backup to restore,
/// how large a sample portfolio to create. Each then calls the Session.
class SessionDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialogs)

public:
    SessionDialogs(Session &session, AreaNavigator &navigator, QWidget *window);

    void chooseAndOpen();
    void chooseAndCreate();
    /// File > Connect to Server…: the Connect dialog (window-modal, returned so tests can fill
    /// it), prefilled with `address` and showing `problem`. On success the session switches to
    /// the server's database and remembers its address (never the password).
    ConnectDialog *showConnectDialog(const ServerAddress &address = {},
                                     const QString &problem = {});
    /// Opens a remembered server (the recent list, `--database postgresql://…`): the password
    /// from the address, else from the keychain; connects at once in the Connect dialog, which
    /// stays open with the reason when that fails.
    ConnectDialog *openServer(const QString &url);
    void chooseAndExport(ImportKind kind);
    /// Asks where to write the calendar file (File > Export Calendar…) and writes it.
    void chooseAndExportCalendar();
    void chooseAndRestoreBackup();
    /// The sample size, then the session creates it.
    void askAndCreateSample();

private:
    void onServerConnected(ConnectDialog *dialog);

    Session &m_session;
    AreaNavigator &m_navigator;
    QWidget *m_window;
};

} // namespace cd
