#pragma once

#include <QStringList>

namespace cd::cli {

class Console;

/// `clientdesk report client ID_OR_NAME -o FILE.pdf`, `report portfolio -o FILE.pdf` and
/// `report clients [--manager NAME] -o DIR`, each with [--from DATE] [--to DATE] (default: the
/// last twelve months): the printed reports as PDF files. `report invoice NUMBER -o FILE.pdf`
/// and `report invoices --period YYYY-MM -o DIR` (each invoice and credit note dated in the
/// month, named after its number with '/' as '-'), with [--language en|id]: the printed
/// invoices. Needs a QGuiApplication.
int runReport(const QStringList &arguments, Console &console);

} // namespace cd::cli
