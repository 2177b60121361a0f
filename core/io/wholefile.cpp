#include "io/wholefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cd {

Status WholeFile::write(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error { tr("%1 is a folder; give the name of a file.").arg(shown) };
    if (!info.absoluteDir().exists())
        return Error { tr("%1 cannot be written: the folder %2 does not exist.")
                           .arg(shown, QDir::toNativeSeparators(info.absolutePath())) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("%1 cannot be written: %2.").arg(shown, file.errorString()) };
    // A write onto a full disk can write part of its bytes without setting an error, and
    // commit() may not notice that flushing the last bytes failed: both are checked here.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.error() == QFileDevice::NoError
            ? tr("only part of it could be written (the disk may be full)")
            : file.errorString();
        file.cancelWriting();
        return Error { tr("%1 cannot be written: %2.").arg(shown, reason) };
    }
    if (!file.commit())
        return Error { tr("%1 cannot be written: %2.").arg(shown, file.errorString()) };
    return {};
}

} // namespace cd
