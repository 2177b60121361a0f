#include "revenueservice.h"

#include "storage/revenuerepository.h"

namespace cd {

Result<QList<RevenueEntry>> RevenueService::listForAccount(qint64 accountId, const QDate &from,
                                                           const QDate &to) const
{
    return RevenueRepository(m_db).listForAccount(accountId, from, to);
}

Result<RevenueService::YearFigures>
RevenueService::yearFigures(qint64 accountId, const QDate &today, const QString &currency) const
{
    const RevenueRepository revenue(m_db);
    const QDate yearStart(today.year(), 1, 1);
    const auto thisYear = revenue.total(accountId, yearStart, today, currency);
    if (!thisYear)
        return Error { thisYear.error() };
    const auto lastYearToDate
        = revenue.total(accountId, yearStart.addYears(-1), today.addYears(-1), currency);
    if (!lastYearToDate)
        return Error { lastYearToDate.error() };
    const auto lastYear
        = revenue.total(accountId, yearStart.addYears(-1), yearStart.addDays(-1), currency);
    if (!lastYear)
        return Error { lastYear.error() };
    return YearFigures { *thisYear, *lastYearToDate, *lastYear };
}

} // namespace cd
