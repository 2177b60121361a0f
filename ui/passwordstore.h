#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cd {

/// Where server passwords are kept when the user asks ClientDesk to remember them. Keys are
/// ServerAddress::keychainKey() (USER@HOST:PORT/DATABASE). Every failure is one sentence.
/// An interface so that tests can put a store in memory in place of the system keychain.
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;

    /// The stored password, nullopt when none is stored for `key`.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &password) = 0;
    /// Forgets the password of `key`; success when none was stored.
    virtual Status remove(const QString &key) = 0;
};

/// The system keychain through QtKeychain (the Secret Service or KWallet on Linux), service
/// "ClientDesk". Never falls back to a plain file: without a keychain service every call fails
/// with a sentence saying so. Calls wait for the keychain in a local event loop, at most
/// `timeoutMs` (unlocking a keychain may ask the user for its password).
class KeychainPasswordStore final : public PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::KeychainPasswordStore)

public:
    explicit KeychainPasswordStore(int timeoutMs = 60'000) : m_timeoutMs(timeoutMs) { }

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &password) override;
    Status remove(const QString &key) override;

    static QString serviceName();

private:
    int m_timeoutMs;
};

} // namespace cd
