#include "charts/timecharts.h"

#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "domain/money.h"
#include "domain/timerules.h"

#include <QToolTip>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kAccountsShown = 10; ///< on the chart of rates by account; the table has all

QBarCategoryAxis *categories(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    for (const QString &label : labels) // drawn as rich text: shown as typed
        axis->append(label.toHtmlEscaped());
    axis->setTruncateLabels(false);
    return axis;
}

QString rateText(const std::optional<qint64> &rate, const QString &currency, const QLocale &locale)
{
    return rate ? Money(*rate, currency).format(locale) : TimeCharts::tr("–");
}

QString percentText(const std::optional<int> &percent, const QLocale &locale)
{
    return percent ? TimeCharts::tr("%1\u00a0%").arg(locale.toString(*percent))
                   : TimeCharts::tr("–");
}

} // namespace

QString TimeCharts::hours(qint64 minutes)
{
    return TimeRules::formatDuration(minutes);
}

void TimeCharts::effectiveRates(ChartPanel *panel, const EffectiveRates &r, PeriodGrouping grouping,
                                const QLocale &locale)
{
    const auto money = [&](qint64 minor) {
        return Money(minor, r.currency).format(locale);
    };
    QList<QStringList> rows;
    QStringList labels;
    qint64 high = 0;
    qint64 mostMinutes = 0;
    for (const RatePeriod &p : r.periods) {
        labels.append(ChartStyle::periodLabel(p.start, grouping, locale));
        rows.append({ labels.last(), money(p.client.revenueMinor), hours(p.client.minutes),
                      rateText(p.client.rateMinor(), r.currency, locale),
                      money(p.customer.revenueMinor), hours(p.customer.minutes),
                      rateText(p.customer.rateMinor(), r.currency, locale) });
        high = std::max(
            { high, p.client.rateMinor().value_or(0), p.customer.rateMinor().value_or(0) });
        mostMinutes = std::max({ mostMinutes, p.client.minutes, p.customer.minutes });
    }
    rows.append({ tr("Total"), money(r.client.revenueMinor), hours(r.client.minutes),
                  rateText(r.client.rateMinor(), r.currency, locale),
                  money(r.customer.revenueMinor), hours(r.customer.minutes),
                  rateText(r.customer.rateMinor(), r.currency, locale) });
    panel->setNumbers({ tr("Period"), tr("Client revenue"), tr("Client hours"),
                        tr("Per client hour"), tr("Customer revenue"), tr("Customer hours"),
                        tr("Per customer hour") },
                      rows, { 1, 2, 3, 4, 5, 6 });
    QStringList notes { tr("An hour earns the revenue of the accounts with hours logged in "
                           "these months ÷ their hours, in %1; clients and customers by their "
                           "kind now.")
                            .arg(r.currency) };
    if (r.withoutHours != KindAmounts {})
        notes.append(tr("Left out, from accounts with no hours logged: %1 from clients, %2 "
                        "from customers.")
                         .arg(money(r.withoutHours.client), money(r.withoutHours.customer)));
    panel->setFootnote(notes.join(u'\n'));
    if (r.byCategory) {
        panel->setEmpty(tr("Hours are not split by product category: choose all segments or "
                           "another segment."));
        return;
    }
    if (mostMinutes == 0) {
        panel->setEmpty(tr("No hours logged in this period for this filter. Time logged in the "
                           "Time area shows here."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    // Hours as light bars behind, the rate as lines in front.
    auto *bars = new QBarSeries;
    for (const AccountKind kind : { AccountKind::Client, AccountKind::Customer }) {
        auto *set
            = new QBarSet(kind == AccountKind::Client ? tr("Client hours") : tr("Customer hours"));
        QColor light = ChartStyle::colour(kind);
        light.setAlpha(70);
        set->setColor(light);
        set->setBorderColor(light);
        for (const RatePeriod &p : r.periods)
            set->append(qreal(kind == AccountKind::Client ? p.client.minutes : p.customer.minutes)
                        / 60.0);
        bars->append(set);
    }
    chart->addSeries(bars);
    QList<QLineSeries *> lines;
    for (const AccountKind kind : { AccountKind::Client, AccountKind::Customer }) {
        auto *line = new QLineSeries;
        line->setName(kind == AccountKind::Client ? tr("Per client hour")
                                                  : tr("Per customer hour"));
        QPen pen(ChartStyle::colour(kind), 2.5);
        if (kind == AccountKind::Customer)
            pen.setStyle(Qt::DashLine); // apart in black and white too
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i < r.periods.size(); ++i) {
            const RatePeriod &p = r.periods.at(i);
            // A period without hours has no rate: no point.
            if (const auto rate = (kind == AccountKind::Client ? p.client : p.customer).rateMinor())
                line->append(i, ChartStyle::units(*rate, r.currency));
        }
        const EffectiveRates copy = r;
        QObject::connect(
            line, &QLineSeries::hovered, line,
            [copy, kind, labels, locale](const QPointF &point, bool on) {
                if (!on)
                    return QToolTip::hideText();
                const int i
                    = std::clamp(int(std::lround(point.x())), 0, int(copy.periods.size()) - 1);
                const RatePeriod &p = copy.periods.at(i);
                const RateFigures &f = kind == AccountKind::Client ? p.client : p.customer;
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 an hour (%3 in %4 hours)")
                                       .arg(labels.at(i),
                                            rateText(f.rateMinor(), copy.currency, locale),
                                            Money(f.revenueMinor, copy.currency).format(locale),
                                            hours(f.minutes)));
            });
        chart->addSeries(line);
        lines.append(line);
    }
    auto *x = categories(labels);
    if (labels.size() > 6) // every month named, none skipped
        x->setLabelsAngle(labels.size() > 12 ? -90 : -45);
    auto *y = ChartStyle::moneyAxis(0, high, r.currency, locale);
    y->setTitleText(tr("Revenue per hour"));
    auto *h = new QValueAxis;
    h->setRange(0, qreal(mostMinutes) / 60.0 * 1.1);
    h->setLabelFormat(u"%d"_s);
    h->applyNiceNumbers();
    h->setTitleText(tr("Hours logged"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(h, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(h);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    panel->setChart(chart);
}

void TimeCharts::accountRates(ChartPanel *panel, const EffectiveRates &r, const QLocale &locale)
{
    const auto money = [&](qint64 minor) {
        return Money(minor, r.currency).format(locale);
    };
    QList<QStringList> rows;
    for (const AccountRate &a : r.accounts)
        rows.append({ a.name, toLabel(a.kind), hours(a.figures.minutes), hours(a.billableMinutes),
                      money(a.figures.revenueMinor),
                      rateText(a.figures.rateMinor(), r.currency, locale) });
    panel->setNumbers({ tr("Account"), tr("Type"), tr("Hours"), tr("Billable hours"), tr("Revenue"),
                        tr("Per hour") },
                      rows, { 2, 3, 4, 5 });
    panel->setFootnote(tr("Every account with hours logged in these months, most hours first; "
                          "the chart shows the %1 with the most hours.")
                           .arg(locale.toString(kAccountsShown)));
    if (r.byCategory) {
        panel->setEmpty(tr("Hours are not split by product category: choose all segments or "
                           "another segment."));
        return;
    }
    if (r.accounts.isEmpty()) {
        panel->setEmpty(tr("No hours logged in this period for this filter."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    auto *series = new QHorizontalStackedBarSeries;
    auto *clients = new QBarSet(tr("Clients"));
    auto *customers = new QBarSet(tr("Customers"));
    clients->setColor(ChartStyle::clientColour());
    customers->setColor(ChartStyle::customerColour());
    customers->setBrush(QBrush(ChartStyle::customerColour(), Qt::Dense3Pattern));
    QStringList labels;
    qint64 high = 0;
    // The most hours at the top, as the table reads.
    const qsizetype shown = std::min<qsizetype>(kAccountsShown, r.accounts.size());
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const AccountRate &a = r.accounts.at(i);
        const qint64 rate = std::max<qint64>(0, a.figures.rateMinor().value_or(0));
        labels.append(tr("%1 (%2 h)").arg(a.name, hours(a.figures.minutes)));
        const qreal units = ChartStyle::units(rate, r.currency);
        clients->append(a.kind == AccountKind::Client ? units : 0.0);
        customers->append(a.kind == AccountKind::Client ? 0.0 : units);
        high = std::max(high, rate);
    }
    series->append(clients);
    series->append(customers);
    chart->addSeries(series);
    auto *y = categories(labels);
    auto *x = ChartStyle::moneyAxis(0, high, r.currency, locale);
    x->setTitleText(tr("Revenue per hour"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    panel->setChart(chart);
}

void TimeCharts::utilisation(ChartPanel *panel, const Utilisation &u, const QLocale &locale)
{
    const auto periodLabel = [&](const QDate &start) {
        return u.grouping == UtilisationGrouping::Week
            ? tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat))
            : locale.toString(start, u"MMM yyyy"_s);
    };
    QList<QStringList> rows;
    int most = 100;
    for (const PersonUtilisation &person : u.people) {
        for (const PersonPeriod &p : person.periods) {
            rows.append({ person.name, periodLabel(p.start), hours(p.capacityMinutes),
                          hours(p.minutes), hours(p.billableMinutes),
                          percentText(p.percent(), locale),
                          percentText(p.loggedPercent(), locale) });
            most = std::max(most, p.percent().value_or(0));
        }
        rows.append({ person.name, tr("Total"), hours(person.total.capacityMinutes),
                      hours(person.total.minutes), hours(person.total.billableMinutes),
                      percentText(person.total.percent(), locale),
                      percentText(person.total.loggedPercent(), locale) });
    }
    panel->setNumbers({ tr("Person"), tr("Period"), tr("Capacity"), tr("Hours logged"),
                        tr("Billable hours"), tr("Utilisation"), tr("Logged ÷ capacity") },
                      rows, { 2, 3, 4, 5, 6 });
    panel->setFootnote(tr("Utilisation is billable hours ÷ capacity: the hours a week in the "
                          "person's settings (else the firm's) over the weekdays up to today. "
                          "Hours on retainers and fixed fees are not billable (only a "
                          "retainer's overage is): they count in the hours logged. All of a "
                          "person's time counts, whatever manager or segment is chosen."));
    if (u.people.isEmpty()) {
        panel->setEmpty(tr("No hours logged in this period."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    QStringList labels;
    for (const QDate &start : u.periodStarts)
        labels.append(u.grouping == UtilisationGrouping::Week
                          ? locale.toString(start, u"d MMM"_s)
                          : locale.toString(start, u"MMM yyyy"_s));
    static const Qt::PenStyle styles[]
        = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };
    QList<QLineSeries *> lines;
    for (qsizetype i = 0; i < u.people.size(); ++i) {
        const PersonUtilisation &person = u.people.at(i);
        auto *line = new QLineSeries;
        line->setName(person.name);
        line->setPen(QPen(ChartStyle::paletteColour(int(i)), 2, styles[(i / 6) % 4]));
        line->setPointsVisible(u.periodStarts.size() <= 24);
        for (qsizetype k = 0; k < person.periods.size(); ++k) {
            if (const auto percent = person.periods.at(k).percent())
                line->append(qreal(k), *percent);
        }
        const PersonUtilisation copy = person;
        QObject::connect(line, &QLineSeries::hovered, line,
                         [copy, labels, locale](const QPointF &point, bool on) {
                             if (!on)
                                 return QToolTip::hideText();
                             const int k = std::clamp(int(std::lround(point.x())), 0,
                                                      int(copy.periods.size()) - 1);
                             const PersonPeriod &p = copy.periods.at(k);
                             QToolTip::showText(
                                 QCursor::pos(),
                                 tr("%1, %2: %3 (%4 billable of %5)")
                                     .arg(copy.name, labels.at(k), percentText(p.percent(), locale),
                                          hours(p.billableMinutes), hours(p.capacityMinutes)));
                         });
        chart->addSeries(line);
        lines.append(line);
    }
    auto *x = categories(labels);
    if (labels.size() > 12)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0, most * 1.05);
    y->setLabelFormat(u"%d %%"_s);
    y->applyNiceNumbers();
    y->setTitleText(tr("Utilisation"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (labels.size() > 1) {
        x->setMin(x->categories().first());
        x->setMax(x->categories().last());
    }
    panel->setChart(chart);
}

} // namespace cd
