#pragma once

#include <QFile>
#include <QtGlobal>

namespace cd {

/// Called first thing in main(). While TZ is unset, glibc looks at /etc/localtime again (a
/// stat, often a read) on every conversion to or from local time, and reading a month of
/// time entries — two local timestamps each — spent a third of its time there. With TZ
/// naming the system's own zone file, it is read once per process; a change of the
/// machine's time zone is seen at the next start.
inline void cacheLocalTimeZone()
{
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
}

} // namespace cd
