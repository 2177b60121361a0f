#pragma once

#include "analytics/revenuecube.h"
#include "models/revenueentrylistmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <memory>

namespace cd {

class ChartPanel;

/// Builds the revenue charts (1 to 6 of the Analytics area) and their numbers into panels,
/// from the figures of one filter. Money in tooltips and tables is exact and formatted for
/// the locale; axes use compact units.
class RevenueCharts final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RevenueCharts)

public:
    enum class Style { StackedBars, Lines };
    /// A click on a bar or slice: the entries behind it.
    using Picked = std::function<void(const RevenueEntryFilter &)>;

    RevenueCharts(const RevenueFigures &figures, const CubeFilter &filter, const QLocale &locale,
                  Picked picked);

    void byType(ChartPanel *panel, Style style) const;
    void share(ChartPanel *panel) const;
    void perAccount(ChartPanel *panel) const;
    void behaviour(ChartPanel *panel) const;
    void segments(ChartPanel *panel) const;
    void concentration(ChartPanel *panel) const;

    static QString segmentName(Dimension segment);
    /// A segment value as shown: "(none)" for the empty one, channels by their name.
    static QString segmentValueLabel(Dimension segment, const QString &value);
    static QString behaviourLabel(const QString &code);

private:
    struct Data;
    /// Shared with the charts' hover and click handlers, which outlive this builder.
    std::shared_ptr<const Data> m_d;
};

} // namespace cd
