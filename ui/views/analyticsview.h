#pragma once

#include "charts/revenuecharts.h"
#include "services/analyticsservice.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>
#include <tuple>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace cd {

class BackgroundTask;
class ChartPanel;
class Database;

/// The Analytics area: how much clients bring compared with customers, and where it goes.
/// Controls for the period (presets or custom months), account manager, one segment value,
/// grouping, chart style and the segment chart's dimension; below them the charts, each
/// with its numbers, copy and export: revenue by type, share, paying accounts, behaviour,
/// segments, concentration, sales cycles, the funnel, the contract outlook, what an hour
/// earns (clients vs customers, and by account), utilisation per person, and the billing
/// charts: monthly recurring revenue with its movements, billed vs collected, days sales
/// outstanding. What the area shows is read by AnalyticsService on BackgroundTasks when the
/// area opens and after changes: first the AnalyticsSnapshot (revenue, pipeline, outlook),
/// drawn at once, then the AnalyticsDetails (time, billing), whose charts say they are being
/// read until then. A filter change recomputes from memory (the outlook of one manager, a
/// small query over the active contracts, once per manager).
class AnalyticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsView)

public:
    enum class Preset {
        Last12Months,
        ThisYear,
        LastYear,
        ThisQuarter,
        LastQuarter,
        AllTime,
        Custom
    };

    explicit AnalyticsView(QWidget *parent = nullptr);
    ~AnalyticsView() override;

    /// Takes the database to read; nothing is read before reload().
    void setDatabase(Database *database);
    /// Reads the rollup again (off the UI thread) and redraws; the filter stays.
    void reload();
    /// For tests: waits until a reload started has finished, the time and billing charts
    /// drawn too.
    bool waitForLoaded(int timeoutMs = 10000);
    /// Waits until the revenue charts of a reload started are drawn (the time and billing
    /// charts may still be read): what opening the area takes until it shows figures.
    bool waitForRevenue(int timeoutMs = 10000);

    CubeFilter filter() const;
    QList<ChartPanel *> panels() const { return m_panels; }
    ChartPanel *byTypePanel() const { return m_panels.at(0); }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *groupingBox() const { return m_grouping; }
    QComboBox *styleBox() const { return m_style; }
    QComboBox *managerBox() const { return m_manager; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *segmentValueBox() const { return m_segmentValue; }
    QComboBox *breakdownBox() const { return m_breakdown; }
    /// Week or month for the utilisation chart.
    QComboBox *utilisationBox() const { return m_utilisationGrouping; }
    ChartPanel *effectiveRatePanel() const { return m_panels.at(9); }
    ChartPanel *accountRatePanel() const { return m_panels.at(10); }
    ChartPanel *utilisationPanel() const { return m_panels.at(11); }
    ChartPanel *mrrPanel() const { return m_panels.at(12); }
    ChartPanel *billedPanel() const { return m_panels.at(13); }
    ChartPanel *dsoPanel() const { return m_panels.at(14); }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString statusText() const;
    /// The months a preset covers as of `today`; invalid dates for all time.
    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate &today);

signals:
    /// A bar or slice was clicked: the entries behind it.
    void picked(const RevenueEntryFilter &pick);

private:
    /// The controls, created in tab order; their row; the charts in their scroll area.
    void buildControls();
    QHBoxLayout *controlsRow();
    QScrollArea *buildCharts();
    void connectControls();
    /// The period, grouping, style and breakdown, kept in QSettings between runs.
    QList<std::pair<QComboBox *, QString>> rememberedChoices() const;
    void restoreChoices();
    void saveChoices() const;
    /// The managers to choose between; none, and the box hidden, for `ownOnly`.
    void fillManagers(const QList<User> &managers, bool ownOnly);
    void fillSegmentValues();
    /// A read has ended: its snapshot (or its error) is shown, and the details are read.
    void loaded();
    void loadDetails();
    /// The details' read has ended: the time and billing charts are drawn.
    void detailsLoaded();
    void redraw();
    /// The charts of deals and contracts: `pipeline` draws the pipeline's two again,
    /// `outlook` the outlook (of the manager chosen).
    void redrawBusiness(const CubeFilter &filter, bool pipeline, bool outlook);
    /// The charts of time: `rates` draws what an hour earns again (both charts), the
    /// utilisation is drawn again when its months or grouping changed.
    void redrawTime(const CubeFilter &filter, bool rates);
    /// The billing charts, when their months or manager changed or new details came.
    void redrawBilling(const CubeFilter &filter);

    std::unique_ptr<AnalyticsService> m_service; ///< none while no database is open
    std::unique_ptr<BackgroundTask> m_load;
    /// What the charts show; replaced whole by each read.
    std::shared_ptr<const AnalyticsSnapshot> m_data;
    /// The read going on fills it; taken on the UI thread when the read has ended.
    std::shared_ptr<Result<AnalyticsSnapshot>> m_loading;
    std::unique_ptr<BackgroundTask> m_details;
    std::shared_ptr<const AnalyticsDetails> m_extra; ///< time and billing; none until read
    std::shared_ptr<Result<AnalyticsDetails>> m_detailsLoading;
    QString m_detailsError;
    bool m_detailsAgain = false;
    int m_detailsGeneration = 0;
    /// What the billing charts on screen were drawn from (details, months, manager, segment).
    std::optional<
        std::tuple<int, QDate, QDate, std::optional<qint64>, std::optional<Dimension>, QString>>
        m_drawnBilling;
    QHash<qint64, ContractOutlook> m_outlooks; ///< by manager id, 0 for all; until reload
    QString m_loadError; ///< the last read's failure (UI thread)
    /// What the revenue figures on screen leave out for want of a rate ("" for nothing).
    QString m_note;
    bool m_reloadAgain = false;
    int m_generation = 0; ///< counts the loads: which data the charts on screen show
    /// What the charts on screen were drawn from: a redraw rebuilds only the charts whose
    /// inputs changed (a new grouping touches two, a new breakdown one).
    struct Drawn
    {
        int generation = -1;
        CubeFilter filter;
        int style = -1;
    };
    std::optional<Drawn> m_drawn;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_manager = nullptr;
    QLabel *m_managerCaption = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_segmentValue = nullptr;
    QComboBox *m_breakdown = nullptr;
    QComboBox *m_utilisationGrouping = nullptr;
    /// What the utilisation chart on screen was drawn from (generation, grouping, months).
    std::optional<std::tuple<int, int, QDate, QDate>> m_drawnUtilisation;
    QLabel *m_status = nullptr;
    QList<ChartPanel *> m_panels;
};

} // namespace cd
