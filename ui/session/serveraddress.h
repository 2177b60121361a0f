#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

/// The parts of a postgresql:// address as the Connect dialog shows them, decoded. Builds the
/// address Database::open reads (every part percent-encoded), the form that may be shown and
/// remembered (without the password), and the keychain key of the password.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(cd::ServerAddress)

public:
    static constexpr int kDefaultPort = 5432;
    /// libpq's sslmode values, in the order of growing strictness.
    static const QStringList &tlsModes();
    static QString defaultTlsMode() { return QStringLiteral("prefer"); }

    QString host;
    int port = kDefaultPort;
    QString database;
    QString user;
    QString password;
    QString tlsMode = defaultTlsMode();

    /// The parts of a postgresql:// or postgres:// address; nullopt for anything else.
    static std::optional<ServerAddress> fromUrl(const QString &url);
    static bool isServerUrl(const QString &location);

    /// The address with every part encoded; with the password only when `withPassword`.
    QString url(bool withPassword) const;
    /// USER@HOST:PORT/DATABASE: how the window and messages name it, and the keychain key.
    QString displayName() const;
    QString keychainKey() const { return displayName(); }

    /// What is missing or out of range, one sentence each; empty when it can be tried.
    QStringList problems() const;
};

} // namespace cd
