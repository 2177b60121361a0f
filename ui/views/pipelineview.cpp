#include "views/pipelineview.h"

#include "analytics/pipelineanalytics.h"
#include "dialogs/opportunitydialog.h"
#include "domain/opportunityrules.h"
#include "services/opportunityservice.h"
#include "services/settingsservice.h"
#include "services/userservice.h"
#include "views/listviews.h"
#include "views/pagetables.h"
#include "views/pipelineboard.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

/// Message boxes that show names and titles exactly as typed, never as markup.
bool askPlain(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec() == QMessageBox::Yes;
}

QString askReasonPlain(QWidget *parent, const QString &title, const QString &label)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    if (auto *text = dialog.findChild<QLabel *>())
        text->setTextFormat(Qt::PlainText);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

QString days(qint64 value)
{
    return PipelineView::tr("%1 d").arg(QLocale().toString(value));
}

const QString kLayoutKey = u"pipeline/"_s;

} // namespace

PipelineView::PipelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"pipelineView"_s);
    using namespace listviews;
    m_owner = makeCombo(tr("Owner"), this);
    m_kind = makeCombo(tr("Account kind"), this);
    refill(m_kind, tr("Clients and customers"),
           { { int(AccountKind::Client), tr("Clients") },
             { int(AccountKind::Customer), tr("Customers") } });
    m_period = makeCombo(tr("Expected close"), this);
    for (ClosePeriod period :
         { ClosePeriod::Any, ClosePeriod::Overdue, ClosePeriod::ThisMonth, ClosePeriod::NextMonth,
           ClosePeriod::ThisQuarter, ClosePeriod::NextQuarter, ClosePeriod::ThisYear })
        m_period->addItem(PipelineFilter::label(period), int(period));
    m_new = new QPushButton(tr("&New Opportunity…"), this);
    m_new->setObjectName(u"newOpportunity"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"pipelineSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("Expected close:"), this));
    filters->addWidget(m_period);
    filters->addStretch(1);
    filters->addWidget(m_new);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelineView::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PipelineView::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &PipelineView::applyFilter);
    connect(m_new, &QPushButton::clicked, this, [this] { newOpportunity(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 2 && !m_analyticsCurrent)
            fillAnalytics();
    });
    setDatabase(nullptr);
}

PipelineView::~PipelineView()
{
    saveLayout();
}

void PipelineView::saveLayout() const
{
    if (!m_table)
        return;
    QSettings settings;
    settings.setValue(kLayoutKey + u"header"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(kLayoutKey + u"tab"_s, m_tabs->currentIndex());
    // Not filled yet (the area was not opened): the remembered owner stays.
    settings.setValue(kLayoutKey + u"owner"_s,
                      m_pendingOwner.isValid() ? m_pendingOwner : m_owner->currentData());
    settings.setValue(kLayoutKey + u"kind"_s, m_kind->currentData());
    settings.setValue(kLayoutKey + u"period"_s, m_period->currentData());
}

void PipelineView::restoreLayout()
{
    const QSettings settings;
    m_table->horizontalHeader()->restoreState(
        settings.value(kLayoutKey + u"header"_s).toByteArray());
    // The owners are filled on the first reload; the choice waits for them.
    m_pendingOwner = settings.value(kLayoutKey + u"owner"_s);
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker periodBlocker(m_period);
    listviews::selectStored(m_kind, settings.value(kLayoutKey + u"kind"_s));
    listviews::selectStored(m_period, settings.value(kLayoutKey + u"period"_s));
    const QSignalBlocker tabsBlocker(m_tabs); // the analytics tab fills on the first reload
    m_tabs->setCurrentIndex(settings.value(kLayoutKey + u"tab"_s, 0).toInt());
}

void PipelineView::setDatabase(Database *database)
{
    saveLayout();
    // The widgets over the model go with it, then come back over the new one.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_board = nullptr;
    m_table = nullptr;
    m_analyticsNote = nullptr;
    m_stagesTable = m_forecastTable = m_cycleTable = m_dwellTable = m_distributionTable = nullptr;
    m_model.reset();
    m_database = database;
    m_new->setEnabled(database != nullptr);
    if (!database)
        return;
    m_model = std::make_unique<PipelineModel>(*database);
    buildBoard();
    buildTable(SettingsService(*database).firmCurrency());
    buildAnalytics();
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &PipelineView::updateSummary);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &PipelineView::updateSummary);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &PipelineView::updateSummary);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &PipelineView::updateSummary);
    restoreLayout();
}

