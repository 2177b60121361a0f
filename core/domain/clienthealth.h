#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace cd {

/// The points each signal of ClientHealth costs (settings `health_*`); the defaults are the
/// rule below. An overdue request costs `requestOverdue` each, at most twice; a request closed
/// late costs `requestLate` each, at most three times.
struct HealthWeights
{
    int noContract = 20;
    int noContactLong = 30; ///< more than 90 days, or never
    int noContactMedium = 15; ///< 46–90 days
    int requestOverdue = 15;
    int requestLate = 5;
    int noticeSoon = 25; ///< notice deadline within 30 days, no renewal decision
    int noticeLater = 10; ///< in 31–60 days
    int revenueDownMuch = 20; ///< below 70 % of the year before
    int revenueDown = 10; ///< below 90 %
    int invoiceOverdue = 15; ///< an invoice past its due date, not fully paid (once)

    static constexpr int kMaximum = 100;

    /// The settings key and value of every weight, in a fixed order.
    QList<std::pair<QString, int>> toSettings() const;
    /// Sets the weight stored under `key`; false for a key that is not a weight.
    bool set(const QString &key, int value);
    /// Problems of the values (each from 0 to kMaximum); empty when valid.
    QStringList validate() const;

    friend bool operator==(const HealthWeights &, const HealthWeights &) = default;
};

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
/// | one or more invoices past their due date and not fully paid | −15 (once) |
///
/// The points are the defaults of HealthWeights; a firm can weigh them otherwise in Settings.
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
        int invoicesOverdue = 0; ///< issued or partly paid, due before today
        qint64 daysMostOverdue = 0; ///< of the oldest of them
    };

    static ClientHealth assess(const Signals &input, const HealthWeights &weights = {});

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
