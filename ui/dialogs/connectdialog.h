#pragma once

#include "session/serveraddress.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace cd {

class BackgroundTask;
class Database;
class PasswordStore;

/// File > Connect to Server…: the address of a ClientDesk database on a PostgreSQL server,
/// the password, the TLS mode, and whether to remember the password in the system keychain.
///
/// Connect checks the fields, then opens the database on a worker thread (a server that does
/// not answer takes up to the connection timeout), with a busy bar; the fields stay as typed
/// and Database's sentence shows in the dialog when it fails. Once the worker got in, the
/// database is opened again on the UI thread (Qt SQL connections cannot change threads), the
/// password is stored in or removed from `store` as the box says, and the dialog accepts.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    /// `store` may be null (nothing is remembered then); it must outlive the dialog.
    explicit ConnectDialog(PasswordStore *store, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setAddress(const ServerAddress &address);
    /// The fields as typed; a port that is no number is 0.
    ServerAddress address() const;
    /// Ticks the box; true also says the keychain holds a password for the address.
    void setRemember(bool remember);
    bool remember() const;

    /// The sentences the dialog shows under the fields (empty: none).
    void setProblem(const QString &problem);
    QString problem() const;

    /// Checks the fields and starts connecting; false when a field is wrong (the dialog says
    /// which) or an attempt is still going.
    bool tryConnect();
    bool isConnecting() const;

    /// After connected(): the open database, once.
    std::unique_ptr<Database> takeDatabase();
    /// After connected(): what went wrong with the keychain, or empty.
    QString keychainProblem() const { return m_keychainProblem; }

signals:
    /// The database is open (takeDatabase()); the dialog has been accepted.
    void connected();
    /// An attempt failed; problem() says why.
    void connectFailed();

private:
    void setBusy(bool busy);
    void onAttemptFinished(const QString &error);
    void rememberPassword(const ServerAddress &address);

    PasswordStore *m_store;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    BackgroundTask *m_task = nullptr;
    ServerAddress m_attempt;
    std::shared_ptr<QString> m_attemptError = std::make_shared<QString>();
    bool m_connecting = false;
    bool m_wasRemembered = false; ///< the keychain held the password when the dialog opened
    std::unique_ptr<Database> m_opened;
    QString m_keychainProblem;
};

} // namespace cd