void PipelineView::buildBoard()
{
    m_board = new PipelineBoard(m_model.get(), m_tabs);
    connect(m_board, &PipelineBoard::dropRequested, this, &PipelineView::moveCards);
    connect(m_board, &PipelineBoard::cardActivated, this, &PipelineView::editOpportunity);
    connect(m_board, &PipelineBoard::cardMenuRequested, this, &PipelineView::showCardMenu);
    m_tabs->addTab(m_board, tr("&Board"));
}

void PipelineView::buildTable(const QString &currency)
{
    auto *proxy = new QSortFilterProxyModel(m_model.get());
    proxy->setSourceModel(m_model.get());
    proxy->setSortRole(PipelineModel::SortRole);
    m_table = listviews::makeListTable(u"pipelineTable"_s, m_tabs);
    m_table->setModel(proxy);
    m_table->sortByColumn(PipelineModel::StageColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Wide enough for the header and for the longest value the sample portfolio has.
    const QFontMetrics metrics(font());
    const QString amount = Money(999'999'999'900, currency).format(QLocale());
    for (int column = 0; column < PipelineModel::ColumnCount; ++column) {
        QString sample;
        switch (column) {
        case PipelineModel::TitleColumn:
        case PipelineModel::AccountColumn:
            sample = u"PT Maju Bersama Sejahtera Tbk"_s;
            break;
        case PipelineModel::ValueColumn:
        case PipelineModel::WeightedColumn:
            sample = amount;
            break;
        case PipelineModel::StageColumn:
            sample = toLabel(OpportunityStage::Negotiation) + u" (stale)"_s; // measured only
            break;
        default:
            break;
        }
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column,
            std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 20)
                + 24);
    }
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        listviews::chooseColumns(m_table, PipelineModel::TitleColumn,
                                 m_table->horizontalHeader()->mapToGlobal(position));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editOpportunity(index.data(PipelineModel::IdRole).toLongLong());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_table->indexAt(position);
        if (index.isValid())
            showCardMenu(index.data(PipelineModel::IdRole).toLongLong(),
                         m_table->viewport()->mapToGlobal(position));
    });
    m_tabs->addTab(m_table, tr("&Table"));
}

