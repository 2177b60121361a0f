#include "views/customersview.h"

#include "analytics/conversioncandidates.h"
#include "backgroundtask.h"
#include "models/prospectlist.h"
#include "services/customerservice.h"
#include "views/listviews.h"
#include "views/pagetables.h"
#include "views/viewexport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

using namespace listviews;

namespace {

const QString kHeaderKey = u"customers/header"_s;
const QString kFilterKey = u"customers/filter"_s;

} // namespace

CustomersView::CustomersView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"customersView"_s);
    m_askName = [this](const QString &suggestion) {
        return QInputDialog::getText(this, tr("Save Segment"),
                                     tr("Name of the segment (shared with everyone using this "
                                        "database):"),
                                     QLineEdit::Normal, suggestion);
    };
    auto *title = new QLabel(tr("Customers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    buildFilters();
    buildButtons();
    QWidget *listTab = buildListTab();
    QWidget *candidatesTab = buildCandidatesTab();
    QWidget *prospectsTab = buildProspectsTab();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(listTab, tr("All Customers"));
    m_tabs->addTab(candidatesTab, tr("Conversion Candidates"));
    m_tabs->addTab(prospectsTab, tr("Prospects"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    header->addSpacing(12);
    header->addWidget(m_catalogue);
    header->addWidget(m_recordSale);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CustomersView::applyFilter);
    for (QComboBox *combo :
         { m_manager, m_status, m_channel, m_region, m_industry, m_category, m_tag })
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilter);
    connect(m_segment, &QComboBox::activated, this, &CustomersView::chooseSegment);
}

void CustomersView::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search customers by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setMinimumWidth(200);

    m_segment = makeCombo(tr("Saved segment"), this);
    m_segment->setObjectName(u"segmentChooser"_s);
    m_saveSegment = new QToolButton(this);
    m_saveSegment->setText(tr("Save Segment…"));
    m_saveSegment->setToolTip(tr("Save these filters under a name everyone using this "
                                 "database can choose"));
    m_deleteSegment = new QToolButton(this);
    m_deleteSegment->setText(tr("Delete Segment"));
    connect(m_saveSegment, &QToolButton::clicked, this, &CustomersView::saveSegment);
    connect(m_deleteSegment, &QToolButton::clicked, this, &CustomersView::deleteSegment);

    m_manager = makeCombo(tr("Account manager"), this);
    m_status = makeCombo(tr("Status"), this);
    m_channel = makeCombo(tr("Channel"), this);
    m_region = makeCombo(tr("Region"), this);
    m_industry = makeCombo(tr("Industry"), this);
    m_category = makeCombo(tr("Product category bought"), this);
    m_tag = makeCombo(tr("Tag"), this);
    refill(m_status, tr("Any status"),
           { { toCode(AccountStatus::Active), toLabel(AccountStatus::Active) },
             { toCode(AccountStatus::Prospect), toLabel(AccountStatus::Prospect) },
             { toCode(AccountStatus::Dormant), toLabel(AccountStatus::Dormant) },
             { toCode(AccountStatus::Former), toLabel(AccountStatus::Former) } });
    refill(m_channel, tr("Any channel"),
           { { toCode(Channel::Direct), toLabel(Channel::Direct) },
             { toCode(Channel::Reseller), toLabel(Channel::Reseller) },
             { toCode(Channel::Internal), toLabel(Channel::Internal) } });
}

