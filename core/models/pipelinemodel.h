#pragma once

#include "domain/enums.h"
#include "domain/exchangerate.h"
#include "domain/money.h"
#include "domain/unconverted.h"
#include "result.h"
#include "storage/pipelinequery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The expected-close periods the pipeline can be filtered by.
enum class ClosePeriod { Any, Overdue, ThisMonth, NextMonth, ThisQuarter, NextQuarter, ThisYear };

/// What the board and the pipeline table show: an owner, a kind of account, a period of
/// expected close (open deals only; closed ones count by their closing day).
struct PipelineFilter
{
    std::optional<qint64> ownerId;
    std::optional<AccountKind> accountKind;
    ClosePeriod period = ClosePeriod::Any;

    /// The first and last day of `period` as of `today`; both null for Any, and only the
    /// last (yesterday) for Overdue.
    static std::pair<QDate, QDate> range(ClosePeriod period, const QDate &today);
    static QString label(ClosePeriod period);

    friend bool operator==(const PipelineFilter &, const PipelineFilter &) = default;
};

/// One opportunity as a card on the board or a row of the pipeline table: the deal as stored,
/// and whether it has gone stale.
struct PipelineCard : PipelineDeal
{
    bool stale = false;
    /// The value and the weighted value in the firm's currency at the latest rate on or
    /// before the model's today (RateTable); nullopt when no rate converts them.
    std::optional<qint64> convertedMinor;
    std::optional<qint64> convertedWeightedMinor;

    /// Days since the last stage change, to `today` (or to the closing day once closed).
    qint64 daysInStage(const QDate &today) const;
};

/// The pipeline: every open opportunity and those closed in the last `closedDays`, with
/// account, owner, days in stage and whether the deal has gone stale, filtered by a
/// PipelineFilter. The board shows it through one proxy per stage (StageRole); the table
/// directly. Cards drag as kMimeType (their ids); moveTo() saves a stage change and updates
/// the row in place, so a drag never reloads the board.
class PipelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineModel)

public:
    enum Column {
        TitleColumn,
        AccountColumn,
        AccountKindColumn,
        StageColumn,
        ValueColumn,
        ProbabilityColumn,
        WeightedColumn,
        DaysInStageColumn,
        ExpectedCloseColumn,
        OwnerColumn,
        NextStepColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StageRole, ///< int(OpportunityStage)
        StaleRole, ///< bool
        SortRole ///< a value that sorts the column naturally
    };
    static const QString kMimeType;
    static constexpr int kClosedDays = 30;

    explicit PipelineModel(Database &database, QObject *parent = nullptr);
    ~PipelineModel() override;

    /// Rereads every card as of `today`; on failure the model keeps what it had.
    Status reload(const QDate &today = QDate::currentDate());
    void setFilter(const PipelineFilter &filter);
    const PipelineFilter &filter() const { return m_filter; }
    int staleDays() const { return m_staleDays; }
    QDate today() const { return m_today; }

    /// The card shown in `row`, or nullptr.
    const PipelineCard *cardAt(int row) const;
    /// The card with this id, shown or not, or nullptr.
    const PipelineCard *card(qint64 id) const;
    /// The row showing this opportunity, or -1.
    int rowOf(qint64 id) const;
    /// Totals of the cards shown: count, value and weighted value in the firm's currency,
    /// each deal converted at the latest rate on or before today; the deals no rate converts
    /// are counted and named in `unconverted` (Unconverted::What::Deals), not in the sums.
    struct Totals
    {
        int count = 0;
        int stale = 0;
        qint64 valueMinor = 0;
        qint64 weightedMinor = 0;
        Unconverted unconverted;
    };
    Totals totals(std::optional<OpportunityStage> stage = std::nullopt) const;
    QString currency() const { return m_currency; }

    /// Moves an open opportunity to another open stage or to lost (with the reason) on
    /// `today`, through OpportunityRepository, and shows the change at once. Winning goes
    /// through OpportunityWin, then refresh().
    Status moveTo(qint64 id, OpportunityStage stage, const QString &lostReason = {});
    /// Rereads one opportunity after it changed elsewhere (won, reopened, edited).
    Status refresh(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    /// The ids a drag from this model carries.
    static QList<qint64> idsFromMime(const QMimeData *mime);

private:
    Result<QList<PipelineCard>> read(std::optional<qint64> id) const;
    bool accepts(const PipelineCard &card) const;
    void rebuildRows();

    Database &m_db;
    QList<PipelineCard> m_cards;
    QHash<qint64, qsizetype> m_cardIndex; ///< id → index in m_cards
    QList<qsizetype> m_rows; ///< shown row → index in m_cards
    PipelineFilter m_filter;
    QDate m_today;
    int m_staleDays = 30;
    /// The open deals' values added up regardless of sign: while it fits, no total that
    /// totals() or a view adds up from them can wrap.
    qint64 m_magnitude = 0;
    QString m_currency;
    RateTable m_rates; ///< read at each reload: what converts the cards
};

} // namespace cd
