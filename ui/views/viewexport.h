#pragma once

#include "io/exporter.h"

class QTableView;
class QWidget;

namespace cd {

/// The rows of a list view as the user sees them: the visible columns in their on-screen
/// order, the rows in their sorted order, the text as shown. For "Export…" of a list's
/// current filter.
ExportTable tableOfView(const QTableView &view, const QString &title);

/// Asks where to save a list view's rows (CSV or XLSX) and writes them; a failure is shown in
/// a message box. Returns the path written, or an empty string.
QString exportViewInteractively(const QTableView &view, const QString &title, QWidget *parent);

} // namespace cd
