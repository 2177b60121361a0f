#pragma once

#include "charts/revenuecharts.h"
#include "services/analyticsservice.h"

#include <QHash>
#include <QWidget>

#include <memory>

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
/// segments, concentration, sales cycles, the funnel and the contract outlook. What the area
/// shows is read by AnalyticsService into an AnalyticsSnapshot on a BackgroundTask when the
/// area opens and after changes; a filter change recomputes from memory (the outlook of one
/// manager, a small query over the active contracts, once per manager).
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
    /// For tests: waits until a reload started has finished.
    bool waitForLoaded(int timeoutMs = 10000);

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
    /// A read has ended: its snapshot (or its error) is shown.
    void loaded();
    void redraw();
    /// The charts of deals and contracts: `pipeline` draws the pipeline's two again,
    /// `outlook` the outlook (of the manager chosen).
    void redrawBusiness(const CubeFilter &filter, bool pipeline, bool outlook);

    std::unique_ptr<AnalyticsService> m_service; ///< none while no database is open
    std::unique_ptr<BackgroundTask> m_load;
    /// What the charts show; replaced whole by each read.
    std::shared_ptr<const AnalyticsSnapshot> m_data;
    /// The read going on fills it; taken on the UI thread when the read has ended.
    std::shared_ptr<Result<AnalyticsSnapshot>> m_loading;
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
    QLabel *m_status = nullptr;
    QList<ChartPanel *> m_panels;
};

} // namespace cd
