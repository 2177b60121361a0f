#pragma once

#include <QString>

class QApplication;

namespace cd {

/// Starts the desktop app on the database at `location` (a path; empty for the default)
/// and runs the event loop. Returns the exit code.
int runDesktop(QApplication &app, const QString &location);

/// The database the desktop app opens: `commandLineValue` (--database) if given, else
/// $CLIENTDESK_DATABASE, else the database last opened through the File menu if it still
/// exists, else Database::defaultLocation(). Reads QSettings, so call it after the
/// organisation and application names are set.
QString desktopDatabaseLocation(const QString &commandLineValue);

} // namespace cd
