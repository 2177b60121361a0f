#include "views/analyticsview.h"
#include "domain/isodate.h"
#include "views/listviews.h"

#include "backgroundtask.h"
#include "charts/billingcharts.h"
#include "charts/businesscharts.h"
#include "charts/chartpanel.h"
#include "charts/timecharts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QDate quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

const QString kChoicesKey = u"analytics/"_s;

} // namespace

std::pair<QDate, QDate> AnalyticsView::presetRange(Preset preset, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Last12Months:
        return { month.addMonths(-11), month };
    case Preset::ThisYear:
        return { QDate(today.year(), 1, 1), month };
    case Preset::LastYear:
        return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 1) };
    case Preset::ThisQuarter:
        return { quarterStart(today), month };
    case Preset::LastQuarter: {
        const QDate start = quarterStart(today).addMonths(-3);
        return { start, start.addMonths(2) };
    }
    case Preset::AllTime:
    case Preset::Custom:
        break;
    }
    return {};
}

AnalyticsView::AnalyticsView(QWidget *parent)
    : QWidget(parent)
    , m_load(std::make_unique<BackgroundTask>())
    , m_details(std::make_unique<BackgroundTask>())
{
    buildControls();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controlsRow());
    layout->addWidget(m_status);
    layout->addWidget(buildCharts(), 1);
    connect(m_load.get(), &BackgroundTask::finished, this, &AnalyticsView::loaded);
    connect(m_details.get(), &BackgroundTask::finished, this, &AnalyticsView::detailsLoaded);
    restoreChoices();
    connectControls();
    redraw();
}

void AnalyticsView::buildControls()
{
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("Last quarter"), int(Preset::LastQuarter));
    m_preset->addItem(tr("All time"), int(Preset::AllTime));
    m_preset->addItem(tr("Custom months"), int(Preset::Custom));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setDateRange(earliestDate(), latestDate());
    m_to = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_to->setDateRange(earliestDate(), latestDate());
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(u"MMM yyyy"_s);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setToolTip(tr("The first month"));
    m_to->setToolTip(tr("The last month"));
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("By month"), int(PeriodGrouping::Month));
    m_grouping->addItem(tr("By quarter"), int(PeriodGrouping::Quarter));
    m_grouping->addItem(tr("By year"), int(PeriodGrouping::Year));
    m_style = new QComboBox(this);
    m_style->addItem(tr("Stacked bars"), int(RevenueCharts::Style::StackedBars));
    m_style->addItem(tr("Lines"), int(RevenueCharts::Style::Lines));
    m_manager = new QComboBox(this);
    m_segment = new QComboBox(this);
    m_segment->addItem(tr("All segments"));
    m_breakdown = new QComboBox(this);
    for (const Dimension s :
         { Dimension::Industry, Dimension::Region, Dimension::Category, Dimension::Channel }) {
        m_segment->addItem(RevenueCharts::segmentName(s), int(s));
        m_breakdown->addItem(tr("Split by %1").arg(RevenueCharts::segmentName(s).toLower()),
                             int(s));
    }
    m_utilisationGrouping = new QComboBox(this);
    m_utilisationGrouping->addItem(tr("Utilisation by week"), int(UtilisationGrouping::Week));
    m_utilisationGrouping->addItem(tr("Utilisation by month"), int(UtilisationGrouping::Month));
    m_utilisationGrouping->setCurrentIndex(1);
    m_segmentValue = new QComboBox(this);
    m_segmentValue->setEnabled(false);
    m_segmentValue->setMinimumContentsLength(14);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
}

QHBoxLayout *AnalyticsView::controlsRow()
{
    auto *controls = new QHBoxLayout;
    controls->addWidget(caption(tr("Period:"), this));
    controls->addWidget(m_preset);
    controls->addWidget(m_from);
    controls->addWidget(caption(tr("to"), this));
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_grouping);
    controls->addWidget(m_style);
    controls->addSpacing(12);
    m_managerCaption = caption(tr("Manager:"), this);
    controls->addWidget(m_managerCaption);
    controls->addWidget(m_manager);
    controls->addWidget(caption(tr("Segment:"), this));
    controls->addWidget(m_segment);
    controls->addWidget(m_segmentValue);
    controls->addStretch(1);
    return controls;
}

