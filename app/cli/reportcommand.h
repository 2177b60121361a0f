#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk report client ID_OR_NAME -o FILE.pdf`, `report portfolio -o FILE.pdf` and
/// `report clients [--manager NAME] -o DIR`, each with [--from DATE] [--to DATE] (default: the
/// last twelve months): the printed reports as PDF files. Needs a QGuiApplication.
int runReport(const QStringList &arguments, Console &console);

} // namespace cd::cli
