#pragma once

#include "reports/invoicedata.h"
#include "reports/reportdata.h"
#include "result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace cd {

class Database;

/// The figures of the printed reports as the app and the command line read them: a client's
/// report, the portfolio report and the clients of a batch. Work off the UI thread reads on a
/// connection of its own: take a Source where the database is open, then open() it on the
/// worker thread (Qt SQL connections belong to the thread that opened them).
class ReportService final
{
    struct Where;

public:
    /// How to reach the same database again, from any thread. Copyable; each open() is a new
    /// connection, to use and end on the thread that opened it.
    class Source
    {
    public:
        Result<std::unique_ptr<ReportService>> open() const;

    private:
        friend class ReportService;
        std::shared_ptr<const Where> m_where;
    };

    /// Reads through `database` (on its thread).
    explicit ReportService(Database &database);
    ~ReportService();
    Q_DISABLE_COPY_MOVE(ReportService)

    Source source() const;

    /// The account a user names: its id, or its name (case-insensitive, exact).
    Result<qint64> findClient(const QString &idOrName) const;
    Result<ClientReportData> client(qint64 clientId, const ReportPeriod &period,
                                    const QDate &today) const;
    Result<PortfolioReportData> portfolio(const ReportPeriod &period, const QDate &today) const;
    /// The active clients of a manager (all managers for nullopt), by name: a batch.
    Result<QList<std::pair<qint64, QString>>> clientsOf(std::optional<qint64> managerId) const;

    /// A printed invoice or credit note (issue 27; reportservice_invoices.cpp).
    Result<InvoiceReportData> invoice(qint64 invoiceId, const QDate &today) const;
    /// The id of the invoice or credit note with this number.
    Result<qint64> findInvoice(const QString &number) const;
    /// The invoices and credit notes (not drafts) dated from..to, with their numbers: a batch.
    Result<QList<std::pair<qint64, QString>>> invoicesDated(const QDate &from,
                                                            const QDate &to) const;

private:
    explicit ReportService(std::unique_ptr<Database> own);

    std::unique_ptr<Database> m_own; ///< a connection of its own (Source::open)
    Database &m_db;
    std::shared_ptr<const Where> m_where;
};

} // namespace cd
