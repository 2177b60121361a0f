#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace cd {

/// What every page of a report carries above and below its content.
struct ReportFrame
{
    QString firm; ///< the firm's name; "" leaves it out
    QString title; ///< "Client report"
    QString subject; ///< the client's name, or the period of a portfolio report
    QDate printedOn;
    QString confidentiality; ///< the line at the foot of every page
    /// Printed large and light across every page behind the content ("DRAFT", "VOID"); "" for
    /// none.
    QString watermark;
};

/// Lays a report out on pages and paints them, with a header (firm, title, subject) and a
/// footer (printed date, confidentiality line, "Page X of Y") on every page. One code path for
/// the print preview, the printer and PDF files.
class ReportPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportPrinter)

public:
    /// Letter where the locale's country uses it (United States, Canada, Mexico, …), else A4.
    static QPageSize pageSizeFor(const QLocale &locale);

    /// Paints `document` onto `device` (a QPrinter or QPdfWriter, already set up), every page.
    /// The document is laid out for the device. Returns the number of pages.
    static Result<int> paint(QTextDocument &document, const ReportFrame &frame,
                             QPagedPaintDevice &device, const QLocale &locale);

    /// Writes a PDF to `path` through a temporary file renamed at the end: a report that
    /// fails leaves no file behind, and an earlier file stays as it was. Returns the pages.
    static Result<int> writePdf(QTextDocument &document, const ReportFrame &frame,
                                const QString &path, const QLocale &locale);
};

} // namespace cd
