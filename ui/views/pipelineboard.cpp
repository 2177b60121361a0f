#include "views/pipelineboard.h"

#include "domain/opportunityrules.h"
#include "models/pipelinemodel.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The cards of one stage, soonest expected close first.
class StageProxy final : public QSortFilterProxyModel
{
public:
    StageProxy(OpportunityStage stage, QObject *parent)
        : QSortFilterProxyModel(parent), m_stage(stage)
    {
        setSortRole(PipelineModel::SortRole);
        setDynamicSortFilter(true);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data(PipelineModel::StageRole).toInt()
            == int(m_stage);
    }

private:
    OpportunityStage m_stage;
};

/// Paints a card: title, account, value and days in stage, owner; stale ones in amber.
class CardDelegate final : public QStyledItemDelegate
{
public:
    CardDelegate(PipelineModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return { 200, metrics.height() * 4 + 22 };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QModelIndex source
            = static_cast<const QSortFilterProxyModel *>(index.model())->mapToSource(index);
        const PipelineCard *card = m_model->cardAt(source.row());
        if (!card)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const QRectF box = QRectF(option.rect).adjusted(3, 3, -3, -3);
        const bool selected = option.state & QStyle::State_Selected;
        QColor border = palette.color(QPalette::Mid);
        if (card->stale)
            border = QColor(0xd9, 0x8c, 0x00);
        if (selected)
            border = palette.color(QPalette::Highlight);
        QColor fill = palette.color(QPalette::Base);
        if (card->stage == OpportunityStage::Won)
            fill = QColor::fromRgbF(0.90, 0.96, 0.90);
        else if (card->stage == OpportunityStage::Lost)
            fill = palette.color(QPalette::AlternateBase);
        QPainterPath path;
        path.addRoundedRect(box, 5, 5);
        painter->fillPath(path, fill);
        painter->setPen(QPen(border, selected || card->stale ? 2 : 1));
        painter->drawPath(path);
        if (card->stale) // a bar down the left side, readable without colour too
            painter->fillRect(QRectF(box.left(), box.top() + 4, 4, box.height() - 8), border);

        const QLocale locale;
        const QRect text = box.toRect().adjusted(10, 6, -8, -6);
        const QFontMetrics metrics(option.font);
        const int line = metrics.height();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setPen(palette.color(QPalette::Text));
        painter->setFont(bold);
        painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft,
                          QFontMetrics(bold).elidedText(card->title, Qt::ElideRight, text.width()));
        painter->setFont(option.font);
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft,
                          metrics.elidedText(card->accountName, Qt::ElideRight, text.width()));
        const QString days = OpportunityRules::isClosed(card->stage)
            ? locale.toString(card->closedOn, QLocale::ShortFormat)
            : card->stale
            ? PipelineBoard::tr("%1 d, stale")
                  .arg(locale.toString(card->daysInStage(m_model->today())))
            : PipelineBoard::tr("%1 d").arg(locale.toString(card->daysInStage(m_model->today())));
        // The value has a line of its own; owner and days in stage (or the closing day) share
        // the last one, the days kept whole.
        painter->drawText(
            QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignLeft,
            metrics.elidedText(card->value.format(locale, true), Qt::ElideRight, text.width()));
        const int daysWidth = metrics.horizontalAdvance(days) + 8;
        painter->setPen(card->stale ? QColor(0x9a, 0x5b, 0x00)
                                    : palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), text.top() + 3 * line, text.width(), line),
                          Qt::AlignRight, days);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QString owner
            = card->ownerName.isEmpty() ? PipelineBoard::tr("No owner") : card->ownerName;
        painter->drawText(QRect(text.left(), text.top() + 3 * line, text.width() - daysWidth, line),
                          Qt::AlignLeft,
                          metrics.elidedText(owner, Qt::ElideRight, text.width() - daysWidth));
        painter->restore();
    }

private:
    PipelineModel *m_model;
};

/// A column's list: drags its cards and takes drops of cards from the other columns.
class StageList final : public QListView
{
public:
    StageList(PipelineBoard *board, OpportunityStage stage, QWidget *parent)
        : QListView(parent), m_board(board), m_stage(stage)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setSelectionMode(QAbstractItemView::ExtendedSelection);
        setUniformItemSizes(true);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setMouseTracking(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (event->mimeData()->hasFormat(PipelineModel::kMimeType))
            event->acceptProposedAction();
        else
            event->ignore();
    }

    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (event->mimeData()->hasFormat(PipelineModel::kMimeType) && event->source() != this)
            event->acceptProposedAction();
        else
            event->ignore();
    }

    void dropEvent(QDropEvent *event) override
    {
        const QList<qint64> ids = PipelineModel::idsFromMime(event->mimeData());
        if (ids.isEmpty() || event->source() == this) {
            event->ignore();
            return;
        }
        // The move is saved through the board's owner and the model shows it. The view the
        // drag came from then asks the model to remove the dragged rows, which the model
        // refuses (it has no removeRows), so nothing disappears on its own.
        event->acceptProposedAction();
        m_board->drop(ids, m_stage);
    }

