#pragma once

#include "domain/enums.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QSortFilterProxyModel;

namespace cd {

class PipelineModel;

/// The pipeline as a board: a column per stage (lead to negotiation, then won and lost of
/// the last days), each a list of cards showing account, value, days in stage and owner;
/// stale cards are marked. Cards are dragged between columns; a drop asks the owner of the
/// board (PipelineView) to move them through dropRequested().
class PipelineBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoard)

public:
    explicit PipelineBoard(PipelineModel *model, QWidget *parent = nullptr);

    static QList<OpportunityStage> stages();
    QListView *column(OpportunityStage stage) const;
    /// The column's heading: stage, count and value.
    QString headingText(OpportunityStage stage) const;
    /// What the heading's value leaves out (deals no rate converts today), or "".
    QString headingToolTip(OpportunityStage stage) const;
    /// What a drop of these cards onto `stage` does (the path drag and drop takes).
    void drop(const QList<qint64> &ids, OpportunityStage stage);
    /// Updates the headings after the model changed.
    void updateHeadings();

signals:
    void dropRequested(const QList<qint64> &ids, OpportunityStage stage);
    void cardActivated(qint64 id);
    void cardMenuRequested(qint64 id, const QPoint &globalPosition);

private:
    struct Column
    {
        QLabel *heading = nullptr;
        QListView *view = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
    };
    PipelineModel *m_model;
    QMap<OpportunityStage, Column> m_columns;
};

} // namespace cd
