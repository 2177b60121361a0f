#include "charts/revenuecharts.h"

#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "domain/behaviourtags.h"
#include "domain/enums.h"
#include "domain/money.h"

#include <QToolTip>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QDate lastDayOf(const QDate &start, PeriodGrouping grouping)
{
    const int months = grouping == PeriodGrouping::Month ? 1
        : grouping == PeriodGrouping::Quarter            ? 3
                                                         : 12;
    return start.addMonths(months).addDays(-1);
}

QBarSet *kindSet(AccountKind kind, QObject *parent = nullptr)
{
    auto *set = new QBarSet(kind == AccountKind::Client ? RevenueCharts::tr("Clients")
                                                        : RevenueCharts::tr("Customers"),
                            parent);
    set->setColor(ChartStyle::colour(kind));
    set->setBorderColor(ChartStyle::colour(kind).darker(130));
    // Told apart in black and white too: customers are hatched.
    if (kind == AccountKind::Customer)
        set->setBrush(QBrush(ChartStyle::colour(kind), Qt::Dense3Pattern));
    return set;
}

QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    // Qt Charts draws axis labels as rich text: names are shown as typed, never as markup.
    for (const QString &label : labels)
        axis->append(label.toHtmlEscaped());
    axis->setTruncateLabels(false); // never "…"
    if (labels.size() > 12)
        axis->setLabelsAngle(-90);
    return axis;
}

/// The axis of periods. Up to a year of months each label takes two lines ("Jan" over
/// "2024"), so that they fit beside two value axes; longer runs stand on end.
QBarCategoryAxis *periodAxis(const QStringList &labels)
{
    if (labels.size() > 12)
        return categoryAxis(labels);
    auto *axis = new QBarCategoryAxis;
    for (const QString &label : labels) {
        QString text = label.toHtmlEscaped();
        if (const qsizetype space = text.lastIndexOf(u' '); space > 0)
            text = text.left(space) + u"<br>"_s + text.mid(space + 1);
        axis->append(text);
    }
    axis->setTruncateLabels(false);
    return axis;
}

void showTip(const QString &text)
{
    // Plain text even when a name looks like markup.
    QToolTip::showText(QCursor::pos(),
                       u"<p style='white-space:pre'>%1</p>"_s.arg(text.toHtmlEscaped()));
}

} // namespace

struct RevenueCharts::Data
{
    RevenueFigures f;
    CubeFilter filter;
    QLocale locale;
    Picked picked;

    QString money(qint64 minor) const { return Money(minor, f.currency).format(locale); }

    QString percent(qint64 part, qint64 whole) const
    {
        if (whole == 0)
            return RevenueCharts::tr("–");
        // Whole tenths of a percent, rounded, in integers.
        const qint64 tenths = (part * 1000 + whole / 2) / whole;
        return RevenueCharts::tr("%1 %").arg(locale.toString(qreal(tenths) / 10.0, 'f', 1));
    }

    /// The entries behind one period, with the view's filter.
    RevenueEntryFilter periodPick(int period) const
    {
        RevenueEntryFilter pick;
        const CubePeriod &p = f.periods.at(period);
        pick.from = p.start;
        pick.to = lastDayOf(p.start, filter.grouping);
        pick.managerId = filter.managerId;
        if (filter.segment)
            pick.segments.append({ *filter.segment, filter.segmentValue });
        return pick;
    }

    /// The entries behind the whole filter.
    RevenueEntryFilter wholePick() const
    {
        RevenueEntryFilter pick = periodPick(0);
        pick.to = lastDayOf(f.periods.last().start, filter.grouping);
        return pick;
    }

    /// A period's entries of both kinds (a row of the numbers).
    void pickPeriod(int period) const
    {
        if (picked && period >= 0 && period < f.periods.size())
            picked(periodPick(period));
    }

    /// The customer entries of one behaviour (in the order of f.behaviour).
    void pickBehaviour(int index) const
    {
        if (!picked || f.periods.isEmpty() || index < 0 || index >= f.behaviour.size())
            return;
        RevenueEntryFilter pick = wholePick();
        pick.kind = AccountKind::Customer;
        pick.behaviour = f.behaviour.at(index).value;
        picked(pick);
    }