void CustomersView::buildButtons()
{
    m_columns = new QToolButton(this);
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns to show"));
    connect(m_columns, &QToolButton::clicked, this,
            [this] { showColumnMenu(m_columns->mapTo(this, QPoint(0, m_columns->height()))); });
    m_export = new QToolButton(this);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the customers as listed (this filter and order, the "
                            "columns shown) as CSV or XLSX"));
    connect(m_export, &QToolButton::clicked, this,
            [this] { exportViewInteractively(*m_table, tr("customers"), this); });

    m_recordSale = new QPushButton(tr("Record &Sale…"), this);
    m_recordSale->setObjectName(u"listRecordSaleButton"_s);
    m_recordSale->setToolTip(tr("Record a sale to the selected customer (or choose one)"));
    connect(m_recordSale, &QPushButton::clicked, this,
            [this] { emit recordSaleRequested(selectedId()); });
    m_catalogue = new QPushButton(tr("Catalogue…"), this);
    m_catalogue->setToolTip(tr("The standard products and services, their categories and list "
                               "prices"));
    connect(m_catalogue, &QPushButton::clicked, this, &CustomersView::catalogueRequested);

    m_count = new QLabel(this);
    m_count->setObjectName(u"customerCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
}

QWidget *CustomersView::buildListTab()
{
    auto *segments = new QHBoxLayout;
    segments->addWidget(m_search, 2);
    segments->addWidget(new QLabel(tr("Segment:"), this));
    segments->addWidget(m_segment);
    segments->addWidget(m_saveSegment);
    segments->addWidget(m_deleteSegment);
    segments->addStretch(1);
    segments->addWidget(m_columns);
    segments->addWidget(m_export);
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo :
         { m_manager, m_status, m_channel, m_region, m_industry, m_category, m_tag })
        filters->addWidget(combo);
    filters->addStretch(1);

    m_table = makeListTable(u"customerTable"_s, this);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) {
                showColumnMenu(m_table->horizontalHeader()->mapTo(this, position));
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit customerActivated(index.data(CustomerListModel::IdRole).toLongLong());
    });
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"customerEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_conversionNote = new QLabel(this);
    m_conversionNote->setObjectName(u"customerConversionNote"_s);
    m_conversionNote->setWordWrap(true);
    m_conversionNote->setForegroundRole(QPalette::PlaceholderText);
    m_conversionNote->hide();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_refreshBar = new QWidget(this);
    m_progress = new QProgressBar(m_refreshBar);
    m_progress->setRange(0, 100);
    auto *cancel = new QPushButton(tr("Cancel"), m_refreshBar);
    auto *refreshLayout = new QHBoxLayout(m_refreshBar);
    refreshLayout->setContentsMargins(0, 0, 0, 0);
    refreshLayout->addWidget(
        new QLabel(tr("Bringing the behaviour tags up to date for today…"), m_refreshBar));
    refreshLayout->addWidget(m_progress, 1);
    refreshLayout->addWidget(cancel);
    m_refreshBar->hide();
    connect(cancel, &QPushButton::clicked, this, [this] { m_refresh->cancel(); });
    makeRefreshTask();

    auto *listTab = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->addLayout(segments);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_refreshBar);
    listLayout->addWidget(m_stack, 1);
    listLayout->addWidget(m_conversionNote);
    return listTab;
}

QWidget *CustomersView::buildCandidatesTab()
{
    auto *candidatesTab = new QWidget(this);
    m_candidates = pagetables::makeTable({ tr("Customer"), tr("Score"), tr("Why"), tr("Purchases"),
                                           tr("Revenue, 12 months"), tr("Last purchase") },
                                         candidatesTab);
    m_candidates->setObjectName(u"candidatesTable"_s);
    m_candidates->horizontalHeader()->setStretchLastSection(false);
    m_candidates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_candidatesNote = new QLabel(
        tr("Active customers most likely to become clients, ranked by repeat purchases, spend, "
           "frequency, interactions and referrals. Open one to convert it."),
        candidatesTab);
    m_candidatesNote->setWordWrap(true);
    m_candidatesNote->setForegroundRole(QPalette::PlaceholderText);
    auto *candidatesLayout = new QVBoxLayout(candidatesTab);
    candidatesLayout->addWidget(m_candidatesNote);
    candidatesLayout->addWidget(m_candidates, 1);
    connect(m_candidates, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_candidates->item(item->row(), 0);
        emit customerActivated(first->data(Qt::UserRole).toLongLong());
    });
    return candidatesTab;
}

