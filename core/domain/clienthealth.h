#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace cd {

/// How well a client relationship is going, with the reasons, so an account manager sees
/// at a glance whom to call. The rule (start at 100, subtract per signal):
///
/// | signal | points |
/// |---|---|
/// | no active contract | −20 |
/// | last contact more than 90 days ago, or never | −30 |
/// | last contact 46–90 days ago | −15 |
/// | each open request past its agreed response time | −15 (at most −30) |
/// | each request closed late in the last 90 days | −5 (at most −15) |
/// | notice deadline within 30 days and no renewal decision (not auto-renewing) | −25 |
/// | notice deadline in 31–60 days and no renewal decision | −10 |
/// | revenue of the last 12 months below 70% of the 12 before | −20 |
/// | below 90% | −10 |
///
/// 75 and above is good, 50–74 needs watching, below 50 is at risk.
class ClientHealth final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ClientHealth)

public:
    enum class Level { Good, Watch, AtRisk };

    struct Signals
    {
        bool hasActiveContract = false;
        std::optional<qint64> daysSinceLastContact; ///< none: never contacted
        int openRequestsPastDue = 0;
        int requestsClosedLateLast90Days = 0;
        std::optional<qint64> daysUntilNoticeDeadline; ///< of the next active contract
        QDate noticeDeadline;
        bool renewalDecided = false; ///< auto-renewing, or a renewal already agreed
        qint64 revenueLast12Months = 0; ///< minor units
        qint64 revenuePrevious12Months = 0; ///< minor units
    };

    static ClientHealth assess(const Signals &input);

    int score() const { return m_score; }
    Level level() const { return m_level; }
    /// One sentence per signal that cost points, worst first.
    const QStringList &reasons() const { return m_reasons; }

    static QString label(Level level);
    /// A stable code for files and the command line: good, watch, at_risk.
    static QString code(Level level);

private:
    int m_score = 100;
    Level m_level = Level::Good;
    QStringList m_reasons;
};

} // namespace cd
