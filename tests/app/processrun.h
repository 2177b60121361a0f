#pragma once

#include <QProcess>
#include <QString>

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
