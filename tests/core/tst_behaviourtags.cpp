#include "domain/behaviourtags.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::AccountStatus;
using cd::BehaviourRules;
using cd::BehaviourTag;
using cd::Purchase;
using cd::PurchaseHistory;
using cd::TagThresholds;

// Every behaviour tag rule at its thresholds: just below, at, and just above.
class tst_BehaviourTags : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 5, 15 }; // in the second quarter of 2026

    static QStringList codes(const QList<BehaviourTag> &tags)
    {
        QStringList out;
        for (const BehaviourTag &t : tags)
            out.append(t.code);
        return out;
    }
    static QString reason(const QList<BehaviourTag> &tags, const QString &code)
    {
        for (const BehaviourTag &t : tags) {
            if (t.code == code)
                return t.reason;
        }
        return {};
    }
    static PurchaseHistory bought(const QList<QDate> &days, int discounted = 0)
    {
        PurchaseHistory h;
        for (const QDate &d : days)
            h.purchases.append({ d, 10000, discounted-- > 0 });
        return h;
    }
    QList<BehaviourTag> tags(const PurchaseHistory &h, const TagThresholds &t = {}) const
    {
        return BehaviourRules::evaluate(h, t, today);
    }

private slots:
    void potentialIsAProspectWithoutPurchases()
    {
        PurchaseHistory h;
        h.status = AccountStatus::Prospect;
        QCOMPARE(codes(tags(h)), QStringList { u"potential"_s });
        QCOMPARE(reason(tags(h), u"potential"_s), u"A prospect with no purchase yet."_s);
        h.status = AccountStatus::Active;
        QVERIFY(tags(h).isEmpty());
        h = bought({ today.addDays(-200) });
        h.status = AccountStatus::Prospect;
        QVERIFY(!codes(tags(h)).contains(u"potential"_s));
    }

    void newCountsDaysSinceTheFirstPurchase()
    {
        // 89 days ago: new; 90 days ago: no longer (default 90).
        QVERIFY(codes(tags(bought({ today.addDays(-89) }))).contains(u"new"_s));
        QVERIFY(!codes(tags(bought({ today.addDays(-90) }))).contains(u"new"_s));
        QVERIFY(codes(tags(bought({ today }))).contains(u"new"_s));
        // The first purchase decides, not the latest.
        QVERIFY(!codes(tags(bought({ today.addDays(-120), today }))).contains(u"new"_s));
        TagThresholds t;
        t.newDays = 30;
        QVERIFY(!codes(tags(bought({ today.addDays(-30) }), t)).contains(u"new"_s));
        QVERIFY(codes(tags(bought({ today.addDays(-29) }), t)).contains(u"new"_s));
        QVERIFY(reason(tags(bought({ today.addDays(-29) }), t), u"new"_s)
                    .endsWith(u"within the last 30 days."_s));
    }

    void returningNeedsTwoPurchaseDays()
    {
        QVERIFY(!codes(tags(bought({ today.addDays(-10) }))).contains(u"returning"_s));
        const auto two = tags(bought({ today.addDays(-200), today.addDays(-10) }));
        QVERIFY(codes(two).contains(u"returning"_s));
        QVERIFY(reason(two, u"returning"_s).startsWith(u"2 purchases since"_s));
        TagThresholds t;
        t.returningPurchases = 3;
        QVERIFY(!codes(tags(bought({ today.addDays(-200), today.addDays(-10) }), t))
                     .contains(u"returning"_s));
    }

    void futureAndNonPositiveDaysAreNotPurchases()
    {
        PurchaseHistory h = bought({ today.addDays(-200) });
        h.purchases.append({ today.addDays(-100), 0, false }); // refunded in full
        h.purchases.append({ today.addDays(5), 10000, false }); // not yet
        QVERIFY(!codes(tags(h)).contains(u"returning"_s));
    }

    void loyalCountsQuartersInTheWindow()
    {
        // One purchase in each of the last N quarters (this one is Q2 2026).
        const auto quarters = [this](int n, int skipMostRecent = 0) {
            QList<QDate> days;
            for (int i = skipMostRecent; i < n + skipMostRecent; ++i)
                days.prepend(QDate(2026, 5, 1).addMonths(-3 * i));
            return days;
        };
        // Six of the last eight quarters, first purchase over a year ago: loyal.
        const auto six = tags(bought(quarters(6)));
        QVERIFY(codes(six).contains(u"loyal"_s));
        QCOMPARE(reason(six, u"loyal"_s), u"Bought in 6 of the last 8 quarters."_s);
        // Five: not.
        QVERIFY(!codes(tags(bought(quarters(5)))).contains(u"loyal"_s));
        // Six quarters, but two of them fall outside the window of eight: five inside.
        QVERIFY(!codes(tags(bought(quarters(6, 3)))).contains(u"loyal"_s));
        QVERIFY(codes(tags(bought(quarters(6, 2)))).contains(u"loyal"_s));
        // Six quarters in a row, but a customer for less than a year (the minimum).
        TagThresholds t;
        t.loyalQuarters = 3;
        t.loyalWindowQuarters = 4;
        const QList<QDate> recent { QDate(2025, 11, 20), QDate(2026, 2, 1), QDate(2026, 4, 2) };
        QVERIFY(!codes(tags(bought(recent), t)).contains(u"loyal"_s)); // 176 days
        t.loyalMinDays = 176;
        QVERIFY(codes(tags(bought(recent), t)).contains(u"loyal"_s));
        QCOMPARE(reason(tags(bought(recent), t), u"loyal"_s),
                 u"Bought in 3 of the last 4 quarters."_s);
    }

    void promoDrivenIsAShareOfDiscountedPurchases()
    {
        const QList<QDate> five { today.addDays(-50), today.addDays(-40), today.addDays(-30),
                                  today.addDays(-20), today.addDays(-10) };
        // 3 of 5 = 60 %: promo-driven (default 60 %); 2 of 5 = 40 %: not.
        const auto three = tags(bought(five, 3));
        QVERIFY(codes(three).contains(u"promo-driven"_s));
        QCOMPARE(reason(three, u"promo-driven"_s),
                 u"3 of 5 purchases discounted or on promotion."_s);
        QVERIFY(!codes(tags(bought(five, 2))).contains(u"promo-driven"_s));
        // Two discounted purchases of two are too few to say (minimum 3).
        QVERIFY(!codes(tags(bought(five.mid(0, 2), 2))).contains(u"promo-driven"_s));
        QVERIFY(codes(tags(bought(five.mid(0, 3), 2))).contains(u"promo-driven"_s));
        TagThresholds t;
        t.promoPercent = 61;
        QVERIFY(!codes(tags(bought(five, 3), t)).contains(u"promo-driven"_s));
    }

    void impulsiveIsOnePurchaseWithoutContactBeforeIt()
    {
        const QDate day = today.addDays(-100);
        PurchaseHistory h = bought({ day });
        QVERIFY(codes(tags(h)).contains(u"impulsive"_s));
        h.firstInteraction = day.addDays(1); // contact only after it
        QVERIFY(codes(tags(h)).contains(u"impulsive"_s));
        h.firstInteraction = day; // on the same day: planned
        QVERIFY(!codes(tags(h)).contains(u"impulsive"_s));
        h = bought({ day, day.addDays(10) });
        QVERIFY(!codes(tags(h)).contains(u"impulsive"_s));
    }

    void advocateCountsReferrals()
    {
        PurchaseHistory h;
        QVERIFY(tags(h).isEmpty());
        h.referrals = 1;
        QCOMPARE(codes(tags(h)), QStringList { u"advocate"_s });
        QCOMPARE(reason(tags(h), u"advocate"_s), u"Accounts referred: 1."_s);
        TagThresholds t;
        t.advocateReferrals = 2;
        QVERIFY(tags(h, t).isEmpty());
        h.referrals = 2;
        QCOMPARE(codes(tags(h, t)), QStringList { u"advocate"_s });
    }

    void tagsComeInTheDocumentedOrder()
    {
        PurchaseHistory h = bought({ today.addDays(-5) });
        h.referrals = 3;
        QCOMPARE(codes(tags(h)), (QStringList { u"new"_s, u"impulsive"_s, u"advocate"_s }));
        for (const QString &code : BehaviourRules::codes())
            QVERIFY(BehaviourRules::isBehaviourTag(code));
        QCOMPARE(BehaviourRules::label(u"promo-driven"_s), u"promotion-driven"_s);
    }

    void thresholdsAreValidated()
    {
        QVERIFY(TagThresholds().validate().isEmpty());
        TagThresholds t;
        t.loyalQuarters = 9; // more than the window of 8
        t.promoPercent = 0;
        const QStringList problems = t.validate();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(u"9 quarters"_s));
        QVERIFY(problems.at(1).contains(u"0%"_s));
    }
};

QTEST_GUILESS_MAIN(tst_BehaviourTags)
#include "tst_behaviourtags.moc"
