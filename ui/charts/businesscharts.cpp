#include "charts/businesscharts.h"

#include "analytics/revenueanalytics.h"
#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "domain/money.h"

#include <QToolTip>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QBarCategoryAxis *categories(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    for (const QString &label : labels) // drawn as rich text: shown as typed
        axis->append(label.toHtmlEscaped());
    axis->setTruncateLabels(false);
    return axis;
}

} // namespace

void BusinessCharts::salesCycles(ChartPanel *panel, const PipelineFigures &f, const QLocale &locale)
{
    const auto days = [&locale](const DayDistribution &d) {
        return d.count ? locale.toString(d.median) : tr("–");
    };
    const auto rate = [&locale](const KindPipeline &k) {
        const auto r = k.winRatePercent();
        return r ? tr("%1 %").arg(locale.toString(*r)) : tr("–");
    };
    QList<QStringList> rows;
    for (const auto &[name, k] :
         { std::pair { tr("Clients"), &f.client }, std::pair { tr("Customers"), &f.customer } }) {
        rows.append({ name, days(k->cycle),
                      k->cycle.count ? tr("%1 to %2")
                                           .arg(locale.toString(k->cycle.lowerQuartile),
                                                locale.toString(k->cycle.upperQuartile))
                                     : tr("–"),
                      locale.toString(k->won), locale.toString(k->lost), rate(*k) });
    }
    panel->setNumbers({ tr("Type"), tr("Median days to win"), tr("Middle half, days"), tr("Won"),
                        tr("Lost"), tr("Win rate") },
                      rows, { 1, 3, 4, 5 });
    if (f.client.cycle.count + f.customer.cycle.count == 0) {
        panel->setEmpty(tr("No opportunity has been won yet."));
        return;
    }
    // Median and quartiles as bars side by side, one set per type.
    QChart *chart = ChartStyle::newChart();
    auto *series = new QBarSeries;
    const QStringList labels { tr("Lower quartile"), tr("Median"), tr("Upper quartile") };
    qint64 most = 1;
    for (const auto kind : { AccountKind::Client, AccountKind::Customer }) {
        const KindPipeline &k = kind == AccountKind::Client ? f.client : f.customer;
        auto *set = new QBarSet(kind == AccountKind::Client ? tr("Clients") : tr("Customers"));
        set->setColor(ChartStyle::colour(kind));
        if (kind == AccountKind::Customer)
            set->setBrush(QBrush(ChartStyle::colour(kind), Qt::Dense3Pattern));
        *set << qreal(k.cycle.lowerQuartile) << qreal(k.cycle.median)
             << qreal(k.cycle.upperQuartile);
        most = std::max(most, k.cycle.upperQuartile);
        set->setLabelColor(Qt::black);
        QObject::connect(set, &QBarSet::hovered, set, [set, labels, locale](bool on, int i) {
            if (!on)
                return QToolTip::hideText();
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2: %3 days")
                    .arg(set->label(), labels.at(i), locale.toString(qRound64(set->at(i)))));
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = categories(labels);
    auto *y = new QValueAxis;
    y->setRange(0, qreal(most) * 1.15);
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    y->setTitleText(tr("Days from first contact to won"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    panel->setChart(chart);
}

void BusinessCharts::funnel(ChartPanel *panel, const PipelineFigures &f, const QLocale &locale)
{
    QList<QStringList> rows;
    int most = 0;
    for (const StageTotal &s : f.stages) {
        rows.append({ toLabel(s.stage), locale.toString(s.count),
                      Money(s.valueMinor, f.currency).format(locale),
                      Money(s.weightedMinor, f.currency).format(locale) });
        most = std::max(most, s.count);
    }
    panel->setNumbers({ tr("Stage"), tr("Open deals"), tr("Value"), tr("Weighted") }, rows,
                      { 1, 2, 3 });
    if (f.openCount == 0) {
        panel->setEmpty(tr("No open opportunities."));
        return;
    }
    QChart *chart = ChartStyle::newChart(
        tr("Open deals: %1 · stale: %2")
            .arg(locale.toString(f.openCount), locale.toString(f.staleCount)));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Open deals"));
    set->setColor(ChartStyle::paletteColour(2));
    QStringList labels;
    // Lead at the top, as a funnel reads.
    for (qsizetype i = f.stages.size() - 1; i >= 0; --i) {
        labels.append(toLabel(f.stages.at(i).stage));
        set->append(f.stages.at(i).count);
    }
    const QList<StageTotal> stages = f.stages;
    const QString currency = f.currency;
    QObject::connect(set, &QBarSet::hovered, set, [stages, currency, locale](bool on, int i) {
        if (!on)
            return QToolTip::hideText();
        const StageTotal &s = stages.at(stages.size() - 1 - i);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 deals, %3 (weighted %4)")
                               .arg(toLabel(s.stage), locale.toString(s.count),
                                    Money(s.valueMinor, currency).format(locale),
                                    Money(s.weightedMinor, currency).format(locale)));
    });
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = categories(labels);
    auto *x = new QValueAxis;
    x->setRange(0, most * 1.1);
    x->setLabelFormat(u"%d"_s);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    panel->setChart(chart);
}

void BusinessCharts::outlook(ChartPanel *panel, const ContractOutlook &o, const QLocale &locale)
{
    QList<QStringList> rows;
    QStringList labels;
    qint64 high = 0;
    int mostRenewals = 1;
    bool any = false;
    for (const OutlookMonth &m : o.months) {
        labels.append(ChartStyle::periodLabel(m.month, PeriodGrouping::Month, locale));
        rows.append({ labels.last(), Money(m.recurringMinor, o.currency).format(locale),
                      locale.toString(m.contracts), locale.toString(m.renewalsDue),
                      locale.toString(m.autoRenewing),
                      Money(m.renewalsMinor, o.currency).format(locale) });
        high = std::max(high, m.recurringMinor);
        mostRenewals = std::max(mostRenewals, m.renewalsDue);
        any = any || m.contracts > 0 || m.renewalsDue > 0;
    }
    panel->setNumbers({ tr("Month"), tr("Recurring revenue"), tr("Contracts"), tr("Renewals due"),
                        tr("Of which renew by themselves"), tr("Monthly revenue up for renewal") },
                      rows, { 1, 2, 3, 4, 5 });
    if (!any) {
        panel->setEmpty(tr("No active contracts."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(tr("Recurring revenue from active contracts"));
    set->setColor(ChartStyle::clientColour());
    for (const OutlookMonth &m : o.months)
        set->append(ChartStyle::units(m.recurringMinor, o.currency));
    const ContractOutlook copy = o;
    QObject::connect(set, &QBarSet::hovered, set, [copy, labels, locale](bool on, int i) {
        if (!on)
            return QToolTip::hideText();
        const OutlookMonth &m = copy.months.at(i);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 from %3 contracts; %4 renewals due")
                               .arg(labels.at(i),
                                    Money(m.recurringMinor, copy.currency).format(locale),
                                    locale.toString(m.contracts), locale.toString(m.renewalsDue)));
    });
    bars->append(set);
    auto *renewals = new QLineSeries;
    renewals->setName(tr("Renewals due"));
    renewals->setPen(QPen(ChartStyle::paletteColour(4), 2.5, Qt::DashLine));
    renewals->setPointsVisible(true);
    for (int i = 0; i < o.months.size(); ++i)
        renewals->append(i, o.months.at(i).renewalsDue);
    chart->addSeries(bars);
    chart->addSeries(renewals);
    auto *x = categories(labels);
    if (labels.size() > 12)
        x->setLabelsAngle(-90);
    auto *y = ChartStyle::moneyAxis(0, high, o.currency, locale);
    auto *count = new QValueAxis;
    count->setRange(0, mostRenewals * 1.15);
    count->setLabelFormat(u"%d"_s);
    count->applyNiceNumbers();
    count->setTitleText(tr("Renewals due"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    renewals->attachAxis(x);
    renewals->attachAxis(count);
    panel->setChart(chart);
}

} // namespace cd