QWidget *CustomersView::buildProspectsTab()
{
    auto *prospectsTab = new QWidget(this);
    m_prospects = pagetables::makeTable({ tr("Prospect"), tr("Kind"), tr("Account manager"),
                                          tr("Recorded"), tr("Last contact"),
                                          tr("Open opportunities"), tr("Expected value") },
                                        prospectsTab);
    m_prospects->setObjectName(u"prospectsTable"_s);
    m_prospects->horizontalHeader()->setStretchLastSection(false);
    m_prospectsNote = new QLabel(prospectsTab);
    m_prospectsNote->setWordWrap(true);
    m_prospectsNote->setForegroundRole(QPalette::PlaceholderText);
    auto *prospectsLayout = new QVBoxLayout(prospectsTab);
    prospectsLayout->addWidget(m_prospectsNote);
    prospectsLayout->addWidget(m_prospects, 1);
    connect(m_prospects, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit customerActivated(m_prospects->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    return prospectsTab;
}

CustomersView::~CustomersView()
{
    saveLayout();
}

void CustomersView::makeRefreshTask()
{
    // Replacing a running task cancels it and waits for it (the old task's destructor).
    m_refresh = std::make_unique<BackgroundTask>();
    connect(m_refresh.get(), &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_refresh.get(), &BackgroundTask::finished, this, [this] {
        // The worker has finished: its error string is ours to read now.
        m_refreshBar->hide();
        if (!m_refreshError.isEmpty())
            QMessageBox::warning(this, tr("Behaviour Tags"),
                                 tr("The behaviour tags could not be brought up to date; the "
                                    "list shows them as last computed. %1")
                                     .arg(m_refreshError));
        else if (!m_refresh->wasCancelled())
            reload();
    });
}

bool CustomersView::isRefreshing() const
{
    return m_refresh->isRunning();
}

void CustomersView::setDatabase(Database *database)
{
    if (m_model)
        saveLayout();
    if (m_refresh->isRunning()) {
        // The work reopens this database: it must be over before the database goes away.
        makeRefreshTask();
        m_refreshBar->hide();
    }
    m_database = database;
    m_refreshTried = {};
    m_table->setModel(nullptr);
    m_model.reset();
    m_candidates->setRowCount(0);
    m_prospects->setRowCount(0);
    m_segments.clear();
    m_segment->clear();
    if (!m_database) {
        updateState();
        return;
    }
    m_model = std::make_unique<CustomerListModel>(*m_database);
    m_table->setModel(m_model.get());
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &CustomersView::updateState);
    connect(m_model.get(), &QAbstractItemModel::layoutChanged, this, &CustomersView::updateState);
    restoreLayout();
}

void CustomersView::startRefresh()
{
    // One attempt a day: a recomputation that failed is not started again on every reload.
    if (!m_database || m_refresh->isRunning() || m_refreshTried == QDate::currentDate())
        return;
    m_refreshTried = QDate::currentDate();
    // Its own connection to the same database: nothing of this view is touched there.
    const CustomerService::TagRefresh refresh = CustomerService(*m_database).tagRefreshJob();
    m_progress->setValue(0);
    m_refreshBar->show();
    m_refreshError.clear();
    m_refresh->start([refresh, error = &m_refreshError](const BackgroundTask::Reporter &reporter) {
        // A failure leaves the stored tags as they were; the list shows those and says why.
        const Status ok = refresh([&reporter](int percent) { return reporter.report(percent); },
                                  [&reporter] { return reporter.cancelled(); });
        if (!ok)
            *error = ok.error();
    });
}

void CustomersView::settingsChanged()
{
    m_refreshTried = QDate();
    reload();
}

void CustomersView::reload()
{
    if (!m_model)
        return;
    const Result<bool> current = CustomerService(*m_database).tagsCurrent(QDate::currentDate());
    if (current && !*current)
        startRefresh();
    const qint64 selected = selectedId();
    const Status ok = m_model->reload();
    m_error = ok ? QString() : ok.error();
    if (!current)
        m_error = current.error();
    fillChoices();
    fillSegments();
    if (!m_pendingFilter.isEmpty()) {
        // The remembered filter, now that its choices exist.
        showFilter(CustomerFilter::fromJson(m_pendingFilter));
        m_pendingFilter.clear();
    }
    applyFilter();
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_fitColumns = false;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(CustomerListModel::Name,
                              std::min(header->sectionSize(CustomerListModel::Name), 260));
        header->resizeSection(CustomerListModel::Tags,
                              std::min(header->sectionSize(CustomerListModel::Tags), 280));
    }
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
    fillCandidates();
    fillProspects();
    emit reloaded();
}

