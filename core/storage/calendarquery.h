#pragma once

#include "domain/calendaritem.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace cd {

class Database;

/// The rows behind the calendar file (CalendarService): active contracts' notice deadlines,
/// renewals and ends, follow-ups not done, and service requests not closed, dated in a window
/// of days; of every account, or of one account manager's. Forward-only reads.
class CalendarQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CalendarQuery)

public:
    explicit CalendarQuery(Database &database);

    /// The items dated from `from` to `to`, both included, sorted by date. A contract gives
    /// a NoticeDeadline when it has a notice period, and a Renewal (automatic renewal) or a
    /// ContractEnd on its end date.
    Result<QList<CalendarItem>> items(const QDate &from, const QDate &to,
                                      std::optional<qint64> managerId) const;

private:
    Database &m_db;
};

} // namespace cd
