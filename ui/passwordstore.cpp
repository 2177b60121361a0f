#include "passwordstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QString password;
};

// Runs a job to its end (or the timeout). The job deletes itself once it has finished, also
// after a timeout, when nobody waits for it any more.
Outcome run(QKeychain::Job *job, int timeoutMs)
{
    // Never a plaintext settings file in place of the keychain.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop,
                     [&outcome, &loop](QKeychain::Job *done) {
                         outcome.finished = true;
                         outcome.error = done->error();
                         outcome.errorText = done->errorString();
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                             outcome.password = read->textData();
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

// No keychain service to talk to. QtKeychain on Linux says "Unknown error" when it cannot load
// or call libsecret (not installed, or no D-Bus session): nothing can be stored then either.
bool noService(const Outcome &outcome)
{
    return outcome.finished
        && (outcome.error == QKeychain::NoBackendAvailable
            || outcome.error == QKeychain::NotImplemented
            || (outcome.error == QKeychain::OtherError
                && (outcome.errorText.isEmpty() || outcome.errorText == u"Unknown error"_s)));
}

QString reason(const Outcome &outcome)
{
    if (!outcome.finished)
        return KeychainPasswordStore::tr("it did not answer in time");
    if (noService(outcome))
        return KeychainPasswordStore::tr(
            "no keychain service such as GNOME Keyring or KWallet answered");
    QString text = outcome.errorText.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

bool unavailable(const Outcome &outcome)
{
    return !outcome.finished || noService(outcome) || outcome.error == QKeychain::OtherError;
}

} // namespace

QString KeychainPasswordStore::serviceName()
{
    return u"ClientDesk"_s;
}

Result<std::optional<QString>> KeychainPasswordStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    const Outcome outcome = run(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return std::optional<QString>(outcome.password);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (unavailable(outcome))
        return Error { tr("The system keychain is not available: %1; the password was not "
                          "read.")
                           .arg(reason(outcome)) };
    return Error {
        tr("The system keychain refused to give the password: %1.").arg(reason(outcome))
    };
}

Status KeychainPasswordStore::write(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(password);
    const Outcome outcome = run(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return Status::success();
    if (unavailable(outcome))
        return Error { tr("The system keychain is not available: %1; the password was not "
                          "saved.")
                           .arg(reason(outcome)) };
    return Error { tr("The system keychain did not save the password: %1.").arg(reason(outcome)) };
}

Status KeychainPasswordStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    const Outcome outcome = run(job, m_timeoutMs);
    // Where there is no keychain service nothing can have been stored in it.
    if (noService(outcome)
        || (outcome.finished
            && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound)))
        return Status::success();
    if (unavailable(outcome))
        return Error { tr("The system keychain is not available: %1; a remembered password "
                          "could not be forgotten.")
                           .arg(reason(outcome)) };
    return Error {
        tr("The system keychain did not forget the password: %1.").arg(reason(outcome))
    };
}

} // namespace cd
