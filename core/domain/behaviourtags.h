#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

/// The thresholds of the behaviour tag rules (settings `tag_*`, see BehaviourRules).
struct TagThresholds
{
    int newDays = 90; ///< `new`: first purchase fewer than this many days ago
    int returningPurchases = 2; ///< `returning`: at least this many purchases
    int loyalQuarters = 6; ///< `loyal`: purchases in at least this many quarters …
    int loyalWindowQuarters = 8; ///< … of the most recent ones (the current one included) …
    int loyalMinDays = 365; ///< … and a customer for at least this many days
    int promoPercent = 60; ///< `promo-driven`: at least this share of purchases discounted …
    int promoMinPurchases = 3; ///< … out of at least this many purchases
    int advocateReferrals = 1; ///< `advocate`: referred at least this many accounts

    /// The settings key and value of every threshold, in a fixed order.
    QList<std::pair<QString, int>> toSettings() const;
    /// Problems of the values (each threshold has a sensible range); empty when valid.
    QStringList validate() const;

    friend bool operator==(const TagThresholds &, const TagThresholds &) = default;
};

/// One day on which a customer bought something.
struct Purchase
{
    QDate date;
    qint64 amountMinor = 0; ///< the day's revenue in the firm's currency
    bool discounted = false; ///< any line of the day had a discount or a promotion
};

/// What the tag rules look at for one account.
struct PurchaseHistory
{
    AccountStatus status = AccountStatus::Active;
    QList<Purchase> purchases; ///< one per day with revenue above 0, oldest first
    QDate firstInteraction; ///< null when there was none
    int referrals = 0; ///< accounts this one referred
};

/// A behaviour tag that holds, with the sentence saying why.
struct BehaviourTag
{
    QString code; ///< one of BehaviourRules::codes()
    QString reason;

    friend bool operator==(const BehaviourTag &, const BehaviourTag &) = default;
};

/// The documented rules deriving a customer's behaviour tags from its purchase history
/// (docs/design.md, "Behaviour tags"). Purchases after `today` are not looked at.
///
/// - `potential`: a prospect with no purchase yet.
/// - `new`: the first purchase fewer than `newDays` days ago.
/// - `returning`: at least `returningPurchases` purchases.
/// - `loyal`: purchases in at least `loyalQuarters` of the last `loyalWindowQuarters` calendar
///   quarters (this one included), first purchase at least `loyalMinDays` days ago.
/// - `promo-driven`: at least `promoMinPurchases` purchases, of which at least `promoPercent`
///   percent had a discount or a promotion code.
/// - `impulsive`: exactly one purchase, with no interaction recorded before it.
/// - `advocate`: referred at least `advocateReferrals` other accounts.
class BehaviourRules final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BehaviourRules)

public:
    static QStringList codes();
    /// The tag's name as shown, e.g. "promotion-driven".
    static QString label(const QString &code);
    static bool isBehaviourTag(const QString &code);

    static QList<BehaviourTag> evaluate(const PurchaseHistory &history,
                                        const TagThresholds &thresholds, const QDate &today);

    /// The calendar quarter a day falls in, counted from year 0 (for comparisons).
    static int quarterIndex(const QDate &date);
};

} // namespace cd