QScrollArea *AnalyticsView::buildCharts()
{
    const QStringList titles { tr("Revenue by customer type"),
                               tr("Share of revenue by type"),
                               tr("Paying accounts and revenue per account"),
                               tr("Customer revenue by behaviour"),
                               tr("Revenue by segment"),
                               tr("Concentration: the largest accounts"),
                               tr("Sales cycle by type"),
                               tr("Pipeline funnel"),
                               tr("Outlook: recurring revenue and renewals due"),
                               tr("What an hour earns: clients vs customers"),
                               tr("What an hour earns by account"),
                               tr("Utilisation by person"),
                               tr("Monthly recurring revenue and its movements"),
                               tr("Billed vs collected"),
                               tr("Days sales outstanding") };
    for (const QString &title : titles) {
        auto *panel = new ChartPanel(title);
        panel->setMinimumHeight(m_panels.size() == 10 ? 420 : 340); // rates by account: 10 rows
        m_panels.append(panel);
    }
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    grid->addWidget(m_panels.at(0), 0, 0);
    grid->addWidget(m_panels.at(1), 0, 1);
    grid->addWidget(m_panels.at(2), 1, 0);
    grid->addWidget(m_panels.at(3), 1, 1);
    // The segment chart's own control sits above it.
    auto *segmentHeader = new QHBoxLayout;
    segmentHeader->addStretch(1);
    segmentHeader->addWidget(m_breakdown);
    grid->addLayout(segmentHeader, 2, 0);
    grid->addWidget(m_panels.at(4), 3, 0);
    grid->addWidget(m_panels.at(5), 3, 1);
    grid->addWidget(m_panels.at(6), 4, 0);
    grid->addWidget(m_panels.at(7), 4, 1);
    grid->addWidget(m_panels.at(8), 5, 0, 1, 2);
    grid->addWidget(m_panels.at(9), 6, 0);
    grid->addWidget(m_panels.at(10), 6, 1);
    auto *utilisationHeader = new QHBoxLayout;
    utilisationHeader->addStretch(1);
    utilisationHeader->addWidget(m_utilisationGrouping);
    grid->addLayout(utilisationHeader, 7, 0, 1, 2);
    grid->addWidget(m_panels.at(11), 8, 0, 1, 2);
    grid->addWidget(m_panels.at(12), 9, 0, 1, 2);
    grid->addWidget(m_panels.at(13), 10, 0);
    grid->addWidget(m_panels.at(14), 10, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *content = new QWidget;
    content->setLayout(grid);
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setParent(content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void AnalyticsView::connectControls()
{
    const auto changed = [this] {
        redraw();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Preset(m_preset->currentData().toInt()) == Preset::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        redraw();
    });
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    for (QComboBox *box :
         { m_grouping, m_style, m_manager, m_segmentValue, m_breakdown, m_utilisationGrouping })
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        fillSegmentValues();
        redraw();
    });
}

QList<std::pair<QComboBox *, QString>> AnalyticsView::rememberedChoices() const
{
    // The manager and the segment's values come from the data; these do not.
    return { { m_preset, u"preset"_s },
             { m_grouping, u"grouping"_s },
             { m_style, u"style"_s },
             { m_breakdown, u"breakdown"_s },
             { m_utilisationGrouping, u"utilisation"_s } };
}

void AnalyticsView::restoreChoices()
{
    const QSettings settings;
    for (auto [box, key] : rememberedChoices())
        listviews::selectStored(box, settings.value(kChoicesKey + key));
    const bool custom = Preset(m_preset->currentData().toInt()) == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom) {
        const QDate from = settings.value(kChoicesKey + u"from"_s).toDate();
        const QDate to = settings.value(kChoicesKey + u"to"_s).toDate();
        if (from.isValid() && to.isValid()) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
    }
}

void AnalyticsView::saveChoices() const
{
    QSettings settings;
    for (auto [box, key] : rememberedChoices())
        settings.setValue(kChoicesKey + key, box->currentData());
    settings.setValue(kChoicesKey + u"from"_s, m_from->date());
    settings.setValue(kChoicesKey + u"to"_s, m_to->date());
}

