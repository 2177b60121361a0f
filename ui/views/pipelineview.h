#pragma once

#include "domain/enums.h"
#include "models/pipelinemodel.h"

#include <QVariant>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cd {

class Database;
class PipelineBoard;

/// The Pipeline area: the board (a column per stage, drag and drop between them), the same
/// opportunities as a table, and the sales-cycle analytics with the weighted forecast.
/// Filters by owner, account kind and expected close period apply to board and table.
///
/// Moving to won shows what winning creates (OpportunityService::planWin) and asks first;
/// moving to lost asks for the reason; a closed deal moves only after Reopen. Every refusal is
/// shown as the service's sentence and nothing changes.
class PipelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineView)

public:
    explicit PipelineView(QWidget *parent = nullptr);
    ~PipelineView() override;

    void setDatabase(Database *database);
    /// Rereads the pipeline, keeping the filters.
    void reload();

    PipelineModel *model() const { return m_model.get(); }
    PipelineBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *periodFilter() const { return m_period; }
    QTableWidget *stagesTable() const { return m_stagesTable; }
    QTableWidget *forecastTable() const { return m_forecastTable; }
    QTableWidget *cycleTable() const { return m_cycleTable; }
    QTableWidget *dwellTable() const { return m_dwellTable; }
    QTableWidget *distributionTable() const { return m_distributionTable; }
    QString summaryText() const;

    /// Moves cards as a drop onto `stage` does (won and lost ask first).
    void moveCards(const QList<qint64> &ids, OpportunityStage stage);
    void reopen(qint64 id);
    void editOpportunity(qint64 id);
    void newOpportunity(qint64 accountId = 0);

    /// Replaceable for tests: a yes/no question, a line of text (empty = cancelled), a message.
    using Ask = std::function<bool(const QString &title, const QString &text)>;
    using AskText = std::function<QString(const QString &title, const QString &label)>;
    using Tell = std::function<void(const QString &title, const QString &text)>;
    void setHooks(Ask ask, AskText askText, Tell tell);

signals:
    void accountActivated(qint64 accountId);
    /// Something was saved that other areas show (a contract, a sale, a conversion).
    void dataChanged();

private:
    /// The table's columns, the tab and the filters, kept in QSettings between runs.
    void saveLayout() const;
    void restoreLayout();
    /// The tabs over a new model: the board, the table (its columns sized for amounts in
    /// `currency`) and the analytics.
    void buildBoard();
    void buildTable(const QString &currency);
    void buildAnalytics();
    void applyFilter();
    void fillOwners();
    void fillAnalytics();
    void updateSummary();
    void showCardMenu(qint64 id, const QPoint &globalPosition);
    bool win(qint64 id);
    void tell(const QString &title, const QString &text);

    Database *m_database = nullptr;
    std::unique_ptr<PipelineModel> m_model;
    Ask m_ask;
    AskText m_askText;
    Tell m_tell;
    QComboBox *m_owner = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_new = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_boardPage = nullptr;
    PipelineBoard *m_board = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_analyticsNote = nullptr;
    QTableWidget *m_stagesTable = nullptr;
    QTableWidget *m_forecastTable = nullptr;
    QTableWidget *m_cycleTable = nullptr;
    QTableWidget *m_dwellTable = nullptr;
    QTableWidget *m_distributionTable = nullptr;
    QString m_error;
    QVariant m_pendingOwner; ///< the remembered owner, chosen once the owners are filled
    bool m_analyticsCurrent = false;
};

} // namespace cd
