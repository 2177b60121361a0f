#include "analytics/conversioncandidates.h"

#include "storage/analyticsqueries.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cd {

Result<QList<ConversionCandidate>>
ConversionCandidates::rank(Database &database, const QDate &today, int limit, int minimumScore)
{
    const QString currency = SettingsRepository(database).firmCurrency();
    const ConversionQueries queries(database);

    struct Input
    {
        ConversionCandidate c;
        QDate first;
        int interactions = 0;
        int referrals = 0;
    };
    QList<Input> inputs;
    QList<qint64> spends; // every active customer's, for the 90th percentile
    const auto customers = queries.activeCustomers(tr("Reading the customers failed"));
    if (!customers)
        return Error { customers.error() };
    for (const ConversionQueries::Customer &customer : *customers) {
        spends.append(customer.revenue12MonthsMinor);
        if (customer.purchases < 2)
            continue;
        Input in;
        in.c.accountId = customer.id;
        in.c.name = customer.name;
        in.c.purchases = customer.purchases;
        in.c.revenue12Months = Money(customer.revenue12MonthsMinor, currency);
        in.first = customer.firstPurchase;
        in.c.lastPurchase = customer.lastPurchase;
        inputs.append(in);
    }
    const auto interactions
        = queries.interactionsSince(today.addYears(-1), tr("Reading the interactions failed"));
    if (!interactions)
        return Error { interactions.error() };
    const auto referrals = queries.referrals(tr("Reading the referrals failed"));
    if (!referrals)
        return Error { referrals.error() };
    for (Input &in : inputs) {
        in.interactions = interactions->value(in.c.accountId);
        in.referrals = referrals->value(in.c.accountId);
    }

    qint64 p90 = 0;
    if (!spends.isEmpty()) {
        const auto nth = spends.begin() + qsizetype(std::floor(0.9 * double(spends.size() - 1)));
        std::nth_element(spends.begin(), nth, spends.end());
        p90 = std::max<qint64>(1, *nth);
    }

    const QLocale locale;
    QList<ConversionCandidate> out;
    for (Input &in : inputs) {
        const auto share = [](double value, double full) {
            return full <= 0 ? 0.0 : std::clamp(value / full, 0.0, 1.0);
        };
        const double years = std::max<qint64>(90, in.first.daysTo(today)) / 365.25;
        const double perYear = in.c.purchases / years;
        const double spend = double(in.c.revenue12Months.minorUnits());
        struct Part
        {
            double points, max;
            QString reason;
        };
        const QList<Part> parts {
            { 30 * share(in.c.purchases, 12), 30,
              tr("%1 purchases since %2")
                  .arg(locale.toString(in.c.purchases),
                       locale.toString(in.first, QLocale::ShortFormat)) },
            { 30 * share(spend, double(p90)), 30,
              spend >= double(p90)
                  ? tr("%1 in the last 12 months, among the top 10% of customers")
                        .arg(in.c.revenue12Months.format(locale))
                  : tr("%1 in the last 12 months").arg(in.c.revenue12Months.format(locale)) },
            { 15 * share(perYear, 6), 15,
              tr("about %1 purchases a year").arg(locale.toString(perYear, 'f', 1)) },
            { 15 * share(in.interactions, 4), 15,
              tr("%1 interactions in the last 12 months").arg(locale.toString(in.interactions)) },
            { 10 * share(in.referrals, 2), 10,
              tr("accounts referred: %1").arg(locale.toString(in.referrals)) },
        };
        double score = 0;
        QList<const Part *> strong;
        for (const Part &part : parts) {
            score += part.points;
            if (part.points >= part.max / 2)
                strong.append(&part);
        }
        in.c.score = int(std::lround(score));
        if (in.c.score < minimumScore)
            continue;
        std::stable_sort(strong.begin(), strong.end(), [](const Part *a, const Part *b) {
            return a->points / a->max > b->points / b->max;
        });
        for (const Part *part : std::as_const(strong))
            in.c.reasons.append(part->reason);
        out.append(in.c);
    }
    std::sort(out.begin(), out.end(),
              [](const ConversionCandidate &a, const ConversionCandidate &b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  return a.revenue12Months.minorUnits() > b.revenue12Months.minorUnits();
              });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace cd
