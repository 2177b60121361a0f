#pragma once

#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// A customer that looks ready to become a client, with the reasons.
struct ConversionCandidate
{
    qint64 accountId = 0;
    QString name;
    int score = 0; ///< 0–100
    QStringList reasons; ///< the signals that scored, strongest first
    int purchases = 0;
    Money revenue12Months;
    QDate lastPurchase;
};

/// Ranks active customers by how ready they look to become clients. The score (0–100) adds:
/// - repeat purchases: 30 × min(1, purchases / 12);
/// - spend: 30 × min(1, revenue in the last 12 months / that of the customer at the 90th
///   percentile);
/// - frequency: 15 × min(1, purchases a year since the first / 6);
/// - relationship: 15 × min(1, interactions in the last 12 months / 4);
/// - referrals: 10 × min(1, accounts referred / 2).
/// Customers need at least two purchases; those scoring under `minimumScore` are left out.
/// Reads customer_stats (kept current by CustomerStats) and two grouped queries.
class ConversionCandidates final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ConversionCandidates)

public:
    static Result<QList<ConversionCandidate>> rank(Database &database, const QDate &today,
                                                   int limit = 100, int minimumScore = 40);
};

} // namespace cd