private:
    PipelineBoard *m_board;
    OpportunityStage m_stage;
};

} // namespace

PipelineBoard::PipelineBoard(PipelineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *delegate = new CardDelegate(model, this);
    for (OpportunityStage stage : stages()) {
        Column column;
        column.heading = new QLabel(this);
        column.heading->setObjectName(u"boardHeading_"_s + toCode(stage));
        column.heading->setWordWrap(true);
        column.heading->setTextFormat(Qt::PlainText);
        QFont bold = column.heading->font();
        bold.setBold(true);
        column.heading->setFont(bold);
        column.proxy = new StageProxy(stage, this);
        column.proxy->setSourceModel(model);
        column.proxy->sort(PipelineModel::ExpectedCloseColumn);
        auto *view = new StageList(this, stage, this);
        view->setObjectName(u"boardColumn_"_s + toCode(stage));
        view->setAccessibleName(toLabel(stage));
        view->setModel(column.proxy);
        view->setModelColumn(PipelineModel::TitleColumn);
        view->setItemDelegate(delegate);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        column.view = view;
        connect(view, &QListView::activated, this, [this, view](const QModelIndex &index) {
            emit cardActivated(index.data(PipelineModel::IdRole).toLongLong());
            Q_UNUSED(view);
        });
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) {
                    const QModelIndex index = view->indexAt(position);
                    if (index.isValid())
                        emit cardMenuRequested(index.data(PipelineModel::IdRole).toLongLong(),
                                               view->viewport()->mapToGlobal(position));
                });
        auto *box = new QVBoxLayout;
        box->setSpacing(4);
        box->addWidget(column.heading);
        box->addWidget(view, 1);
        layout->addLayout(box, 1);
        m_columns.insert(stage, column);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &PipelineBoard::updateHeadings);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PipelineBoard::updateHeadings);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PipelineBoard::updateHeadings);
    connect(model, &QAbstractItemModel::dataChanged, this, &PipelineBoard::updateHeadings);
    updateHeadings();
}

QList<OpportunityStage> PipelineBoard::stages()
{
    return { OpportunityStage::Lead,        OpportunityStage::Qualified, OpportunityStage::Proposal,
             OpportunityStage::Negotiation, OpportunityStage::Won,       OpportunityStage::Lost };
}

QListView *PipelineBoard::column(OpportunityStage stage) const
{
    return m_columns.value(stage).view;
}

QString PipelineBoard::headingText(OpportunityStage stage) const
{
    const Column column = m_columns.value(stage);
    return column.heading ? column.heading->text() : QString();
}

QString PipelineBoard::headingToolTip(OpportunityStage stage) const
{
    const Column column = m_columns.value(stage);
    return column.heading ? column.heading->toolTip() : QString();
}

void PipelineBoard::drop(const QList<qint64> &ids, OpportunityStage stage)
{
    emit dropRequested(ids, stage);
}

void PipelineBoard::updateHeadings()
{
    const QLocale locale;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const OpportunityStage stage = it.key();
        const PipelineModel::Totals totals = m_model->totals(stage);
        const QString value = Money(totals.valueMinor, m_model->currency()).format(locale, true);
        QString text = stage == OpportunityStage::Won || stage == OpportunityStage::Lost
            ? tr("%1, last %2 days")
                  .arg(toLabel(stage), locale.toString(PipelineModel::kClosedDays))
            : toLabel(stage);
        text += u'\n' + tr("%1 · %2").arg(locale.toString(totals.count), value);
        // Deals no rate converts are not in the value: counted here, named in the tooltip.
        QStringList notes;
        if (totals.stale > 0)
            notes.append(tr("%1 stale").arg(locale.toString(totals.stale)));
        if (const qint64 left = totals.unconverted.count(); left > 0)
            notes.append(tr("%1 not converted").arg(locale.toString(left)));
        text += u'\n' + notes.join(tr(" · "));
        it->heading->setText(text);
        it->heading->setToolTip(totals.unconverted.note(Unconverted::What::Deals, {}, locale));
    }
}

} // namespace cd
