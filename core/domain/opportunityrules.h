#pragma once

#include "domain/opportunity.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace cd {

/// The pipeline's rules that need no database.
namespace OpportunityRules {

/// The probability a stage starts with: lead 10, qualified 25, proposal 50, negotiation 75,
/// won 100, lost 0 (percent).
int defaultProbability(OpportunityStage stage);
bool isClosed(OpportunityStage stage);
/// Expected value × probability, in minor units, rounded down; never through a double.
Money weightedValue(const Opportunity &opportunity);
/// Days from first contact to winning; none unless the opportunity is won.
std::optional<qint64> cycleDays(const Opportunity &opportunity);
/// Days spent in each stage of the history; the current stage counts up to `today`
/// (or to the closing day once closed).
QHash<OpportunityStage, qint64> daysInStage(const Opportunity &opportunity, const QDate &today);

} // namespace OpportunityRules
} // namespace cd
