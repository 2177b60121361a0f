#include "charts/billingcharts.h"

#include "analytics/revenueanalytics.h"
#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "domain/money.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The months along the bottom, every one named: slanted, upright when many or `narrow`.
QBarCategoryAxis *monthAxis(const QStringList &labels, bool narrow = false)
{
    auto *axis = new QBarCategoryAxis;
    for (const QString &label : labels)
        axis->append(label.toHtmlEscaped());
    axis->setTruncateLabels(false);
    if (labels.size() > 6)
        axis->setLabelsAngle(labels.size() > 12 || narrow ? -90 : -45);
    return axis;
}

QString monthLabel(const QDate &month, const QLocale &locale)
{
    return ChartStyle::periodLabel(month, PeriodGrouping::Month, locale);
}

QString leftOut(int count)
{
    return count == 0 ? QString()
                      : BillingCharts::tr("%1 left out for want of an exchange rate.")
                            .arg(QLocale().toString(count));
}

} // namespace

QString BillingCharts::days(qint64 tenths, const QLocale &locale)
{
    return locale.toString(double(tenths) / 10.0, 'f', 1);
}

void BillingCharts::mrr(ChartPanel *panel, const QList<MrrMonth> &months, const QString &currency,
                        const QLocale &locale)
{
    const auto money = [&](qint64 minor) {
        return Money(minor, currency).format(locale);
    };
    QList<QStringList> rows;
    QStringList labels;
    qint64 high = 0, low = 0, top = 0;
    int unconverted = 0;
    for (const MrrMonth &m : months) {
        labels.append(monthLabel(m.month, locale));
        rows.append({ labels.last(), money(m.mrr), money(m.added), money(m.expansion),
                      money(-m.contraction), money(-m.churned), money(m.rateEffect) });
        high = std::max(high, m.added + m.expansion);
        low = std::min(low, -(m.contraction + m.churned));
        top = std::max(top, m.mrr);
        unconverted += m.unconverted;
    }
    panel->setNumbers({ tr("Month"), tr("MRR"), tr("New"), tr("Expansion"), tr("Contraction"),
                        tr("Churned"), tr("Rate changes") },
                      rows, { 1, 2, 3, 4, 5, 6 });
    QStringList notes { tr("Monthly recurring revenue: the monthly value of every contract "
                           "running at the month's end (a retainer's fee; a fixed fee or an "
                           "hourly estimate spread over its term), in %1. Movements compare "
                           "each account with the month before: new (from nothing), expansion, "
                           "contraction, churned (to nothing); rate changes: what the exchange "
                           "rates alone moved.")
                            .arg(currency) };
    if (unconverted > 0)
        notes.append(tr("Contract months: %1").arg(leftOut(unconverted)));
    panel->setFootnote(notes.join(u'\n'));
    if (top == 0 && high == 0 && low == 0) {
        panel->setEmpty(tr("No contract runs in this period. Signed contracts show here."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    // Gains green, losses warm, on the same axis as the MRR line: the bars read as what
    // moved the line.
    auto *moves = new QStackedBarSeries;
    const QList<std::tuple<QString, int, QColor>> kinds {
        { tr("New"), 0, QColor(0x2e, 0x7d, 0x32) },
        { tr("Expansion"), 1, QColor(0x81, 0xc7, 0x84) },
        { tr("Contraction"), 2, QColor(0xf4, 0xa2, 0x61) },
        { tr("Churned"), 3, QColor(0xc6, 0x28, 0x28) }
    };
    for (const auto &[name, kind, colour] : kinds) {
        auto *set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(colour);
        for (const MrrMonth &m : months) {
            const qint64 value = kind == 0 ? m.added
                : kind == 1                ? m.expansion
                : kind == 2                ? -m.contraction
                                           : -m.churned;
            set->append(ChartStyle::units(value, currency));
        }
        moves->append(set);
    }
    chart->addSeries(moves);
    auto *line = new QLineSeries;
    line->setName(tr("MRR"));
    line->setPen(QPen(QColor(0x1a, 0x23, 0x7e), 2.5));
    line->setPointsVisible(true);
    for (int i = 0; i < months.size(); ++i)
        line->append(i, ChartStyle::units(months.at(i).mrr, currency));
    chart->addSeries(line);
    auto *x = monthAxis(labels);
    auto *y = ChartStyle::moneyAxis(low, std::max(top, high), currency, locale);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    moves->attachAxis(x);
    moves->attachAxis(y);
    line->attachAxis(x);
    line->attachAxis(y);
    panel->setChart(chart);
}

void BillingCharts::billedCollected(ChartPanel *panel, const QList<BilledMonth> &months,
                                    const QString &currency, const QLocale &locale)
{
    const auto money = [&](qint64 minor) {
        return Money(minor, currency).format(locale);
    };
    QList<QStringList> rows;
    QStringList labels;
    qint64 high = 0, low = 0, billed = 0, collected = 0;
    int unconverted = 0;
    for (const BilledMonth &m : months) {
        labels.append(monthLabel(m.month, locale));
        rows.append(
            { labels.last(), money(m.billed), money(m.collected), money(m.collected - m.billed) });
        high = std::max({ high, m.billed, m.collected });
        low = std::min(low, m.billed); // credit notes may take a month below zero
        billed += m.billed;
        collected += m.collected;
        unconverted += m.unconverted;
    }
    rows.append({ tr("Total"), money(billed), money(collected), money(collected - billed) });
    panel->setNumbers({ tr("Month"), tr("Billed"), tr("Collected"), tr("Difference") }, rows,
                      { 1, 2, 3 });
    QStringList notes { tr("Billed: the totals (tax included) of the invoices dated in the month, "
                           "less credit notes; collected: the payments received in it; in %1, "
                           "each at the rate of its day.")
                            .arg(currency) };
    if (unconverted > 0)
        notes.append(tr("Invoices and payments: %1").arg(leftOut(unconverted)));
    panel->setFootnote(notes.join(u'\n'));
    if (high == 0 && low == 0) {
        panel->setEmpty(tr("Nothing billed or collected in this period. Issued invoices and "
                           "payments show here."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    auto *series = new QBarSeries;
    for (int kind = 0; kind < 2; ++kind) {
        auto *set = new QBarSet(kind == 0 ? tr("Billed") : tr("Collected"));
        const QColor colour = kind == 0 ? ChartStyle::clientColour() : ChartStyle::paletteColour(1);
        set->setColor(colour);
        set->setBorderColor(colour);
        for (const BilledMonth &m : months)
            set->append(ChartStyle::units(kind == 0 ? m.billed : m.collected, currency));
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = monthAxis(labels);
    auto *y = ChartStyle::moneyAxis(low, high, currency, locale);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    panel->setChart(chart);
}

void BillingCharts::dso(ChartPanel *panel, const QList<DsoMonth> &months, const QString &currency,
                        const QLocale &locale)
{
    const auto money = [&](qint64 minor) {
        return Money(minor, currency).format(locale);
    };
    QList<QStringList> rows;
    QStringList labels;
    qint64 most = 0;
    int unconverted = 0;
    bool any = false;
    for (const DsoMonth &m : months) {
        labels.append(monthLabel(m.month, locale));
        rows.append({ labels.last(), locale.toString(m.asOf, QLocale::ShortFormat),
                      money(m.receivables), money(m.billed90),
                      m.tenthsOfDays ? days(*m.tenthsOfDays, locale) : tr("–") });
        if (m.tenthsOfDays) {
            any = true;
            most = std::max(most, *m.tenthsOfDays);
        }
        unconverted += m.unconverted;
    }
    panel->setNumbers({ tr("Month"), tr("Measured on"), tr("Receivables"), tr("Billed in 90 days"),
                        tr("DSO (days)") },
                      rows, { 2, 3, 4 });
    QStringList notes { tr("Days sales outstanding = receivables at the month's end ÷ billed in "
                           "the 90 days up to it × 90 (this month: up to today). Receivables: "
                           "issued invoices less their payments; in %1.")
                            .arg(currency) };
    if (unconverted > 0)
        notes.append(tr("Invoices and payments: %1").arg(leftOut(unconverted)));
    panel->setFootnote(notes.join(u'\n'));
    if (!any) {
        panel->setEmpty(tr("Nothing billed in this period. Issued invoices show here."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("DSO (days)"));
    set->setColor(ChartStyle::clientColour());
    set->setBorderColor(ChartStyle::clientColour());
    for (const DsoMonth &m : months)
        set->append(m.tenthsOfDays ? qreal(*m.tenthsOfDays) / 10.0 : 0.0);
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = monthAxis(labels, true); // a half-width chart
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qreal>(10.0, qreal(most) / 10.0 * 1.15));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    y->setTitleText(tr("Days"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    panel->setChart(chart);
}

} // namespace cd
