#pragma once

#include "domain/contract.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace cd {

/// How much of a retainer's included hours (this month, carried minutes included) or of a
/// fixed fee's hour budget (its whole term) is used, and by when to act: what a client's
/// page draws as a bar and the dashboard lists as needing attention (docs/design.md,
/// "Time"). Pure functions: no database.
class ContractHours final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractHours)

public:
    /// At this share of the hours a contract needs attention, and at the second it is spent.
    static constexpr int kNearPercent = 80;
    static constexpr int kFullPercent = 100;
    /// The most hours a month may include or a budget may hold: 100,000 hours.
    static constexpr int kMaxMinutes = 100000 * 60;

    /// Within: under 80 %; Near: at or over 80 %; Spent: at or over 100 %.
    enum class Level { Within, Near, Spent };

    /// The level of `used` of `allowed` minutes, exactly (used × 100 ≥ 80 × allowed);
    /// Within when nothing is allowed.
    static Level level(qint64 used, qint64 allowed);
    /// used ÷ allowed in whole percent, rounded down (so that 79.9 % never shows as 80 %);
    /// 0 when nothing is allowed.
    static int percent(qint64 used, qint64 allowed);
    /// "Over 80 %" / "Hours spent" / "" : the words that go with a level's colour.
    static QString levelText(Level level);

    /// Parses hours as typed in the contract form: "40" or "12.5" / "12,5" (decimal hours,
    /// rounded half away from zero to whole minutes), "40:30" (hours:minutes), "40h",
    /// "40h 30m", "90m". Refuses empty, zero, negative and more than kMaxMinutes, each with
    /// one sentence naming `what` (e.g. "the included hours").
    static Result<int> parseHours(const QString &text, const QString &what);

    /// The day the hours run out at the pace of `from`..`today` (used ÷ days so far), never
    /// after `until` when it is valid; `today` once they are spent. Invalid while nothing is
    /// used yet.
    static QDate runOutDate(qint64 used, qint64 allowed, const QDate &from, const QDate &today,
                            const QDate &until);

    /// The minutes a contract allows and whether it counts them per month: a retainer's
    /// included minutes (per month), a fixed fee's budget (over its term); 0 for none.
    static int allowedMinutes(const Contract &contract);
    static bool isMonthly(const Contract &contract)
    {
        return contract.billingModel == BillingModel::Retainer;
    }
};

} // namespace cd
