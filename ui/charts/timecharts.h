#pragma once

#include "analytics/timeanalytics.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {

class ChartPanel;

/// The Analytics area's charts of time: what an hour earns from clients vs customers (the
/// effective hourly rate per period, hours beside it), the effective rate by account, and
/// utilisation per person by week or month. Numbers exact in the tables, axes compact.
class TimeCharts final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeCharts)

public:
    static void effectiveRates(ChartPanel *panel, const EffectiveRates &rates,
                               PeriodGrouping grouping, const QLocale &locale);
    static void accountRates(ChartPanel *panel, const EffectiveRates &rates, const QLocale &locale);
    static void utilisation(ChartPanel *panel, const Utilisation &utilisation,
                            const QLocale &locale);
    /// "37:30": hours and minutes, for tables.
    static QString hours(qint64 minutes);
};

} // namespace cd
