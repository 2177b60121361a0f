#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd {

/// A file written whole or not at all: the bytes go to a temporary file beside the target
/// (QSaveFile), which replaces the target only when every byte has been written and flushed.
/// After a failure (a full disk, a folder that cannot be written) an older file of that name
/// stays as it was.
class WholeFile final
{
    Q_DECLARE_TR_FUNCTIONS(cd::WholeFile)

public:
    /// Writes `bytes` to `path`; an error names the file and says why.
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace cd
