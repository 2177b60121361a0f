#include "domain/behaviourtags.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd {

QList<std::pair<QString, int>> TagThresholds::toSettings() const
{
    return { { u"tag_new_days"_s, newDays },
             { u"tag_returning_purchases"_s, returningPurchases },
             { u"tag_loyal_quarters"_s, loyalQuarters },
             { u"tag_loyal_window_quarters"_s, loyalWindowQuarters },
             { u"tag_loyal_min_days"_s, loyalMinDays },
             { u"tag_promo_percent"_s, promoPercent },
             { u"tag_promo_min_purchases"_s, promoMinPurchases },
             { u"tag_advocate_referrals"_s, advocateReferrals } };
}

QStringList TagThresholds::validate() const
{
    QStringList problems;
    const QLocale locale;
    const auto range = [&](int value, int low, int high, const QString &sentence) {
        if (value < low || value > high)
            problems.append(
                sentence.arg(locale.toString(value), locale.toString(low), locale.toString(high)));
    };
    range(newDays, 1, 3650, BehaviourRules::tr("“New” days is %1; it must be from %2 to %3."));
    range(returningPurchases, 2, 1000,
          BehaviourRules::tr("“Returning” purchases is %1; it must be from %2 to %3."));
    range(loyalWindowQuarters, 2, 40,
          BehaviourRules::tr("The “loyal” window is %1 quarters; it must be from %2 to %3."));
    range(loyalQuarters, 1, loyalWindowQuarters,
          BehaviourRules::tr("“Loyal” needs purchases in %1 quarters; it must be from %2 to %3, "
                             "the quarters looked at."));
    range(loyalMinDays, 0, 3650,
          BehaviourRules::tr("“Loyal” minimum days is %1; it must be from %2 to %3."));
    range(promoPercent, 1, 100,
          BehaviourRules::tr("The “promotion-driven” share is %1%; it must be from %2 to %3."));
    range(promoMinPurchases, 1, 1000,
          BehaviourRules::tr("“Promotion-driven” minimum purchases is %1; it must be from %2 to "
                             "%3."));
    range(advocateReferrals, 1, 1000,
          BehaviourRules::tr("“Advocate” referrals is %1; it must be from %2 to %3."));
    return problems;
}

QStringList BehaviourRules::codes()
{
    return { u"potential"_s,    u"new"_s,       u"returning"_s, u"loyal"_s,
             u"promo-driven"_s, u"impulsive"_s, u"advocate"_s };
}

bool BehaviourRules::isBehaviourTag(const QString &code)
{
    return codes().contains(code);
}

QString BehaviourRules::label(const QString &code)
{
    if (code == u"potential")
        return tr("potential");
    if (code == u"new")
        return tr("new");
    if (code == u"returning")
        return tr("returning");
    if (code == u"loyal")
        return tr("loyal");
    if (code == u"promo-driven")
        return tr("promotion-driven");
    if (code == u"impulsive")
        return tr("impulsive");
    if (code == u"advocate")
        return tr("advocate");
    return code;
}

int BehaviourRules::quarterIndex(const QDate &date)
{
    return date.year() * 4 + (date.month() - 1) / 3;
}

QList<BehaviourTag> BehaviourRules::evaluate(const PurchaseHistory &history, const TagThresholds &t,
                                             const QDate &today)
{
    const QLocale locale;
    QList<Purchase> purchases;
    for (const Purchase &p : history.purchases) {
        if (p.date.isValid() && p.date <= today && p.amountMinor > 0)
            purchases.append(p);
    }
    const auto count = int(purchases.size());
    QList<BehaviourTag> tags;
    const auto add = [&tags](const char *code, const QString &reason) {
        tags.append({ QString::fromLatin1(code), reason });
    };

    if (history.status == AccountStatus::Prospect && count == 0)
        add("potential", tr("A prospect with no purchase yet."));
    if (count == 0) {
        if (history.referrals >= t.advocateReferrals)
            add("advocate", tr("Accounts referred: %1.").arg(locale.toString(history.referrals)));
        return tags;
    }

    const QDate first = purchases.constFirst().date;
    const qint64 customerDays = first.daysTo(today);
    if (customerDays < t.newDays)
        add("new",
            tr("First purchase on %1, within the last %2 days.")
                .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(t.newDays)));
    if (count >= t.returningPurchases)
        add("returning",
            tr("%1 purchases since %2.")
                .arg(locale.toString(count), locale.toString(first, QLocale::ShortFormat)));

    const int currentQuarter = quarterIndex(today);
    QSet<int> quarters;
    for (const Purchase &p : std::as_const(purchases)) {
        const int q = quarterIndex(p.date);
        if (q > currentQuarter - t.loyalWindowQuarters)
            quarters.insert(q);
    }
    if (int(quarters.size()) >= t.loyalQuarters && customerDays >= t.loyalMinDays)
        add("loyal",
            tr("Bought in %1 of the last %2 quarters.")
                .arg(locale.toString(int(quarters.size())),
                     locale.toString(t.loyalWindowQuarters)));

    const auto discounted = int(std::count_if(purchases.cbegin(), purchases.cend(),
                                              [](const Purchase &p) { return p.discounted; }));
    if (count >= t.promoMinPurchases && qint64(discounted) * 100 >= qint64(t.promoPercent) * count)
        add("promo-driven",
            tr("%1 of %2 purchases discounted or on promotion.")
                .arg(locale.toString(discounted), locale.toString(count)));

    if (count == 1 && (!history.firstInteraction.isValid() || history.firstInteraction > first))
        add("impulsive",
            tr("One purchase, on %1, with no contact before it.")
                .arg(locale.toString(first, QLocale::ShortFormat)));
    if (history.referrals >= t.advocateReferrals)
        add("advocate", tr("Accounts referred: %1.").arg(locale.toString(history.referrals)));
    return tags;
}

} // namespace cd
