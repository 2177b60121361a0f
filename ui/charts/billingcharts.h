#pragma once

#include "analytics/billinganalytics.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {

class ChartPanel;

/// The Analytics area's billing charts (issue 27), month by month in the firm's currency:
/// monthly recurring revenue with its movements, billed vs collected, and days sales
/// outstanding. Numbers exact in the tables, with the rule of each in its footnote.
class BillingCharts final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingCharts)

public:
    static void mrr(ChartPanel *panel, const QList<MrrMonth> &months, const QString &currency,
                    const QLocale &locale);
    static void billedCollected(ChartPanel *panel, const QList<BilledMonth> &months,
                                const QString &currency, const QLocale &locale);
    static void dso(ChartPanel *panel, const QList<DsoMonth> &months, const QString &currency,
                    const QLocale &locale);
    /// "45.3": days from tenths of days.
    static QString days(qint64 tenths, const QLocale &locale);
};

} // namespace cd
