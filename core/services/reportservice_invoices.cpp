// ReportService's invoices, apart from the rest of it: only what prints invoices links
// InvoiceService.
#include "services/reportservice.h"

namespace cd {

Result<InvoiceReportData> ReportService::invoice(qint64 invoiceId, const QDate &today) const
{
    return InvoiceData::read(m_db, invoiceId, today);
}

Result<qint64> ReportService::findInvoice(const QString &number) const
{
    return InvoiceData::findNumber(m_db, number);
}

Result<QList<std::pair<qint64, QString>>> ReportService::invoicesDated(const QDate &from,
                                                                       const QDate &to) const
{
    return InvoiceData::dated(m_db, from, to);
}

} // namespace cd
