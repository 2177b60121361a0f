#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What a command run by a test printed and how it ended: the real binary in a process of its
// own, shared by the end-to-end suites.
struct Run
{
    int exitCode = -1; ///< -2 when it crashed or was killed
    QString out;
    QString err;
};

/// Waits for a started process (killed after `timeoutMs`, err "<timed out>") and collects it.
inline Run finishRun(QProcess &process, int timeoutMs = 120000)
{
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("<timed out>");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Runs the real binary `program` with `arguments` in a clean environment of its own: HOME and
/// the XDG folders under `home`, the C.UTF-8 locale, no display, no $CLIENTDESK_DATABASE.
inline Run runInCleanEnvironment(const QString &program, const QString &home,
                                 const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const char *name :
         { "LANG", "LANGUAGE", "DISPLAY", "QT_QPA_PLATFORM", "CLIENTDESK_DATABASE" })
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(program, arguments);
    return finishRun(process, timeoutMs);
}