qint64 CustomersView::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CustomerListModel::IdRole).toLongLong() : 0;
}

void CustomersView::fillChoices()
{
    const auto choices = [](const QStringList &values) {
        QList<std::pair<QVariant, QString>> out;
        for (const QString &v : values)
            out.append({ v, v });
        return out;
    };
    QList<std::pair<QVariant, QString>> managers;
    for (const auto &[id, name] : m_model->managers())
        managers.append({ id, name });
    refill(m_manager, tr("Any manager"), managers);
    refill(m_region, tr("Any region"), choices(m_model->regions()));
    refill(m_industry, tr("Any industry"), choices(m_model->industries()));
    refill(m_category, tr("Any category bought"), choices(m_model->categories()));
    QList<std::pair<QVariant, QString>> tags;
    for (const QString &code : BehaviourRules::codes())
        tags.append({ code, BehaviourRules::label(code) });
    for (const QString &tag : m_model->userTags()) {
        if (!BehaviourRules::isBehaviourTag(tag))
            tags.append({ tag, tag });
    }
    refill(m_tag, tr("Any tag"), tags);
}

void CustomersView::fillSegments()
{
    const auto segments = CustomerService(*m_database).segments();
    m_segments = segments ? *segments : QList<Segment>();
    const QString current = m_segment->currentText();
    const QSignalBlocker blocker(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("(none)"));
    for (const Segment &s : std::as_const(m_segments))
        m_segment->addItem(s.name);
    const int index = m_segment->findText(current);
    m_segment->setCurrentIndex(index < 0 ? 0 : index);
    m_deleteSegment->setEnabled(m_segment->currentIndex() > 0);
}

void CustomersView::fillCandidates()
{
    const QLocale locale;
    const auto ranked = ConversionCandidates::rank(*m_database, QDate::currentDate());
    const QList<ConversionCandidate> list = ranked ? *ranked : QList<ConversionCandidate>();
    m_candidates->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const ConversionCandidate &c = list.at(r);
        pagetables::setRow(m_candidates, r,
                           { c.name, locale.toString(c.score), c.reasons.join(u"; "_s),
                             locale.toString(c.purchases), c.revenue12Months.format(locale),
                             pagetables::shortDate(c.lastPurchase) },
                           { 1, 3, 4 });
        m_candidates->item(r, 0)->setData(Qt::UserRole, c.accountId);
        m_candidates->item(r, 2)->setToolTip(u"• "_s + c.reasons.join(u"\n• "_s));
    }
    // Every column but the reasons as wide as its contents; the reasons take the rest.
    for (int column : { 0, 1, 3, 4, 5 })
        m_candidates->resizeColumnToContents(column);
    if (!ranked)
        m_candidatesNote->setText(ranked.error());
    else if (list.isEmpty())
        m_candidatesNote->setText(tr("No customer looks ready to become a client yet: "
                                     "candidates need repeat purchases and a relationship."));
}

