#pragma once

#include <QList>

class QWidget;

namespace cd {

class Database;
class UserPrompts;

/// The printed invoices of a billing run (InvoiceReport, the report engine) into a folder the
/// user chooses, written off the UI thread with progress and Cancel. A file that fails names
/// its invoice. (One invoice is previewed, printed or saved through ReportDialog::forInvoice.)
namespace invoicepdf {

void saveMany(Database &database, const QList<qint64> &invoiceIds, UserPrompts &prompts,
              QWidget *parent);

} // namespace invoicepdf

} // namespace cd
