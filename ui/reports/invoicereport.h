#pragma once

#include "reports/clientreport.h"
#include "reports/invoicedata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace cd {

/// The printed invoice and credit note (issue 27), through the report engine of the client
/// report: ReportDocument builds it, ReportPrinter pages it (A4, Letter where the locale's
/// paper is Letter; "Page X of Y"; the preview, the printer and PDF alike). Every text from the
/// database goes in as text. The amounts are in the invoice's currency, numbers and dates
/// formatted and the total written in words in the locale's language (Indonesian:
/// terbilang).
class InvoiceReport final
{
    Q_DECLARE_TR_FUNCTIONS(cd::InvoiceReport)

public:
    static BuiltReport build(const InvoiceReportData &data, const QLocale &locale);
    /// The PDF's name for an invoice: its number with '/', '\\' and other characters a file
    /// name cannot hold replaced by '-' ("INV/2026/00001" → "INV-2026-00001.pdf"); a draft,
    /// which has none, is "draft-<id>.pdf".
    static QString fileNameFor(const QString &number, qint64 id);
    /// Writes one invoice as PDF to `path` through a temporary file (nothing is left behind
    /// when it fails): the pages written.
    static Result<int> writePdf(const InvoiceReportData &data, const QString &path,
                                const QLocale &locale);
};

} // namespace cd