void CustomersView::fillProspects()
{
    const QLocale locale;
    const auto prospects = ProspectList::load(*m_database);
    const QList<Prospect> list = prospects ? *prospects : QList<Prospect>();
    m_prospects->setRowCount(int(list.size()));
    Unconverted unconverted; // open deals no rate converts today, over every prospect
    for (int r = 0; r < list.size(); ++r) {
        const Prospect &p = list.at(r);
        // A value leaving deals out says so: marked, and named in its tooltip.
        QString value = p.openOpportunities > 0 ? p.openValue.format(locale) : QString();
        if (!p.unconvertedValue.isEmpty())
            value = tr("%1 + %2 not converted")
                        .arg(value, locale.toString(p.unconvertedValue.count()));
        pagetables::setRow(
            m_prospects, r,
            { p.name, toLabel(p.kind), p.manager, pagetables::shortDate(p.since),
              p.lastContact.isValid() ? pagetables::shortDate(p.lastContact) : tr("never"),
              locale.toString(p.openOpportunities), value },
            { 5, 6 });
        m_prospects->item(r, 0)->setData(Qt::UserRole, p.id);
        m_prospects->item(r, 6)->setToolTip(
            p.unconvertedValue.sentences(Unconverted::What::Deals, {}, locale).join(u'\n'));
        unconverted.add(p.unconvertedValue);
    }
    m_prospects->resizeColumnsToContents();
    m_prospects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!prospects)
        m_prospectsNote->setText(prospects.error());
    else if (list.isEmpty())
        m_prospectsNote->setText(tr("No prospects: every account has bought or signed."));
    else
        m_prospectsNote->setText(
            tr("%1 potential customers and clients with no revenue yet, most recently contacted "
               "first. A first sale or a signed contract makes one active.")
                .arg(locale.toString(list.size()))
            + (unconverted.isEmpty()
                   ? QString()
                   : u' ' + unconverted.note(Unconverted::What::Deals, {}, locale)));
}

CustomerFilter CustomersView::currentFilter() const
{
    CustomerFilter f;
    f.search = m_search->text();
    if (const QVariant v = m_manager->currentData(); v.isValid())
        f.managerId = v.toLongLong();
    if (const QVariant v = m_status->currentData(); v.isValid())
        f.status = fromCode<AccountStatus>(v.toString());
    if (const QVariant v = m_channel->currentData(); v.isValid())
        f.channel = fromCode<Channel>(v.toString());
    f.region = m_region->currentData().toString();
    f.industry = m_industry->currentData().toString();
    f.category = m_category->currentData().toString();
    f.tag = m_tag->currentData().toString();
    return f;
}

void CustomersView::showFilter(const CustomerFilter &f)
{
    m_restoring = true;
    m_search->setText(f.search);
    select(m_manager, f.managerId ? QVariant(*f.managerId) : QVariant());
    select(m_status, f.status ? QVariant(toCode(*f.status)) : QVariant());
    select(m_channel, f.channel ? QVariant(toCode(*f.channel)) : QVariant());
    select(m_region, f.region.isEmpty() ? QVariant() : QVariant(f.region));
    select(m_industry, f.industry.isEmpty() ? QVariant() : QVariant(f.industry));
    select(m_category, f.category.isEmpty() ? QVariant() : QVariant(f.category));
    select(m_tag, f.tag.isEmpty() ? QVariant() : QVariant(f.tag));
    m_restoring = false;
}

void CustomersView::applyFilter()
{
    if (!m_model || m_restoring)
        return;
    const CustomerFilter filter = currentFilter();
    if (const Status ok = m_model->setFilter(filter); !ok)
        m_error = ok.error();
    // The segment chooser names the segment only while its filters are the ones shown.
    if (const Segment *chosen = chosenSegment(); chosen && chosen->filter != filter) {
        const QSignalBlocker blocker(m_segment);
        m_segment->setCurrentIndex(0);
    }
    m_deleteSegment->setEnabled(m_segment->currentIndex() > 0);
    m_saveSegment->setEnabled(!filter.isEmpty());
    updateState();
}

