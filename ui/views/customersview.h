#pragma once

#include "domain/segment.h"
#include "models/customerlistmodel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace cd {

class BackgroundTask;
class Database;

/// The Customers area's list: search as you type; filters for manager, status, channel,
/// region, industry, product category and tag; saved segments shared through the database;
/// sortable columns with a column chooser and export. A second tab ranks the conversion
/// candidates with their reasons, a third the prospects of both kinds. When the behaviour tags are
/// not current for today they are recomputed off the UI thread (with progress and Cancel) while the
/// list shows what it has.
class CustomersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersView)

public:
    explicit CustomersView(QWidget *parent = nullptr);
    ~CustomersView() override;

    void setDatabase(Database *database);
    /// Rereads the list (and the candidates), keeping filters and selection; starts a
    /// recomputation of stale tags first.
    void reload();
    /// The tag thresholds or the currency changed: the tags are worked out again now, even
    /// if that was tried already today.
    void settingsChanged();

    CustomerListModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    /// Prospects of both kinds with no revenue yet.
    QTableWidget *prospectsTable() const { return m_prospects; }
    QLabel *prospectsNote() const { return m_prospectsNote; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *segmentChooser() const { return m_segment; }
    QToolButton *saveSegmentButton() const { return m_saveSegment; }
    QToolButton *deleteSegmentButton() const { return m_deleteSegment; }
    QPushButton *recordSaleButton() const { return m_recordSale; }
    QProgressBar *refreshProgress() const { return m_progress; }
    bool isRefreshing() const;
    /// "12 of 7,783 customers", or why nothing shows.
    QString countText() const;
    /// The segment name asked for by Save Segment…; replaceable for tests.
    using AskName = std::function<QString(const QString &suggestion)>;
    void setAskSegmentName(AskName ask) { m_askName = std::move(ask); }

signals:
    void customerActivated(qint64 accountId);
    void recordSaleRequested(qint64 accountId);
    void catalogueRequested();
    /// The list has been reloaded (after a recomputation too).
    void reloaded();

private:
    /// The search field, the segment chooser and its buttons, the filters.
    void buildFilters();
    /// Columns, Export, Record Sale, Catalogue and the count.
    void buildButtons();
    QWidget *buildListTab();
    QWidget *buildCandidatesTab();
    QWidget *buildProspectsTab();
    void applyFilter();
    void fillChoices();
    void fillSegments();
    void fillCandidates();
    void fillProspects();
    void chooseSegment();
    void saveSegment();
    void deleteSegment();
    /// The saved segment the chooser names, or nullptr for "(none)".
    const Segment *chosenSegment() const;
    void updateState();
    void startRefresh();
    void makeRefreshTask();
    void showColumnMenu(const QPoint &position);
    void saveLayout() const;
    void restoreLayout();
    CustomerFilter currentFilter() const;
    void showFilter(const CustomerFilter &filter);
    qint64 selectedId() const;

    Database *m_database = nullptr;
    std::unique_ptr<CustomerListModel> m_model;
    std::unique_ptr<BackgroundTask> m_refresh;
    AskName m_askName;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_segment = nullptr;
    QList<Segment> m_segments; ///< the chooser's entries after "(none)"
    QToolButton *m_saveSegment = nullptr;
    QToolButton *m_deleteSegment = nullptr;
    QComboBox *m_manager = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_recordSale = nullptr;
    QToolButton *m_columns = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_catalogue = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    /// Under the list: what its revenue figures leave out for want of a rate.
    QLabel *m_conversionNote = nullptr;
    QWidget *m_refreshBar = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_candidates = nullptr;
    QLabel *m_candidatesNote = nullptr;
    QTableWidget *m_prospects = nullptr;
    QLabel *m_prospectsNote = nullptr;
    QString m_error;
    QDate m_refreshTried; ///< the day the last recomputation started
    QString m_refreshError; ///< written by the worker, read after it has finished
    bool m_restoring = false;
    bool m_fitColumns = false;
    QByteArray m_pendingFilter; ///< remembered filter to apply once the choices exist
};

} // namespace cd
