#include "domain/opportunityrules.h"

namespace cd::OpportunityRules {

int defaultProbability(OpportunityStage stage)
{
    switch (stage) {
    case OpportunityStage::Lead:
        return 10;
    case OpportunityStage::Qualified:
        return 25;
    case OpportunityStage::Proposal:
        return 50;
    case OpportunityStage::Negotiation:
        return 75;
    case OpportunityStage::Won:
        return 100;
    case OpportunityStage::Lost:
        return 0;
    }
    return 0;
}

bool isClosed(OpportunityStage stage)
{
    return stage == OpportunityStage::Won || stage == OpportunityStage::Lost;
}

Money weightedValue(const Opportunity &o)
{
    return Money(o.expectedValue.minorUnits() * o.probability / 100, o.expectedValue.currency());
}

std::optional<qint64> cycleDays(const Opportunity &o)
{
    if (o.stage != OpportunityStage::Won || !o.closedOn.isValid() || !o.firstContact.isValid())
        return std::nullopt;
    return o.firstContact.daysTo(o.closedOn);
}

QHash<OpportunityStage, qint64> daysInStage(const Opportunity &o, const QDate &today)
{
    QHash<OpportunityStage, qint64> days;
    for (qsizetype i = 0; i < o.history.size(); ++i) {
        const StageChange &change = o.history.at(i);
        if (isClosed(change.stage))
            break; // a closed deal spends no time in its final stage
        const QDate until = i + 1 < o.history.size() ? o.history.at(i + 1).changedOn : today;
        days[change.stage] += std::max<qint64>(0, change.changedOn.daysTo(until));
    }
    return days;
}

} // namespace cd::OpportunityRules