void CustomersView::chooseSegment()
{
    const Segment *segment = chosenSegment();
    showFilter(segment ? segment->filter : CustomerFilter());
    const int chosen = m_segment->currentIndex();
    applyFilter();
    const QSignalBlocker blocker(m_segment);
    m_segment->setCurrentIndex(chosen); // a saved value missing from the choices still names it
    m_deleteSegment->setEnabled(chosen > 0);
}

void CustomersView::saveSegment()
{
    if (!m_database)
        return;
    const CustomerFilter filter = currentFilter();
    const QString name
        = m_askName(m_segment->currentIndex() > 0 ? m_segment->currentText() : QString());
    if (name.trimmed().isEmpty())
        return;
    const auto saved = CustomerService(*m_database).saveSegment(name, filter);
    if (!saved) {
        QMessageBox::warning(this, tr("Save Segment"), saved.error());
        return;
    }
    fillSegments();
    const QSignalBlocker blocker(m_segment);
    m_segment->setCurrentIndex(m_segment->findText(name.trimmed(), Qt::MatchFixedString));
    m_deleteSegment->setEnabled(m_segment->currentIndex() > 0);
}

const Segment *CustomersView::chosenSegment() const
{
    const int index = m_segment->currentIndex() - 1; // after "(none)"
    return index >= 0 && index < m_segments.size() ? &m_segments.at(index) : nullptr;
}

void CustomersView::deleteSegment()
{
    const Segment *segment = chosenSegment();
    if (!m_database || !segment)
        return;
    if (const Status ok = CustomerService(*m_database).removeSegment(segment->id); !ok)
        QMessageBox::warning(this, tr("Delete Segment"), ok.error());
    fillSegments();
}

QString CustomersView::countText() const
{
    return m_count->text();
}

void CustomersView::updateState()
{
    const QLocale locale;
    if (!m_model) {
        m_conversionNote->hide();
        m_count->clear();
        m_empty->setText(tr("No database is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const qsizetype total = m_model->totalCustomers();
    const int shown = m_model->rowCount();
    // Revenue columns are converted to the firm's currency: name what had no rate.
    const QStringList notes = m_model->conversionNotes(locale);
    m_conversionNote->setText(notes.join(u' '));
    m_conversionNote->setVisible(!notes.isEmpty());
    m_count->setText(
        shown == total
            ? tr("%1 customers").arg(locale.toString(total))
            : tr("%1 of %2 customers").arg(locale.toString(shown), locale.toString(total)));
    m_recordSale->setEnabled(total > 0);
    if (!m_error.isEmpty()) {
        m_empty->setText(m_error);
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0) {
        m_empty->setText(tr("There are no customers yet. Add them with File > Import… or create "
                            "a sample portfolio; their sales then build up their figures and "
                            "tags."));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No customer matches these filters."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void CustomersView::showColumnMenu(const QPoint &position)
{
    chooseColumns(m_table, CustomerListModel::Name, mapToGlobal(position));
    saveLayout();
}

void CustomersView::saveLayout() const
{
    if (!m_model)
        return;
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kFilterKey, QString::fromUtf8(currentFilter().toJson()));
}

void CustomersView::restoreLayout()
{
    QSettings settings;
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    m_fitColumns = !header->restoreState(settings.value(kHeaderKey).toByteArray());
    if (m_fitColumns) {
        header->setSortIndicator(CustomerListModel::Revenue12Months, Qt::DescendingOrder);
        for (int column : { CustomerListModel::Industry, CustomerListModel::Manager,
                            CustomerListModel::FirstPurchase, CustomerListModel::CustomerStatus })
            header->setSectionHidden(column, true);
    }
    m_pendingFilter = settings.value(kFilterKey).toString().toUtf8();
    if (m_pendingFilter == "{}")
        m_pendingFilter.clear();
}

} // namespace cd