    /// The entries of one value of the segment chart's dimension, of one kind or both.
    void pickSegment(const QString &value, std::optional<AccountKind> kind) const
    {
        if (!picked || f.periods.isEmpty())
            return;
        RevenueEntryFilter pick = wholePick();
        pick.kind = kind;
        pick.segments.append({ filter.breakdown, value });
        picked(pick);
    }
};

RevenueCharts::RevenueCharts(const RevenueFigures &figures, const CubeFilter &filter,
                             const QLocale &locale, Picked picked)
    : m_d(std::make_shared<const Data>(Data { figures, filter, locale, std::move(picked) }))
{ }

QString RevenueCharts::segmentName(Dimension segment)
{
    switch (segment) {
    case Dimension::Industry:
        return tr("Industry");
    case Dimension::Region:
        return tr("Region");
    case Dimension::Category:
        return tr("Product category");
    case Dimension::Channel:
        return tr("Channel");
    }
    return {};
}

QString RevenueCharts::segmentValueLabel(Dimension segment, const QString &value)
{
    if (value.isEmpty())
        return tr("(none)");
    if (segment == Dimension::Channel) {
        if (const auto channel = fromCode<Channel>(value))
            return toLabel(*channel);
    }
    return value;
}

QString RevenueCharts::behaviourLabel(const QString &code)
{
    if (code.isEmpty())
        return tr("Other");
    const QString label = BehaviourRules::label(code);
    return label.left(1).toUpper() + label.mid(1);
}

