#pragma once

#include <QString>

class QApplication;

namespace cd {

/// Starts the desktop app on the database at `location` (a path; empty for the default)
/// and runs the event loop. Returns the exit code.
int runDesktop(QApplication &app, const QString &location);

} // namespace cd
