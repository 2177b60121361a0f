#pragma once

#include "domain/exchangerate.h"
#include "domain/unconverted.h"
#include "result.h"
#include "storage/timequeries.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// One group of `clientdesk time`: minutes and values in the firm's currency (minor units).
struct TimeReportRow
{
    QString key; ///< the account, contract (0: none) or person id; the month (YYYY-MM)
    QString label; ///< the account's or person's name, the contract's reference, the month
    qint64 minutes = 0;
    /// Billable entries' minutes, plus the retainer overage attributed to the group.
    qint64 billableMinutes = 0;
    qint64 billableValueMinor = 0; ///< converted; what did not convert is in `unconverted`
    qint64 invoicedValueMinor = 0;
    qint64 uninvoicedValueMinor = 0;
    /// By contract, for retainers (included + carried minutes of the period's months) and
    /// fixed fees with a budget (the budget); empty for others.
    std::optional<qint64> includedMinutes;
    /// By contract: a retainer's minutes counted against its hours (entries not billable
    /// themselves), a budget's minutes, in the period.
    std::optional<qint64> usedMinutes;
};

struct TimeReport
{
    QString currency; ///< the firm's
    TimeGrouping by = TimeGrouping::Account;
    QList<TimeReportRow> rows;
    /// Billable values (and overage) that no rate converts, left out of the values above.
    Unconverted unconverted;
    QHash<QString, QDate> firstRates; ///< for unconverted's sentences
};

/// The time report of `clientdesk time` (docs/design.md, "Time"): per account, contract,
/// person or month, the minutes logged in the period, the billable minutes and their value
/// in the firm's currency (each entry's value converted once, as stored), the invoiced and
/// uninvoiced parts. A retainer's overage in a month (minutes not billable themselves over
/// its included and carried minutes) is billable at the contract's overage rate: it goes to
/// the month's last entries (by date, start, id), each entry's share valued as minutes ×
/// overage rate ÷ 60 (half away from zero) in the contract's currency and converted at the
/// entry's date; it counts where those entries do (their account, person, month, and in the
/// period when they are). Built per call on a Database.
class TimeReportService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeReportService)

public:
    explicit TimeReportService(Database &database) : m_db(database) { }

    /// "account", "contract", "person" or "month"; an error sentence otherwise.
    static Result<TimeGrouping> parseGrouping(const QString &text);
    static QString toCode(TimeGrouping by);

    /// `to` open: up to today (for the retainers' included months).
    Result<TimeReport> report(const QDate &from, const QDate &to, TimeGrouping by,
                              const QDate &today = QDate::currentDate()) const;

private:
    struct OverageMonth;
    Status attributeOverage(const QList<OverageMonth> &overages, const RateTable &rates,
                            const QDate &from, const QDate &to,
                            const QHash<QString, qsizetype> &rowOf, TimeReport &report) const;

    Database &m_db;
};

} // namespace cd
