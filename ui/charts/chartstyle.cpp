#include "charts/chartstyle.h"

#include "analytics/revenueanalytics.h"
#include "domain/money.h"

#include <QtCharts/QLegend>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cd {

QColor ChartStyle::clientColour()
{
    return QColor(0x1f, 0x5f, 0xa8); // a deep blue
}

QColor ChartStyle::customerColour()
{
    return QColor(0xe0, 0x8a, 0x1e); // an amber that stays apart from it in grayscale
}

QColor ChartStyle::colour(AccountKind kind)
{
    return kind == AccountKind::Client ? clientColour() : customerColour();
}

QColor ChartStyle::paletteColour(int index)
{
    static const std::array<QColor, 6> colours {
        QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9d, 0x5d),
        QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x5d, 0x6d, 0x7e)
    };
    return colours[size_t(index) % colours.size()];
}

namespace {

qint64 divisorOf(const QString &currency)
{
    qint64 divisor = 1;
    for (int i = 0; i < Money::decimals(currency); ++i)
        divisor *= 10;
    return divisor;
}

} // namespace

qreal ChartStyle::units(qint64 minor, const QString &currency)
{
    return qreal(minor) / qreal(divisorOf(currency));
}

QCategoryAxis *ChartStyle::moneyAxis(qint64 lowMinor, qint64 highMinor, const QString &currency,
                                     const QLocale &locale)
{
    const qint64 divisor = divisorOf(currency);
    // Whole units, rounded outwards; 0 is always on the axis.
    qint64 low = lowMinor < 0 ? lowMinor / divisor - 1 : 0;
    qint64 high = highMinor > 0 ? highMinor / divisor + (highMinor % divisor != 0) : 0;
    if (high - low < 10)
        high = low + 10;
    // Five or so steps of 1, 2 or 5 × 10ⁿ whole units.
    const qint64 raw = (high - low) / 5;
    qint64 power = 1;
    while (power * 10 <= raw)
        power *= 10;
    const qint64 step = raw <= power ? power
        : raw <= 2 * power           ? 2 * power
        : raw <= 5 * power           ? 5 * power
                                     : 10 * power;
    const qint64 start = (low / step - (low % step != 0 ? 1 : 0)) * step;
    const qint64 end = (high / step + (high % step != 0 ? 1 : 0)) * step;
    // One unit for every label, the largest the biggest value reaches; decimals as the step
    // needs them.
    struct Unit
    {
        qint64 size;
        QString suffix;
    };
    const Unit unitsBySize[] = { { 1'000'000'000'000, tr("T", "trillion, compact") },
                                 { 1'000'000'000, tr("B", "billion, compact") },
                                 { 1'000'000, tr("M", "million, compact") },
                                 { 1'000, tr("K", "thousand, compact") },
                                 { 1, QString() } };
    const qint64 largest = std::max(std::abs(start), std::abs(end));
    Unit unit = unitsBySize[4];
    for (const Unit &u : unitsBySize) {
        if (largest >= u.size) {
            unit = u;
            break;
        }
    }
    int decimals = 0;
    for (qint64 scale = unit.size; scale > step && decimals < 3; scale /= 10)
        ++decimals;
    const bool symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setMin(qreal(start));
    axis->setMax(qreal(end));
    axis->setStartValue(qreal(start) - 0.5);
    for (qint64 v = start; v <= end; v += step) {
        QString text = v == 0 ? locale.toString(0)
                              : locale.toString(qreal(v) / qreal(unit.size), 'f', decimals)
                + (unit.suffix.isEmpty() ? QString() : u' ' + unit.suffix);
        if (symbol && v != 0)
            text = locale.currencySymbol() + u' ' + text;
        axis->append(text, qreal(v));
    }
    return axis;
}

QString ChartStyle::periodLabel(const QDate &start, PeriodGrouping grouping, const QLocale &locale)
{
    switch (grouping) {
    case PeriodGrouping::Month:
        return locale.toString(start, u"MMM yyyy"_s);
    case PeriodGrouping::Quarter:
        return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case PeriodGrouping::Year:
        return QString::number(start.year());
    }
    return {};
}

QChart *ChartStyle::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

} // namespace cd