void PipelineView::buildAnalytics()
{
    auto *analytics = new QWidget;
    auto *grid = new QGridLayout(analytics);
    m_analyticsNote = new QLabel(analytics);
    m_analyticsNote->setObjectName(u"pipelineAnalyticsNote"_s);
    m_analyticsNote->setWordWrap(true);
    m_analyticsNote->setTextFormat(Qt::PlainText);
    using pagetables::makeTable;
    m_stagesTable = makeTable({ tr("Stage"), tr("Open"), tr("Value"), tr("Weighted") }, analytics);
    m_forecastTable
        = makeTable({ tr("Month"), tr("Deals"), tr("Value"), tr("Weighted") }, analytics);
    m_cycleTable = makeTable({ tr("Kind"), tr("Won"), tr("Lost"), tr("Win rate"),
                               tr("Median cycle"), tr("Middle half") },
                             analytics);
    m_dwellTable
        = makeTable({ tr("Stage"), tr("Clients: median"), tr("Customers: median") }, analytics);
    m_distributionTable
        = makeTable({ tr("Cycle length"), tr("Clients"), tr("Customers") }, analytics);
    grid->addWidget(m_analyticsNote, 0, 0, 1, 2);
    grid->addWidget(sectionTitle(tr("Open pipeline by stage"), analytics), 1, 0);
    grid->addWidget(m_stagesTable, 2, 0);
    grid->addWidget(sectionTitle(tr("Weighted forecast by month of expected close"), analytics), 1,
                    1);
    grid->addWidget(m_forecastTable, 2, 1, 3, 1);
    grid->addWidget(sectionTitle(tr("Sales cycle: first contact to won"), analytics), 3, 0);
    grid->addWidget(m_cycleTable, 4, 0);
    grid->addWidget(sectionTitle(tr("Cycle length distribution (won deals)"), analytics), 5, 0);
    grid->addWidget(m_distributionTable, 6, 0);
    grid->addWidget(sectionTitle(tr("Days in each stage"), analytics), 5, 1);
    grid->addWidget(m_dwellTable, 6, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(7, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(analytics);
    m_tabs->addTab(scroll, tr("&Analytics"));
}

void PipelineView::setHooks(Ask ask, AskText askText, Tell tell)
{
    m_ask = std::move(ask);
    m_askText = std::move(askText);
    m_tell = std::move(tell);
}

void PipelineView::tell(const QString &title, const QString &text)
{
    if (m_tell)
        m_tell(title, text);
    else {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void PipelineView::fillOwners()
{
    QList<std::pair<QVariant, QString>> owners;
    if (const auto users = UserService(*m_database).list(); users) {
        for (const User &u : *users)
            owners.append({ u.id, u.name });
    }
    listviews::refill(m_owner, tr("Everyone"), owners);
    if (m_pendingOwner.isValid()) {
        const QSignalBlocker blocker(m_owner);
        listviews::selectStored(m_owner, m_pendingOwner);
        m_pendingOwner = QVariant();
    }
}

void PipelineView::reload()
{
    if (!m_database)
        return;
    fillOwners();
    m_error.clear();
    if (const Status ok = m_model->reload(QDate::currentDate()); !ok)
        m_error = ok.error();
    applyFilter();
    m_analyticsCurrent = false;
    if (m_tabs->currentIndex() == 2)
        fillAnalytics();
    updateSummary();
}

void PipelineView::applyFilter()
{
    if (!m_model)
        return;
    PipelineFilter filter;
    if (m_owner->currentData().isValid())
        filter.ownerId = m_owner->currentData().toLongLong();
    if (m_kind->currentData().isValid())
        filter.accountKind = AccountKind(m_kind->currentData().toInt());
    filter.period = ClosePeriod(m_period->currentData().toInt());
    m_model->setFilter(filter);
    updateSummary();
}

QString PipelineView::summaryText() const
{
    return m_summary->text();
}

void PipelineView::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        return;
    }
    const QLocale locale;
    PipelineModel::Totals open;
    for (OpportunityStage stage : { OpportunityStage::Lead, OpportunityStage::Qualified,
                                    OpportunityStage::Proposal, OpportunityStage::Negotiation }) {
        const auto t = m_model->totals(stage);
        open.count += t.count;
        open.stale += t.stale;
        open.valueMinor += t.valueMinor;
        open.weightedMinor += t.weightedMinor;
        open.unconverted.add(t.unconverted);
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(m_model->filter() == PipelineFilter {}
                               ? tr("No opportunities yet: add one with New Opportunity… or from "
                                    "an account's page.")
                               : tr("No opportunities match these filters."));
        return;
    }
    QString summary
        = tr("%1 open opportunities worth %2, weighted %3; %4 stale (no stage change or "
             "interaction for more than %5 days). Drag a card to another stage to move it.")
              .arg(locale.toString(open.count),
                   Money(open.valueMinor, m_model->currency()).format(locale),
                   Money(open.weightedMinor, m_model->currency()).format(locale),
                   locale.toString(open.stale), locale.toString(m_model->staleDays()));
    // The open deals in a currency without a rate today: named, as every figure does.
    if (const QString left = open.unconverted.note(Unconverted::What::Deals, {}, locale);
        !left.isEmpty())
        summary += u' ' + left;
    m_summary->setText(summary);
}

void PipelineView::fillAnalytics()
{
    if (!m_database)
        return;
    using pagetables::setRow;
    const Result<PipelineFigures> figures
        = PipelineAnalytics::compute(*m_database, QDate::currentDate());
    m_analyticsCurrent = true;
    if (!figures) {
        m_analyticsNote->setText(figures.error());
        return;
    }
    const PipelineFigures &f = *figures;
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Money(minor, f.currency).format(locale);
    };
    QString note = tr("Over the whole pipeline, whatever the filters above. Client figures are "
                      "engagements, customer figures sales. Medians and the middle half are "
                      "in days.");
    if (f.withoutExpectedClose > 0)
        note += u' '
            + tr("%1 open deals have no expected close and are not in the forecast.")
                  .arg(locale.toString(f.withoutExpectedClose));
    if (const QString left = f.note(locale); !left.isEmpty())
        note += u' ' + left;
    m_analyticsNote->setText(note);

    m_stagesTable->setRowCount(int(f.stages.size()) + 1);
    StageTotal all;
    for (int row = 0; row < f.stages.size(); ++row) {
        const StageTotal &s = f.stages.at(row);
        setRow(m_stagesTable, row,
               { toLabel(s.stage), locale.toString(s.count), money(s.valueMinor),
                 money(s.weightedMinor) },
               { 1, 2, 3 });
        all.count += s.count;
        all.valueMinor += s.valueMinor;
        all.weightedMinor += s.weightedMinor;
    }
    setRow(m_stagesTable, int(f.stages.size()),
           { tr("All open"), locale.toString(all.count), money(all.valueMinor),
             money(all.weightedMinor) },
           { 1, 2, 3 });

    m_forecastTable->setRowCount(int(f.forecast.size()));
    for (int row = 0; row < f.forecast.size(); ++row) {
        const ForecastMonth &m = f.forecast.at(row);
        setRow(m_forecastTable, row,
               { locale.toString(m.month, u"MMMM yyyy"_s), locale.toString(m.count),
                 money(m.valueMinor), money(m.weightedMinor) },
               { 1, 2, 3 });
    }

    m_cycleTable->setRowCount(2);
    int row = 0;
    for (const auto &[label, kind] :
         { std::pair { tr("Clients"), &f.client }, std::pair { tr("Customers"), &f.customer } }) {
        const auto rate = kind->winRatePercent();
        const DayDistribution &c = kind->cycle;
        setRow(m_cycleTable, row++,
               { label, locale.toString(kind->won), locale.toString(kind->lost),
                 rate ? locale.toString(*rate) + locale.percent() : tr("none closed"),
                 c.count ? days(c.median) : QString(),
                 c.count ? tr("%1 to %2").arg(days(c.lowerQuartile), days(c.upperQuartile))
                         : QString() },
               { 1, 2, 3, 4 });
    }

    const QList<int> limits = PipelineAnalytics::bucketLimits();
    m_distributionTable->setRowCount(int(limits.size()) + 1);
    for (int bucket = 0; bucket <= limits.size(); ++bucket) {
        const auto share = [&](const DayDistribution &d) {
            if (d.count == 0)
                return QString();
            const int count = d.buckets.value(bucket);
            return tr("%1 (%2%3)")
                .arg(locale.toString(count), locale.toString((count * 100 + d.count / 2) / d.count),
                     locale.percent());
        };
        setRow(m_distributionTable, bucket,
               { PipelineAnalytics::bucketLabel(bucket), share(f.client.cycle),
                 share(f.customer.cycle) },
               { 1, 2 });
    }

    const QList<OpportunityStage> stages { OpportunityStage::Lead, OpportunityStage::Qualified,
                                           OpportunityStage::Proposal,
                                           OpportunityStage::Negotiation };
    m_dwellTable->setRowCount(int(stages.size()));
    for (int r = 0; r < stages.size(); ++r) {
        const auto median = [&](const KindPipeline &k) {
            const DayDistribution d = k.dwell.value(stages.at(r));
            return d.count ? tr("%1 (%2 deals)").arg(days(d.median), locale.toString(d.count))
                           : QString();
        };
        setRow(m_dwellTable, r, { toLabel(stages.at(r)), median(f.client), median(f.customer) },
               { 1, 2 });
    }
    for (QTableWidget *table :
         { m_stagesTable, m_forecastTable, m_cycleTable, m_dwellTable, m_distributionTable }) {
        table->resizeColumnsToContents();
        // As tall as the rows (up to a year of forecast), so the sections sit close together.
        table->setFixedHeight(std::min(
            420, table->verticalHeader()->length() + table->horizontalHeader()->height() + 4));
    }
}

void PipelineView::moveCards(const QList<qint64> &ids, OpportunityStage stage)
{
    if (!m_model)
        return;
    bool changed = false;
    for (qint64 id : ids) {
        const PipelineCard *card = m_model->card(id);
        if (!card || card->stage == stage)
            continue;
        const QString title = card->title;
        if (stage == OpportunityStage::Won) {
            changed = win(id) || changed;
            continue;
        }
        QString reason;
        if (stage == OpportunityStage::Lost && !OpportunityRules::isClosed(card->stage)) {
            const QString label = tr("Why was “%1” lost?").arg(title);
            reason = m_askText ? m_askText(tr("Mark as Lost"), label)
                               : askReasonPlain(this, tr("Mark as Lost"), label);
            if (reason.trimmed().isEmpty())
                continue; // cancelled, or no reason: nothing changes
        }
        if (const Status ok = m_model->moveTo(id, stage, reason); !ok) {
            tell(tr("Cannot Move “%1”").arg(title), ok.error());
            continue;
        }
        changed = true;
    }
    if (changed)
        m_analyticsCurrent = false;
}

bool PipelineView::win(qint64 id)
{
    const PipelineCard *card = m_model->card(id);
    const QString title = card ? card->title : QString();
    const int version = card ? card->rowVersion : 0;
    OpportunityService deals(*m_database);
    const Result<WinPlan> plan = deals.planWin(id, m_model->today());
    if (!plan) {
        tell(tr("Cannot Win “%1”").arg(title), plan.error());
        return false;
    }
    const QString question = plan->description + u"\n\n"_s + tr("Mark it as won?");
    const bool yes
        = m_ask ? m_ask(tr("Mark as Won"), question) : askPlain(this, tr("Mark as Won"), question);
    if (!yes)
        return false;
    if (const Status won = deals.win(id, m_model->today(), version); !won) {
        tell(tr("Cannot Win “%1”").arg(title), won.error());
        return false;
    }
    if (const Status ok = m_model->refresh(id); !ok)
        m_error = ok.error();
    emit dataChanged();
    return true;
}

void PipelineView::reopen(qint64 id)
{
    OpportunityService deals(*m_database);
    const Result<Opportunity> o = deals.get(id);
    if (!o) {
        tell(tr("Cannot Reopen"), o.error());
        return;
    }
    // Back to the last open stage it reached.
    if (const Status ok = deals.reopen(*o, m_model->today()); !ok) {
        tell(tr("Cannot Reopen “%1”").arg(o->title), ok.error());
        return;
    }
    if (const Status ok = m_model->refresh(id); !ok)
        m_error = ok.error();
    m_analyticsCurrent = false;
}

void PipelineView::editOpportunity(qint64 id)
{
    if (!m_database)
        return;
    const Result<Opportunity> o = OpportunityService(*m_database).get(id);
    if (!o) {
        tell(tr("Cannot Open the Opportunity"), o.error());
        return;
    }
    OpportunityDialog dialog(*m_database, *o, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status ok = m_model->refresh(id); !ok)
        m_error = ok.error();
    m_analyticsCurrent = false;
}

void PipelineView::newOpportunity(qint64 accountId)
{
    if (!m_database)
        return;
    OpportunityDialog dialog(*m_database, accountId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status ok = m_model->refresh(dialog.savedId()); !ok)
        m_error = ok.error();
    m_analyticsCurrent = false;
    updateSummary();
}

void PipelineView::showCardMenu(qint64 id, const QPoint &globalPosition)
{
    const PipelineCard *card = m_model ? m_model->card(id) : nullptr;
    if (!card)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, [this, id] { editOpportunity(id); });
    const qint64 accountId = card->accountId;
    menu.addAction(tr("Open &Account"), this,
                   [this, accountId] { emit accountActivated(accountId); });
    menu.addSeparator();
    if (OpportunityRules::isClosed(card->stage)) {
        menu.addAction(tr("&Reopen"), this, [this, id] { reopen(id); });
    } else {
        QMenu *move = menu.addMenu(tr("&Move to"));
        for (OpportunityStage stage :
             { OpportunityStage::Lead, OpportunityStage::Qualified, OpportunityStage::Proposal,
               OpportunityStage::Negotiation }) {
            QAction *action = move->addAction(toLabel(stage), this,
                                              [this, id, stage] { moveCards({ id }, stage); });
            action->setEnabled(stage != card->stage);
        }
        menu.addAction(tr("Mark &Won…"), this,
                       [this, id] { moveCards({ id }, OpportunityStage::Won); });
        menu.addAction(tr("Mark &Lost…"), this,
                       [this, id] { moveCards({ id }, OpportunityStage::Lost); });
    }
    menu.exec(globalPosition);
}

} // namespace cd
