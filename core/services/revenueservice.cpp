#include "revenueservice.h"

#include "storage/reportquery.h"
#include "storage/revenuerepository.h"
#include "storage/settingsrepository.h"

namespace cd {

Result<QList<RevenueEntry>> RevenueService::listForAccount(qint64 accountId, const QDate &from,
                                                           const QDate &to) const
{
    return RevenueRepository(m_db).listForAccount(accountId, from, to);
}

Result<RevenueService::YearFigures> RevenueService::yearFigures(qint64 accountId,
                                                                const QDate &today) const
{
    const QString currency = SettingsRepository(m_db).firmCurrency();
    const ReportQuery revenue(m_db);
    const QDate yearStart(today.year(), 1, 1);
    const auto thisYear = revenue.revenueTotal(accountId, yearStart, today);
    if (!thisYear)
        return Error { thisYear.error() };
    const auto lastYearToDate
        = revenue.revenueTotal(accountId, yearStart.addYears(-1), today.addYears(-1));
    if (!lastYearToDate)
        return Error { lastYearToDate.error() };
    const auto lastYear
        = revenue.revenueTotal(accountId, yearStart.addYears(-1), yearStart.addDays(-1));
    if (!lastYear)
        return Error { lastYear.error() };
    YearFigures out { Money(thisYear->convertedMinor, currency),
                      Money(lastYearToDate->convertedMinor, currency),
                      Money(lastYear->convertedMinor, currency),
                      {} };
    out.unconverted.add(thisYear->unconverted);
    out.unconverted.add(lastYear->unconverted);
    return out;
}

} // namespace cd