AnalyticsView::~AnalyticsView()
{
    saveChoices();
    // The reads use the service and write into members declared after the tasks: they must
    // stop before they go.
    m_load.reset();
    m_details.reset();
}

void AnalyticsView::setDatabase(Database *database)
{
    if (m_load->isRunning()) {
        // The read of the database going away ends first, and starts no other.
        m_reloadAgain = false;
        m_load->cancel();
        m_load->waitForDone(std::numeric_limits<int>::max());
        m_reloadAgain = false;
    }
    if (m_details->isRunning()) {
        m_detailsAgain = false;
        m_details->cancel();
        m_details->waitForDone(std::numeric_limits<int>::max());
        m_detailsAgain = false;
    }
    m_extra.reset();
    m_detailsError.clear();
    ++m_detailsGeneration;
    m_service.reset();
    if (database)
        m_service = std::make_unique<AnalyticsService>(*database);
    m_data.reset();
    ++m_generation;
    m_outlooks.clear();
    m_loadError.clear();
    if (m_service)
        fillManagers(m_service->managers(), !m_service->seesAll());
    else
        fillManagers({}, false);
    fillSegmentValues();
    redraw(); // the rollup is read when the area is shown (reload())
}

void AnalyticsView::reload()
{
    if (!m_service) {
        redraw();
        return;
    }
    if (m_load->isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_status->setText(tr("Reading revenue…"));
    // Shared with the read, which fills it on its thread; the UI thread takes it when
    // finished() comes.
    auto loading = std::make_shared<Result<AnalyticsSnapshot>>(Error { QString() });
    m_loading = loading;
    m_load->start([service = m_service.get(), loading](const BackgroundTask::Reporter &) {
        *loading = service->load(QDate::currentDate());
    });
}

void AnalyticsView::loaded()
{
    // The read has ended: what it wrote is the UI thread's now.
    if (m_loading && *m_loading) {
        m_data = std::make_shared<const AnalyticsSnapshot>(std::move(*m_loading).value());
        ++m_generation;
        m_loadError.clear();
        fillManagers(m_data->managers, m_data->ownOnly);
    } else if (m_loading) {
        m_loadError = m_loading->error();
    }
    m_loading.reset();
    m_outlooks.clear();
    if (m_data && m_data->outlook)
        m_outlooks.insert(0, *m_data->outlook);
    fillSegmentValues();
    redraw();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    // The revenue charts are on screen: now the time and billing figures.
    loadDetails();
}

void AnalyticsView::loadDetails()
{
    if (!m_service)
        return;
    if (m_details->isRunning()) {
        m_detailsAgain = true;
        return;
    }
    auto loading = std::make_shared<Result<AnalyticsDetails>>(Error { QString() });
    m_detailsLoading = loading;
    m_details->start([service = m_service.get(), loading](const BackgroundTask::Reporter &) {
        *loading = service->loadDetails();
    });
}

void AnalyticsView::detailsLoaded()
{
    if (m_detailsLoading && *m_detailsLoading) {
        m_extra = std::make_shared<const AnalyticsDetails>(std::move(*m_detailsLoading).value());
        m_detailsError.clear();
    } else if (m_detailsLoading) {
        m_detailsError = m_detailsLoading->error();
    }
    m_detailsLoading.reset();
    ++m_detailsGeneration;
    m_drawnUtilisation.reset();
    if (m_data && m_drawn) {
        const CubeFilter f = filter();
        redrawTime(f, true);
        redrawBilling(f);
    }
    if (m_detailsAgain) {
        m_detailsAgain = false;
        loadDetails();
    }
}

bool AnalyticsView::waitForLoaded(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // A reload asked for during a read starts when that read's finished() is handled, and
    // the details' read when the revenue's is.
    while ((m_load->isRunning() || m_reloadAgain || m_details->isRunning() || m_detailsAgain)
           && timer.elapsed() < timeoutMs) {
        BackgroundTask *task = m_load->isRunning() ? m_load.get() : m_details.get();
        task->waitForDone(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    }
    return !m_load->isRunning() && !m_details->isRunning();
}

bool AnalyticsView::waitForRevenue(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((m_load->isRunning() || m_reloadAgain) && timer.elapsed() < timeoutMs)
        m_load->waitForDone(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    return !m_load->isRunning();
}

void AnalyticsView::fillManagers(const QList<User> &managers, bool ownOnly)
{
    const QSignalBlocker blocker(m_manager);
    const QVariant current = m_manager->currentData();
    m_manager->clear();
    m_manager->addItem(tr("All managers"));
    // An account manager signed in to a server sees her own accounts' figures only: there is
    // no one else to choose.
    m_manager->setVisible(!ownOnly);
    m_managerCaption->setVisible(!ownOnly);
    if (ownOnly)
        return;
    for (const User &user : managers)
        m_manager->addItem(user.name, user.id);
    const int index = m_manager->findData(current);
    m_manager->setCurrentIndex(index < 0 ? 0 : index);
}

void AnalyticsView::fillSegmentValues()
{
    const QSignalBlocker blocker(m_segmentValue);
    const QString current = m_segmentValue->currentData().toString();
    m_segmentValue->clear();
    const QVariant segment = m_segment->currentData();
    m_segmentValue->setEnabled(segment.isValid() && m_data);
    if (!segment.isValid() || !m_data)
        return;
    const auto s = Dimension(segment.toInt());
    const QStringList values = m_data->cube.values(s);
    for (const QString &value : values)
        m_segmentValue->addItem(RevenueCharts::segmentValueLabel(s, value), value);
    const int index = m_segmentValue->findData(current);
    m_segmentValue->setCurrentIndex(index < 0 ? 0 : index);
}

CubeFilter AnalyticsView::filter() const
{
    CubeFilter f;
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset == Preset::Custom) {
        f.from = m_from->date();
        f.to = m_to->date();
    } else {
        std::tie(f.from, f.to) = presetRange(preset, QDate::currentDate());
    }
    f.grouping = PeriodGrouping(m_grouping->currentData().toInt());
    if (m_manager->currentData().isValid())
        f.managerId = m_manager->currentData().toLongLong();
    if (m_segment->currentData().isValid() && m_segmentValue->currentIndex() >= 0) {
        f.segment = Dimension(m_segment->currentData().toInt());
        f.segmentValue = m_segmentValue->currentData().toString();
    }
    f.breakdown = Dimension(m_breakdown->currentData().toInt());
    return f;
}

QString AnalyticsView::statusText() const
{
    return m_status->text();
}

void AnalyticsView::redraw()
{
    const CubeFilter f = filter();
    if (f.from.isValid() && f.to.isValid() && f.to < f.from) {
        m_drawn.reset();
        m_drawnUtilisation.reset();
        m_drawnBilling.reset();
        m_status->setText(tr("The period ends in %1, before it starts in %2. Choose a last "
                             "month on or after the first.")
                              .arg(locale().toString(f.to, u"MMMM yyyy"_s),
                                   locale().toString(f.from, u"MMMM yyyy"_s)));
        for (ChartPanel *panel : std::as_const(m_panels)) {
            panel->setNumbers({}, {});
            panel->setEmpty(tr("No chart for a period that ends before it starts."));
        }
        return;
    }
    if (!m_data) {
        m_drawn.reset();
        m_drawnUtilisation.reset();
        m_drawnBilling.reset();
        if (!m_loadError.isEmpty())
            m_status->setText(tr("The revenue could not be read: %1").arg(m_loadError));
        else if (!m_service)
            m_status->setText(tr("No database is open."));
        for (ChartPanel *panel : std::as_const(m_panels))
            panel->setEmpty(m_loadError.isEmpty() ? tr("Reading revenue…") : QString());
        return;
    }
    // Only the charts whose inputs changed since they were drawn are built again.
    const int style = m_style->currentData().toInt();
    const std::optional<Drawn> was
        = m_drawn && m_drawn->generation == m_generation ? m_drawn : std::nullopt;
    const bool sameBase = was && was->filter.from == f.from && was->filter.to == f.to
        && was->filter.managerId == f.managerId && was->filter.segment == f.segment
        && was->filter.segmentValue == f.segmentValue;
    const bool perAccount = !sameBase || was->filter.grouping != f.grouping;
    const bool byType = perAccount || was->style != style;
    const bool segments = !sameBase || was->filter.breakdown != f.breakdown;
    const bool pipeline = !was;
    const bool outlook = !was || was->filter.managerId != f.managerId;
    m_drawn = Drawn { m_generation, f, style };

    const RevenueCube &cube = m_data->cube;
    if (cube.factCount() == 0) {
        m_status->setText(tr("No revenue has been recorded yet. Record sales or import revenue "
                             "and the charts appear here."));
        for (int i = 0; i < 6; ++i) { // the revenue charts; deals and contracts may exist
            m_panels.at(i)->setNumbers({}, {});
            m_panels.at(i)->setEmpty(tr("No revenue yet."));
        }
        redrawBusiness(f, pipeline, outlook);
        redrawTime(f, perAccount);
        redrawBilling(f);
        return;
    }
    const QString firm = cube.currency();
    m_status->setText(f.from.isValid()
                          ? tr("%1 to %2, in %3.")
                                .arg(locale().toString(f.from, u"MMMM yyyy"_s),
                                     locale().toString(f.to, u"MMMM yyyy"_s), firm)
                          : tr("All revenue, %1 to %2, in %3.")
                                .arg(locale().toString(cube.firstMonth(), u"MMMM yyyy"_s),
                                     locale().toString(cube.lastMonth(), u"MMMM yyyy"_s), firm));
    if (!m_loadError.isEmpty()) // the last read failed: these are the figures read before it
        m_status->setText(tr("The revenue could not be read again (%1); the charts show the "
                             "figures read before.")
                              .arg(m_loadError));
    if (byType || segments || !sameBase) {
        const RevenueFigures figures = cube.compute(f);
        // The rule in the Numbers tables' footnote only (not under every chart); what the
        // filter leaves out for want of a rate under each chart whose figures leave it out.
        const QString note = figures.note(locale());
        for (int i = 0; i < 6; ++i) {
            m_panels.at(i)->setNumbersNote(Unconverted::ruleSentence());
            m_panels.at(i)->setFootnote(note);
        }
        m_note = note;
        const RevenueCharts charts(figures, f, locale(),
                                   [this](const RevenueEntryFilter &pick) { emit picked(pick); });
        if (byType)
            charts.byType(m_panels.at(0), RevenueCharts::Style(style));
        if (perAccount)
            charts.perAccount(m_panels.at(2));
        if (segments)
            charts.segments(m_panels.at(4));
        if (!sameBase) {
            charts.share(m_panels.at(1));
            charts.behaviour(m_panels.at(3));
            charts.concentration(m_panels.at(5));
        }
    }
    if (!m_note.isEmpty() && m_loadError.isEmpty())
        m_status->setText(m_status->text() + u' ' + m_note);
    redrawBusiness(f, pipeline, outlook);
    redrawTime(f, perAccount);
    redrawBilling(f);
}

void AnalyticsView::redrawTime(const CubeFilter &f, bool rates)
{
    ChartPanel *earns = m_panels.at(9);
    ChartPanel *byAccount = m_panels.at(10);
    ChartPanel *utilisation = m_panels.at(11);
    if (!m_extra || !m_extra->time) {
        const QString message = !m_detailsError.isEmpty() ? m_detailsError
            : m_extra                                     ? m_extra->timeError
                                                          : tr("Reading the hours…");
        for (ChartPanel *panel : { earns, byAccount, utilisation })
            panel->setEmpty(message);
        m_drawnUtilisation.reset();
        return;
    }
    const TimeData &time = *m_extra->time;
    if (rates) {
        const EffectiveRates figures = TimeAnalytics::effectiveRates(time, m_data->cube, f);
        TimeCharts::effectiveRates(earns, figures, f.grouping, locale());
        TimeCharts::accountRates(byAccount, figures, locale());
    }
    const int grouping = m_utilisationGrouping->currentData().toInt();
    const auto drawn = std::make_tuple(m_detailsGeneration, grouping, f.from, f.to);
    if (m_drawnUtilisation == drawn)
        return;
    m_drawnUtilisation = drawn;
    TimeCharts::utilisation(utilisation,
                            TimeAnalytics::utilisation(time, f.from, f.to, QDate::currentDate(),
                                                       UtilisationGrouping(grouping)),
                            locale());
}

void AnalyticsView::redrawBilling(const CubeFilter &f)
{
    const QList<ChartPanel *> panels { m_panels.at(12), m_panels.at(13), m_panels.at(14) };
    if (!m_extra || !m_extra->billing) {
        const QString message = !m_detailsError.isEmpty() ? m_detailsError
            : m_extra                                     ? m_extra->billingError
                                                          : tr("Reading the invoices…");
        for (ChartPanel *panel : panels)
            panel->setEmpty(message);
        m_drawnBilling.reset();
        return;
    }
    const auto drawn = std::make_tuple(m_detailsGeneration, f.from, f.to, f.managerId, f.segment,
                                       f.segmentValue);
    if (m_drawnBilling == drawn)
        return;
    m_drawnBilling = drawn;
    if (f.segment == Dimension::Category) {
        for (ChartPanel *panel : panels)
            panel->setEmpty(tr("Contracts and invoices are not split by product category: "
                               "choose all segments or another segment."));
        return;
    }
    // An industry, region or channel keeps the accounts it names (those of the manager).
    BillingScope scope { f.managerId, std::nullopt };
    if (f.segment) {
        QSet<qint64> accounts;
        for (const CubeAccount &account : m_data->cube.accountsOf(f))
            accounts.insert(account.id);
        scope.accounts = std::move(accounts);
    }
    const BillingData &billing = *m_extra->billing;
    const QDate today = QDate::currentDate();
    // Month by month whatever the grouping; all time runs from the first contract or invoice.
    const QDate from = f.from.isValid() ? f.from : BillingAnalytics::firstMonth(billing, today);
    const QDate to = f.to.isValid() ? f.to : QDate(today.year(), today.month(), 1);
    BillingCharts::mrr(panels.at(0), BillingAnalytics::mrr(billing, from, to, today, scope),
                       billing.currency, locale());
    BillingCharts::billedCollected(panels.at(1),
                                   BillingAnalytics::billedCollected(billing, from, to, scope),
                                   billing.currency, locale());
    BillingCharts::dso(panels.at(2), BillingAnalytics::dso(billing, from, to, today, scope),
                       billing.currency, locale());
}

void AnalyticsView::redrawBusiness(const CubeFilter &f, bool pipeline, bool outlook)
{
    // The pipeline: every deal, whatever the revenue filter (deals are not revenue yet).
    if (pipeline && m_data->pipeline) {
        BusinessCharts::salesCycles(m_panels.at(6), *m_data->pipeline, locale());
        BusinessCharts::funnel(m_panels.at(7), *m_data->pipeline, locale());
        // Open deals in another currency convert at today's rate; those without are named.
        m_panels.at(7)->setFootnote(m_data->pipeline->note(locale()));
    } else if (pipeline) {
        for (ChartPanel *panel : { m_panels.at(6), m_panels.at(7) })
            panel->setEmpty(m_data->pipelineError);
    }
    if (!outlook)
        return;
    // The outlook: the active contracts of the manager chosen, from this month on.
    const qint64 manager = f.managerId.value_or(0);
    if (manager == 0 && !m_data->outlookError.isEmpty()) {
        m_panels.at(8)->setEmpty(m_data->outlookError);
        return;
    }
    if (!m_outlooks.contains(manager) && m_service) {
        const auto months = m_service->outlook(QDate::currentDate(), f.managerId);
        if (!months) {
            m_panels.at(8)->setEmpty(months.error());
            return;
        }
        m_outlooks.insert(manager, *months);
    }
    if (m_outlooks.contains(manager)) {
        const ContractOutlook &months = m_outlooks[manager];
        BusinessCharts::outlook(m_panels.at(8), months, locale());
        m_panels.at(8)->setFootnote(months.note(locale()));
    }
}

} // namespace cd
