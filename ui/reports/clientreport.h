#pragma once

#include "reports/reportdata.h"
#include "reports/reportprinter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <memory>

namespace cd {

/// A report ready to print: its document and what its pages carry.
struct BuiltReport
{
    std::unique_ptr<QTextDocument> document;
    ReportFrame frame;
};

/// The client report and the portfolio report, built from their data for a locale.
class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Reports)

public:
    static BuiltReport client(const ClientReportData &data, const QLocale &locale);
    static BuiltReport portfolio(const PortfolioReportData &data, const QLocale &locale);
    /// A file name for a client's report: its name without characters files cannot hold.
    static QString fileNameFor(const QString &clientName, qint64 id);
};

} // namespace cd
