#pragma once

#include "analytics/contractoutlook.h"
#include "analytics/pipelineanalytics.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {

class ChartPanel;

/// The Analytics area's charts of the business ahead: sales-cycle length by type and the
/// pipeline funnel (chart 7), recurring revenue of active contracts and renewals due
/// (chart 8). Numbers exact in the tables and tooltips, axes compact.
class BusinessCharts final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BusinessCharts)

public:
    static void salesCycles(ChartPanel *panel, const PipelineFigures &figures,
                            const QLocale &locale);
    static void funnel(ChartPanel *panel, const PipelineFigures &figures, const QLocale &locale);
    static void outlook(ChartPanel *panel, const ContractOutlook &outlook, const QLocale &locale);
};

} // namespace cd