void RevenueCharts::byType(ChartPanel *panel, Style style) const
{
    const auto &d = m_d;
    QList<QStringList> rows;
    QStringList labels;
    for (const CubePeriod &p : d->f.periods) {
        labels.append(ChartStyle::periodLabel(p.start, d->filter.grouping, d->locale));
        rows.append({ labels.last(), d->money(p.revenue.client), d->money(p.revenue.customer),
                      d->money(p.revenue.total()) });
    }
    panel->setNumbers({ tr("Period"), tr("Clients"), tr("Customers"), tr("Total") }, rows,
                      { 1, 2, 3 });
    panel->setRowPick([d](int row) { d->pickPeriod(row); });
    if (d->f.periods.isEmpty()
        || (d->f.total == KindAmounts {} && d->f.clientPayers == 0 && d->f.customerPayers == 0)) {
        panel->setEmpty(tr("No revenue in this period for this filter."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    qint64 low = 0;
    qint64 high = 0;
    if (style == Style::StackedBars) {
        auto *series = new QStackedBarSeries;
        QBarSet *clients = kindSet(AccountKind::Client);
        QBarSet *customers = kindSet(AccountKind::Customer);
        for (const CubePeriod &p : d->f.periods) {
            clients->append(ChartStyle::units(p.revenue.client, d->f.currency));
            customers->append(ChartStyle::units(p.revenue.customer, d->f.currency));
            high = std::max({ high,
                              std::max<qint64>(p.revenue.client, 0)
                                  + std::max<qint64>(p.revenue.customer, 0) });
            low = std::min({ low, p.revenue.client, p.revenue.customer });
        }
        series->append(clients);
        series->append(customers);
        for (QBarSet *set : { clients, customers }) {
            const auto kind = set == clients ? AccountKind::Client : AccountKind::Customer;
            QObject::connect(set, &QBarSet::hovered, set, [d, kind, labels](bool on, int i) {
                if (!on)
                    return QToolTip::hideText();
                const CubePeriod &p = d->f.periods.at(i);
                showTip(tr("%1 — %2: %3")
                            .arg(labels.at(i),
                                 kind == AccountKind::Client ? tr("clients") : tr("customers"),
                                 d->money(kind == AccountKind::Client ? p.revenue.client
                                                                      : p.revenue.customer)));
            });
            QObject::connect(set, &QBarSet::clicked, set, [d, kind](int i) {
                RevenueEntryFilter pick = d->periodPick(i);
                pick.kind = kind;
                if (d->picked)
                    d->picked(pick);
            });
        }
        chart->addSeries(series);
    } else {
        for (const AccountKind kind : { AccountKind::Client, AccountKind::Customer }) {
            auto *line = new QLineSeries;
            line->setName(kind == AccountKind::Client ? tr("Clients") : tr("Customers"));
            QPen pen(ChartStyle::colour(kind), 2.5);
            if (kind == AccountKind::Customer)
                pen.setStyle(Qt::DashLine); // apart in black and white too
            line->setPen(pen);
            line->setPointsVisible(true);
            for (int i = 0; i < d->f.periods.size(); ++i) {
                const qint64 v = kind == AccountKind::Client ? d->f.periods.at(i).revenue.client
                                                             : d->f.periods.at(i).revenue.customer;
                line->append(i, ChartStyle::units(v, d->f.currency));
                high = std::max(high, v);
                low = std::min(low, v);
            }
            QObject::connect(
                line, &QLineSeries::hovered, line,
                [d, kind, labels](const QPointF &point, bool on) {
                    if (!on)
                        return QToolTip::hideText();
                    const int i
                        = std::clamp(int(std::lround(point.x())), 0, int(d->f.periods.size()) - 1);
                    const CubePeriod &p = d->f.periods.at(i);
                    showTip(tr("%1 — %2: %3")
                                .arg(labels.at(i),
                                     kind == AccountKind::Client ? tr("clients") : tr("customers"),
                                     d->money(kind == AccountKind::Client ? p.revenue.client
                                                                          : p.revenue.customer)));
                });
            chart->addSeries(line);
        }
    }
    auto *x = periodAxis(labels);
    auto *y = ChartStyle::moneyAxis(low, high, d->f.currency, d->locale);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (style == Style::Lines) {
        // Points sit on the category centres.
        x->setMin(x->categories().first());
        x->setMax(x->categories().last());
    }
    panel->setChart(chart);
}

void RevenueCharts::share(ChartPanel *panel) const
{
    const auto &d = m_d;
    const qint64 client = std::max<qint64>(d->f.total.client, 0);
    const qint64 customer = std::max<qint64>(d->f.total.customer, 0);
    panel->setNumbers(
        { tr("Type"), tr("Revenue"), tr("Share") },
        { { tr("Clients"), d->money(d->f.total.client), d->percent(client, client + customer) },
          { tr("Customers"), d->money(d->f.total.customer),
            d->percent(customer, client + customer) },
          { tr("Total"), d->money(d->f.total.total()), QString() } },
        { 1, 2 });
    if (client + customer == 0) {
        panel->setEmpty(tr("No revenue in this period for this filter."));
        return;
    }
    QChart *chart = ChartStyle::newChart();
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.35);
    for (const AccountKind kind : { AccountKind::Client, AccountKind::Customer }) {
        const qint64 amount = kind == AccountKind::Client ? client : customer;
        const QString name = kind == AccountKind::Client ? tr("Clients") : tr("Customers");
        QPieSlice *slice = pie->append(tr("%1 %2").arg(name, d->percent(amount, client + customer)),
                                       ChartStyle::units(amount, d->f.currency));
        slice->setColor(ChartStyle::colour(kind));
        if (kind == AccountKind::Customer)
            slice->setBrush(QBrush(ChartStyle::colour(kind), Qt::Dense3Pattern));
        slice->setLabelVisible(false); // the legend names them, with their share
        QObject::connect(slice, &QPieSlice::hovered, slice, [d, name, amount](bool on) {
            if (!on)
                return QToolTip::hideText();
            showTip(tr("%1: %2").arg(name, d->money(amount)));
        });
        QObject::connect(slice, &QPieSlice::clicked, slice, [d, kind] {
            if (d->f.periods.isEmpty() || !d->picked)
                return;
            RevenueEntryFilter pick = d->wholePick();
            pick.kind = kind;
            d->picked(pick);
        });
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    panel->setChart(chart);
}

void RevenueCharts::perAccount(ChartPanel *panel) const
{
    const auto &d = m_d;
    QList<QStringList> rows;
    QStringList labels;
    const auto perPayer = [](qint64 revenue, int payers) {
        return payers > 0 ? revenue / payers : 0;
    };
    for (const CubePeriod &p : d->f.periods) {
        labels.append(ChartStyle::periodLabel(p.start, d->filter.grouping, d->locale));
        rows.append({ labels.last(), d->locale.toString(p.clientPayers),
                      d->money(perPayer(p.revenue.client, p.clientPayers)),
                      d->locale.toString(p.customerPayers),
                      d->money(perPayer(p.revenue.customer, p.customerPayers)) });
    }
    rows.append({ tr("Whole period"), d->locale.toString(d->f.clientPayers),
                  d->money(perPayer(d->f.total.client, d->f.clientPayers)),
                  d->locale.toString(d->f.customerPayers),
                  d->money(perPayer(d->f.total.customer, d->f.customerPayers)) });
    panel->setNumbers({ tr("Period"), tr("Paying clients"), tr("Revenue per client"),
                        tr("Paying customers"), tr("Revenue per customer") },
                      rows, { 1, 2, 3, 4 });
    panel->setRowPick([d](int row) { d->pickPeriod(row); });
    if (d->f.clientPayers + d->f.customerPayers == 0) {
        panel->setEmpty(tr("No paying accounts in this period for this filter."));
        return;
    }
    // Bars: paying accounts; lines: revenue per paying account, on the right.
    QChart *chart = ChartStyle::newChart();
    auto *bars = new QBarSeries;
    QBarSet *clients = kindSet(AccountKind::Client);
    clients->setLabel(tr("Paying clients"));
    QBarSet *customers = kindSet(AccountKind::Customer);
    customers->setLabel(tr("Paying customers"));
    int most = 1;
    qint64 highest = 0;
    auto *clientLine = new QLineSeries;
    clientLine->setName(tr("Revenue per client"));
    clientLine->setPen(QPen(ChartStyle::clientColour().darker(140), 2));
    auto *customerLine = new QLineSeries;
    customerLine->setName(tr("Revenue per customer"));
    customerLine->setPen(QPen(ChartStyle::customerColour().darker(140), 2, Qt::DashLine));
    for (int i = 0; i < d->f.periods.size(); ++i) {
        const CubePeriod &p = d->f.periods.at(i);
        clients->append(p.clientPayers);
        customers->append(p.customerPayers);
        most = std::max({ most, p.clientPayers, p.customerPayers });
        const qint64 c = perPayer(p.revenue.client, p.clientPayers);
        const qint64 u = perPayer(p.revenue.customer, p.customerPayers);
        clientLine->append(i, ChartStyle::units(c, d->f.currency));
        customerLine->append(i, ChartStyle::units(u, d->f.currency));
        highest = std::max({ highest, c, u });
    }
    bars->append(clients);
    bars->append(customers);
    for (QBarSet *set : { clients, customers }) {
        const bool isClient = set == clients;
        QObject::connect(set, &QBarSet::hovered, set, [d, isClient, labels](bool on, int i) {
            if (!on)
                return QToolTip::hideText();
            const CubePeriod &p = d->f.periods.at(i);
            showTip(isClient
                        ? tr("%1: %2 paying clients, %3 each on average")
                              .arg(labels.at(i), d->locale.toString(p.clientPayers),
                                   d->money(p.clientPayers ? p.revenue.client / p.clientPayers : 0))
                        : tr("%1: %2 paying customers, %3 each on average")
                              .arg(labels.at(i), d->locale.toString(p.customerPayers),
                                   d->money(p.customerPayers ? p.revenue.customer / p.customerPayers
                                                             : 0)));
        });
        QObject::connect(set, &QBarSet::clicked, set, [d, isClient](int i) {
            if (!d->picked)
                return;
            RevenueEntryFilter pick = d->periodPick(i);
            pick.kind = isClient ? AccountKind::Client : AccountKind::Customer;
            d->picked(pick);
        });
    }
    chart->addSeries(bars);
    chart->addSeries(clientLine);
    chart->addSeries(customerLine);
    auto *x = periodAxis(labels);
    auto *count = new QValueAxis;
    count->setRange(0, most);
    count->setLabelFormat(u"%d"_s);
    count->applyNiceNumbers();
    count->setTitleText(tr("Paying accounts"));
    auto *y = ChartStyle::moneyAxis(0, highest, d->f.currency, d->locale);
    y->setTitleText(tr("Revenue per account"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(count);
    for (QLineSeries *line : { clientLine, customerLine }) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    panel->setChart(chart);
}

void RevenueCharts::behaviour(ChartPanel *panel) const
{
    const auto &d = m_d;
    const qint64 customerTotal = d->f.total.customer;
    QList<QStringList> rows;
    for (const CubeSlice &slice : d->f.behaviour)
        rows.append({ behaviourLabel(slice.value), d->money(slice.revenue.customer),
                      d->percent(slice.revenue.customer, customerTotal) });
    rows.append({ tr("With a promotion"), d->money(d->f.customerPromoted),
                  d->percent(d->f.customerPromoted, customerTotal) });
    panel->setNumbers({ tr("Behaviour"), tr("Customer revenue"), tr("Share") }, rows, { 1, 2 });
    panel->setRowPick([d](int row) { d->pickBehaviour(row); });
    if (customerTotal <= 0) {
        panel->setEmpty(tr("No customer revenue in this period for this filter."));
        return;
    }
    QChart *chart = ChartStyle::newChart(
        tr("Promotion-driven share: %1").arg(d->percent(d->f.customerPromoted, customerTotal)));
    auto *series = new QBarSeries;
    QBarSet *set = kindSet(AccountKind::Customer);
    QStringList labels;
    qint64 high = 0;
    qint64 low = 0;
    for (const CubeSlice &slice : d->f.behaviour) {
        labels.append(behaviourLabel(slice.value));
        set->append(ChartStyle::units(slice.revenue.customer, d->f.currency));
        high = std::max(high, slice.revenue.customer);
        low = std::min(low, slice.revenue.customer);
    }
    series->append(set);
    QObject::connect(set, &QBarSet::hovered, set, [d, labels, customerTotal](bool on, int i) {
        if (!on)
            return QToolTip::hideText();
        const qint64 amount = d->f.behaviour.at(i).revenue.customer;
        showTip(tr("%1: %2 (%3 of customer revenue)")
                    .arg(labels.at(i), d->money(amount), d->percent(amount, customerTotal)));
    });
    QObject::connect(set, &QBarSet::clicked, set, [d](int i) { d->pickBehaviour(i); });
    chart->addSeries(series);
    auto *x = categoryAxis(labels);
    auto *y = ChartStyle::moneyAxis(low, high, d->f.currency, d->locale);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    panel->setChart(chart);
}

void RevenueCharts::segments(ChartPanel *panel) const
{
    const auto &d = m_d;
    const Dimension by = d->filter.breakdown;
    QList<QStringList> rows;
    for (const CubeSlice &slice : d->f.segments)
        rows.append({ segmentValueLabel(by, slice.value), d->money(slice.revenue.client),
                      d->money(slice.revenue.customer), d->money(slice.revenue.total()),
                      d->percent(slice.revenue.total(), d->f.total.total()) });
    panel->setNumbers({ segmentName(by), tr("Clients"), tr("Customers"), tr("Total"), tr("Share") },
                      rows, { 1, 2, 3, 4 });
    panel->setRowPick([d](int row) {
        if (row < d->f.segments.size())
            d->pickSegment(d->f.segments.at(row).value, std::nullopt);
    });
    if (d->f.segments.isEmpty()) {
        panel->setEmpty(tr("No revenue in this period for this filter."));
        return;
    }
    // The twelve largest; the table lists them all.
    constexpr int shown = 12;
    QChart *chart = ChartStyle::newChart();
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *clients = kindSet(AccountKind::Client);
    QBarSet *customers = kindSet(AccountKind::Customer);
    QStringList labels;
    qint64 high = 0;
    qint64 low = 0;
    const int count = int(std::min<qsizetype>(shown, d->f.segments.size()));
    for (int i = count - 1; i >= 0; --i) { // largest at the top
        const CubeSlice &slice = d->f.segments.at(i);
        labels.append(segmentValueLabel(by, slice.value));
        clients->append(ChartStyle::units(slice.revenue.client, d->f.currency));
        customers->append(ChartStyle::units(slice.revenue.customer, d->f.currency));
        high = std::max(high,
                        std::max<qint64>(slice.revenue.client, 0)
                            + std::max<qint64>(slice.revenue.customer, 0));
        low = std::min({ low, slice.revenue.client, slice.revenue.customer });
    }
    series->append(clients);
    series->append(customers);
    for (QBarSet *set : { clients, customers }) {
        const auto kind = set == clients ? AccountKind::Client : AccountKind::Customer;
        QObject::connect(set, &QBarSet::hovered, set, [d, kind, count](bool on, int i) {
            if (!on)
                return QToolTip::hideText();
            const CubeSlice &slice = d->f.segments.at(count - 1 - i);
            showTip(tr("%1 — %2: %3")
                        .arg(segmentValueLabel(d->filter.breakdown, slice.value),
                             kind == AccountKind::Client ? tr("clients") : tr("customers"),
                             d->money(kind == AccountKind::Client ? slice.revenue.client
                                                                  : slice.revenue.customer)));
        });
        QObject::connect(set, &QBarSet::clicked, set, [d, kind, count](int i) {
            d->pickSegment(d->f.segments.at(count - 1 - i).value, kind);
        });
    }
    chart->addSeries(series);
    auto *y = categoryAxis(labels);
    y->setLabelsAngle(0);
    auto *x = ChartStyle::moneyAxis(low, high, d->f.currency, d->locale);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    panel->setChart(chart);
}

void RevenueCharts::concentration(ChartPanel *panel) const
{
    const auto &d = m_d;
    qint64 all = 0;
    for (const qint64 r : d->f.accountRevenue)
        all += r;
    qint64 topSum = 0;
    QList<QStringList> rows;
    for (int i = 0; i < d->f.top.size(); ++i) {
        const CubeAccount &a = d->f.top.at(i);
        topSum += a.revenue;
        rows.append({ d->locale.toString(i + 1), a.name, toLabel(a.kind), d->money(a.revenue),
                      d->percent(a.revenue, all) });
    }
    rows.append({ QString(), tr("Top %1 together").arg(d->f.top.size()), QString(),
                  d->money(topSum), d->percent(topSum, all) });
    panel->setNumbers({ tr("Rank"), tr("Account"), tr("Type"), tr("Revenue"), tr("Share") }, rows,
                      { 0, 3, 4 });
    // The curve has no bars to click: a ranked account's row lists its entries.
    panel->setRowPick([d](int row) {
        if (!d->picked || row < 0 || row >= d->f.top.size() || d->f.periods.isEmpty())
            return;
        RevenueEntryFilter pick = d->wholePick();
        pick.accountId = d->f.top.at(row).id;
        pick.accountName = d->f.top.at(row).name;
        d->picked(pick);
    });
    if (all <= 0) {
        panel->setEmpty(tr("No revenue in this period for this filter."));
        return;
    }
    // Pareto: share of accounts (x) against their cumulative share of revenue (y), both in %.
    QChart *chart
        = ChartStyle::newChart(tr("Top 10 accounts: %1 of revenue").arg(d->percent(topSum, all)));
    auto *curve = new QLineSeries;
    curve->setName(tr("Cumulative share of revenue"));
    curve->setPen(QPen(ChartStyle::paletteColour(2), 2.5));
    curve->append(0, 0);
    const qsizetype n = d->f.accountRevenue.size();
    // At most 200 points: the curve's shape, not every account.
    const qsizetype stride = std::max<qsizetype>(1, n / 200);
    qint64 running = 0;
    for (qsizetype i = 0; i < n; ++i) {
        running += d->f.accountRevenue.at(i);
        if ((i + 1) % stride == 0 || i == n - 1)
            curve->append(100.0 * qreal(i + 1) / qreal(n), 100.0 * qreal(running) / qreal(all));
    }
    QObject::connect(curve, &QLineSeries::hovered, curve, [d, n](const QPointF &p, bool on) {
        if (!on)
            return QToolTip::hideText();
        showTip(tr("The top %1 % of accounts (%2) bring %3 % of revenue")
                    .arg(d->locale.toString(p.x(), 'f', 0),
                         d->locale.toString(qRound64(p.x() * qreal(n) / 100.0)),
                         d->locale.toString(p.y(), 'f', 1)));
    });
    auto *even = new QLineSeries;
    even->setName(tr("Evenly spread"));
    even->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    even->append(0, 0);
    even->append(100, 100);
    chart->addSeries(curve);
    chart->addSeries(even);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%d %%"_s);
    x->setTitleText(tr("Share of paying accounts, largest first"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d %%"_s);
    y->setTitleText(tr("Share of revenue"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : { curve, even }) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    panel->setChart(chart);
}

} // namespace cd
